import { describe, expect, it } from "vitest";
import { hashString, normalize, seededShuffle } from "./util";

describe("util", () => {
  it("shuffles deterministically by seed, without losing items", () => {
    const items = ["a", "b", "c", "d", "e"];
    expect(seededShuffle(items, "x")).toEqual(seededShuffle(items, "x"));
    expect([...seededShuffle(items, "y")].sort()).toEqual(items);
    expect(hashString("abc")).toBe(hashString("abc"));
  });

  it("normalises case, accents, quotes, punctuation and articles", () => {
    expect(normalize("The Élan’s  “Café”!")).toBe("elan s cafe");
  });
});
