// Seeded property test: random event sequences (valid, invalid and stale mixed), invariants checked
// after every step. A failure names its seed; pin it below as a named regression test.
import { describe, expect, it } from "vitest";
// the same seed replays the same game
import { seededRandom as mulberry32 } from "../questions/util";
import { idMapEntries, idMapGet } from "./idmap";
import { reduce } from "./reduce";
import { deepFreeze, newGame, question } from "./testkit";
import type { Effect, GameEvent, GameState, PhaseKind, ScheduleEffect } from "./types";
import { hostView, playerView } from "./views";

const IDS = ["p0", "p1", "p2", "p3", "p4", "p5"];
const NICKNAMES = ["Ana", "ANA", "Ben", "Cy", "Di", "Ed", "ben"];
const KEYLIKE = /correct|key|solution|right|answerIndex|explanation|source/i;

/** Legal next phases; staying put is always legal. */
const NEXT: Record<PhaseKind, PhaseKind[]> = {
  lobby: ["question", "podium"],
  question: ["answering", "podium"],
  answering: ["reveal", "podium"],
  reveal: ["leaderboard", "podium"],
  leaderboard: ["question", "podium"],
  podium: [],
};

export interface RunStats {
  accepted: number;
  refused: number;
  answers: number;
  reveals: number;
  podium: boolean;
}

export function runSequence(seed: number, steps = 120): RunStats {
  const rnd = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(rnd() * items.length)];
  const questions = [
    question({ id: "a", timeLimitSec: 5 }),
    question({ id: "b", type: "tf", options: ["True", "False"], correct: 1, points: 2000, timeLimitSec: 10 }),
    question({ id: "c", options: ["x", "y", "z"], correct: 0, points: 0 }),
  ];
  let state = deepFreeze(newGame(questions, { streakBonus: rnd() < 0.5, getReadyMs: pick([0, 1000, 3000]) }));
  let now = 1_000_000;
  let pending: ScheduleEffect[] = [];
  const seenAnswers = new Set<string>();
  const stats: RunStats = { accepted: 0, refused: 0, answers: 0, reveals: 0, podium: false };

  // Mostly what the phase expects (so games get somewhere), with a steady dose of everything else:
  // refused commands, stale timers, unknown ids, answers for the wrong question.
  const randomEvent = (): GameEvent => {
    const index = "index" in state.phase ? state.phase.index : 0;
    if (rnd() < 0.6) {
      switch (state.phase.kind) {
        case "lobby":
          return rnd() < 0.75 ? { type: "join", playerId: pick(IDS), nickname: pick(NICKNAMES) } : { type: "start" };
        case "question":
          return firePending() ?? { type: "skip" };
        case "answering":
          if (rnd() < 0.15) return firePending() ?? { type: "skip" };
          return { type: "answer", playerId: pickPlayer(), questionIndex: index, choice: pick([0, 1, 2, 0, 1]) };
        case "reveal":
        case "leaderboard":
          return { type: "next" };
        case "podium":
          break;
      }
    }
    const roll = rnd();
    if (roll < 0.1) return { type: "join", playerId: pick(IDS), nickname: pick(NICKNAMES) };
    if (roll < 0.25) return { type: pick(["disconnect", "reconnect"] as const), playerId: pick([...IDS, "ghost"]) };
    if (roll < 0.3) return { type: "kick", playerId: pick(IDS) };
    if (roll < 0.4) return { type: pick(["start", "next", "skip"] as const) };
    if (roll < 0.41) return { type: "end" };
    if (roll < 0.55) return { type: pick(["open", "deadline"] as const), index: pick([index - 1, index, index + 1]) };
    if (roll < 0.65) return firePending() ?? { type: "next" };
    const questionIndex = rnd() < 0.8 ? index : pick([index - 1, index + 1]);
    return { type: "answer", playerId: pick([...IDS, "ghost"]), questionIndex, choice: pick([0, 1, 2, 3, 4, -1]) };
  };

  /** Usually someone in the game, sometimes anyone (kicked, never joined). */
  const pickPlayer = (): string => {
    const active = Object.keys(state.players);
    return active.length > 0 && rnd() < 0.85 ? pick(active) : pick(IDS);
  };

  /** The earliest scheduled timer, fired at (or after) its time; null if none is pending. */
  const firePending = (): GameEvent | null => {
    const timer = pending.shift();
    if (!timer) return null;
    now = Math.max(now, timer.at);
    return timer.event;
  };

  let stepsLeftAfterPodium = 10; // a few events on the podium, then this game is over
  for (let step = 0; step < steps && stepsLeftAfterPodium > 0; step++) {
    if (state.phase.kind === "podium") stepsLeftAfterPodium--;
    now += pick([0, 10, 200, 700, 1500, 3000]);
    const event = randomEvent();
    const before = state;
    const result = reduce(before, event, now);
    const where = `seed ${seed}, step ${step}, ${JSON.stringify(event)}`;
    const fail = (msg: string) => {
      throw new Error(`${where}: ${msg}`);
    };

    if (result.error) {
      stats.refused++;
      if (result.state !== before || result.effects.length > 0) fail("a refusal changed state or had effects");
      continue;
    }
    stats.accepted++;
    state = deepFreeze(result.state); // the next reduce() would throw if it mutated this
    checkEffects(result.effects, fail);
    for (const effect of result.effects) {
      if (effect.type === "schedule") pending.push(effect);
      if (effect.type === "persist" && effect.what === "answer") {
        const key = `${effect.playerId}@${effect.questionIndex}`;
        if (seenAnswers.has(key)) fail(`second answer accepted for ${key}`);
        seenAnswers.add(key);
        stats.answers++;
      }
    }
    pending.sort((a, b) => a.at - b.at);

    checkPhaseOrder(before, state, fail);
    checkPlayers(before, state, fail);
    checkViews(state, now, fail);
    if (state.phase.kind === "reveal" && before.phase.kind !== "reveal") stats.reveals++;
  }
  stats.podium = state.phase.kind === "podium";
  return stats;
}

function checkEffects(effects: Effect[], fail: (m: string) => never) {
  const types = effects.map((e) => e.type);
  if (types.includes("sendAllPlayers") && types.includes("sendPlayers")) fail("sendPlayers next to sendAllPlayers");
  if (types.filter((t) => t === "sendHost").length > 1) fail("sendHost twice");
}

function checkPhaseOrder(before: GameState, after: GameState, fail: (m: string) => never) {
  const a = before.phase;
  const b = after.phase;
  const same = a.kind === b.kind && ("index" in a ? a.index : -1) === ("index" in b ? b.index : -1);
  if (same) return;
  if (!NEXT[a.kind].includes(b.kind)) fail(`illegal phase change ${a.kind} → ${b.kind}`);
  if (b.kind === "question") {
    const expected = a.kind === "lobby" ? 0 : "index" in a ? a.index + 1 : -1;
    if (b.index !== expected) fail(`question ${b.index} after ${a.kind}`);
  }
  if ((b.kind === "answering" || b.kind === "reveal" || b.kind === "leaderboard") && "index" in a) {
    if (b.index !== a.index) fail(`${b.kind} ${b.index} after ${a.kind} ${a.index}`);
  }
}

function checkPlayers(before: GameState, after: GameState, fail: (m: string) => never) {
  const all = (s: GameState) => ({ ...s.players, ...s.kicked });
  const prev = all(before);
  const next = all(after);
  for (const [id, p] of Object.entries(prev)) {
    if (!next[id]) fail(`player ${id} vanished`);
    if (next[id].score < p.score) fail(`score of ${id} went down ${p.score} → ${next[id].score}`);
  }
  for (const id of Object.keys(after.players)) if (after.kicked[id]) fail(`${id} both active and kicked`);
  const nicknames = Object.values(next).map((p) => p.nickname.toLowerCase());
  if (new Set(nicknames).size !== nicknames.length) fail(`duplicate nickname ${nicknames}`);
  // An answer, once accepted, is never replaced or dropped.
  before.rounds.forEach((round, i) => {
    for (const [id, answer] of idMapEntries(round.answers)) {
      if (idMapGet(after.rounds[i].answers, id) !== answer) fail(`answer of ${id} to question ${i} changed`);
    }
  });
  for (const round of after.rounds) {
    if (round.answers.size !== idMapEntries(round.answers).length) fail("answers.size out of step");
  }
  // Scores are exactly the sum of points of closed rounds.
  for (const p of Object.values(after.players)) {
    const sum = after.rounds.reduce((s, r) => s + (r.closedAt !== null ? (idMapGet(r.answers, p.id)?.points ?? 0) : 0), 0);
    if (p.score !== sum) fail(`score of ${p.id} is ${p.score}, closed rounds give ${sum}`);
    // Streak: correct answers in a row, counting back over closed rounds worth points.
    let streak = 0;
    for (let i = after.rounds.length - 1; i >= 0; i--) {
      const round = after.rounds[i];
      if (round.closedAt === null || after.questions[i].points === 0) continue;
      if (!idMapGet(round.answers, p.id)?.correct) break;
      streak++;
    }
    if (p.streak !== streak) fail(`streak of ${p.id} is ${p.streak}, history gives ${streak}`);
  }
}

function checkViews(state: GameState, now: number, fail: (m: string) => never) {
  const host = hostView(state, now);
  const playerCount = Object.keys(state.players).length;
  if ("playerCount" in host && host.playerCount !== playerCount) fail("host playerCount");
  if ("answeredCount" in host && host.answeredCount > playerCount) fail("answeredCount > players");
  if (host.phase === "reveal") {
    const sum = host.counts.reduce((s, c) => s + c, 0);
    if (sum !== host.answeredCount || sum > playerCount) fail(`counts ${host.counts} vs ${host.answeredCount}`);
  }
  if ("remainingMs" in host && host.remainingMs < 0) fail("negative remainingMs");
  if ("opensInMs" in host && host.opensInMs < 0) fail("negative opensInMs");
  for (const id of [...Object.keys(state.players), ...Object.keys(state.kicked)]) {
    const view = playerView(state, id, now);
    if (view.phase !== "reveal") {
      const json = JSON.stringify(view);
      const leaked = json.match(/"(\w+)":/g)?.filter((k) => KEYLIKE.test(k));
      if (leaked?.length) fail(`player view leaks ${leaked}: ${json}`);
    }
    if (state.kicked[id] && view.phase !== "kicked") fail(`kicked ${id} sees ${view.phase}`);
  }
}

describe("seeded random games", () => {
  it("200 sequences keep every invariant", () => {
    const totals = { answers: 0, reveals: 0, podiums: 0, refused: 0 };
    for (let seed = 1; seed <= 200; seed++) {
      const stats = runSequence(seed);
      totals.answers += stats.answers;
      totals.reveals += stats.reveals;
      totals.podiums += stats.podium ? 1 : 0;
      totals.refused += stats.refused;
    }
    // The generator must reach the interesting parts, or the invariants prove little.
    expect(totals.answers).toBeGreaterThan(300);
    expect(totals.reveals).toBeGreaterThan(200);
    expect(totals.podiums).toBeGreaterThan(50);
    expect(totals.refused).toBeGreaterThan(1000);
  });

  it("same seed, same game (the PRNG is deterministic)", () => {
    expect(runSequence(42)).toEqual(runSequence(42));
  });
});
