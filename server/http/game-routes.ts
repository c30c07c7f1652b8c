// /api/games: create a live game from a quiz (the host's token comes back once), and the join info
// (URL and QR code) the host screen shows.
import QRCode from "qrcode";
import { z } from "zod";
import { createGameSchema } from "../protocol";
import type { Db } from "../db/client";
import { GameNotPlayable, type GameRegistry } from "../realtime/registry";
import { requireOwnQuiz, requireTeacher } from "../auth/require";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { Router } from "./router";

const pinParam = z.string().regex(/^\d{6}$/);

export function registerGameRoutes(router: Router, db: Db, registry: GameRegistry, baseUrl: () => string): void {
  router
    .on("POST", "/api/games", async ({ req, res }) => {
      const teacher = await requireTeacher(db, req);
      const { quizId, streakBonus } = parseBody(createGameSchema, await readJson(req));
      await requireOwnQuiz(db, teacher, quizId);
      try {
        sendJson(res, 201, await registry.create(quizId, streakBonus, teacher.id));
      } catch (err) {
        if (err instanceof GameNotPlayable) throw new HttpError(400, "BAD_REQUEST", err.message);
        throw err;
      }
    })
    .on("GET", "/api/games/:pin/join", async ({ req, res, params }) => {
      const teacher = await requireTeacher(db, req);
      const game = pinParam.safeParse(params.pin).success ? registry.get(params.pin) : undefined;
      if (!game || game.teacherId !== teacher.id) throw new HttpError(404, "GAME_NOT_FOUND");
      const joinUrl = `${baseUrl()}/play?pin=${params.pin}`;
      const qrSvg = await QRCode.toString(joinUrl, { type: "svg", margin: 1, errorCorrectionLevel: "M" });
      sendJson(res, 200, { pin: params.pin, joinUrl, qrSvg });
    });
}
