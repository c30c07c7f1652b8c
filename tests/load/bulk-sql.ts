// One-statement bulk writes for the game's two big writes, as the bench's findings propose them to the
// server (tests/load/README.md): every row in one INSERT … SELECT unnest(arrays), one round trip and one
// query plan whatever the row count. Used by db-writes.ts (comparison) and server-child.ts (--experiment).
import crypto from "node:crypto";
import type { Db } from "../../server/db/client";
import type { AnswerRow, PlayerRow } from "../../server/db/games";

/** Same effect as upsertPlayers(db, rows): insert new players, update score/streak/rank/kicked of known ones. */
export async function bulkUpsertPlayers(db: Db, rows: PlayerRow[]): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "Player" ("id", "gameId", "nickname", "resumeTokenHash", "score", "streak", "rank", "kicked")
    SELECT * FROM unnest(${rows.map((p) => p.id)}::text[], ${rows.map((p) => p.gameId)}::text[],
      ${rows.map((p) => p.nickname)}::text[], ${rows.map((p) => p.resumeTokenHash)}::text[],
      ${rows.map((p) => p.score)}::int[], ${rows.map((p) => p.streak)}::int[],
      ${rows.map((p) => p.rank)}::int[], ${rows.map((p) => p.kicked)}::boolean[])
    ON CONFLICT ("id") DO UPDATE SET "score" = EXCLUDED."score", "streak" = EXCLUDED."streak",
      "rank" = EXCLUDED."rank", "kicked" = EXCLUDED."kicked"`;
}

/** Same effect as insertAnswers(db, rows) (duplicates skipped), for choice answers (mc/tf): text and order stay null. */
export async function bulkInsertAnswers(db: Db, rows: AnswerRow[]): Promise<void> {
  if (!rows.length) return;
  if (rows.some((a) => a.text !== null || a.order !== null)) throw new Error("bulkInsertAnswers handles choice answers only");
  await db.$executeRaw`
    INSERT INTO "Answer" ("id", "gameId", "playerId", "questionId", "questionIndex", "choice", "correct", "elapsedMs", "points", "answeredAt")
    SELECT * FROM unnest(${rows.map(() => crypto.randomUUID())}::text[], ${rows.map((a) => a.gameId)}::text[],
      ${rows.map((a) => a.playerId)}::text[], ${rows.map((a) => a.questionId)}::text[], ${rows.map((a) => a.questionIndex)}::int[],
      ${rows.map((a) => a.choice)}::int[], ${rows.map((a) => a.correct)}::boolean[], ${rows.map((a) => a.elapsedMs)}::int[],
      ${rows.map((a) => a.points)}::int[], ${rows.map((a) => a.answeredAt)}::timestamp[])
    ON CONFLICT ("playerId", "questionIndex") DO NOTHING`;
}
