// Test helpers for the engine's *.test.ts files (not a test file itself; never imported by app code).
import { idMapGet } from "./idmap";
import { createGame, reduce } from "./reduce";
import type { Answer, Effect, EngineQuestion, GameEvent, GameSettings, GameState, ReduceResult } from "./types";

export function question(overrides: Partial<EngineQuestion> = {}): EngineQuestion {
  return {
    id: "q-mc",
    type: "mc",
    prompt: "Which planet is largest?",
    options: ["Mars", "Venus", "Jupiter", "Earth"],
    correct: 2,
    timeLimitSec: 20,
    points: 1000,
    sourceSentence: "Jupiter is the largest planet in the Solar System.",
    explanation: "Jupiter's mass is more than twice that of all other planets combined.",
    ...overrides,
  };
}

/** Two questions: a 4-option, 20 s, 1000-point one (key 2) and a true/false, 10 s, 2000-point one (key 0). */
export const TWO_QUESTIONS: EngineQuestion[] = [
  question(),
  question({
    id: "q-tf",
    type: "tf",
    prompt: "The Sun is a star.",
    options: ["True", "False"],
    correct: 0,
    timeLimitSec: 10,
    points: 2000,
    sourceSentence: "The Sun is the star at the centre of the Solar System.",
    explanation: null,
  }),
];

export function newGame(questions: EngineQuestion[] = TWO_QUESTIONS, settings: Partial<GameSettings> = {}): GameState {
  return createGame({ pin: "123456", quizTitle: "Space", questions, settings });
}

export function deepFreeze<T>(value: T): T {
  if (value && typeof value === "object" && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const key of Object.keys(value)) deepFreeze((value as Record<string, unknown>)[key]);
  }
  return value;
}

/**
 * Drives a game in tests. Every state is deep-frozen before it is handed to reduce(), so any mutation
 * of an input throws (ES modules are strict mode) instead of passing silently.
 */
export class Driver {
  state: GameState;
  now = 1_000_000;
  last: ReduceResult | null = null;

  constructor(state: GameState = newGame()) {
    this.state = deepFreeze(state);
  }

  /** Applies an event at the current clock (after advancing it by `advanceMs`), keeping the result. */
  send(event: GameEvent, advanceMs = 0): ReduceResult {
    this.now += advanceMs;
    const result = reduce(this.state, event, this.now);
    if (result.error) {
      if (result.state !== this.state) throw new Error("a refused event must return the input state");
      if (result.effects.length > 0) throw new Error("a refused event must have no effects");
    }
    this.state = deepFreeze(result.state);
    this.last = result;
    return result;
  }

  /** Like send(), but the event must be accepted. */
  ok(event: GameEvent, advanceMs = 0): Effect[] {
    const result = this.send(event, advanceMs);
    if (result.error) throw new Error(`${event.type} refused: ${result.error} (phase ${this.state.phase.kind})`);
    return result.effects;
  }

  join(...nicknames: string[]): this {
    for (const nickname of nicknames) this.ok({ type: "join", playerId: idOf(nickname), nickname });
    return this;
  }

  /** start → get-ready → answering for question 0. */
  startAndOpen(): this {
    this.ok({ type: "start" });
    return this.open();
  }

  /** Fires the pending "open" timer at its time. */
  open(): this {
    const phase = this.state.phase;
    if (phase.kind !== "question") throw new Error(`open: phase is ${phase.kind}`);
    this.now = phase.opensAt;
    this.ok({ type: "open", index: phase.index });
    return this;
  }

  answer(nickname: string, choice: number, advanceMs = 0): ReduceResult {
    const phase = this.state.phase;
    const questionIndex = "index" in phase ? phase.index : 0;
    return this.send({ type: "answer", playerId: idOf(nickname), questionIndex, choice }, advanceMs);
  }

  /** Moves the clock to `ms` after answers opened. */
  at(msAfterOpen: number): this {
    const phase = this.state.phase;
    if (phase.kind !== "answering") throw new Error(`at: phase is ${phase.kind}`);
    this.now = phase.openedAt + msAfterOpen;
    return this;
  }

  player(nickname: string) {
    const p = this.state.players[idOf(nickname)];
    if (!p) throw new Error(`no active player ${nickname}`);
    return p;
  }
}

export const idOf = (nickname: string) => `id-${nickname.toLowerCase()}`;

export const effectTypes = (effects: Effect[]) =>
  effects.map((e) => (e.type === "persist" ? `persist:${e.what}` : e.type));

/** The answer `playerId` gave to question `index`, if any. */
export const answerOf = (state: GameState, index: number, playerId: string): Answer | undefined =>
  idMapGet(state.rounds[index].answers, playerId);
