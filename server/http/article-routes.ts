// /api/articles/*: article intake and question drafts; /api/quizzes/from-article: save a reviewed draft.
//
//   POST /api/articles/draft        JSON { text | url, count?, types?, title?, sourceUrl? }
//                                   or multipart/form-data: a part "file" (≤ 5 MB; .txt .md .html .pdf)
//                                   and optional fields "count" and "types" ("mc,tf,…")
//                                   → ArticleDraft { article: { title, text (cleaned), words, sourceUrl, … },
//                                                    questions: GeneratedQuestion[], ms }
//   POST /api/articles/regenerate   JSON { text, type, exclude: [{ prompt, answer, sourceSentence }] }
//                                   → { question: GeneratedQuestion | null, ms }
//   POST /api/quizzes/from-article  JSON { title, description?, article: { title, text, sourceUrl? }, items }
//                                   → 201 QuizDetail (+ articleId)
//
// Errors are the API's usual { error: { code, message, issues: [{ path, message }] } }; the issue's path
// names the input the message belongs to (text, file, url, items.N.field), so the screen can put it there.
import {
  articleDraftRequestSchema,
  articleUploadFieldsSchema,
  quizFromArticleSchema,
  regenerateRequestSchema,
} from "../protocol";
import type { ArticleDraft, RegeneratedItem } from "../protocol";
import type { Db } from "../db/client";
import { fetchPage, IntakeError, isMultipart, parseArticleUrl, readMultipart, saveQuizFromArticle } from "../articles";
import { ArticleWorkerPool } from "../articles/pool";
import { requireTeacher } from "../auth/require";
import { ItemsInvalid } from "../articles/save";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

/** Room for a 200,000-character article in JSON, whatever its script. */
const MAX_ARTICLE_JSON_BYTES = 4_000_000;

function asHttpError(err: unknown): never {
  if (err instanceof IntakeError) throw new HttpError(err.status, "BAD_REQUEST", err.message, [{ path: err.field, message: err.message }]);
  if (err instanceof ItemsInvalid) throw new HttpError(400, "BAD_REQUEST", err.message, err.issues);
  throw err;
}

/** Web pages on this machine or the local network are refused unless ARTICLE_FETCH_ALLOW_PRIVATE=1. */
const allowPrivateNetwork = () => /^(1|true|yes)$/i.test(process.env.ARTICLE_FETCH_ALLOW_PRIVATE ?? "");

/** One worker thread per process reads articles and writes drafts off the main thread (see pool.ts). */
const pool = new ArticleWorkerPool();

export function registerArticleRoutes(router: Router, db: Db): void {
  router
    // Drafting is the teacher's review screen (learners use /api/study/articles): a session is needed.
    .on("POST", "/api/articles/draft", async ({ req, res }) => {
      await requireTeacher(db, req);
      try {
        if (isMultipart(req)) {
          const { fields, file } = await readMultipart(req);
          const opts = parseBody(articleUploadFieldsSchema, fields);
          if (!file) throw new IntakeError(400, "file", "Choose a file to upload.");
          return sendJson(res, 200, await pool.run<ArticleDraft>({ op: "file", file, opts }));
        }
        const body = parseBody(articleDraftRequestSchema, await readJson(req, MAX_ARTICLE_JSON_BYTES));
        const opts = { count: body.count, types: body.types };
        if (body.url !== undefined) {
          // The network half runs here; reading the page runs on the worker.
          const page = await fetchPage(parseArticleUrl(body.url), { allowPrivateNetwork: allowPrivateNetwork() });
          return sendJson(res, 200, await pool.run<ArticleDraft>({ op: "page", page, opts }));
        }
        sendJson(res, 200, await pool.run<ArticleDraft>({ op: "text", text: body.text ?? "", title: body.title, sourceUrl: body.sourceUrl, opts }));
      } catch (err) {
        asHttpError(err);
      }
    })
    .on("POST", "/api/articles/regenerate", async ({ req, res }) => {
      await requireTeacher(db, req);
      const body = parseBody(regenerateRequestSchema, await readJson(req, MAX_ARTICLE_JSON_BYTES));
      sendJson(res, 200, await pool.run<RegeneratedItem>({ op: "regenerate", text: body.text, type: body.type, exclude: body.exclude }));
    })
    .on("POST", "/api/quizzes/from-article", async ({ req, res }) => {
      // The quiz belongs to the signed-in teacher, as quizzes made in the editor do.
      const teacher = await requireTeacher(db, req);
      const body = parseBody(quizFromArticleSchema, await readJson(req, MAX_ARTICLE_JSON_BYTES));
      try {
        sendJson(res, 201, await saveQuizFromArticle(db, body, { teacherId: teacher.id }));
      } catch (err) {
        asHttpError(err);
      }
    });
}
