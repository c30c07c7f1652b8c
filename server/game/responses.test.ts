import { describe, expect, it } from "vitest";
import { ErrorCode } from "../protocol";
import { acceptedAnswers, correctOptions, judge, visibleOptions } from "./responses";
import { question } from "./testkit";

const typed = question({ type: "type", prompt: "Capital of France?", options: ["Paris", "Paris, France"], correct: 0 });
// Stored in the true order; shown as [third, first, second].
const ordering = question({ type: "order", prompt: "Oldest first", options: ["1066", "1492", "1789"], correct: 0, displayOrder: [2, 0, 1] });

describe("answers by question type", () => {
  it("type-the-answer: forgives case and a small misspelling, never shows the answers early", () => {
    expect(visibleOptions(typed)).toEqual([]);
    expect(judge(typed, { text: "paris" })).toMatchObject({ correct: true, text: "paris", choice: null });
    expect(judge(typed, { text: "Pariss" })).toMatchObject({ correct: true });
    expect(judge(typed, { text: "Lyon" })).toMatchObject({ correct: false });
    expect(judge(typed, { text: "   " })).toBe(ErrorCode.INVALID_OPTION);
    expect(judge(typed, { choice: 0 })).toBe(ErrorCode.INVALID_OPTION);
    expect(acceptedAnswers(typed)).toEqual(["Paris", "Paris, France"]);
  });

  it("ordering: shows the shuffled items and judges the order in display terms", () => {
    expect(visibleOptions(ordering)).toEqual(["1789", "1066", "1492"]);
    // True order 1066, 1492, 1789 = display positions 1, 2, 0.
    expect(correctOptions(ordering)).toEqual([1, 2, 0]);
    expect(judge(ordering, { order: [1, 2, 0] })).toMatchObject({ correct: true, order: [1, 2, 0] });
    expect(judge(ordering, { order: [0, 1, 2] })).toMatchObject({ correct: false });
    expect(judge(ordering, { order: [1, 1, 0] })).toBe(ErrorCode.INVALID_OPTION);
    expect(judge(ordering, { order: [1, 2] })).toBe(ErrorCode.INVALID_OPTION);
    expect(judge(ordering, { text: "1066" })).toBe(ErrorCode.INVALID_OPTION);
  });

  it("multiple choice: an index inside the options", () => {
    const mc = question();
    expect(judge(mc, { choice: mc.correct })).toMatchObject({ correct: true, choice: mc.correct, text: null, order: null });
    expect(judge(mc, { choice: 9 })).toBe(ErrorCode.INVALID_OPTION);
    expect(judge(mc, { text: "x" })).toBe(ErrorCode.INVALID_OPTION);
    expect(correctOptions(mc)).toEqual([mc.correct]);
  });
});

describe("options shuffled per game", () => {
  // Stored: Mars, Venus, Jupiter(key), Earth. Shown: Earth, Jupiter, Mars, Venus.
  const shuffled = question({ displayOrder: [3, 2, 0, 1] });

  it("shows the permutation, maps the chosen position back, and marks the key where it is shown", () => {
    expect(visibleOptions(shuffled)).toEqual(["Earth", "Jupiter", "Mars", "Venus"]);
    expect(correctOptions(shuffled)).toEqual([1]);
    expect(judge(shuffled, { choice: 1 })).toMatchObject({ correct: true, choice: 2 }); // stored index of Jupiter
    expect(judge(shuffled, { choice: 2 })).toMatchObject({ correct: false, choice: 0 }); // Mars
  });
});
