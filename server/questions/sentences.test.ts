import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";

const texts = (t: string) => splitSentences(t).map((s) => s.text);

describe("splitSentences", () => {
  it("makes no sentence of a list marker, and marks the items of a list a lead-in introduces", () => {
    const t = "Three roads will be mended first:\n\n1. Canal Street, by the bridge;\n\n2. the whole of Fern Avenue.\n\nSteps:\n\nWork starts in June.\n\n- Fees rise to £5.";
    const ss = splitSentences(t);
    expect(ss.map((s) => [s.text, !!s.listed])).toEqual([
      ["Three roads will be mended first:", false],
      ["Canal Street, by the bridge;", true],
      ["the whole of Fern Avenue.", true],
      ["Steps:", false],
      ["Work starts in June.", false],
      ["Fees rise to £5.", false],
    ]);
    for (const s of ss) expect(t.slice(s.start, s.end)).toBe(s.text);
  });
  it("keeps abbreviations, initials and decimals inside a sentence", () => {
    expect(texts("Dr. Ada Lin met John F. Kennedy in the U.S. capital. Prices rose 20.8 percent in Jan. last year. Then it fell.")).toEqual([
      "Dr. Ada Lin met John F. Kennedy in the U.S. capital.",
      "Prices rose 20.8 percent in Jan. last year.",
      "Then it fell.",
    ]);
    // (a case's "v." too: "Republic of Austria v. Altmann"; and the Filipino "Ma." for María)
    expect(texts("The court ruled in Republic of Austria v. Altmann that the suit could go ahead. It was 2004.")).toEqual([
      "The court ruled in Republic of Austria v. Altmann that the suit could go ahead.",
      "It was 2004.",
    ]);
    expect(texts("Office of Civil Defense spokesperson Ma. Lourdes Ocampo said roads were cut.")).toHaveLength(1);
  });

  it("keeps a quotation and its attribution together", () => {
    expect(texts(`"We will rebuild the mill," she said. "Is it safe?" he asked. Nobody knew.`)).toEqual([
      `"We will rebuild the mill," she said.`,
      `"Is it safe?" he asked.`,
      "Nobody knew.",
    ]);
  });

  it("gives exact offsets, paragraph numbers and marks headings", () => {
    const text = "Mills of Elmsford\n\nThe mill opened in 1820. It closed in 1901.";
    const s = splitSentences(text);
    expect(s.map((x) => [x.text, x.paragraph, x.heading])).toEqual([
      ["Mills of Elmsford", 0, true],
      ["The mill opened in 1820.", 1, false],
      ["It closed in 1901.", 1, false],
    ]);
    for (const x of s) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it("ends a sentence after 'a.m.' when the next word opens one ('Most', 'Many')", () => {
    const s = splitSentences("The ship sank at 2:20 a.m. Most people in the water died within minutes. The rescue came at 4 a.m. Monday.");
    expect(s.map((x) => x.text)).toEqual(["The ship sank at 2:20 a.m.", "Most people in the water died within minutes.", "The rescue came at 4 a.m. Monday."]);
  });

  it("ends a sentence after the letter 'c.' before a word, not after circa before a year", () => {
    expect(splitSentences("The speed is written as c. Nothing can travel faster.").map((s) => s.text)).toEqual(["The speed is written as c.", "Nothing can travel faster."]);
    expect(splitSentences("The church was built c. 1150 by monks.")).toHaveLength(1);
  });

  it("ends a sentence after a word that is also a short day or month ('the Sun. When')", () => {
    const s = splitSentences("The cycle is driven by energy from the Sun. When sunlight warms the sea, water rises. The fair opens on Sat. 4 May.");
    expect(s.map((x) => x.text)).toEqual(["The cycle is driven by energy from the Sun.", "When sunlight warms the sea, water rises.", "The fair opens on Sat. 4 May."]);
  });

  it("keeps capitals joined by dots inside a sentence as initials ('the submarine H.L. Hunley', 'J.R.R. Tolkien')", () => {
    const texts = splitSentences("On that day the submarine H.L. Hunley sank a warship. J.R.R. Tolkien wrote books. He joined the I.R.A. The group split.").map((s) => s.text);
    expect(texts).toEqual(["On that day the submarine H.L. Hunley sank a warship.", "J.R.R. Tolkien wrote books.", "He joined the I.R.A.", "The group split."]);
  });
});
