// The game engine's data: state, the events that change it, and the effects it asks the adapter to perform.
// Everything here is plain, JSON-serialisable data, so a snapshot of GameState can be persisted and
// restored as is (no Map, no Date, no class instances).
import type { ErrorCode, PointsValue, QuestionType } from "../protocol";
import type { IdMap } from "./idmap";

/** A question as the engine plays it: the key (`correct`) stays on the server until the reveal. */
export interface EngineQuestion {
  id: string;
  type: QuestionType;
  prompt: string;
  options: string[];
  correct: number; // index into options (0 for "type" and "order", whose options carry the key)
  /** Display position → index into options: the per-game shuffle (see responses.ts). Absent = as stored. */
  displayOrder?: number[];
  timeLimitSec: number;
  points: PointsValue;
  sourceSentence: string | null;
  explanation: string | null;
}

export interface GameSettings {
  streakBonus: boolean;
  /** How long a question is shown before answers open (the "get ready" screen). */
  getReadyMs: number;
  /** Answers that arrive this long after the close still count (network latency), scored as t = T. */
  graceMs: number;
  /** Joins beyond this are refused (GAME_FULL): a classroom server has finite memory and a projector finite room. */
  maxPlayers: number;
}

export const DEFAULT_SETTINGS: GameSettings = Object.freeze({ streakBonus: true, getReadyMs: 3000, graceMs: 300, maxPlayers: 5000 });

export interface Player {
  id: string;
  nickname: string;
  connected: boolean;
  score: number;
  /** Consecutive correct answers to questions worth points, as of the last closed round. */
  streak: number;
  joinedAt: number;
  /** Only set on records in GameState.kicked; active players never carry it. */
  kicked?: true;
}

export interface Answer {
  /** mc/tf: the option index; null for the other types. */
  choice: number | null;
  /** type: the text as typed (trimmed). */
  text: string | null;
  /** order: display indices, first to last. */
  order: number[] | null;
  /** Server time the answer was accepted. */
  at: number;
  /** Time since answers opened, capped to the time limit (an answer in the grace window counts as T). */
  elapsedMs: number;
  correct: boolean;
  /** Everything this answer earns, streak bonus included; 0 when wrong. Applied to the score at the close. */
  points: number;
  /** The streak-bonus part of `points`, kept apart for reporting. */
  bonus: number;
}

/** One played question. Answers are keyed by player id, so "one answer per player" holds by construction. */
export interface Round {
  questionId: string;
  /** Read with idMapGet / idMapEntries (sharded so that 2,000 answers stay cheap; see idmap.ts). */
  answers: IdMap<Answer>;
  /** Set when the round closed and its points went to the scores; null if the game ended mid-round. */
  closedAt: number | null;
}

/** Each phase carries only its own fields; `index` is the 0-based question index. */
export type Phase =
  | { kind: "lobby" }
  | { kind: "question"; index: number; shownAt: number; opensAt: number }
  | { kind: "answering"; index: number; openedAt: number; closesAt: number }
  | { kind: "reveal"; index: number }
  | { kind: "leaderboard"; index: number }
  | { kind: "podium"; endedAt: number; reason: "finished" | "ended" };

export type PhaseKind = Phase["kind"];

export interface GameState {
  pin: string;
  quizTitle: string;
  questions: readonly EngineQuestion[];
  settings: GameSettings;
  /** Active players only. Kicked players are moved out so no count or ranking has to filter them. */
  players: Readonly<Record<string, Player>>;
  /** Kicked players, kept so their id cannot come back and their nickname stays taken. */
  kicked: Readonly<Record<string, Player>>;
  /** rounds[i] is question i, created when it is first shown; the history a results page needs. */
  rounds: readonly Round[];
  phase: Phase;
  /** The host locked the lobby: no new joins (returning players still resume their seats). */
  locked: boolean;
}

/** Events fired by the adapter's timers; they carry the index they were scheduled for. */
export type TimerEvent = { type: "open"; index: number } | { type: "deadline"; index: number };

export type GameEvent =
  | { type: "join"; playerId: string; nickname: string }
  | { type: "disconnect"; playerId: string }
  | { type: "reconnect"; playerId: string }
  | { type: "kick"; playerId: string }
  | { type: "lock"; locked: boolean }
  | { type: "start" }
  | TimerEvent
  | { type: "answer"; playerId: string; questionIndex: number; choice?: number; text?: string; order?: number[] }
  | { type: "next" }
  | { type: "skip" }
  | { type: "end" };

export type ScheduleEffect = { type: "schedule"; at: number; event: TimerEvent };

export type PersistEffect =
  /** These players' rows changed (joined, kicked, or score/streak after a round): write them from state. */
  | { type: "persist"; what: "players"; playerIds: string[] }
  /** One accepted answer, with everything the Answer row needs. */
  | {
      type: "persist";
      what: "answer";
      playerId: string;
      questionIndex: number;
      questionId: string;
      answer: Answer;
    }
  /** The phase changed: write the game snapshot (status, phase) so a restart resumes here. */
  | { type: "persist"; what: "phase"; phase: Phase };

export type Effect =
  | ScheduleEffect
  | PersistEffect
  | { type: "sendHost" }
  | { type: "sendPlayers"; playerIds: string[] }
  | { type: "sendAllPlayers" }
  | { type: "disconnectPlayer"; playerId: string; reason: "kicked" };

export interface ReduceResult {
  state: GameState;
  effects: Effect[];
  /** Set when the event was refused; the state is then the input state, unchanged, and effects empty. */
  error?: ErrorCode;
}

/** Compile-time exhaustiveness: a new union member without a case fails the type-check here. */
export function assertNever(value: never): never {
  throw new Error(`Unhandled case: ${JSON.stringify(value)}`);
}
