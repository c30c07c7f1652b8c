// The reducer: (state, event, now) → (state, effects). Pure: no clock, no randomness, no I/O; the
// adapter passes `now`, mints ids, and performs the effects (sockets, timers, database).
import { ErrorCode } from "../protocol";
import { finalizeEffects, phaseChangeEffects, refuse, unchanged, type Outcome } from "./effects";
import { disconnect, join, kick, lock, reconnect } from "./roster";
import { acceptAnswer, closeRound, endGame, openAnswers, showQuestion } from "./rounds";
import {
  assertNever,
  DEFAULT_SETTINGS,
  type EngineQuestion,
  type GameEvent,
  type GameSettings,
  type GameState,
  type Phase,
  type ReduceResult,
  type ScheduleEffect,
} from "./types";

export function createGame(init: {
  pin: string;
  quizTitle: string;
  questions: EngineQuestion[];
  settings?: Partial<GameSettings>;
}): GameState {
  return {
    pin: init.pin,
    quizTitle: init.quizTitle,
    // Copied so a later edit of the caller's array (the quiz editor) cannot change a running game.
    questions: init.questions.map((q) => ({ ...q, options: [...q.options] })),
    settings: { ...DEFAULT_SETTINGS, ...init.settings },
    players: {},
    kicked: {},
    rounds: [],
    phase: { kind: "lobby" },
    locked: false,
  };
}

/**
 * Applies one event. On refusal, returns the input state untouched, no effects, and an error code
 * (for the command's acknowledgement). Timer events for a question that has moved on are ignored
 * silently: the adapter never needs to cancel a timer.
 */
export function reduce(state: GameState, event: GameEvent, now: number): ReduceResult {
  const outcome = dispatch(state, event, now);
  if ("error" in outcome) return { state, effects: [], error: outcome.error };
  return { state: outcome.state, effects: finalizeEffects(outcome.effects) };
}

function dispatch(state: GameState, event: GameEvent, now: number): Outcome {
  switch (event.type) {
    case "join":
      return join(state, event, now);
    case "disconnect":
      return disconnect(state, event.playerId, now);
    case "reconnect":
      return reconnect(state, event.playerId);
    case "kick":
      return kick(state, event.playerId, now);
    case "lock":
      return lock(state, event.locked);
    case "start":
      return start(state, now);
    case "open":
      return isAt(state.phase, "question", event.index) ? openAnswers(state, now) : unchanged(state);
    case "deadline":
      return isAt(state.phase, "answering", event.index) ? closeRound(state, now) : unchanged(state);
    case "answer":
      return acceptAnswer(state, event, now);
    case "next":
      return next(state, now);
    case "skip":
      return skip(state, now);
    case "end":
      // Ending an ended game is a no-op, so a repeated click or a retried request is harmless.
      return state.phase.kind === "podium" ? unchanged(state) : endGame(state, now, "ended");
    default:
      return assertNever(event);
  }
}

function isAt(phase: Phase, kind: "question" | "answering", index: number): boolean {
  return phase.kind === kind && phase.index === index;
}

function start(state: GameState, now: number): Outcome {
  if (state.phase.kind === "podium") return refuse(ErrorCode.GAME_OVER);
  if (state.phase.kind !== "lobby") return refuse(ErrorCode.GAME_ALREADY_STARTED);
  if (Object.keys(state.players).length === 0) return refuse(ErrorCode.NO_PLAYERS);
  return showQuestion(state, 0, now); // a quiz with no questions goes straight to the podium
}

/** Host "next": reveal → leaderboard → the next question's get-ready, or the podium after the last. */
function next(state: GameState, now: number): Outcome {
  const phase = state.phase;
  switch (phase.kind) {
    case "reveal": {
      const leaderboard: Phase = { kind: "leaderboard", index: phase.index };
      return { state: { ...state, phase: leaderboard }, effects: phaseChangeEffects(leaderboard) };
    }
    case "leaderboard":
      return showQuestion(state, phase.index + 1, now);
    case "podium":
      return refuse(ErrorCode.GAME_OVER);
    case "lobby":
    case "question":
    case "answering":
      return refuse(ErrorCode.WRONG_PHASE);
    default:
      return assertNever(phase);
  }
}

/** Host "skip": cut the get-ready short, or close answering now. The pending timer then finds its phase gone. */
function skip(state: GameState, now: number): Outcome {
  const phase = state.phase;
  switch (phase.kind) {
    case "question":
      return openAnswers(state, now);
    case "answering":
      return closeRound(state, now);
    case "podium":
      return refuse(ErrorCode.GAME_OVER);
    case "lobby":
    case "reveal":
    case "leaderboard":
      return refuse(ErrorCode.WRONG_PHASE);
    default:
      return assertNever(phase);
  }
}

/**
 * The timer the current phase is waiting for, for an adapter that restores a persisted snapshot after
 * a restart (a timer already past due simply fires at once).
 */
export function pendingTimers(state: GameState): ScheduleEffect[] {
  const phase = state.phase;
  switch (phase.kind) {
    case "question":
      return [{ type: "schedule", at: phase.opensAt, event: { type: "open", index: phase.index } }];
    case "answering":
      return [
        { type: "schedule", at: phase.closesAt + state.settings.graceMs, event: { type: "deadline", index: phase.index } },
      ];
    case "lobby":
    case "reveal":
    case "leaderboard":
    case "podium":
      return [];
    default:
      return assertNever(phase);
  }
}
