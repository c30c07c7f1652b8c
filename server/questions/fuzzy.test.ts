import { describe, expect, it } from "vitest";
import { editDistance, matchesAnswer } from "./fuzzy";

describe("matchesAnswer", () => {
  it("accepts case, accents, articles and small misspellings", () => {
    expect(matchesAnswer("the eiffel tower", "Eiffel Tower")).toBe(true);
    expect(matchesAnswer("Priestly", "Priestley")).toBe(true);
    expect(matchesAnswer("Pashinian", ["Nikol Pashinyan", "Pashinyan"])).toBe(true);
    expect(matchesAnswer("Jose", "José")).toBe(true);
  });

  it("rejects other words and wrong numbers", () => {
    expect(matchesAnswer("Paris", "Prague")).toBe(false);
    expect(matchesAnswer("1899", "1889")).toBe(false);
    expect(matchesAnswer("100000", "100,000")).toBe(true);
    expect(matchesAnswer("", "Oslo")).toBe(false);
    expect(matchesAnswer("Rom", "Oslo")).toBe(false);
  });

  it("treats “&” and “and” alike", () => {
    expect(matchesAnswer("weights & measures", "Weights and Measures")).toBe(true);
    expect(matchesAnswer("weights and measures", ["Weights & Measures"])).toBe(true);
    expect(matchesAnswer("AT&T", "AT and T")).toBe(true);
    expect(matchesAnswer("weights or measures", "Weights & Measures")).toBe(false);
  });

  it("counts a transposition as one edit", () => {
    expect(editDistance("oxgyen", "oxygen")).toBe(1);
  });
});
