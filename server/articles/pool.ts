// Runs article jobs on one worker thread, so HTML extraction and question generation (seconds of CPU
// for a long article) never stall the main thread's live games. Jobs queue one at a time; a job that
// runs past its limit ends the worker (a fresh one starts for the next job). Where a worker can't be
// started, or ARTICLE_WORKER=off, jobs run inline.
import { Worker } from "node:worker_threads";
import { IntakeError } from "./errors";
import { fromJobError, runJob, type Job, type JobError, type JobResult } from "./jobs";

export const JOB_TIME_LIMIT_MS = 60_000;

interface Pending {
  resolve: (r: JobResult) => void;
  reject: (e: Error) => void;
  timer: NodeJS.Timeout;
}

export class ArticleWorkerPool {
  private worker: Worker | null = null;
  private ready: Promise<Worker | null> | null = null;
  private pending = new Map<number, Pending>();
  private nextId = 1;
  private inlineOnly: boolean;

  private timeLimitMs: number;

  constructor(opts: { inline?: boolean; timeLimitMs?: number } = {}) {
    this.inlineOnly = opts.inline ?? /^(off|0|false|no)$/i.test(process.env.ARTICLE_WORKER ?? "");
    this.timeLimitMs = opts.timeLimitMs ?? JOB_TIME_LIMIT_MS;
  }

  private start(): Promise<Worker | null> {
    if (this.ready) return this.ready;
    this.ready = new Promise((resolve) => {
      let worker: Worker;
      try {
        worker = new Worker(new URL("./worker-entry.mjs", import.meta.url));
      } catch (err) {
        console.warn("[articles] no worker thread, running inline:", (err as Error).message);
        this.inlineOnly = true;
        return resolve(null);
      }
      worker.unref();
      const failStart = (err: Error) => {
        console.warn("[articles] worker failed to start, running inline:", err.message);
        this.inlineOnly = true;
        this.ready = null;
        resolve(null);
      };
      worker.once("error", failStart);
      worker.on("message", (msg: { ready?: true; id?: number; ok?: boolean; result?: JobResult; error?: JobError }) => {
        if (msg.ready) {
          worker.off("error", failStart);
          worker.on("error", (err) => this.crash(worker, err as Error));
          this.worker = worker;
          return resolve(worker);
        }
        const p = this.pending.get(msg.id!);
        if (!p) return;
        this.pending.delete(msg.id!);
        clearTimeout(p.timer);
        if (msg.ok) p.resolve(msg.result!);
        else p.reject(fromJobError(msg.error!));
      });
      worker.on("exit", () => {
        if (this.worker === worker) this.crash(worker, new Error("article worker exited"));
      });
    });
    return this.ready;
  }

  private crash(worker: Worker, err: Error) {
    if (this.worker !== worker) return;
    this.worker = null;
    this.ready = null;
    for (const [, p] of this.pending) {
      clearTimeout(p.timer);
      p.reject(err);
    }
    this.pending.clear();
    void worker.terminate();
  }

  async run<R extends JobResult>(job: Job, transfer: ArrayBuffer[] = []): Promise<R> {
    const worker = this.inlineOnly ? null : await this.start();
    if (!worker) return (await runJob(job)) as R;
    return new Promise<R>((resolve, reject) => {
      const id = this.nextId++;
      const timer = setTimeout(() => {
        this.pending.delete(id);
        reject(new IntakeError(503, job.op === "file" ? "file" : job.op === "page" ? "url" : "text", "That article took too long to read. Try a shorter part of it."));
        // The worker may be stuck in that job: replace it.
        this.crash(worker, new Error("article job timed out"));
      }, this.timeLimitMs);
      this.pending.set(id, { resolve: resolve as (r: JobResult) => void, reject, timer });
      worker.postMessage({ id, job }, transfer);
    });
  }

  /** True once jobs run on the worker thread (false while inline). */
  get onWorker(): boolean {
    return this.worker !== null;
  }

  /** Starts the worker ahead of the first job (it takes a moment to load the generator). */
  warm(): void {
    if (!this.inlineOnly) void this.start();
  }

  async close(): Promise<void> {
    const w = this.worker;
    this.worker = null;
    this.ready = null;
    if (w) await w.terminate();
  }
}
