import { describe, expect, it } from "vitest";
import { emptyIdMap, idMapEntries, idMapGet, idMapHas, idMapSet } from "./idmap";
import { deepFreeze } from "./testkit";

describe("IdMap", () => {
  it("set returns a new map and leaves the old one as it was", () => {
    const empty = deepFreeze(emptyIdMap<number>());
    const one = deepFreeze(idMapSet(empty, "a", 1));
    const two = idMapSet(one, "b", 2);
    expect([empty.size, one.size, two.size]).toEqual([0, 1, 2]);
    expect(idMapGet(one, "b")).toBeUndefined();
    expect(idMapGet(two, "a")).toBe(1);
    expect(idMapHas(two, "b")).toBe(true);
    expect(idMapEntries(two).sort()).toEqual([
      ["a", 1],
      ["b", 2],
    ]);
  });

  it("overwriting a key does not grow the size", () => {
    const map = idMapSet(idMapSet(emptyIdMap<string>(), "k", "x"), "k", "y");
    expect(map.size).toBe(1);
    expect(idMapGet(map, "k")).toBe("y");
  });

  it("is safe with ids that name Object.prototype members", () => {
    const map = idMapSet(emptyIdMap<number>(), "__proto__", 7);
    expect(idMapGet(map, "__proto__")).toBe(7);
    expect(idMapHas(emptyIdMap(), "toString")).toBe(false);
    expect(idMapGet(emptyIdMap(), "constructor")).toBeUndefined();
  });

  it("survives a JSON round trip (GameState snapshots)", () => {
    let map = emptyIdMap<{ v: number }>();
    for (let i = 0; i < 300; i++) map = idMapSet(map, `player-${i}`, { v: i });
    const restored = JSON.parse(JSON.stringify(map));
    expect(restored.size).toBe(300);
    expect(idMapGet(restored, "player-123")).toEqual({ v: 123 });
    // Spread over the shards rather than piled into a few: no shard holds more than 3× its share.
    expect(Math.max(...map.shards.map((s) => Object.keys(s).length))).toBeLessThan((300 / 64) * 3);
  });
});
