// POST /api/study/articles: "Study an article" — anyone (no account) turns an article into a quiz to
// study on their own. The same intake, generator, limits and refusals as POST /api/articles/draft (see
// article-routes.ts), asking only for the kinds solo study plays; the quiz is saved at once, unowned
// (teacherId null) with its Article, and the answer is { quizId, title, questionCount }.
//
//   JSON { text | url, count? (default 10) }   or   multipart/form-data: part "file", optional field "count"
//
// Public, so rate-limited per client address; every refusal is the API's usual error with the input it
// belongs to (text, file, url, count) as the path.
import type { IncomingMessage } from "node:http";
import { studyArticleRequestSchema, studyArticleUploadFieldsSchema, type ArticleDraft, type StudyArticleCreated } from "../protocol";
import type { Db } from "../db/client";
import { fetchPage, IntakeError, isMultipart, parseArticleUrl, readMultipart, saveQuizFromArticle } from "../articles";
import { ArticleWorkerPool } from "../articles/pool";
import { clientAddress, RateLimiter } from "../realtime/guards";
import { studyKinds, studyQuizFromDraft } from "../study/from-article";
import { HttpError, parseBody, readJson } from "./json";
import { sendJson } from "./json";
import type { Router } from "./router";

/** Room for a 200,000-character article in JSON, whatever its script (as article-routes.ts). */
const MAX_ARTICLE_JSON_BYTES = 4_000_000;
export const STUDY_ARTICLE_RATE = { limit: 10, windowMs: 10 * 60_000 };

const allowPrivateNetwork = () => /^(1|true|yes)$/i.test(process.env.ARTICLE_FETCH_ALLOW_PRIVATE ?? "");

function asHttpError(err: unknown): never {
  if (err instanceof IntakeError) throw new HttpError(err.status, "BAD_REQUEST", err.message, [{ path: err.field, message: err.message }]);
  throw err;
}

export interface StudyArticleOptions {
  clock?: () => number;
  /** Jobs run here (tests pass an inline pool); by default a worker thread of its own. */
  pool?: ArticleWorkerPool;
  rate?: { limit: number; windowMs: number };
}

export function registerStudyArticleRoutes(router: Router, db: Db, opts: StudyArticleOptions = {}): void {
  const pool = opts.pool ?? new ArticleWorkerPool();
  const rate = opts.rate ?? STUDY_ARTICLE_RATE;
  const limiter = new RateLimiter(rate.limit, rate.windowMs, opts.clock ?? Date.now);

  async function draftFor(req: IncomingMessage): Promise<{ draft: ArticleDraft; count: number }> {
    const types = studyKinds();
    if (isMultipart(req)) {
      const { fields, file } = await readMultipart(req);
      const { count } = parseBody(studyArticleUploadFieldsSchema, fields);
      if (!file) throw new IntakeError(400, "file", "Choose a file to upload.");
      return { draft: await pool.run<ArticleDraft>({ op: "file", file, opts: { count, types } }), count };
    }
    const body = parseBody(studyArticleRequestSchema, await readJson(req, MAX_ARTICLE_JSON_BYTES));
    const jobOpts = { count: body.count, types };
    if (body.url !== undefined) {
      const page = await fetchPage(parseArticleUrl(body.url), { allowPrivateNetwork: allowPrivateNetwork() });
      return { draft: await pool.run<ArticleDraft>({ op: "page", page, opts: jobOpts }), count: body.count };
    }
    return { draft: await pool.run<ArticleDraft>({ op: "text", text: body.text ?? "", opts: jobOpts }), count: body.count };
  }

  router.on("POST", "/api/study/articles", async ({ req, res }) => {
    const who = clientAddress(req);
    if (!limiter.allow(who)) {
      // Drain the body so the client sees the answer rather than a reset connection.
      req.resume();
      const minutes = Math.round(rate.windowMs / 60_000);
      throw new HttpError(429, "RATE_LIMITED", `That's ${rate.limit} articles in ${minutes} minutes from this network. Wait a few minutes, then try again; your text is still here.`);
    }
    limiter.record(who);
    try {
      const { draft, count } = await draftFor(req);
      const quiz = studyQuizFromDraft(draft, count);
      if (!quiz) {
        const field = draft.article.source === "file" ? "file" : draft.article.source === "url" ? "url" : "text";
        const message = "Factsprint couldn't find facts to ask about in this article. Try a longer article with names, places, dates or numbers.";
        throw new HttpError(422, "BAD_REQUEST", message, [{ path: field, message }]);
      }
      const saved = await saveQuizFromArticle(db, quiz, { teacherId: null });
      const created: StudyArticleCreated = { quizId: saved.id, title: saved.title, questionCount: saved.questions.length };
      sendJson(res, 201, created);
    } catch (err) {
      asHttpError(err);
    }
  });
}
