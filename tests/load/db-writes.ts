// The game's database writes at classroom scale, in isolation (no sockets): how long the embedded
// database takes for the writes a round of N players causes, with the server's own functions
// (server/db/games.ts), next to a one-statement bulk upsert for comparison.
//   node --import tsx tests/load/db-writes.ts [--rows 2000] [--memory]
// Used as evidence for the bench's findings (tests/load/README.md); it changes nothing in server/.
import crypto from "node:crypto";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseArgs } from "node:util";
import { openDatabase } from "../../server/db/client";
import { insertAnswers, saveGameSnapshot, upsertPlayers, type AnswerRow, type PlayerRow } from "../../server/db/games";
import { bulkInsertAnswers, bulkUpsertPlayers } from "./bulk-sql";

const { values } = parseArgs({ options: { rows: { type: "string", default: "2000" }, memory: { type: "boolean", default: false } } });
const N = Number(values.rows);
const dir = values.memory ? null : fs.mkdtempSync(path.join(os.tmpdir(), "factsprint-dbw-"));
const database = await openDatabase({ dataDir: dir ? path.join(dir, "pglite") : null });
const db = database.prisma;

async function timed(label: string, run: () => Promise<unknown>): Promise<void> {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  let failure = "";
  try {
    await run();
  } catch (err) {
    failure = `  FAILED: ${String((err as Error).message).split("\n").filter(Boolean).pop()}`;
  }
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  console.log(`${label.padEnd(62)} ${ms.toFixed(0).padStart(6)} ms wall ${((cpu.user + cpu.system) / 1000).toFixed(0).padStart(6)} ms CPU${failure}`);
}

try {
  const game = await db.game.create({
    data: { pin: "123456", quizTitle: "db-writes", hostTokenHash: "x", questions: [] },
    select: { id: true },
  });
  const players: PlayerRow[] = Array.from({ length: N }, (_, i) => ({
    id: crypto.randomUUID(),
    gameId: game.id,
    nickname: `Bot ${i}`,
    resumeTokenHash: crypto.randomBytes(32).toString("hex"),
    score: 0,
    streak: 0,
    rank: null,
    kicked: false,
  }));
  console.log(`${N} players, embedded PGlite ${dir ? "on disk in " + dir : "in memory"}\n`);

  await timed(`joins: upsertPlayers one row at a time (${N} transactions)`, async () => {
    for (const p of players) await upsertPlayers(db, [p]);
  });
  const scored = players.map((p, i) => ({ ...p, score: 1000 + i, streak: 1, rank: N - i }));
  await timed(`round close: upsertPlayers(${N} rows) — one $transaction`, () => upsertPlayers(db, scored));

  // The same write as ONE statement: INSERT … SELECT unnest(arrays) ON CONFLICT (id) DO UPDATE.
  const again = scored.map((p) => ({ ...p, score: p.score + 1000, streak: 2 }));
  await timed(`round close: one INSERT … ON CONFLICT over unnest (${N} rows)`, () => bulkUpsertPlayers(db, again));
  const check = await db.player.aggregate({ where: { gameId: game.id }, _sum: { streak: true } });
  if (check._sum.streak !== 2 * N) console.log(`  (check: the bulk upsert left streak sum ${check._sum.streak}, expected ${2 * N})`);

  const answers = (q: number, count: number): AnswerRow[] =>
    players.slice(0, count).map((p, i) => ({
      gameId: game.id,
      playerId: p.id,
      questionId: `q${q}`,
      questionIndex: q,
      choice: i % 4,
      text: null,
      order: null,
      correct: i % 4 === 0,
      elapsedMs: i,
      points: i % 4 === 0 ? 900 : 0,
      answeredAt: new Date(),
    }));
  await timed(`answers: insertAnswers, batches of 10 (${N} rows)`, async () => {
    const rows = answers(0, N);
    for (let i = 0; i < rows.length; i += 10) await insertAnswers(db, rows.slice(i, i + 10));
  });
  await timed(`answers: insertAnswers, one batch of ${N}`, () => insertAnswers(db, answers(1, N)));
  await timed(`answers: one INSERT … ON CONFLICT DO NOTHING over unnest (${N})`, () => bulkInsertAnswers(db, answers(2, N)));
  const bulkStored = await db.answer.count({ where: { gameId: game.id, questionIndex: 2 } });
  if (bulkStored !== N) console.log(`  (check: the bulk insert stored ${bulkStored} of ${N})`);

  const snapshot = JSON.stringify({ players: Object.fromEntries(scored.map((p) => [p.id, { ...p, connected: true, joinedAt: Date.now() }])) });
  await timed(`phase change: saveGameSnapshot (${(snapshot.length / 1024).toFixed(0)} KB of JSON)`, () =>
    saveGameSnapshot(db, game.id, "running", snapshot, new Date(), false),
  );
} finally {
  await database.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
}
