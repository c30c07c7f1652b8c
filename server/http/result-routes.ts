// /api/results: a quiz's games (live and assignments alike) and one game's results, also as CSV.
import type { IncomingMessage } from "node:http";
import type { Db } from "../db/client";
import { teacherFromRequest } from "../auth/sessions";
import { canReadGame, canReadQuiz, getGameResults, listQuizGames } from "../db/results";
import { resultsCsv } from "../study/results-report";
import { HttpError, sendJson } from "./json";
import type { Router } from "./router";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const noGame = () => new HttpError(404, "GAME_NOT_FOUND", "No such game or assignment.");

export function registerResultRoutes(router: Router, db: Db, opts: { clock?: () => number; baseUrl?: () => string } = {}): void {
  const clock = opts.clock ?? Date.now;
  // A signed-in teacher sees only their own games; someone else's answers 404, as if it did not exist.
  async function readableResults(req: IncomingMessage, gameId: string) {
    const teacher = await teacherFromRequest(db, req);
    if (!ID.test(gameId) || !(await canReadGame(db, teacher?.id ?? null, gameId))) throw noGame();
    const results = await getGameResults(db, gameId, clock());
    if (!results) throw noGame();
    return results;
  }

  router
    .on("GET", "/api/results/quizzes/:quizId", async ({ req, res, params }) => {
      const teacher = await teacherFromRequest(db, req);
      if (!ID.test(params.quizId) || !(await canReadQuiz(db, teacher?.id ?? null, params.quizId))) {
        throw new HttpError(404, "BAD_REQUEST", "That quiz does not exist.");
      }
      sendJson(res, 200, await listQuizGames(db, params.quizId, clock(), opts.baseUrl?.() ?? "", teacher?.id ?? null));
    })
    .on("GET", "/api/results/games/:gameId", async ({ req, res, params }) => {
      sendJson(res, 200, await readableResults(req, params.gameId));
    })
    .on("GET", "/api/results/games/:gameId/csv", async ({ req, res, params }) => {
      const results = await readableResults(req, params.gameId);
      const day = results.createdAt.slice(0, 10);
      const name = `${results.quizTitle}`.replace(/[^\p{L}\p{N}]+/gu, "-").replace(/^-|-$/g, "").slice(0, 60) || "results";
      res.writeHead(200, {
        "content-type": "text/csv; charset=utf-8",
        "cache-control": "no-store",
        // RFC 5987: the UTF-8 name for browsers that read it, an ASCII fallback for the rest.
        "content-disposition": `attachment; filename="results-${day}.csv"; filename*=UTF-8''${encodeURIComponent(`${name}-${day}.csv`)}`,
      });
      // A BOM so Excel opens UTF-8 names correctly.
      res.end("\uFEFF" + resultsCsv(results));
    });
}
