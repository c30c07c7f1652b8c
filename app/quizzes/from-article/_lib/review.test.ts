import { describe, expect, it } from "vitest";
import { locate, paragraphs, requestCount, SAVABLE_KINDS } from "./review";

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
});
