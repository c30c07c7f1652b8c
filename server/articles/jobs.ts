// The CPU-heavy work of article intake, as plain messages in and plain results out, so it can run on a
// worker thread (pool.ts) and never stall the live games served by the main thread: HTML extraction of
// a large page or a question draft of a long article takes seconds of CPU.
import type { ArticleDraft, ArticleItemKind, DraftItem, RegeneratedItem } from "../protocol";
import { makeDraft, regenerateItem } from "./draft";
import { IntakeError } from "./errors";
import type { FetchedPage } from "./fetch";
import { articleFromFile, articleFromPage, articleFromText, type UploadedFile } from "./intake";

interface DraftOpts {
  count: number;
  types?: ArticleItemKind[];
}

export type Job =
  | { op: "text"; text: string; title?: string; sourceUrl?: string | null; opts: DraftOpts }
  | { op: "file"; file: UploadedFile; opts: DraftOpts }
  | { op: "page"; page: FetchedPage; opts: DraftOpts }
  | { op: "regenerate"; text: string; type: ArticleItemKind; exclude: Pick<DraftItem, "prompt" | "answer" | "sourceSentence">[] };

export type JobResult = ArticleDraft | RegeneratedItem;

/** What crosses the thread boundary when a job fails: an IntakeError keeps its status and field. */
export type JobError = { intake: true; status: number; field: IntakeError["field"]; message: string } | { intake: false; message: string; stack?: string };

export async function runJob(job: Job): Promise<JobResult> {
  switch (job.op) {
    case "text":
      return makeDraft(articleFromText(job.text, { title: job.title, sourceUrl: job.sourceUrl }), job.opts);
    case "file":
      return makeDraft(await articleFromFile(job.file), job.opts);
    case "page":
      return makeDraft(await articleFromPage(job.page), job.opts);
    case "regenerate":
      return regenerateItem(job.text, job.type, job.exclude);
  }
}

export function toJobError(err: unknown): JobError {
  if (err instanceof IntakeError) return { intake: true, status: err.status, field: err.field, message: err.message };
  const e = err as Error;
  return { intake: false, message: e?.message ?? String(err), stack: e?.stack };
}

export function fromJobError(e: JobError): Error {
  if (e.intake) return new IntakeError(e.status, e.field, e.message);
  const err = new Error(e.message);
  if (e.stack) err.stack = e.stack;
  return err;
}
