// /api/study: solo study of any bank by an anonymous learner (an id the browser keeps). Questions go out
// without their keys; POST …/answer returns the key, the evidence and the item's new Leitner box.
import { learnerIdSchema, studyAnswerSchema } from "../protocol";
import type { Db } from "../db/client";
import type { IncomingMessage } from "node:http";
import { teacherFromRequest } from "../auth/sessions";
import { accountLearnerId, adoptProgress, getStudyDeck, InvalidStudyAnswer, listLearnerBanks, recordStudyAnswer } from "../db/study";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

const STUDY_BODY_BYTES = 4_000;

/**
 * Whose progress this is: the browser's anonymous id, or — when a teacher is signed in — their account,
 * which first adopts whatever that browser studied anonymously.
 */
async function learnerFor(db: Db, req: IncomingMessage, anonymous: unknown): Promise<string> {
  const parsed = learnerIdSchema.safeParse(anonymous ?? "");
  // "acct_…" ids are accounts' (below): a browser may not claim one.
  if (!parsed.success || parsed.data.startsWith("acct_")) throw new HttpError(400, "BAD_REQUEST", "A valid learner id is required (?learner=…).");
  const teacher = await teacherFromRequest(db, req);
  if (!teacher) return parsed.data;
  const account = accountLearnerId(teacher.id);
  await adoptProgress(db, parsed.data, account);
  return account;
}

const quizGone = () => new HttpError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");

export function registerStudyRoutes(router: Router, db: Db, clock: () => number = Date.now): void {
  router
    .on("GET", "/api/study", async ({ req, res, url }) => {
      sendJson(res, 200, await listLearnerBanks(db, await learnerFor(db, req, url.searchParams.get("learner")), clock()));
    })
    .on("GET", "/api/study/:quizId", async ({ req, res, url, params }) => {
      const deck = await getStudyDeck(db, params.quizId, await learnerFor(db, req, url.searchParams.get("learner")), clock());
      if (!deck) throw quizGone();
      sendJson(res, 200, deck);
    })
    .on("POST", "/api/study/:quizId/answer", async ({ req, res, params }) => {
      const input = parseBody(studyAnswerSchema, await readJson(req, STUDY_BODY_BYTES));
      const learnerId = await learnerFor(db, req, input.learnerId);
      const feedback = await recordStudyAnswer(db, params.quizId, { ...input, learnerId }, clock()).catch((err: unknown) => {
        if (err instanceof InvalidStudyAnswer) throw new HttpError(400, "INVALID_OPTION", err.message);
        throw err;
      });
      if (!feedback) throw new HttpError(404, "BAD_REQUEST", "That question is no longer in this quiz. Reload to get the current questions.");
      sendJson(res, 200, feedback);
    });
}
