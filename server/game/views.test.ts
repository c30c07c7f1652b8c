import { describe, expect, it } from "vitest";
import type { PlayerView } from "../protocol";
import { reduce } from "./reduce";
import { Driver, idOf, newGame } from "./testkit";
import type { GameEvent } from "./types";
import { hostView, playerView } from "./views";

const FACE = { index: 0, total: 2, type: "mc", prompt: "Which planet is largest?", timeLimitSec: 20, points: 1000 };
const OPTIONS = ["Mars", "Venus", "Jupiter", "Earth"];

describe("host view", () => {
  it("counts down to the open and to the close, never below zero", () => {
    const g = new Driver().join("Ana", "Ben");
    g.ok({ type: "start" });
    expect(hostView(g.state, g.now + 1000)).toEqual({
      phase: "question",
      pin: "123456",
      question: { ...FACE, options: OPTIONS },
      opensInMs: 2000,
      playerCount: 2,
      offline: { count: 0, names: [] },
    });
    expect(hostView(g.state, g.now + 9999)).toMatchObject({ opensInMs: 0 });
    g.open();
    expect(hostView(g.state, g.now + 15000)).toMatchObject({ phase: "answering", remainingMs: 5000 });
    expect(hostView(g.state, g.now + 20200)).toMatchObject({ remainingMs: 0 }); // in the grace window
  });

  it("names the players whose phones dropped, so the teacher can tell them", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    g.ok({ type: "disconnect", playerId: "id-ben" });
    expect(hostView(g.state, g.now)).toMatchObject({ phase: "answering", playerCount: 3, offline: { count: 1, names: ["Ben"] } });
    g.ok({ type: "reconnect", playerId: "id-ben" });
    expect(hostView(g.state, g.now)).toMatchObject({ offline: { count: 0, names: [] } });
  });

  it("reveal: key, per-option counts, source sentence and explanation", () => {
    const g = new Driver().join("Ana", "Ben", "Cy", "Di").startAndOpen();
    g.at(100).answer("Ana", 2);
    g.at(200).answer("Ben", 0);
    g.at(300).answer("Cy", 2);
    g.ok({ type: "deadline", index: 0 }, 20300);
    expect(hostView(g.state, g.now)).toEqual({
      phase: "reveal",
      pin: "123456",
      question: { ...FACE, options: OPTIONS },
      correctOptions: [2],
      acceptedAnswers: [],
      counts: [1, 0, 2, 0],
      correctCount: 2,
      answeredCount: 3,
      playerCount: 4,
      sourceSentence: "Jupiter is the largest planet in the Solar System.",
      explanation: "Jupiter's mass is more than twice that of all other planets combined.",
    });
  });

  it("leaderboard shows the top 5; the podium shows everyone", () => {
    const names = ["P1", "P2", "P3", "P4", "P5", "P6", "P7"];
    const g = new Driver().join(...names).startAndOpen();
    // P1 answers fastest … P6 slowest, P7 not at all: distinct scores in name order.
    names.slice(0, 6).forEach((name, i) => g.at(1000 * (i + 1)).answer(name, 2));
    g.ok({ type: "skip" });
    g.ok({ type: "next" });
    const board = hostView(g.state, g.now);
    expect(board.phase === "leaderboard" && board.top.map((p) => [p.nickname, p.score, p.rank])).toEqual([
      ["P1", 975, 1],
      ["P2", 950, 2],
      ["P3", 925, 3],
      ["P4", 900, 4],
      ["P5", 875, 5],
    ]);
    g.ok({ type: "end" });
    const podium = hostView(g.state, g.now);
    expect(podium.phase === "podium" && podium.ranking.map((p) => [p.nickname, p.rank])).toEqual([
      ["P1", 1],
      ["P2", 2],
      ["P3", 3],
      ["P4", 4],
      ["P5", 5],
      ["P6", 6],
      ["P7", 7],
    ]);
    expect(playerView(g.state, idOf("P7"), g.now)).toEqual({
      phase: "podium",
      nickname: "P7",
      score: 0,
      rank: 7,
      playerCount: 7,
      endedEarly: true,
    });
  });
});

describe("player view", () => {
  it("follows the game: lobby, get-ready, answering, reveal, leaderboard", () => {
    const g = new Driver().join("Ana", "Ben");
    expect(playerView(g.state, "id-ana", g.now)).toEqual({ phase: "lobby", nickname: "Ana", quizTitle: "Space" });
    g.ok({ type: "start" });
    expect(playerView(g.state, "id-ana", g.now + 500)).toEqual({
      phase: "question",
      nickname: "Ana",
      question: { ...FACE, options: OPTIONS },
      opensInMs: 2500,
      score: 0,
    });
    g.open();
    expect(playerView(g.state, "id-ana", g.now + 3000)).toEqual({
      phase: "answering",
      nickname: "Ana",
      question: { ...FACE, options: OPTIONS },
      remainingMs: 17000,
      answered: false,
      choice: null,
      text: null,
      order: null,
      score: 0,
    });
    g.at(5000).answer("Ben", 1);
    g.ok({ type: "deadline", index: 0 }, 20300);
    expect(playerView(g.state, "id-ana", g.now)).toMatchObject({
      phase: "reveal",
      result: { answered: false, choice: null, text: null, order: null, correct: false, pointsEarned: 0, correctOptions: [2], acceptedAnswers: [] },
      rank: 1, // 0 and 0: tied
      playerCount: 2,
    });
    expect(playerView(g.state, "id-ben", g.now)).toMatchObject({
      result: { answered: true, choice: 1, text: null, order: null, correct: false, pointsEarned: 0, correctOptions: [2], acceptedAnswers: [] },
    });
    g.ok({ type: "next" });
    expect(playerView(g.state, "id-ben", g.now)).toEqual({
      phase: "leaderboard",
      nickname: "Ben",
      score: 0,
      rank: 1,
      streak: 0,
      playerCount: 2,
    });
  });

  it("throws for an id the game never saw (documented: unknown ≠ kicked)", () => {
    expect(() => playerView(newGame(), "ghost", 0)).toThrow(/unknown player/);
  });
});

describe("secrecy", () => {
  // Field names that could carry the key. ("answered"/"choice" are the player's own input, allowed.)
  const KEYLIKE = /correct|key|solution|right|answerIndex|explanation|source/i;

  function fieldNames(value: unknown, into: string[] = []): string[] {
    if (Array.isArray(value)) value.forEach((v) => fieldNames(v, into));
    else if (value && typeof value === "object") {
      for (const [k, v] of Object.entries(value)) {
        into.push(k);
        fieldNames(v, into);
      }
    }
    return into;
  }

  it("no player view before a reveal has a key-like field; reveal views do", () => {
    const g = new Driver().join("Ana", "Ben", "Cy");
    const notReveal: PlayerView[] = []; // every phase but reveal, before and after
    const reveals: PlayerView[] = [];
    const snap = () => {
      for (const id of Object.keys(g.state.players)) {
        const view = playerView(g.state, id, g.now);
        (g.state.phase.kind === "reveal" ? reveals : notReveal).push(view);
      }
    };
    const script: GameEvent[] = [
      { type: "start" },
      { type: "open", index: 0 },
      { type: "answer", playerId: "id-ana", questionIndex: 0, choice: 2 },
      { type: "answer", playerId: "id-ben", questionIndex: 0, choice: 1 },
      { type: "deadline", index: 0 },
      { type: "next" },
      { type: "next" },
      { type: "open", index: 1 },
      { type: "answer", playerId: "id-cy", questionIndex: 1, choice: 0 },
      { type: "answer", playerId: "id-ana", questionIndex: 1, choice: 0 },
      { type: "answer", playerId: "id-ben", questionIndex: 1, choice: 0 },
      { type: "next" },
      { type: "next" },
    ];
    snap();
    for (const event of script) {
      g.ok(event, 1000);
      snap();
    }
    expect(g.state.phase.kind).toBe("podium");
    expect(notReveal.length).toBeGreaterThan(20);
    for (const view of notReveal) {
      const json = JSON.stringify(view);
      expect(fieldNames(view).filter((k) => KEYLIKE.test(k)), json).toEqual([]);
      if ("question" in view) {
        expect(Object.keys(view.question).sort()).toEqual(
          ["index", "options", "points", "prompt", "timeLimitSec", "total", "type"],
        );
      }
    }
    // The check itself can fail: reveal views do carry the key.
    expect(reveals.length).toBe(6);
    for (const view of reveals) expect(JSON.stringify(view)).toContain('"correctOptions"');
  });
});

describe("immutability", () => {
  it("reduce never changes its input (checked on a deep copy; Driver also deep-freezes every state)", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    const input = g.state;
    const copy = structuredClone(input);
    const events: GameEvent[] = [
      { type: "answer", playerId: "id-ben", questionIndex: 0, choice: 2 },
      { type: "kick", playerId: "id-ana" },
      { type: "disconnect", playerId: "id-ben" },
      { type: "skip" },
      { type: "end" },
    ];
    for (const event of events) {
      const { state } = reduce(input, event, g.now + 2000);
      expect(state).not.toBe(input);
      expect(input).toEqual(copy);
    }
  });
});
