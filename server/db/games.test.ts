// The game's bulk writes: one statement per batch, duplicates skipped, every answer form kept.
import { describe, expect, it } from "vitest";
import { openDatabase } from "./client";
import { insertAnswers, insertGame, upsertPlayers } from "./games";

describe("bulk result writes", () => {
  it("upserts players and stores choice, typed and ordering answers once each", async () => {
    const db = await openDatabase({ dataDir: null });
    try {
      const p = db.prisma;
      const quiz = await p.quiz.create({ data: { title: "t" } });
      const gameId = await insertGame(p, { pin: "123456", quizId: quiz.id, quizTitle: "t", streakBonus: true, hostTokenHash: "h", questions: [], snapshot: "{}", teacherId: null });
      const player = { id: "p1", gameId, nickname: "Ana", resumeTokenHash: "x", score: 0, streak: 0, rank: null, kicked: false };
      await upsertPlayers(p, [player]);
      await upsertPlayers(p, [{ ...player, score: 875, streak: 1, rank: 1 }]);
      const base = { gameId, playerId: "p1", questionId: "q", correct: false, elapsedMs: 10, points: 0, answeredAt: new Date() };
      await insertAnswers(p, [
        { ...base, questionIndex: 0, choice: null, text: "Paris", order: null, correct: true, points: 875 },
        { ...base, questionIndex: 1, choice: null, text: null, order: [2, 0, 1] },
        { ...base, questionIndex: 2, choice: 3, text: null, order: null },
      ]);
      await insertAnswers(p, [{ ...base, questionIndex: 2, choice: 1, text: null, order: null }]); // a retry: skipped
      expect(await p.player.findMany({ select: { score: true, streak: true, rank: true } })).toEqual([{ score: 875, streak: 1, rank: 1 }]);
      const rows = await p.answer.findMany({ orderBy: { questionIndex: "asc" }, select: { questionIndex: true, choice: true, text: true, order: true, points: true } });
      expect(rows).toEqual([
        { questionIndex: 0, choice: null, text: "Paris", order: null, points: 875 },
        { questionIndex: 1, choice: null, text: null, order: [2, 0, 1], points: 0 },
        { questionIndex: 2, choice: 3, text: null, order: null, points: 0 },
      ]);
    } finally {
      await db.close();
    }
  });
});
