// The draft item → question bank conversion table, and the draft/regenerate helpers.
import { describe, expect, it } from "vitest";
import { QUESTION_TYPES, type DraftItemInput } from "../protocol";
import { itemIssues, itemToQuestion } from "./convert";
import { makeDraft, regenerateItem } from "./draft";
import { articleFromText } from "./intake";
import { STORY_TEXT } from "./test-fixtures";

const src = { sourceSentence: "The tower was built in 1873.", explanation: "The article says so." };

describe("itemToQuestion", () => {
  it("mc, number and quote become multiple choice keyed by the answer's index", () => {
    for (const type of ["mc", "number", "quote"] as const) {
      const q = itemToQuestion({ type, prompt: " When was it built? ", options: ["1850", "1873", "1901", "1920"], answer: "1873", ...src });
      expect(q).toEqual({
        type: "mc",
        prompt: "When was it built?",
        options: ["1850", "1873", "1901", "1920"],
        correct: 1,
        timeLimitSec: 20,
        points: 1000,
        sourceSentence: src.sourceSentence,
        explanation: src.explanation,
      });
    }
  });

  it("tf becomes True/False", () => {
    expect(itemToQuestion({ type: "tf", prompt: "True or false: x", options: ["True", "False"], answer: "True" })).toMatchObject({ type: "tf", options: ["True", "False"], correct: 0, sourceSentence: null, explanation: null });
    expect(itemToQuestion({ type: "tf", prompt: "True or false: x", options: ["True", "False"], answer: "False" }).correct).toBe(1);
  });

  it("type keeps the key first, then the accepted answers, deduplicated, at most six; 30 seconds", () => {
    const q = itemToQuestion({ type: "type", prompt: "Who built it?", options: [], answer: "Margaret Cole", accept: ["margaret cole", "Cole", "M. Cole", "Cole", "Maggie Cole", "Mrs Cole", "Margaret", "Peggy Cole"], ...src });
    expect(q).toMatchObject({ type: "type", options: ["Margaret Cole", "Cole", "M. Cole", "Maggie Cole", "Mrs Cole", "Margaret"], correct: 0, timeLimitSec: 30 });
  });

  it("order lists the events in their true order; 30 seconds", () => {
    const events = ["The tower was built", "The light was closed", "The light shone again"];
    expect(itemToQuestion({ type: "order", prompt: "Put these in order", options: [events[2], events[0], events[1]], answer: events, ...src })).toMatchObject({
      type: "order",
      options: events,
      correct: 0,
      timeLimitSec: 30,
    });
  });
});

describe("itemIssues", () => {
  it("is empty for a good item and names the field otherwise", () => {
    const good: DraftItemInput = { type: "mc", prompt: "Q?", options: ["a", "b", "c", "d"], answer: "b" };
    expect(itemIssues(good)).toEqual([]);
    expect(itemIssues({ ...good, answer: "z" })).toEqual([{ path: "answer", message: "Mark one of the options as the correct answer" }]);
    expect(itemIssues({ ...good, prompt: "  " })).toEqual([{ path: "prompt", message: "Write the question" }]);
    expect(itemIssues({ ...good, options: ["a", "A", "c", "d"], answer: "a" })[0].path).toBe("options");
    expect(itemIssues({ ...good, prompt: "x".repeat(301) })[0].path).toBe("prompt");
  });

  it("type and order items are savable, and their problems land on the answer fields", () => {
    const typed: DraftItemInput = { type: "type", prompt: "Who?", options: [], answer: "Cole", accept: ["Cole", "M. Cole"] };
    const ordered: DraftItemInput = { type: "order", prompt: "Put these in order", options: ["c", "a", "b"], answer: ["a", "b", "c"] };
    expect(QUESTION_TYPES).toEqual(expect.arrayContaining(["type", "order"]));
    expect(itemIssues(typed)).toEqual([]);
    expect(itemIssues(ordered)).toEqual([]);
    expect(itemIssues({ ...typed, answer: " " })[0]).toEqual({ path: "answer", message: "Write the answer" });
    expect(itemIssues({ ...typed, accept: ["x".repeat(121)] })[0].path).toBe("accept.1");
    expect(itemIssues({ ...ordered, answer: ["a", "b"] })[0]).toMatchObject({ path: "answer", message: expect.stringMatching(/3 or 4 items/) });
  });
});

describe("makeDraft and regenerateItem", () => {
  const article = articleFromText(STORY_TEXT);

  it("returns the cleaned text, and every item's source sentence is in it", () => {
    const draft = makeDraft(article, { count: 10 });
    expect(draft.article.title).toBe(article.title);
    expect(draft.questions.length).toBeGreaterThan(5);
    for (const q of draft.questions) {
      expect(draft.article.text).toContain(q.sourceSentence);
      expect(draft.article.text.indexOf(q.sourceSentence)).toBeLessThanOrEqual(q.answerStart);
    }
    expect(makeDraft(article, { count: 10, types: ["tf"] }).questions.every((q) => q.type === "tf")).toBe(true);
  });

  it("regenerates the next unused item of the same type, deterministically, until none is left", () => {
    const draft = makeDraft(article, { count: 6 });
    const text = draft.article.text;
    const seen = draft.questions.map((q) => ({ prompt: q.prompt, answer: q.answer, sourceSentence: q.sourceSentence }));
    // A kind the short story has spares of.
    const type = [...new Set(draft.questions.map((q) => q.type))].find((t) => regenerateItem(text, t, seen).question)!;
    expect(type).toBeDefined();
    const a = regenerateItem(text, type, seen);
    const b = regenerateItem(text, type, seen);
    expect(a.question).not.toBeNull();
    expect(a.question).toEqual(b.question);
    expect(a.question!.type).toBe(type);
    expect(seen.map((s) => s.prompt)).not.toContain(a.question!.prompt);
    // Keep asking: every answer is new, and the supply ends with null rather than a repeat.
    const prompts = new Set(seen.map((s) => s.prompt));
    for (let i = 0; i < 40; i++) {
      const next = regenerateItem(text, type, seen).question;
      if (!next) break;
      expect(prompts.has(next.prompt)).toBe(false);
      prompts.add(next.prompt);
      seen.push({ prompt: next.prompt, answer: next.answer, sourceSentence: next.sourceSentence });
    }
    expect(regenerateItem(text, type, seen).question).toBeNull();
  });
});
