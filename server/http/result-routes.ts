// /api/results: a quiz's games (live and assignments alike) and one game's results, also as CSV.
// Teachers only, and only their own: someone else's quiz or game answers 404, as the library does.
import type { IncomingMessage } from "node:http";
import type { Db } from "../db/client";
import { requireOwnQuiz, requireTeacher } from "../auth/require";
import { canReadGame, getGameResults, listQuizGames } from "../db/results";
import { resultsCsv } from "../study/results-report";
import { HttpError, sendJson } from "./json";
import type { Router } from "./router";

const ID = /^[A-Za-z0-9_-]{1,64}$/;
const noGame = () => new HttpError(404, "GAME_NOT_FOUND", "No such game or assignment.");

export function registerResultRoutes(router: Router, db: Db, opts: { clock?: () => number; baseUrl?: () => string } = {}): void {
  const clock = opts.clock ?? Date.now;
  async function readableResults(req: IncomingMessage, gameId: string) {
    const teacher = await requireTeacher(db, req);
    if (!ID.test(gameId) || !(await canReadGame(db, teacher.id, gameId))) throw noGame();
    const results = await getGameResults(db, gameId, clock());
    if (!results) throw noGame();
    return results;
  }

  router
    .on("GET", "/api/results/quizzes/:quizId", async ({ req, res, params }) => {
      const teacher = await requireTeacher(db, req);
      await requireOwnQuiz(db, teacher, params.quizId);
      sendJson(res, 200, await listQuizGames(db, params.quizId, teacher.id, clock(), opts.baseUrl?.() ?? ""));
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
