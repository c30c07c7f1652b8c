import { describe, expect, it } from "vitest";
import { Driver, newGame } from "./testkit";
import { hostView, playerStatus, playerView } from "./views";

describe("join", () => {
  it("adds a connected player with no score and tells the host and that player", () => {
    const g = new Driver();
    const effects = g.ok({ type: "join", playerId: "p1", nickname: "Ana" });
    expect(g.state.players.p1).toEqual({ id: "p1", nickname: "Ana", connected: true, score: 0, streak: 0, joinedAt: g.now });
    expect(effects).toEqual([
      { type: "persist", what: "players", playerIds: ["p1"] },
      { type: "sendHost" },
      { type: "sendPlayers", playerIds: ["p1"] },
    ]);
    expect(hostView(g.state, g.now)).toEqual({
      phase: "lobby",
      pin: "123456",
      players: [{ id: "p1", nickname: "Ana", connected: true }],
      quizTitle: "Space",
      totalQuestions: 2,
      locked: false,
      maxPlayers: 5000,
    });
  });

  it("refuses joins while the host has locked the lobby, and beyond the player cap", () => {
    const g = new Driver(newGame(undefined, { maxPlayers: 2 })).join("Ana");
    g.ok({ type: "lock", locked: true });
    expect(g.send({ type: "join", playerId: "id-ben", nickname: "Ben" }).error).toBe("GAME_LOCKED");
    g.ok({ type: "lock", locked: false });
    g.join("Ben");
    expect(g.send({ type: "join", playerId: "id-cy", nickname: "Cy" }).error).toBe("GAME_FULL");
  });

  it("NICKNAME_TAKEN, case-insensitively", () => {
    const g = new Driver();
    g.ok({ type: "join", playerId: "p1", nickname: "Ana" });
    expect(g.send({ type: "join", playerId: "p2", nickname: "ANA" }).error).toBe("NICKNAME_TAKEN");
    expect(g.send({ type: "join", playerId: "p2", nickname: "ana" }).error).toBe("NICKNAME_TAKEN");
    expect(g.send({ type: "join", playerId: "p2", nickname: "Anna" }).error).toBeUndefined();
    expect(Object.keys(g.state.players)).toEqual(["p1", "p2"]);
  });

  it("refused once the game has started (and after it ended)", () => {
    const g = new Driver().join("Ana");
    g.ok({ type: "start" });
    expect(g.send({ type: "join", playerId: "late", nickname: "Late" }).error).toBe("GAME_ALREADY_STARTED");
    g.ok({ type: "end" });
    expect(g.send({ type: "join", playerId: "late", nickname: "Late" }).error).toBe("GAME_ALREADY_STARTED");
  });

  it("a repeated id is refused (ids are minted by the adapter)", () => {
    const g = new Driver();
    g.ok({ type: "join", playerId: "p1", nickname: "Ana" });
    expect(g.send({ type: "join", playerId: "p1", nickname: "Other" }).error).toBe("BAD_REQUEST");
  });

  it("lobby lists players in join order, whatever their ids", () => {
    const g = new Driver();
    g.ok({ type: "join", playerId: "9", nickname: "First" }, 1);
    g.ok({ type: "join", playerId: "1", nickname: "Second" }, 1);
    const view = hostView(g.state, g.now);
    expect(view.phase === "lobby" && view.players.map((p) => p.nickname)).toEqual(["First", "Second"]);
  });
});

describe("disconnect and reconnect", () => {
  it("in the lobby the host sees the player greyed out, then back", () => {
    const g = new Driver().join("Ana");
    expect(g.ok({ type: "disconnect", playerId: "id-ana" })).toEqual([{ type: "sendHost" }]);
    expect(g.player("Ana").connected).toBe(false);
    expect(g.ok({ type: "reconnect", playerId: "id-ana" })).toEqual([
      { type: "sendHost" },
      { type: "sendPlayers", playerIds: ["id-ana"] },
    ]);
    expect(g.player("Ana").connected).toBe(true);
  });

  it("a repeated disconnect is a no-op; a reconnect always re-sends the player's view", () => {
    const g = new Driver().join("Ana").startAndOpen();
    // The host hears of the drop and of the return (its screen names who is offline).
    expect(g.ok({ type: "disconnect", playerId: "id-ana" })).toEqual([{ type: "sendHost" }]);
    expect(g.send({ type: "disconnect", playerId: "id-ana" })).toEqual({ state: g.state, effects: [] });
    expect(g.ok({ type: "reconnect", playerId: "id-ana" })).toEqual([{ type: "sendHost" }, { type: "sendPlayers", playerIds: ["id-ana"] }]);
    expect(g.ok({ type: "reconnect", playerId: "id-ana" })).toEqual([{ type: "sendPlayers", playerIds: ["id-ana"] }]);
  });

  it("unknown ids are refused", () => {
    const g = new Driver();
    expect(g.send({ type: "disconnect", playerId: "x" }).error).toBe("UNKNOWN_PLAYER");
    expect(g.send({ type: "reconnect", playerId: "x" }).error).toBe("UNKNOWN_PLAYER");
    expect(g.send({ type: "kick", playerId: "x" }).error).toBe("UNKNOWN_PLAYER");
  });

  it("a player who leaves mid-question closes the round if everyone else has answered", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    g.at(1000).answer("Ana", 2);
    g.at(2000).answer("Ben", 1);
    expect(g.state.phase.kind).toBe("answering");
    const effects = g.send({ type: "disconnect", playerId: "id-cy" }).effects;
    expect(g.state.phase).toEqual({ kind: "reveal", index: 0 });
    expect(effects).toContainEqual({ type: "sendAllPlayers" });
    // Cy keeps the seat: still counted, still ranked.
    expect(hostView(g.state, g.now)).toMatchObject({ playerCount: 3, answeredCount: 2, counts: [0, 1, 1, 0] });
  });

  it("a player who was away gets the right view on return", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(4000).answer("Ana", 2);
    g.ok({ type: "disconnect", playerId: "id-ana" });
    g.ok({ type: "deadline", index: 0 }, 30000);
    g.ok({ type: "reconnect", playerId: "id-ana" });
    expect(playerView(g.state, "id-ana", g.now)).toEqual({
      phase: "reveal",
      nickname: "Ana",
      index: 0,
      total: 2,
      question: expect.objectContaining({ index: 0, prompt: "Which planet is largest?", options: ["Mars", "Venus", "Jupiter", "Earth"] }),
      result: { answered: true, choice: 2, text: null, order: null, correct: true, pointsEarned: 900, correctOptions: [2], acceptedAnswers: [] },
      streak: 1,
      score: 900,
      rank: 1,
      playerCount: 2,
    });
  });
});

describe("kick", () => {
  it("removes the player, sends them the kicked view, then closes their socket", () => {
    const g = new Driver().join("Ana", "Ben");
    const effects = g.ok({ type: "kick", playerId: "id-ben" });
    expect(effects).toEqual([
      { type: "persist", what: "players", playerIds: ["id-ben"] },
      { type: "sendHost" },
      { type: "sendPlayers", playerIds: ["id-ben"] },
      { type: "disconnectPlayer", playerId: "id-ben", reason: "kicked" },
    ]);
    expect(Object.keys(g.state.players)).toEqual(["id-ana"]);
    expect(g.state.kicked["id-ben"]).toMatchObject({ nickname: "Ben", kicked: true, connected: false });
    expect(playerView(g.state, "id-ben", g.now)).toEqual({ phase: "kicked", nickname: "Ben" });
    expect(playerStatus(g.state, "id-ben")).toBe("kicked");
    expect(hostView(g.state, g.now)).toMatchObject({ players: [{ nickname: "Ana" }] });
  });

  it("a kicked id cannot rejoin, reconnect or answer; the nickname stays taken; a second kick is a no-op", () => {
    const g = new Driver().join("Ana", "Ben");
    g.ok({ type: "kick", playerId: "id-ben" });
    expect(g.send({ type: "join", playerId: "id-ben", nickname: "Benny" }).error).toBe("KICKED");
    expect(g.send({ type: "join", playerId: "new", nickname: "BEN" }).error).toBe("NICKNAME_TAKEN");
    expect(g.send({ type: "reconnect", playerId: "id-ben" }).error).toBe("KICKED");
    expect(g.send({ type: "kick", playerId: "id-ben" })).toEqual({ state: g.state, effects: [] });
    expect(g.send({ type: "disconnect", playerId: "id-ben" })).toEqual({ state: g.state, effects: [] });
    g.startAndOpen();
    expect(g.send({ type: "answer", playerId: "id-ben", questionIndex: 0, choice: 2 }).error).toBe("KICKED");
  });

  it("the last kicked player cannot block start: NO_PLAYERS", () => {
    const g = new Driver().join("Ana");
    g.ok({ type: "kick", playerId: "id-ana" });
    expect(g.send({ type: "start" }).error).toBe("NO_PLAYERS");
  });

  it("mid-question: their answer leaves the counts, and the round closes if the rest have answered", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    g.at(1000).answer("Ben", 0);
    g.at(1500).answer("Ana", 2);
    expect(hostView(g.state, g.now)).toMatchObject({ answeredCount: 2, playerCount: 3 });
    g.ok({ type: "kick", playerId: "id-ben" });
    expect(g.state.phase.kind).toBe("answering"); // Cy still to answer
    expect(hostView(g.state, g.now)).toMatchObject({ answeredCount: 1, playerCount: 2 });
    g.ok({ type: "kick", playerId: "id-cy" });
    expect(g.state.phase).toEqual({ kind: "reveal", index: 0 });
    expect(hostView(g.state, g.now)).toMatchObject({ counts: [0, 0, 1, 0], answeredCount: 1, playerCount: 1 });
    expect(g.state.kicked["id-ben"].score).toBe(0);
  });

  it("on the leaderboard: everyone's rank can move, so all players get a fresh view", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    g.at(1000).answer("Ana", 2); // 1000
    g.at(5000).answer("Ben", 2); // 875
    g.at(5000).answer("Cy", 2); // 875
    g.ok({ type: "next" });
    expect(playerView(g.state, "id-cy", g.now)).toMatchObject({ rank: 2, playerCount: 3 });
    const effects = g.ok({ type: "kick", playerId: "id-ana" });
    expect(effects).toContainEqual({ type: "sendAllPlayers" });
    expect(playerView(g.state, "id-cy", g.now)).toMatchObject({ rank: 1, playerCount: 2 });
    expect(hostView(g.state, g.now)).toMatchObject({
      top: [
        { nickname: "Ben", score: 875, rank: 1, streak: 1 },
        { nickname: "Cy", score: 875, rank: 1, streak: 1 },
      ],
    });
  });
});
