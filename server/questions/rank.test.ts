import { describe, expect, it } from "vitest";
import type { Candidate, Sentence } from "./types";
import { pick } from "./rank";
import { generateQuestions } from "./index";

const sentences: Sentence[] = [0, 1, 2, 3].map((i) => ({ index: i, text: `Sentence ${i} is long enough here.`, start: i * 40, end: i * 40 + 34, paragraph: i < 2 ? 0 : 1, heading: false }));
const c = (answer: string, sentenceIndex: number, score: number, type: Candidate["type"] = "mc"): Candidate => ({
  type, prompt: `p ${answer}`, answer, sourceStart: 0, sourceEnd: 1, sentenceIndex, answerStart: 0, explanation: "", score, factKey: answer.toLowerCase(),
});

describe("pick", () => {
  it("takes the best first, one item per fact and per answer", () => {
    const out = pick([c("Lima", 0, 0.9), c("lima", 1, 0.8), c("1902", 2, 0.7)], sentences, { count: 3 });
    expect(out.map((x) => x.answer)).toEqual(["Lima", "1902"]);
  });

  it("takes one item per sentence, even if that leaves the quiz short", () => {
    expect(pick([c("A", 0, 0.9), c("B", 0, 0.85), c("C", 3, 0.5)], sentences, { count: 2 }).map((x) => x.answer)).toEqual(["A", "C"]);
    expect(pick([c("A", 0, 0.9), c("B", 0, 0.85)], sentences, { count: 2 }).map((x) => x.answer)).toEqual(["A"]);
  });

  it("keeps true/false and ordering items few, and honours types", () => {
    const tfs = [0, 1, 2, 3].map((i) => c(`t${i}`, i, 2, "tf"));
    expect(pick([...tfs, c("A", 0, 0.1)], sentences, { count: 4 }).filter((x) => x.type === "tf").length).toBeLessThanOrEqual(1);
    expect(pick([...tfs, c("A", 0, 0.1)], sentences, { count: 4, types: ["tf"] }).every((x) => x.type === "tf")).toBe(true);
  });

  it("counts one person once, whether the item names them in full or by surname", () => {
    const person = (answer: string, i: number, score: number): Candidate => ({ ...c(answer, i, score), fact: { kind: "person", text: answer, start: 0, end: 1, sentence: i } });
    const out = pick([person("Marta Velasco", 0, 0.9), person("Velasco", 2, 0.8), c("1902", 3, 0.5)], sentences, { count: 3 });
    expect(out.map((x) => x.answer)).toEqual(["Marta Velasco", "1902"]);
  });

  it("asks about a river once, with or without the word 'River', and keeps places that only share a word", () => {
    const place = (answer: string, i: number, score: number, kind: "place" | "misc" = "place"): Candidate => ({ ...c(answer, i, score), fact: { kind, text: answer, start: 0, end: 1, sentence: i } });
    const out = pick([place("River Tane", 0, 0.9), place("Tane", 1, 0.8, "misc"), place("South Sudan", 2, 0.7), place("Sudan", 3, 0.6)], sentences, { count: 4 });
    expect(out.map((x) => x.answer)).toEqual(["River Tane", "South Sudan", "Sudan"]);
    // (a mountain and the country named after it are two places)
    const sorted = (answer: string, i: number, score: number, unit: string): Candidate => ({ ...c(answer, i, score), fact: { kind: "place", unit, text: answer, start: 0, end: 1, sentence: i } });
    expect(pick([sorted("Mount Kenya", 0, 0.9, "mountain"), sorted("Kenya", 1, 0.8, "country")], sentences, { count: 2 })).toHaveLength(2);
  });

  it("asks who said a quote of someone already asked about only when nothing else is left", () => {
    const person = (answer: string, i: number, score: number, type: Candidate["type"] = "mc"): Candidate => ({ ...c(answer, i, score, type), fact: { kind: "person", text: answer, start: 0, end: 1, sentence: i }, factKey: `${type}:${answer}` });
    const items = [person("Marta Velasco", 0, 0.95), person("Marta Velasco", 2, 0.9, "quote"), c("1902", 3, 0.5), person("Marta Velasco", 1, 0.8, "type")];
    expect(pick(items, sentences, { count: 2 }).map((x) => x.type)).toEqual(["mc", "mc"]);
    expect(pick(items, sentences, { count: 4 }).map((x) => x.type)).toEqual(["mc", "mc", "quote"]);
  });

  it("asks about people in at most 30 % of a quiz while other facts are left", () => {
    const many: Sentence[] = Array.from({ length: 10 }, (_, i) => ({ ...sentences[0], index: i, paragraph: i }));
    const person = (answer: string, i: number): Candidate => ({ ...c(answer, i, 1), fact: { kind: "person", text: answer, start: 0, end: 1, sentence: i } });
    const names = ["Ada Okoro", "Ben Ruiz", "Cy Tan", "Di Park", "Ed Vos", "Flo Amin"].map((n, i) => person(n, i));
    const others = [6, 7, 8, 9].map((i) => c(`${1900 + i}`, i, 0.2));
    const out = pick([...names, ...others], many, { count: 10 });
    expect(out.filter((x) => x.fact?.kind === "person")).toHaveLength(6); // the second pass fills up when nothing else is left
    expect(pick([...names, ...others], many, { count: 6 }).filter((x) => x.fact?.kind === "person").length).toBe(2);
  });

  it("asks about a continent or the Moon only when its sentence offers nothing else", () => {
    const text = "The merchants sold their silk in Europe for a high price.\n\nThe merchants bought their horses in Samarkand for a low price.";
    const answers = generateQuestions(text, { count: 2, types: ["mc", "type"] }).questions.map((q) => q.answer);
    // the sentence on Europe is still asked, about its silk
    expect(answers).toEqual(["Samarkand", "silk"]);
  });

  it("asks what a definition describes from its description", () => {
    const [q] = generateQuestions("Tundra soil is a frozen layer of peat and gravel beneath the summer mud.", { count: 1 }).questions;
    expect(q.answer).toBe("Tundra soil");
  });

  it("does not ask for the article's subject by what its opening says it is: 'the _____ → island' in an article on Iceland", () => {
    const text = "Iceland\n\nIceland is an island nation in the North Atlantic.\n\nVisitors praised the island for its hot springs and glaciers.";
    const answers = generateQuestions(text, { count: 3, types: ["mc", "type"] }).questions.map((q) => q.answer);
    expect(answers).not.toContain("island");
    expect(answers).toContain("hot springs");
  });

  it("does not ask for the number of a name the title gives: 'Apollo _____' under 'Apollo 13'", () => {
    const text = "Apollo 13: a mission\n\nApollo 13 was meant to be the third landing on the Moon. Apollo 13 carried three astronauts from Florida.";
    const answers = generateQuestions(text, { count: 1, types: ["number", "mc", "type"] }).questions.map((q) => q.answer);
    expect(answers).not.toContain("13");
  });
});
