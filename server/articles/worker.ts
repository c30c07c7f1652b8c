// The article worker thread: runs jobs (jobs.ts) one at a time for the main thread (pool.ts).
import { parentPort } from "node:worker_threads";
import { runJob, toJobError, type Job } from "./jobs";

parentPort!.on("message", async (msg: { id: number; job: Job }) => {
  try {
    const result = await runJob(msg.job);
    parentPort!.postMessage({ id: msg.id, ok: true, result });
  } catch (err) {
    parentPort!.postMessage({ id: msg.id, ok: false, error: toJobError(err) });
  }
});
parentPort!.postMessage({ ready: true });
