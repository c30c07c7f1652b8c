// The server under test, in its own process (forked by bench-live.ts with `--import tsx`), so the bots'
// CPU never counts as the server's. It starts the real server (no UI) on a loopback port, on an
// embedded PGlite database in the data directory it is given, and answers the bench over IPC:
//   stats         RSS (and the peak, sampled every 100 ms), CPU, event-loop delay
//   clock         its wall clock, so the parent can check both processes agree
//   count         answers (player:question keys) and players stored for a game, after flushing the write queue
//   dbWrites      every database write the game queued: kind, size, queued / started / done times
//   profile       starts / stops a V8 CPU profile (inspector) and writes it to a file
//   shutdown      closes the server and exits
// It also reports each phase change as it happens (`PhaseStamp`): the server does not stamp its views
// yet, so this wrapper around GameRegistry.dispatch is the "server sent the question at" time.
// Nothing in server/ is modified; only the running instances are observed.
import fs from "node:fs";
import { Session } from "node:inspector/promises";
import path from "node:path";
import { monitorEventLoopDelay, PerformanceObserver } from "node:perf_hooks";
import { startServer } from "../../server/index";
import { GamePersister } from "../../server/realtime/persister";
import type { LiveGame } from "../../server/realtime/registry";
import type { GameEvent } from "../../server/game";
import type { Db } from "../../server/db/client";
import type { AnswerRow, PlayerRow } from "../../server/db/games";
import { bulkInsertAnswers, bulkUpsertPlayers } from "./bulk-sql";
import { wallNow, type ChildToParent, type DbWrite, type ParentToChild } from "./common";

const send = (msg: ChildToParent) => {
  if (process.connected) process.send!(msg);
};

const dataDir = process.env.BENCH_DATA_DIR;
const getReadyMs = Number(process.env.BENCH_GET_READY_MS ?? 3000);
// The product caps a game's roster (5,000 by default); the bench raises it to the players it brings.
const maxPlayers = Number(process.env.BENCH_MAX_PLAYERS ?? 0);
if (!dataDir || !process.send) {
  console.error("server-child.ts is started by tests/load/bench-live.ts (needs an IPC channel and BENCH_DATA_DIR)");
  process.exit(2);
}
// The bench going away (crash, Ctrl-C, deadline) must never leave a server behind.
process.on("disconnect", () => process.exit(0));

// Database writes: every write the game's persister queues, labelled by kind, with when it was queued,
// when the queue reached it and when it was done. This wraps the persister's methods on its prototype,
// private `enqueue` included; if that changes shape, tracing switches itself off and the run goes on.
const dbWrites: DbWrite[] = [];
type PersisterProto = Record<string, (...a: unknown[]) => unknown>;
const proto = GamePersister.prototype as unknown as PersisterProto;
let label: DbWrite["kind"] | null = null;
let size = 0;

// --experiment: the bench's proposed server fixes, patched in here to measure their effect before anyone
// changes server/. Never on by default; the report says which were on. See bulk-sql.ts.
const experiments = new Set((process.env.BENCH_EXPERIMENTS ?? "").split(",").filter(Boolean));
type PersisterInternals = {
  db: Db;
  chain: Promise<void>;
  answers: { row: AnswerRow; resolve: () => void; reject: (err: unknown) => void }[];
  answerTimer: NodeJS.Timeout | null;
  enqueue(write: () => Promise<void>): Promise<void>;
  flushAnswers(): Promise<void>;
  answersInFlight?: boolean;
};
if (experiments.has("bulk-players")) {
  // Player rows (joins, round close, podium) gathered for 10 ms like answers, then written in one
  // INSERT … ON CONFLICT statement instead of a $transaction of one upsert per row.
  type Pending = { rows: Map<string, PlayerRow>; waiters: { resolve: () => void; reject: (err: unknown) => void }[] };
  const pendingOf = new WeakMap<object, Pending>();
  proto.savePlayers = function (this: unknown, rows: unknown) {
    const self = this as PersisterInternals;
    let pending = pendingOf.get(self);
    if (!pending) {
      const batch: Pending = { rows: new Map(), waiters: [] };
      pending = batch;
      pendingOf.set(self, batch);
      setTimeout(() => {
        pendingOf.delete(self);
        label = "players";
        size = batch.rows.size;
        const written = self.enqueue(() => bulkUpsertPlayers(self.db, [...batch.rows.values()]));
        label = null;
        written.then(
          () => batch.waiters.forEach((w) => w.resolve()),
          (err) => batch.waiters.forEach((w) => w.reject(err)),
        );
      }, 10);
    }
    for (const row of rows as PlayerRow[]) pending.rows.set(row.id, row); // one row per player per statement
    const target = pending;
    return new Promise<void>((resolve, reject) => target.waiters.push({ resolve, reject }));
  };
}
if (experiments.has("bulk-answers")) {
  // Answers in one INSERT … unnest statement, and at most one answer batch queued at a time: while one is
  // being written, new answers gather into the next batch instead of queueing many small ones.
  proto.flushAnswers = function (this: unknown) {
    const self = this as PersisterInternals;
    if (self.answerTimer) clearTimeout(self.answerTimer);
    self.answerTimer = null;
    if (self.answersInFlight) {
      if (self.answers.length) self.answerTimer = setTimeout(() => void self.flushAnswers(), 2);
      return self.chain;
    }
    const batch = self.answers;
    self.answers = [];
    if (!batch.length) return self.chain;
    self.answersInFlight = true;
    label = "answers";
    size = batch.length;
    const written = self.enqueue(() => bulkInsertAnswers(self.db, batch.map((p) => p.row)));
    label = null;
    return written.then(
      () => batch.forEach((p) => p.resolve()),
      (err) => batch.forEach((p) => p.reject(err)),
    ).finally(() => {
      self.answersInFlight = false;
    });
  };
}
if (experiments.has("no-snapshot")) {
  // Measures what the per-phase snapshot write costs (a fix would shrink it or take it off the answers' queue).
  proto.saveSnapshot = () => Promise.resolve();
}
let lastAnswerWrite: Promise<void> | null = null;
if (experiments.has("own-ack")) {
  // An answer is acknowledged once ITS row is stored, not once the round-close writes it triggered are.
  const saveAnswer = proto.saveAnswer;
  proto.saveAnswer = function (this: unknown, ...args: unknown[]) {
    lastAnswerWrite = saveAnswer.apply(this, args) as Promise<void>;
    return lastAnswerWrite;
  };
}

// Database-write tracing (installed below, after the experiments, so it wraps them too).
if (typeof proto.enqueue === "function" && typeof proto.flushAnswers === "function") {
  const enqueue = proto.enqueue;
  proto.enqueue = function (this: unknown, write: unknown) {
    const kind = label ?? "other";
    const rows = size;
    const queuedAt = wallNow();
    return enqueue.call(this, async () => {
      const startedAt = wallNow();
      try {
        await (write as () => Promise<void>)();
      } finally {
        dbWrites.push({ kind, rows, queuedAt, startedAt, doneAt: wallNow() });
      }
    });
  };
  const labelled = (name: string, kind: DbWrite["kind"], rowsOf: (args: unknown[]) => number) => {
    const original = proto[name];
    if (typeof original !== "function") return;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      label = kind;
      size = rowsOf.call(this, args);
      try {
        return original.apply(this, args);
      } finally {
        label = null;
      }
    };
  };
  labelled("savePlayers", "players", (args) => (args[0] as unknown[]).length);
  labelled("saveSnapshot", "snapshot", (args) => String(args[2] ?? "").length);
  labelled("flushAnswers", "answers", function (this: unknown) {
    return ((this as { answers?: unknown[] }).answers ?? []).length;
  });
}

let peakRss = process.memoryUsage.rss();
setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage.rss());
}, 100).unref();
const loopDelay = monitorEventLoopDelay({ resolution: 5 });
loopDelay.enable();
// Garbage collection: total pause time, and the longest pause since the last reset.
let gcTotalMs = 0;
let gcMaxMs = 0;
new PerformanceObserver((list) => {
  for (const e of list.getEntries()) {
    gcTotalMs += e.duration;
    gcMaxMs = Math.max(gcMaxMs, e.duration);
  }
}).observe({ entryTypes: ["gc"] });

let profiler: Session | null = null;

const t0 = wallNow();
const server = await startServer({
  port: 0,
  host: "127.0.0.1",
  ui: false,
  quiet: true,
  seed: false,
  db: { dataDir },
  gameSettings: { getReadyMs, ...(maxPlayers > 0 ? { maxPlayers } : {}) },
});

if (experiments.has("chunked-fanout")) {
  // "Everyone's view" sent 250 players per event-loop turn (setImmediate between chunks), so answers that
  // arrive meanwhile are read and acknowledged instead of waiting for the whole fan-out.
  const FANOUT_CHUNK = 250;
  type Perform = (game: LiveGame, effect: { type: string }, now: number) => unknown;
  const reg = server.registry as unknown as { perform: Perform; sendPlayer(game: LiveGame, id: string, now: number): void };
  const perform = reg.perform.bind(reg);
  reg.perform = (game, effect, now) => {
    if (effect.type !== "sendAllPlayers") return perform(game, effect, now);
    const ids = Object.keys(game.state.players);
    const sendFrom = (from: number) => {
      for (let i = from; i < Math.min(ids.length, from + FANOUT_CHUNK); i++) {
        if (game.state.players[ids[i]]) reg.sendPlayer(game, ids[i], now);
      }
      if (from + FANOUT_CHUNK < ids.length) setImmediate(() => sendFrom(from + FANOUT_CHUNK));
    };
    sendFrom(0);
  };
}

// Stamp every phase change: t0 just before the reducer runs, t1 once its views are queued on the sockets.
type PhaseLike = { kind: string; index?: number };
const phaseKey = (p: PhaseLike) => `${p.kind}:${p.index ?? ""}`;
const dispatch = server.registry.dispatch.bind(server.registry);
server.registry.dispatch = (game: LiveGame, event: GameEvent) => {
  const before = phaseKey(game.state.phase as PhaseLike);
  const start = wallNow();
  lastAnswerWrite = null;
  const result = dispatch(game, event);
  if (experiments.has("own-ack") && event.type === "answer" && lastAnswerWrite) result.stored = lastAnswerWrite;
  const phase = game.state.phase as PhaseLike;
  if (phaseKey(phase) !== before) {
    send({ type: "phase", pin: game.pin, kind: phase.kind, index: phase.index ?? null, cause: event.type, t0: start, t1: wallNow() });
  }
  return result;
};

process.on("message", (raw) => {
  const msg = raw as ParentToChild;
  switch (msg.type) {
    case "stats": {
      const cpu = process.cpuUsage();
      const rss = process.memoryUsage.rss();
      peakRss = Math.max(peakRss, rss);
      send({
        type: "stats",
        rssMb: rss / 1048576,
        peakRssMb: peakRss / 1048576,
        heapUsedMb: process.memoryUsage().heapUsed / 1048576,
        cpuMs: (cpu.user + cpu.system) / 1000,
        loopDelayP99Ms: loopDelay.percentile(99) / 1e6,
        loopDelayMaxMs: loopDelay.max / 1e6,
        gcTotalMs,
        gcMaxMs,
        now: wallNow(),
      });
      if (msg.resetLoopDelay) {
        loopDelay.reset();
        gcMaxMs = 0;
      }
      return;
    }
    case "clock":
      send({ type: "clock", seq: msg.seq, now: wallNow() });
      return;
    case "count": {
      const game = server.registry.get(msg.pin);
      if (!game) {
        send({ type: "count", pin: msg.pin, answers: -1, players: -1, error: "no such game in the registry" });
        return;
      }
      void (async () => {
        try {
          await server.registry.flush();
          const prisma = server.database.prisma;
          const [rows, players] = await Promise.all([
            prisma.answer.findMany({ where: { gameId: game.gameId }, select: { playerId: true, questionIndex: true } }),
            prisma.player.count({ where: { gameId: game.gameId } }),
          ]);
          const keys = rows.map((r) => `${r.playerId}:${r.questionIndex}`);
          send({ type: "count", pin: msg.pin, answers: rows.length, players, keys });
        } catch (err) {
          send({ type: "count", pin: msg.pin, answers: -1, players: -1, error: String(err) });
        }
      })();
      return;
    }
    case "dbWrites":
      send({ type: "dbWrites", writes: dbWrites });
      return;
    case "profile": {
      void (async () => {
        try {
          if (msg.action === "start") {
            profiler ??= new Session();
            profiler.connect();
            await profiler.post("Profiler.enable");
            await profiler.post("Profiler.setSamplingInterval", { interval: 500 });
            await profiler.post("Profiler.start");
            send({ type: "profile", file: null });
          } else {
            const { profile } = await profiler!.post("Profiler.stop");
            profiler!.disconnect();
            const file = path.join(msg.dir!, `${msg.name}.cpuprofile`);
            fs.writeFileSync(file, JSON.stringify(profile));
            send({ type: "profile", file });
          }
        } catch (err) {
          send({ type: "profile", file: null, error: String(err) });
        }
      })();
      return;
    }
    case "shutdown":
      void Promise.race([server.close(), new Promise((r) => setTimeout(r, 10_000))]).finally(() => process.exit(0));
      return;
  }
});

send({ type: "ready", port: server.port, pid: process.pid, startMs: wallNow() - t0, experiments: [...experiments] });
