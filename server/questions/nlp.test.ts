import { describe, expect, it } from "vitest";
import { tagTokens } from "./nlp";

describe("tagTokens", () => {
  it("gives every token its exact offsets, tags and our sentence index", () => {
    const text = "Marie Curie won the prize. She lived in Paris.";
    const tokens = tagTokens(text, [0, 27]);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(tokens.find((t) => t.text === "Paris")?.sentence).toBe(1);
    expect(tokens.find((t) => t.text === "Paris")?.tags.has("Place")).toBe(true);
    expect(tokens.find((t) => t.text === "Marie")?.tags.has("FirstName")).toBe(true);
  });
});

describe("names written small", () => {
  it("reads a word written small as no first name, and 'drew' as the past of 'draw'", () => {
    const tokens = tagTokens("Singers such as Ethel Waters drew large crowds, and they chase a bob.", [0]);
    const tags = (w: string) => tokens.find((t) => t.text === w)!.tags;
    expect(tags("drew").has("Verb")).toBe(true);
    expect(tags("drew").has("FirstName")).toBe(false);
    expect(tags("bob").has("FirstName")).toBe(false);
    expect(tags("Ethel").has("FirstName")).toBe(true);
  });
});
