import { describe, expect, it } from "vitest";
import { soloDisplayOrder, studySeed } from "./shuffle";

describe("soloDisplayOrder", () => {
  it("is deterministic per seed and never the identity for ordering", () => {
    for (let i = 0; i < 300; i++) {
      for (const n of [3, 4]) {
        const seed = studySeed(`learner-${i}`, `q${n}`);
        const a = soloDisplayOrder("order", n, seed)!;
        expect(a).toEqual(soloDisplayOrder("order", n, seed));
        expect([...a].sort()).toEqual(Array.from({ length: n }, (_, k) => k));
        expect(a.every((v, k) => v === k)).toBe(false);
      }
    }
  });

  it("varies between learners", () => {
    const seen = new Set(Array.from({ length: 40 }, (_, i) => soloDisplayOrder("order", 4, studySeed(`l${i}`, "q"))!.join()));
    expect(seen.size).toBeGreaterThan(3);
  });

  it("leaves other types as stored", () => {
    expect(soloDisplayOrder("mc", 4, "x")).toBeUndefined();
    expect(soloDisplayOrder("type", 2, "x")).toBeUndefined();
  });
});
