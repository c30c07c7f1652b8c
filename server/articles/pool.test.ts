// The worker pool: jobs run off the main thread (which stays responsive), errors keep their type,
// and a job past its time limit fails cleanly and the next job gets a fresh worker.
import { afterAll, describe, expect, it } from "vitest";
import type { ArticleDraft } from "../protocol";
import { IntakeError } from "./errors";
import { ArticleWorkerPool } from "./pool";
import { STORY_PARAGRAPHS, STORY_TEXT, STORY_TITLE, storyPage } from "./test-fixtures";

const pool = new ArticleWorkerPool();
afterAll(() => pool.close());

/** The longest pause of the main thread's event loop while `work` runs. */
async function maxLag(work: () => Promise<unknown>): Promise<number> {
  let last = performance.now();
  let worst = 0;
  const t = setInterval(() => {
    const now = performance.now();
    worst = Math.max(worst, now - last);
    last = now;
  }, 10);
  try {
    await work();
  } finally {
    clearInterval(t);
  }
  return worst;
}

describe("ArticleWorkerPool", () => {
  it("drafts on the worker thread and keeps the main thread free", async () => {
    const draft = await pool.run<ArticleDraft>({ op: "text", text: STORY_TEXT, opts: { count: 6 } });
    expect(pool.onWorker).toBe(true);
    expect(draft.article.title).toBe(STORY_TITLE);
    expect(draft.questions.length).toBeGreaterThan(3);
    // A big page: seconds of CPU for Readability and the generator, none of it on this thread.
    let body = "";
    for (let i = 0; i < 120; i++) body += STORY_PARAGRAPHS.map((p) => `<div><span>${p}</span></div>`).join("");
    const page = { url: "https://example.org/a", contentType: "text/html", charset: "utf-8", bytes: Buffer.from(storyPage().replace("</article>", body + "</article>")) };
    const lag = await maxLag(() => pool.run({ op: "page", page, opts: { count: 20 } }));
    expect(lag).toBeLessThan(400);
  });

  it("passes intake errors back with their status and field", async () => {
    const err = await pool.run({ op: "text", text: "Too short.", opts: { count: 5 } }).catch((e) => e);
    expect(err).toBeInstanceOf(IntakeError);
    expect(err).toMatchObject({ status: 400, field: "text" });
  });

  it("fails a job that runs too long, then starts a fresh worker", async () => {
    const slow = new ArticleWorkerPool({ timeLimitMs: 1 });
    const err = await slow.run({ op: "text", text: STORY_TEXT, opts: { count: 6 } }).catch((e) => e);
    expect(err).toMatchObject({ status: 503, message: expect.stringMatching(/took too long/) });
    await slow.close();
    const inline = new ArticleWorkerPool({ inline: true });
    expect((await inline.run<ArticleDraft>({ op: "text", text: STORY_TEXT, opts: { count: 4 } })).questions.length).toBeGreaterThan(0);
    expect(inline.onWorker).toBe(false);
    // The shared pool still answers after the other pool's worker was ended.
    expect((await pool.run<ArticleDraft>({ op: "text", text: STORY_TEXT, opts: { count: 4 } })).questions.length).toBeGreaterThan(0);
  });
});
