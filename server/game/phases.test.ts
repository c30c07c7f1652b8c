import { describe, expect, it } from "vitest";
import { pendingTimers } from "./reduce";
import { answerOf, Driver, effectTypes, newGame, question } from "./testkit";
import { hostView } from "./views";

describe("a two-question game, phase by phase", () => {
  it("lobby → question → answering → reveal → leaderboard → question 2 … → podium", () => {
    const g = new Driver().join("Ana", "Ben");
    expect(g.state.phase).toEqual({ kind: "lobby" });

    const t0 = g.now;
    let effects = g.ok({ type: "start" });
    expect(g.state.phase).toEqual({ kind: "question", index: 0, shownAt: t0, opensAt: t0 + 3000 });
    expect(effects).toContainEqual({ type: "schedule", at: t0 + 3000, event: { type: "open", index: 0 } });
    expect(effectTypes(effects)).toEqual(["persist:phase", "schedule", "sendHost", "sendAllPlayers"]);

    effects = g.ok({ type: "open", index: 0 }, 3000);
    expect(g.state.phase).toEqual({ kind: "answering", index: 0, openedAt: t0 + 3000, closesAt: t0 + 23000 });
    // The deadline is scheduled after the grace window (default 300 ms).
    expect(effects).toContainEqual({ type: "schedule", at: t0 + 23300, event: { type: "deadline", index: 0 } });

    g.at(5000).answer("Ana", 2); // correct, 875
    g.at(20000).answer("Ben", 0); // wrong — and the last one: round closes now
    expect(g.state.phase).toEqual({ kind: "reveal", index: 0 });
    expect(g.state.rounds[0].closedAt).toBe(t0 + 3000 + 20000);
    expect(g.player("Ana").score).toBe(875);
    expect(g.player("Ben").score).toBe(0);

    g.ok({ type: "next" });
    expect(g.state.phase).toEqual({ kind: "leaderboard", index: 0 });
    expect(hostView(g.state, g.now)).toMatchObject({ phase: "leaderboard", index: 0, total: 2, isLast: false });

    g.ok({ type: "next" }, 1000);
    expect(g.state.phase).toMatchObject({ kind: "question", index: 1 });
    g.open();
    expect(g.state.phase).toMatchObject({ kind: "answering", index: 1 });
    g.at(3000).answer("Ana", 0); // correct, 2000 × (1 − 0.3/2) = 1700, + 100 streak bonus
    g.at(1000).answer("Ben", 0); // correct, 2000 × (1 − 0.1/2) = 1900
    expect(g.state.phase).toEqual({ kind: "reveal", index: 1 });
    expect(g.player("Ana")).toMatchObject({ score: 875 + 1800, streak: 2 });
    expect(g.player("Ben")).toMatchObject({ score: 1900, streak: 1 });

    g.ok({ type: "next" });
    expect(hostView(g.state, g.now)).toMatchObject({ phase: "leaderboard", index: 1, isLast: true });
    effects = g.ok({ type: "next" });
    expect(g.state.phase).toEqual({ kind: "podium", endedAt: g.now, reason: "finished" });
    expect(effectTypes(effects)).toEqual(["persist:phase", "sendHost", "sendAllPlayers"]);
    expect(g.state.rounds.map((r) => r.questionId)).toEqual(["q-mc", "q-tf"]);
    expect(g.send({ type: "next" }).error).toBe("GAME_OVER");
  });

  it("next is refused outside reveal/leaderboard", () => {
    const g = new Driver().join("Ana");
    expect(g.send({ type: "next" }).error).toBe("WRONG_PHASE");
    g.ok({ type: "start" });
    expect(g.send({ type: "next" }).error).toBe("WRONG_PHASE");
    g.open();
    expect(g.send({ type: "next" }).error).toBe("WRONG_PHASE");
  });
});

describe("start", () => {
  it("needs at least one player", () => {
    const g = new Driver();
    expect(g.send({ type: "start" }).error).toBe("NO_PLAYERS");
    expect(g.state.phase.kind).toBe("lobby");
  });
  it("only from the lobby", () => {
    const g = new Driver().join("Ana");
    g.ok({ type: "start" });
    expect(g.send({ type: "start" }).error).toBe("GAME_ALREADY_STARTED");
  });
  it("a quiz with no questions goes straight to the podium", () => {
    const g = new Driver(newGame([])).join("Ana");
    g.ok({ type: "start" });
    expect(g.state.phase).toMatchObject({ kind: "podium", reason: "finished" });
  });
  it("uses the get-ready time from the settings", () => {
    const g = new Driver(newGame(undefined, { getReadyMs: 1234 })).join("Ana");
    g.ok({ type: "start" });
    expect(g.state.phase).toMatchObject({ opensAt: g.now + 1234 });
  });
});

describe("closing a round", () => {
  it("nobody answers: stays open until the deadline, then reveals zero counts", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    const opened = g.now;
    expect(g.state.phase.kind).toBe("answering");
    g.ok({ type: "deadline", index: 0 }, 20300);
    expect(g.state.phase).toEqual({ kind: "reveal", index: 0 });
    expect(g.state.rounds[0].closedAt).toBe(opened + 20300);
    expect(hostView(g.state, g.now)).toMatchObject({ phase: "reveal", counts: [0, 0, 0, 0], answeredCount: 0 });
    expect(g.player("Ana").score).toBe(0);
  });

  it("everyone answers early: closes before the deadline, and the late deadline timer is ignored", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    expect(g.state.phase.kind).toBe("answering"); // Ben has not answered yet
    const effects = g.at(2000).answer("Ben", 2).effects;
    expect(g.state.phase.kind).toBe("reveal");
    expect(effectTypes(effects)).toEqual([
      "persist:answer",
      "persist:players",
      "persist:phase",
      "sendHost",
      "sendAllPlayers",
    ]);
    const before = g.state;
    const late = g.send({ type: "deadline", index: 0 }, 20000);
    expect(late).toEqual({ state: before, effects: [] });
  });

  it("a disconnected player is not waited for", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.ok({ type: "disconnect", playerId: "id-ben" });
    g.at(1000).answer("Ana", 1);
    expect(g.state.phase.kind).toBe("reveal");
    expect(g.player("Ben").streak).toBe(0);
  });

  it("when everyone has dropped, the round waits for its deadline (no vacuous close)", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.ok({ type: "disconnect", playerId: "id-ana" });
    g.ok({ type: "disconnect", playerId: "id-ben" });
    expect(g.state.phase.kind).toBe("answering");
  });

  it("a 0-point question pays nothing and leaves streaks alone, right or wrong", () => {
    const warmUp = question({ id: "q0", points: 0 });
    const g = new Driver(newGame([question(), warmUp, question({ id: "q2" })])).join("Ana", "Ben").startAndOpen();
    g.at(5000).answer("Ana", 2);
    g.at(5000).answer("Ben", 2);
    expect(g.player("Ana")).toMatchObject({ score: 875, streak: 1 });
    g.ok({ type: "next" });
    g.ok({ type: "next" });
    g.open();
    g.at(100).answer("Ana", 2); // right
    g.at(100).answer("Ben", 0); // wrong
    expect(answerOf(g.state, 1, "id-ana")).toMatchObject({ correct: true, points: 0 });
    expect(g.player("Ana")).toMatchObject({ score: 875, streak: 1 });
    expect(g.player("Ben")).toMatchObject({ score: 875, streak: 1 });
    g.ok({ type: "next" });
    g.ok({ type: "next" });
    g.open();
    g.at(5000).answer("Ana", 2); // 2nd counted in a row → +100
    g.at(5000).answer("Ben", 2);
    expect(g.player("Ana")).toMatchObject({ score: 875 + 975, streak: 2 });
  });

  it("streak: a wrong or missing answer resets it; the bonus can be switched off", () => {
    const three = [question({ id: "a" }), question({ id: "b" }), question({ id: "c" })];
    for (const streakBonus of [true, false]) {
      const g = new Driver(newGame(three, { streakBonus })).join("Ana", "Ben").startAndOpen();
      g.at(5000).answer("Ana", 2);
      g.at(5000).answer("Ben", 2);
      g.ok({ type: "next" });
      g.ok({ type: "next" });
      g.open();
      g.at(5000).answer("Ana", 2);
      g.ok({ type: "skip" }); // Ben never answers
      expect(g.player("Ana")).toMatchObject({ score: streakBonus ? 875 * 2 + 100 : 875 * 2, streak: 2 });
      expect(g.player("Ben")).toMatchObject({ score: 875, streak: 0 });
      g.ok({ type: "next" });
      g.ok({ type: "next" });
      g.open();
      g.at(5000).answer("Ana", 0); // wrong
      g.at(5000).answer("Ben", 2); // correct, streak restarts at 1: no bonus
      expect(g.player("Ana")).toMatchObject({ streak: 0, score: streakBonus ? 875 * 2 + 100 : 875 * 2 });
      expect(g.player("Ben")).toMatchObject({ streak: 1, score: 875 * 2 });
    }
  });
});

describe("skip", () => {
  it("during get-ready opens answering now; the pending open timer is then ignored", () => {
    const g = new Driver().join("Ana");
    g.ok({ type: "start" });
    const effects = g.ok({ type: "skip" }, 500);
    expect(g.state.phase).toEqual({ kind: "answering", index: 0, openedAt: g.now, closesAt: g.now + 20000 });
    expect(effects).toContainEqual({ type: "schedule", at: g.now + 20300, event: { type: "deadline", index: 0 } });
    const before = g.state;
    expect(g.send({ type: "open", index: 0 }, 2500)).toEqual({ state: before, effects: [] });
  });
  it("during answering closes the round now", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    g.ok({ type: "skip" });
    expect(g.state.phase).toEqual({ kind: "reveal", index: 0 });
    expect(g.player("Ana").score).toBe(975); // 1000 × (1 − 0.05/2)
  });
  it("is refused elsewhere", () => {
    const g = new Driver().join("Ana");
    expect(g.send({ type: "skip" }).error).toBe("WRONG_PHASE");
    g.startAndOpen();
    g.ok({ type: "skip" });
    expect(g.send({ type: "skip" }).error).toBe("WRONG_PHASE");
  });
});

describe("stale timers are ignored silently", () => {
  it("wrong index or wrong phase: same state, no effects, no error", () => {
    const g = new Driver().join("Ana");
    const events = [
      { type: "open", index: 0 },
      { type: "deadline", index: 0 },
    ] as const;
    for (const event of events) expect(g.send(event)).toEqual({ state: g.state, effects: [] }); // lobby
    g.ok({ type: "start" });
    const inQuestion = g.state;
    expect(g.send({ type: "open", index: 1 })).toEqual({ state: inQuestion, effects: [] });
    expect(g.send({ type: "deadline", index: 0 })).toEqual({ state: inQuestion, effects: [] });
    g.open();
    const answering = g.state;
    expect(g.send({ type: "open", index: 0 })).toEqual({ state: answering, effects: [] });
    expect(g.send({ type: "deadline", index: 1 })).toEqual({ state: answering, effects: [] });
  });
});

describe("end", () => {
  const endFrom = {
    lobby: (g: Driver) => g,
    question: (g: Driver) => (g.ok({ type: "start" }), g),
    answering: (g: Driver) => g.startAndOpen(),
    reveal: (g: Driver) => (g.startAndOpen().ok({ type: "skip" }), g),
    leaderboard: (g: Driver) => (g.startAndOpen().ok({ type: "skip" }), g.ok({ type: "next" }), g),
  };
  for (const [from, setUp] of Object.entries(endFrom)) {
    it(`goes to the podium from ${from}`, () => {
      const g = setUp(new Driver().join("Ana"));
      expect(g.state.phase.kind).toBe(from);
      const effects = g.ok({ type: "end" });
      expect(g.state.phase).toEqual({ kind: "podium", endedAt: g.now, reason: "ended" });
      expect(effectTypes(effects)).toEqual(["persist:phase", "sendHost", "sendAllPlayers"]);
      // Ending again is a harmless no-op.
      expect(g.send({ type: "end" })).toEqual({ state: g.state, effects: [] });
    });
  }
  it("mid-round: the unfinished round is kept but not scored", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    g.ok({ type: "end" });
    expect(g.state.rounds[0].closedAt).toBeNull();
    expect(answerOf(g.state, 0, "id-ana")).toMatchObject({ correct: true, points: 975 });
    expect(g.player("Ana").score).toBe(0);
  });
});

describe("pendingTimers (restoring a snapshot after a restart)", () => {
  it("returns the timer the current phase waits for", () => {
    const g = new Driver().join("Ana");
    expect(pendingTimers(g.state)).toEqual([]);
    g.ok({ type: "start" });
    expect(pendingTimers(g.state)).toEqual([{ type: "schedule", at: g.now + 3000, event: { type: "open", index: 0 } }]);
    g.open();
    expect(pendingTimers(g.state)).toEqual([
      { type: "schedule", at: g.now + 20300, event: { type: "deadline", index: 0 } },
    ]);
    g.ok({ type: "skip" });
    expect(pendingTimers(g.state)).toEqual([]);
  });
});
