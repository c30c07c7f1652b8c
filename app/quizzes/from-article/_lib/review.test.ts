import { describe, expect, it } from "vitest";
import { keysAtFault, locate, paragraphs, requestCount, SAVABLE_KINDS, savePayload, type ReviewItem } from "./review";

describe("review helpers", () => {
  it("locates the occurrence of a sentence that holds the answer", () => {
    const text = "Same words. Other. Same words.";
    expect(locate(text, { sourceSentence: "Same words.", answerStart: 20 })).toEqual({ start: 19, end: 30 });
    expect(locate(text, { sourceSentence: "Same words.", answerStart: 0 })).toEqual({ start: 0, end: 11 });
    expect(locate(text, { sourceSentence: "Missing.", answerStart: 0 })).toBeNull();
  });

  it("cuts paragraphs at item sentences, overlapping ones too", () => {
    const text = "Title\n\nOne two. Three four.\n\nFive.";
    const ps = paragraphs(text, [
      { start: 7, end: 15, key: "a" },
      { start: 7, end: 27, key: "b" },
    ]);
    expect(ps.map((p) => p.pieces.map((x) => x.text).join(""))).toEqual(["Title", "One two. Three four.", "Five."]);
    expect(ps[1].pieces).toEqual([
      { text: "One two.", start: 7, keys: ["a", "b"] },
      { text: " Three four.", start: 15, keys: ["b"] },
    ]);
  });

  it("asks for spares and knows the savable kinds", () => {
    expect(requestCount(10)).toBe(15);
    expect(requestCount(30)).toBe(45);
    expect(SAVABLE_KINDS).toEqual(["mc", "tf", "type", "number", "order", "quote"]);
  });

  it("sends the kept items as left, and names the ones a refused save points at", () => {
    const item = (prompt: string, accept?: string[]): ReviewItem => ({
      key: prompt,
      accepted: true,
      edited: false,
      item: { type: "type", prompt, options: [], answer: "Lyon", ...(accept ? { accept } : {}), sourceSentence: "It was Lyon.", explanation: "Lyon.", answerStart: 7, difficulty: "easy" } as unknown as ReviewItem["item"],
    });
    const kept = [item("A _____?"), item("B _____?", ["Lyons"])];
    const body = savePayload("Cities", { title: "Cities", text: "It was Lyon.", sourceUrl: null } as never, kept);
    expect(body.items.map((i) => i.prompt)).toEqual(["A _____?", "B _____?"]);
    expect(body.items[0]).not.toHaveProperty("accept");
    expect(body.items[1]).toHaveProperty("accept", ["Lyons"]);
    expect(body.items[0]).not.toHaveProperty("answerStart");
    expect(keysAtFault([{ path: "items.1.prompt" }, { path: "title" }, { path: "items.7.answer" }], kept)).toEqual(["B _____?"]);
  });
});
