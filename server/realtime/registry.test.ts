import { describe, expect, it } from "vitest";
import { shuffledOrder } from "./registry";

describe("shuffledOrder", () => {
  it("is a permutation that never equals the true order", () => {
    for (let n = 2; n <= 4; n++) {
      for (let i = 0; i < 200; i++) {
        const order = shuffledOrder(n);
        expect([...order].sort()).toEqual(Array.from({ length: n }, (_, k) => k));
        expect(order.some((v, k) => v !== k)).toBe(true);
      }
    }
  });
});
