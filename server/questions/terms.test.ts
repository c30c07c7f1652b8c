import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";

function factsOf(text: string) {
  const sentences = splitSentences(text);
  return { sentences, ...extractFacts(text, sentences) };
}
const spans = (text: string, kind: string) => factsOf(text).facts.filter((f) => f.kind === kind).map((f) => f.text);

describe("terms", () => {
  it("keeps specific noun phrases and drops generic ones", () => {
    const text = "Plants release oxygen through photosynthesis in their leaves. This is one of many things.";
    const terms = spans(text, "term");
    expect(terms).toContain("photosynthesis");
    expect(terms).not.toContain("things");
  });
});
