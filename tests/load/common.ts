// Small pieces shared by the bench's two processes (bots in the parent, the server in a child):
// one wall clock, a seeded PRNG, percentiles, and the IPC messages between them.

/** A seeded PRNG (mulberry32), deterministic per seed: spreads the bots' answer times. */
export { seededRandom as prng } from "../../server/questions/util";

/**
 * Milliseconds since the Unix epoch with sub-millisecond resolution. Both processes read the same
 * system clock (performance.timeOrigin is the wall-clock time the process started), so a stamp taken in
 * the server child and a receipt time taken in the bot process can be subtracted; the parent still
 * measures the residual offset over IPC at start (see `measureClockOffset` in bench-live.ts).
 */
export const wallNow = (): number => performance.timeOrigin + performance.now();


/** Nearest-rank percentile of the finite values (NaN when there are none). Sorts a copy. */
export function percentile(values: ArrayLike<number>, p: number): number {
  const finite = Array.from(values).filter((v) => Number.isFinite(v));
  if (!finite.length) return NaN;
  finite.sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * finite.length);
  return finite[Math.min(finite.length, Math.max(1, rank)) - 1];
}

export function round1(x: number): number {
  return Number.isFinite(x) ? Math.round(x * 10) / 10 : x;
}

// ---------- IPC between the bench (parent) and the server child ----------

/** A phase change seen inside the server: t0 before the reducer ran, t1 once its views were handed to Socket.IO. */
export interface PhaseStamp {
  type: "phase";
  pin: string;
  kind: string;
  index: number | null;
  /** The event that caused it: open (timer), next (host), answer (last answer closed the round), … */
  cause: string;
  t0: number;
  t1: number;
}

/** One write of the game's persister queue (one connection, one write at a time). */
export interface DbWrite {
  kind: "players" | "snapshot" | "answers" | "other";
  /** players / answers: rows; snapshot: characters of JSON. */
  rows: number;
  queuedAt: number;
  /** When the queue reached it: startedAt − queuedAt is time spent waiting behind other writes. */
  startedAt: number;
  doneAt: number;
}

export interface ServerStats {
  type: "stats";
  rssMb: number;
  peakRssMb: number;
  heapUsedMb: number;
  /** process.cpuUsage() of the server child, user + system, in ms (PGlite runs inside it). */
  cpuMs: number;
  /** Event-loop delay since the last "stats" request with reset: true (ms). */
  loopDelayP99Ms: number;
  loopDelayMaxMs: number;
  /** Garbage-collection pauses: the total since start, and the longest since the last reset. */
  gcTotalMs: number;
  gcMaxMs: number;
  now: number;
}

export type ParentToChild =
  | { type: "stats"; resetLoopDelay?: boolean }
  | { type: "clock"; seq: number }
  | { type: "count"; pin: string }
  | { type: "dbWrites" }
  | { type: "profile"; action: "start" | "stop"; dir?: string; name?: string }
  | { type: "shutdown" };

export type ChildToParent =
  | { type: "ready"; port: number; pid: number; startMs: number; experiments: string[] }
  | { type: "clock"; seq: number; now: number }
  | { type: "count"; pin: string; answers: number; players: number; keys?: string[]; error?: string }
  | { type: "dbWrites"; writes: DbWrite[] }
  | { type: "profile"; file: string | null; error?: string }
  | PhaseStamp
  | ServerStats;
