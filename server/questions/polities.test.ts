import { describe, expect, it } from "vitest";
import type { Fact } from "./types";
import { buildPools, entityDistractors } from "./distractors";
import { polityOptions } from "./polities";
import { yearsIn } from "./people-eras";
import { generateQuestions } from "./index";

const fact = (kind: Fact["kind"], text: string, extra: Partial<Fact> = {}): Fact => ({ kind, text, start: 0, end: text.length, sentence: 0, ...extra });

describe("historic states", () => {
  it("get states of their sort that stood in the stem's year, not modern countries", () => {
    const key = fact("place", "Ottoman Empire", { unit: "country" });
    const pools = buildPools([key, fact("place", "Azerbaijan", { unit: "country" }), fact("place", "Cyprus", { unit: "country" })]);
    const out = entityDistractors(key, pools, "In 1574 the _____ took Tunis from Spain and held the sea.", 3, "");
    expect(out).toHaveLength(3);
    expect(out.every((o) => / Empire$/.test(o))).toBe(true);
    // (no empire of another time, and none the stem names by its land)
    expect(out).not.toContain("Byzantine Empire");
    expect(out).not.toContain("Russian Empire");
    expect(out).not.toContain("Spanish Empire");
  });

  it("take the article's own states of their sort first", () => {
    const [first] = polityOptions("Mongol Empire", 1220, ["Mongol Empire", "Jin dynasty", "Khwarezmid Empire"])!;
    expect(first).toEqual(["Khwarezmid Empire"]);
  });

  it("never get another name of the same state, nor two names of one state", () => {
    const tiers = polityOptions("Eastern Roman Empire", 600, ["Byzantine Empire"])!;
    expect(tiers.flat()).not.toContain("Byzantine Empire");
    const key = fact("misc", "Mongol Empire");
    const out = entityDistractors(key, buildPools([key, fact("misc", "Khwarezmid Empire")]), "In 1206 he founded the _____ on the steppe.", 3, "");
    expect(out).toContain("Khwarezmid Empire");
    expect(out).not.toContain("Khwarazmian Empire");
  });

  it("leave other names alone", () => {
    expect(polityOptions("Hallam Trust", 1900, [])).toBeUndefined();
  });

  it("make a multiple-choice item of a state the kinds leave unsorted", () => {
    const text = "Marek Holub was born in 1822 in a village of Moravia, in what was then the Austrian Empire and is now the Czech Republic. " +
      "He taught physics at a school in Brno for twenty years. His pea trials ran from 1856 to 1863 in the garden of the abbey.";
    const item = generateQuestions(text, { count: 10, types: ["mc"] }).questions.find((q) => q.answer === "Austrian Empire");
    expect(item?.options).toHaveLength(4);
    expect(item!.options.every((o) => / Empire$/.test(o))).toBe(true);
  });
});

describe("the years of a stem", () => {
  it("reads centuries written once for two", () => {
    expect(yearsIn("in the sixteenth and seventeenth centuries")).toEqual([1550, 1650]);
    expect(yearsIn("from the 16th to 18th centuries")).toEqual([1550, 1750]);
  });
});
