import { describe, expect, it } from "vitest";
import type { ArticleDraft, DraftItem } from "../protocol";
import { studyKinds, studyQuizFromDraft } from "./from-article";
import { isSoloPlayable } from "./question-types";
import { bankTypeOf } from "../articles/convert";

const base = { sourceSentence: "Paris is the capital of France.", explanation: "", answerStart: 0, sentenceIndex: 0, difficulty: "easy" as const };
const mc: DraftItem = { ...base, type: "mc", prompt: "Capital of France?", options: ["Paris", "Lyon", "Nice"], answer: "Paris" };
const tf: DraftItem = { ...base, type: "tf", prompt: "Paris is the capital of France.", options: ["True", "False"], answer: "True" };
const typed: DraftItem = { ...base, type: "type", prompt: "Which city is the capital of France?", options: [], answer: "Paris" };
const broken: DraftItem = { ...mc, answer: "Marseille" };

const draft = (questions: DraftItem[], title = "France"): ArticleDraft => ({
  article: { title, text: "Paris is the capital of France.", words: 6, sourceUrl: null, source: "text", fileName: null },
  questions,
  ms: 1,
});

describe("study an article: draft → quiz", () => {
  it("asks the generator only for kinds solo study plays", () => {
    expect(studyKinds().length).toBeGreaterThan(0);
    for (const k of studyKinds()) expect(isSoloPlayable(bankTypeOf(k))).toBe(true);
  });

  it("keeps playable, valid items up to the count, titled after the article", () => {
    const quiz = studyQuizFromDraft(draft([mc, broken, tf, mc, typed]), 2)!;
    expect(quiz.title).toBe("France");
    expect(quiz.items.map((i) => i.type)).toEqual(["mc", "tf"]);
    expect(quiz.article.text).toBe("Paris is the capital of France.");
  });

  it("leaves out kinds study can't play yet and returns null when nothing is left", () => {
    const only = studyQuizFromDraft(draft(isSoloPlayable("type") ? [broken] : [typed, broken]), 10);
    expect(only).toBeNull();
  });

  it("gives an untitled article a title", () => {
    expect(studyQuizFromDraft(draft([mc], "  "), 5)!.title).toBe("An article");
  });
});
