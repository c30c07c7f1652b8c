// /api/quizzes: the teacher's library and editor.
import { quizInputSchema } from "../protocol";
import type { Db } from "../db/client";
import { createQuiz, deleteQuiz, getQuiz, listQuizzes, updateQuiz } from "../db/quizzes";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

export function registerQuizRoutes(router: Router, db: Db): void {
  router
    .on("GET", "/api/quizzes", async ({ res }) => sendJson(res, 200, await listQuizzes(db)))
    .on("POST", "/api/quizzes", async ({ req, res }) => {
      const input = parseBody(quizInputSchema, await readJson(req));
      sendJson(res, 201, await createQuiz(db, input));
    })
    .on("GET", "/api/quizzes/:id", async ({ res, params }) => {
      const quiz = await getQuiz(db, params.id);
      if (!quiz) throw new HttpError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");
      sendJson(res, 200, quiz);
    })
    .on("PUT", "/api/quizzes/:id", async ({ req, res, params }) => {
      const input = parseBody(quizInputSchema, await readJson(req));
      const quiz = await updateQuiz(db, params.id, input);
      if (!quiz) throw new HttpError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");
      sendJson(res, 200, quiz);
    })
    .on("DELETE", "/api/quizzes/:id", async ({ res, params }) => {
      if (!(await deleteQuiz(db, params.id))) throw new HttpError(404, "BAD_REQUEST", "That quiz does not exist.");
      sendJson(res, 200, { ok: true });
    });
}
