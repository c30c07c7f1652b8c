// /api/quizzes: the teacher's library and editor. Every route needs a signed-in teacher and works only
// on that teacher's banks (another teacher's bank answers 404).
import { quizInputSchema } from "../protocol";
import type { Db } from "../db/client";
import { requireOwnQuiz, requireTeacher } from "../auth/require";
import { createQuiz, deleteQuiz, getQuiz, listQuizzes, updateQuiz } from "../db/quizzes";
import { parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

export function registerQuizRoutes(router: Router, db: Db): void {
  router
    .on("GET", "/api/quizzes", async ({ req, res }) => {
      const teacher = await requireTeacher(db, req);
      sendJson(res, 200, await listQuizzes(db, teacher.id));
    })
    .on("POST", "/api/quizzes", async ({ req, res }) => {
      const teacher = await requireTeacher(db, req);
      const input = parseBody(quizInputSchema, await readJson(req));
      sendJson(res, 201, await createQuiz(db, input, { teacherId: teacher.id }));
    })
    .on("GET", "/api/quizzes/:id", async ({ req, res, params }) => {
      const teacher = await requireTeacher(db, req);
      await requireOwnQuiz(db, teacher, params.id);
      sendJson(res, 200, await getQuiz(db, params.id));
    })
    .on("PUT", "/api/quizzes/:id", async ({ req, res, params }) => {
      const teacher = await requireTeacher(db, req);
      await requireOwnQuiz(db, teacher, params.id);
      const input = parseBody(quizInputSchema, await readJson(req));
      sendJson(res, 200, await updateQuiz(db, params.id, input));
    })
    .on("DELETE", "/api/quizzes/:id", async ({ req, res, params }) => {
      const teacher = await requireTeacher(db, req);
      await requireOwnQuiz(db, teacher, params.id);
      await deleteQuiz(db, params.id);
      sendJson(res, 200, { ok: true });
    });
}
