import { describe, expect, it } from "vitest";
import type { Candidate } from "./types";
import { flaws } from "./filters";

const text = "Marta Velasco founded a school in Lima in 1902. It grew quickly and Velasco stayed there.";
const item = (over: Partial<Candidate>): Candidate => ({
  type: "mc", prompt: "_____ founded a school in Lima in 1902.", answer: "Marta Velasco", sourceStart: 0, sourceEnd: 47, sentenceIndex: 0,
  answerStart: 0, options: ["Marta Velasco", "Ada Lovelace", "Marie Curie", "Jane Austen"], explanation: "", score: 0, factKey: "k",
  fact: { kind: "person", text: "Marta Velasco", start: 0, end: 13, sentence: 0 }, ...over,
});

describe("flaws", () => {
  it("accepts a clean item", () => {
    expect(flaws(item({}), text)).toEqual([]);
  });
  it("rejects a stem that starts with a pronoun without referent", () => {
    expect(flaws(item({ prompt: "It grew quickly and _____ stayed there.", sourceStart: 48, sourceEnd: 88 }), text)).toContain("dangling-reference");
  });
  it("rejects a stem that gives the key away, also by surname", () => {
    expect(flaws(item({ prompt: "_____ founded a school; Velasco taught there." }), text)).toContain("key-in-stem");
  });
  it("rejects broken blanks, unbalanced quotes and bad options", () => {
    expect(flaws(item({ prompt: "The _____-led school opened in Lima." }), text)).toContain("broken-blank");
    expect(flaws(item({ prompt: "“_____ founded a school in Lima in 1902." }), text)).toContain("unbalanced");
    expect(flaws(item({ options: ["Marta Velasco", "Marta Velasco", "Marie Curie", "Jane Austen"] }), text)).toContain("bad-options");
  });
  it("rejects a stem that is only a quotation", () => {
    expect(flaws(item({ prompt: "“_____ founded a school in Lima in 1902.”" }), text)).toContain("unattributed-quote");
  });
});
