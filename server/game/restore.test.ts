import { describe, expect, it } from "vitest";
import { idMapGet } from "./idmap";
import { pendingTimers } from "./reduce";
import { restoreState, snapshotOf } from "./restore";
import { answerOf, Driver } from "./testkit";
import { playerView } from "./views";

describe("restart: snapshot and restore", () => {
  it("keeps every stored answer of the open round and shows that question again", () => {
    const g = new Driver().join("Ana", "Ben", "Cy").startAndOpen();
    const snapshot = JSON.parse(JSON.stringify(snapshotOf(g.state))); // as stored: plain JSON, no answers
    g.at(2000).answer("Ana", 2);
    g.at(3000).answer("Ben", 1);
    const stored = ["id-ana", "id-ben"].map((playerId) => ({ playerId, questionIndex: 0, answer: answerOf(g.state, 0, playerId)! }));

    const now = g.now + 60_000; // the server was down for a minute
    const restored = restoreState(snapshot, stored, [], now);
    expect(restored.phase).toEqual({ kind: "question", index: 0, shownAt: now, opensAt: now + 3000 });
    expect(idMapGet(restored.rounds[0].answers, "id-ana")).toEqual(stored[0].answer);
    expect(restored.rounds[0].answers.size).toBe(2);
    expect(Object.values(restored.players).every((p) => !p.connected)).toBe(true);
    expect(pendingTimers(restored)).toEqual([{ type: "schedule", at: now + 3000, event: { type: "open", index: 0 } }]);

    // Once answers reopen, Ana's answer stands and Cy gets a full window.
    const r = new Driver(restored);
    r.now = now;
    r.ok({ type: "reconnect", playerId: "id-ana" });
    r.ok({ type: "reconnect", playerId: "id-cy" });
    r.open();
    expect(r.answer("Ana", 0).error).toBe("ALREADY_ANSWERED");
    expect(playerView(r.state, "id-ana", r.now)).toMatchObject({ phase: "answering", answered: true, choice: 2 });
    expect(r.at(19_000).answer("Cy", 2).error).toBeUndefined();
  });

  it("adds lobby players who joined after the last snapshot and keeps kicked ones out", () => {
    const g = new Driver().join("Ana");
    const snapshot = snapshotOf(g.state);
    const restored = restoreState(
      snapshot,
      [],
      [
        { id: "id-ana", nickname: "Ana", joinedAt: 1, kicked: false },
        { id: "id-ben", nickname: "Ben", joinedAt: 2, kicked: false },
        { id: "id-zed", nickname: "Zed", joinedAt: 3, kicked: true },
      ],
      g.now,
    );
    expect(Object.keys(restored.players).sort()).toEqual(["id-ana", "id-ben"]);
    expect(Object.keys(restored.kicked)).toEqual(["id-zed"]);
    expect(restored.phase).toEqual({ kind: "lobby" });
  });

  it("a snapshot carries no answers, so its size does not grow with them", () => {
    const g = new Driver().join("Ana", "Ben").startAndOpen();
    g.at(1000).answer("Ana", 2);
    expect(JSON.stringify(snapshotOf(g.state))).not.toContain('"elapsedMs"');
  });
});
