// Game results: the game row, its players, and every accepted answer (unique per player × question).
import crypto from "node:crypto";
import { Prisma } from "./generated/client";
import type { Db } from "./client";
import type { EngineQuestion } from "../game";

export interface NewGameRow {
  snapshot: string;
  teacherId: string | null;
  pin: string;
  quizId: string;
  quizTitle: string;
  streakBonus: boolean;
  hostTokenHash: string;
  questions: EngineQuestion[];
}

export async function insertGame(db: Db, row: NewGameRow): Promise<string> {
  const game = await db.game.create({
    data: {
      ...row,
      questions: row.questions as unknown as Prisma.InputJsonValue,
      snapshot: JSON.parse(row.snapshot) as Prisma.InputJsonValue,
    },
    select: { id: true },
  });
  return game.id;
}

export interface PlayerRow {
  id: string;
  gameId: string;
  nickname: string;
  resumeTokenHash: string;
  score: number;
  streak: number;
  rank: number | null;
  kicked: boolean;
}

/**
 * Inserts new players and updates score, streak, rank and kicked of known ones, in ONE statement whatever
 * the count. A row-per-player transaction took seconds at 2,000 players (measured by bench:live), held the
 * single database connection while answers waited, and hit Prisma's 5 s transaction limit at 10,000.
 */
export async function upsertPlayers(db: Db, rows: PlayerRow[]): Promise<void> {
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

export interface AnswerRow {
  gameId: string;
  playerId: string;
  questionId: string;
  questionIndex: number;
  choice: number | null;
  text: string | null;
  order: number[] | null;
  correct: boolean;
  elapsedMs: number;
  points: number;
  answeredAt: Date;
}

/** One statement per batch (duplicates skipped): the batch that lands as answers pour in stays short. */
export async function insertAnswers(db: Db, rows: AnswerRow[]): Promise<void> {
  if (!rows.length) return;
  await db.$executeRaw`
    INSERT INTO "Answer" ("id", "gameId", "playerId", "questionId", "questionIndex", "choice", "text", "order",
      "correct", "elapsedMs", "points", "answeredAt")
    SELECT * FROM unnest(${rows.map(() => crypto.randomUUID())}::text[], ${rows.map((a) => a.gameId)}::text[],
      ${rows.map((a) => a.playerId)}::text[], ${rows.map((a) => a.questionId)}::text[],
      ${rows.map((a) => a.questionIndex)}::int[], ${rows.map((a) => a.choice)}::int[], ${rows.map((a) => a.text)}::text[],
      ${rows.map((a) => (a.order ? JSON.stringify(a.order) : null))}::jsonb[], ${rows.map((a) => a.correct)}::boolean[],
      ${rows.map((a) => a.elapsedMs)}::int[], ${rows.map((a) => a.points)}::int[], ${rows.map((a) => a.answeredAt)}::timestamp[])
    ON CONFLICT ("playerId", "questionIndex") DO NOTHING`;
}

export type GameStatus = "lobby" | "running" | "finished";

/** Written at every phase change: the status, its timestamps, and the engine snapshot to resume from. */
export async function saveGameSnapshot(db: Db, gameId: string, status: GameStatus, snapshot: string, at: Date, firstQuestion: boolean) {
  await db.game.update({
    where: { id: gameId },
    data: {
      status,
      snapshot: JSON.parse(snapshot) as Prisma.InputJsonValue,
      ...(firstQuestion ? { startedAt: at } : {}),
      ...(status === "finished" ? { endedAt: at } : {}),
    },
  });
}

/** Live games a restarted server should bring back: not finished, with a snapshot, from the last day. */
export async function loadResumableGames(db: Db, since: Date) {
  return db.game.findMany({
    where: { mode: "live", status: { not: "finished" }, snapshot: { not: Prisma.DbNull }, createdAt: { gte: since } },
    include: {
      players: { select: { id: true, nickname: true, joinedAt: true, kicked: true, resumeTokenHash: true } },
      answers: true,
    },
  });
}

/** PINs of games not finished, so a new game never reuses a PIN a class may still be typing. */
export async function activePins(db: Db): Promise<Set<string>> {
  const rows = await db.game.findMany({ where: { status: { not: "finished" } }, select: { pin: true } });
  return new Set(rows.map((r) => r.pin));
}
