// /api/study: solo study of any bank by an anonymous learner (an id the browser keeps). Questions go out
// without their keys; POST …/answer returns the key, the evidence and the item's new Leitner box.
import { learnerIdSchema, studyAnswerSchema } from "../protocol";
import type { Db } from "../db/client";
import { getStudyDeck, listLearnerBanks, recordStudyAnswer } from "../db/study";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { RouteContext, Router } from "./router";

const STUDY_BODY_BYTES = 4_000;

function learnerFrom({ url }: RouteContext): string {
  // Later, a signed-in account's id can take the place of the browser's anonymous one here.
  const parsed = learnerIdSchema.safeParse(url.searchParams.get("learner") ?? "");
  if (!parsed.success) throw new HttpError(400, "BAD_REQUEST", "A valid learner id is required (?learner=…).");
  return parsed.data;
}

const quizGone = () => new HttpError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");

export function registerStudyRoutes(router: Router, db: Db, clock: () => number = Date.now): void {
  router
    .on("GET", "/api/study", async (ctx) => sendJson(ctx.res, 200, await listLearnerBanks(db, learnerFrom(ctx), clock())))
    .on("GET", "/api/study/:quizId", async (ctx) => {
      const deck = await getStudyDeck(db, ctx.params.quizId, learnerFrom(ctx), clock());
      if (!deck) throw quizGone();
      sendJson(ctx.res, 200, deck);
    })
    .on("POST", "/api/study/:quizId/answer", async ({ req, res, params }) => {
      const input = parseBody(studyAnswerSchema, await readJson(req, STUDY_BODY_BYTES));
      const feedback = await recordStudyAnswer(db, params.quizId, input, clock());
      if (!feedback) throw new HttpError(404, "BAD_REQUEST", "That question is no longer in this quiz. Reload to get the current questions.");
      sendJson(res, 200, feedback);
    });
}
