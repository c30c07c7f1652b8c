import { describe, expect, it } from "vitest";
import { blankQuestion, switchType, type Draft, type DraftQuestion } from "./draft";
import { validateDraft } from "./draftValidation";
import { fieldLabel } from "./fieldKeys";

const draftOf = (...questions: DraftQuestion[]): Draft => ({ title: "T", description: "", questions });
const q = (patch: Partial<DraftQuestion>): DraftQuestion => ({ ...blankQuestion(patch.type ?? "mc", "a"), prompt: "P?", ...patch });

describe("switchType", () => {
  it("turns the correct option of a multiple-choice question into the main typed answer, and back", () => {
    const mc = q({ options: ["Rome", "Paris", "Oslo", ""], correct: 1 });
    const typed = switchType(mc, "type");
    expect(typed).toMatchObject({ type: "type", options: ["Paris"], correct: 0 });
    const edited = { ...typed, options: ["Paris", "Paree"] };
    expect(switchType(edited, "mc")).toMatchObject({ type: "mc", options: ["Rome", "Paris", "Oslo", ""], correct: 1 });
    // …and the accepted answers come back too.
    expect(switchType(switchType(edited, "mc"), "type")).toMatchObject({ options: ["Paris", "Paree"], correct: 0 });
  });

  it("makes ordering items of the filled options, and options of the items (first = correct)", () => {
    const mc = q({ options: ["Mercury", "", "Venus", "Earth"], correct: 2 });
    expect(switchType(mc, "order")).toMatchObject({ options: ["Mercury", "Venus", "Earth", ""], correct: 0 });
    const order = q({ type: "order", options: ["One", "Two", "Three", ""] });
    expect(switchType(order, "mc")).toMatchObject({ options: ["One", "Two", "Three", ""], correct: 0 });
  });

  it("keeps only the main typed answer when going to multiple choice", () => {
    const typed = q({ type: "type", options: ["USA", "United States"] });
    expect(switchType(typed, "mc")).toMatchObject({ options: ["USA", "", "", ""], correct: 0 });
  });

  it("true/false carries no text into a typed answer, and restores older stashed options", () => {
    const tf = q({ type: "tf", options: ["True", "False"], correct: 1 });
    expect(switchType(tf, "type").options).toEqual([""]);
    expect(switchType(tf, "order").options).toEqual(["", "", "", ""]);
    const legacy = { ...tf, stashedOptions: ["A", "B", "", ""] };
    expect(switchType(legacy, "mc").options).toEqual(["A", "B", "", ""]);
  });
});

describe("validateDraft for typed answers and ordering", () => {
  it("sends the filled accepted answers with correct 0", () => {
    const v = validateDraft(draftOf(q({ type: "type", options: ["", "Paris", " paree "], correct: 3 })));
    expect(v.ok).toBe(true);
    if (v.ok) expect(v.input.questions[0]).toMatchObject({ type: "type", options: ["Paris", "paree"], correct: 0 });
  });

  it("asks for the answer when no accepted answer is written", () => {
    const v = validateDraft(draftOf(q({ type: "type", options: ["  "] })));
    expect(v.ok).toBe(false);
    if (!v.ok) expect(v.errors["q.a.options.0"]).toBe("Write the answer players should type");
  });

  it("needs three filled items, and marks a repeated one", () => {
    const few = validateDraft(draftOf(q({ type: "order", options: ["A", "", "B", ""] })));
    expect(few.ok || few.errors["q.a.options"]).toBe("Fill in at least three items");
    const dupe = validateDraft(draftOf(q({ type: "order", options: ["A", "B", "a", ""] })));
    expect(dupe.ok || dupe.errors["q.a.options.2"]).toBe("Same as item 1");
    const ok = validateDraft(draftOf(q({ type: "order", options: ["A", "", "B", "C"] })));
    expect(ok.ok && ok.input.questions[0].options).toEqual(["A", "B", "C"]);
  });

  it("names rows by type in the error summary", () => {
    const d = draftOf(q({ type: "order" }), { ...q({ type: "type" }), key: "b" });
    expect(fieldLabel(d, "q.a.options.1")).toBe("Question 1, item 2");
    expect(fieldLabel(d, "q.b.options.0")).toBe("Question 2, accepted answer 1");
  });
});
