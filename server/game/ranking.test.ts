import { describe, expect, it } from "vitest";
import { standings } from "./ranking";
import type { Player } from "./types";

const player = (id: string, nickname: string, score: number, streak = 0): Player => ({
  id,
  nickname,
  connected: true,
  score,
  streak,
  joinedAt: 0,
});

describe("standings", () => {
  it("score descending, ties share a rank (1, 2, 2, 4), ties listed by nickname", () => {
    const players = Object.fromEntries(
      [player("a", "zed", 500), player("b", "Bea", 900), player("c", "amy", 500), player("d", "Cy", 100)].map((p) => [
        p.id,
        p,
      ]),
    );
    const { ordered, byId } = standings(players);
    expect(ordered.map((s) => [s.nickname, s.score, s.rank])).toEqual([
      ["Bea", 900, 1],
      ["amy", 500, 2],
      ["zed", 500, 2],
      ["Cy", 100, 4],
    ]);
    expect(byId.get("a")?.rank).toBe(2);
    expect(byId.get("d")?.rank).toBe(4);
  });

  it("everyone on 0 shares rank 1", () => {
    const players = { x: player("x", "b", 0), y: player("y", "a", 0), z: player("z", "c", 0) };
    expect(standings(players).ordered.map((s) => [s.nickname, s.rank])).toEqual([
      ["a", 1],
      ["b", 1],
      ["c", 1],
    ]);
  });

  it("three-way tie below the top: 1, 2, 2, 2, 5", () => {
    const players = Object.fromEntries(
      [10, 5, 5, 5, 1].map((score, i) => [`p${i}`, player(`p${i}`, `n${i}`, score)]),
    );
    expect(standings(players).ordered.map((s) => s.rank)).toEqual([1, 2, 2, 2, 5]);
  });

  it("is cached per players object (same object in, same result out)", () => {
    const players = { a: player("a", "a", 1) };
    expect(standings(players)).toBe(standings(players));
    expect(standings({ ...players })).not.toBe(standings(players));
  });
});
