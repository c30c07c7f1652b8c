import { describe, expect, it } from "vitest";
import { answerOf, Driver, effectTypes, newGame, question } from "./testkit";
import { hostView, playerView } from "./views";

describe("an accepted answer", () => {
  it("is recorded with its timing and points, and tells only the host and that player", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    const opened = g.now;
    const { effects, error } = g.at(5000).answer("Ana", 2);
    expect(error).toBeUndefined();
    const answer = { choice: 2, text: null, order: null, at: opened + 5000, elapsedMs: 5000, correct: true, points: 875, bonus: 0 };
    expect(answerOf(g.state, 0, "id-ana")).toEqual(answer);
    expect(effects).toEqual([
      { type: "persist", what: "answer", playerId: "id-ana", questionIndex: 0, questionId: "q-mc", answer },
      { type: "sendHost" },
      { type: "sendPlayers", playerIds: ["id-ana"] },
    ]);
    expect(hostView(g.state, g.now)).toMatchObject({ phase: "answering", answeredCount: 1, playerCount: 3 });
  });

  it("does not move the score before the round closes (a jump would reveal the key)", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    expect(g.player("Ana").score).toBe(0);
    expect(playerView(g.state, "id-ana", g.now)).toMatchObject({ phase: "answering", answered: true, choice: 2, score: 0 });
    g.ok({ type: "skip" });
    expect(g.player("Ana").score).toBe(975);
  });

  it("a wrong answer is recorded as such with 0 points", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 3);
    expect(answerOf(g.state, 0, "id-ana")).toMatchObject({ choice: 3, correct: false, points: 0 });
  });
});

describe("answers refused", () => {
  it("TOO_LATE after the grace window; inside it the answer counts with t = T", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    const inGrace = g.at(20000 + 300).answer("Ana", 2);
    expect(inGrace.error).toBeUndefined();
    expect(answerOf(g.state, 0, "id-ana")).toMatchObject({ elapsedMs: 20000, points: 500 });
    const late = g.at(20000 + 301).answer("Ben", 2);
    expect(late.error).toBe("TOO_LATE");
    expect(answerOf(g.state, 0, "id-ben")).toBeUndefined();
  });

  it("respects a custom grace window", () => {
    const g = new Driver(newGame(undefined, { graceMs: 0 })).join("Ana", "Ben").startAndOpen();
    expect(g.at(20000).answer("Ana", 2).error).toBeUndefined();
    expect(g.at(20001).answer("Ben", 2).error).toBe("TOO_LATE");
  });

  it("ALREADY_ANSWERED for a second answer, which changes nothing", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 0);
    const before = g.state;
    const again = g.at(2000).answer("Ana", 2);
    expect(again).toEqual({ state: before, effects: [], error: "ALREADY_ANSWERED" });
    expect(answerOf(g.state, 0, "id-ana")?.choice).toBe(0);
  });

  it("INVALID_OPTION for an index outside the options (true/false has only 0 and 1)", () => {
    const g = new Driver(newGame([question({ type: "tf", options: ["True", "False"], correct: 1 })]))
      .join("Ana")
      .startAndOpen();
    for (const choice of [2, 3, -1, 0.5, Number.NaN]) expect(g.answer("Ana", choice).error).toBe("INVALID_OPTION");
    expect(g.answer("Ana", 1).error).toBeUndefined();
  });

  it("WRONG_PHASE in the lobby, during get-ready, at reveal, and for another question index", () => {
    const g = new Driver().join("Ana", "Ben");
    expect(g.send({ type: "answer", playerId: "id-ana", questionIndex: 0, choice: 2 }).error).toBe("WRONG_PHASE");
    g.ok({ type: "start" });
    expect(g.send({ type: "answer", playerId: "id-ana", questionIndex: 0, choice: 2 }).error).toBe("WRONG_PHASE");
    g.open();
    expect(g.send({ type: "answer", playerId: "id-ana", questionIndex: 1, choice: 0 }).error).toBe("WRONG_PHASE");
    g.ok({ type: "skip" });
    expect(g.send({ type: "answer", playerId: "id-ana", questionIndex: 0, choice: 2 }).error).toBe("WRONG_PHASE");
    expect(g.state.rounds[0].answers.size).toBe(0);
  });

  it("NOT_A_PLAYER for an unknown id", () => {
    const g = new Driver().join("Ana").startAndOpen();
    expect(g.send({ type: "answer", playerId: "nobody", questionIndex: 0, choice: 2 }).error).toBe("NOT_A_PLAYER");
  });
});
