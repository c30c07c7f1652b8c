import { describe, expect, it } from "vitest";
import { cleanText } from "./clean";

describe("cleanText", () => {
  it("strips bylines, author boxes, credits, share and reading-time lines, disclaimers", () => {
    const raw = [
      "By Jane Porter",
      "",
      "4 min read",
      "The river town of Elmsford opened its first library in 1891. It had 300 books.",
      "",
      "Jane Porter",
      "Jane Porter",
      "",
      "Image Credit: Reuters",
      "Share",
      "Author: Jane Porter – journalist based in Leeds.",
      "(The views expressed in this article belong only to the author.)",
    ].join("\n");
    expect(cleanText(raw)).toBe("The river town of Elmsford opened its first library in 1891. It had 300 books.");
  });

  it("strips a reading-time line glued to minutes and seconds, and a 'Share.' prefix", () => {
    const raw = "Share.Bridges of Elmsford\n\n2 min 37Approximate reading time\n\nThe old bridge was built in 1820.";
    expect(cleanText(raw)).toBe("Bridges of Elmsford\n\nThe old bridge was built in 1820.");
  });

  it("strips a review's score line, and keeps a sentence that speaks of a rating", () => {
    const raw = "The novel is slow but rewarding.\n\nRating: four stars out of five.\n\n★★★★☆\n\nThe rating agency cut its score to three.";
    expect(cleanText(raw)).toBe("The novel is slow but rewarding.\n\nThe rating agency cut its score to three.");
  });

  it("keeps each item of a list as its own paragraph, though the line before it has no final stop", () => {
    expect(cleanText("Traits he studied:\n1. Seed shape: round or wrinkled\n2. Pod colour: green or yellow\n- Flower colour").split("\n\n")).toEqual([
      "Traits he studied:", "1. Seed shape: round or wrinkled", "2. Pod colour: green or yellow", "- Flower colour",
    ]);
    // a hard-wrapped sentence is still joined, also before a figure that looks like a marker
    expect(cleanText("The seeds were\nround or wrinkled.")).toBe("The seeds were round or wrinkled.");
    expect(cleanText("It has the formula O\n2. Oxygen gas is common.")).toBe("It has the formula O 2. Oxygen gas is common.");
  });
  it("removes datelines and keeps subheads as their own paragraph", () => {
    const raw = "ELMSFORD (AFP) — The mayor resigned on Monday.\n\n- A quiet exit -\n\nShe said little.";
    expect(cleanText(raw)).toBe("The mayor resigned on Monday.\n\nA quiet exit\n\nShe said little.");
    // (a town in title case before a long dash, at the story's start only)
    const title = "Typhoon Tasyo slams into northern Luzon; more than 300,000 evacuated\n\nManila — Typhoon Tasyo made landfall late on Tuesday, tearing roofs off houses in three provinces.\n\n" +
      "Later — The winds eased before dawn, and ferries were allowed to sail again from the southern ports.";
    expect(cleanText(title)).toBe("Typhoon Tasyo slams into northern Luzon; more than 300,000 evacuated\n\nTyphoon Tasyo made landfall late on Tuesday, tearing roofs off houses in three provinces.\n\n" +
      "Later — The winds eased before dawn, and ferries were allowed to sail again from the southern ports.");
  });

  it("removes a local paper's dateline with its date or agency and a hyphen, and a correction note; keeps 'UK - EU'", () => {
    const raw = "HAMILTON, Thursday 3 April (Waikato Press) - A former treasurer was sentenced.\n\nCAPE TOWN, 27 August - Penguins rose.\n\n" +
      "PORT ASHBY, Ont. - A bridge opened.\n\nUK - EU talks resumed.\n\nUpdated Nov. 22 to correct the year the family took over the business.";
    expect(cleanText(raw)).toBe("A former treasurer was sentenced.\n\nPenguins rose.\n\nA bridge opened.\n\nUK - EU talks resumed.");
  });

  it("drops an interview's questions, keeps its answers without the 'A:', and keeps a heading apart from its list", () => {
    expect(cleanText("Q: You trained in London and Lyon.\nA: Yes, in a tiny kitchen in Soho.\n\nKey facts\n- The Act was passed in 2010.")).toBe(
      "Yes, in a tiny kitchen in Soho.\n\nKey facts\n\n- The Act was passed in 2010.");
  });

  it("drops an encyclopedia's reference marks and editors' notes, not a bracketed word", () => {
    const out = cleanText("Protests began under the Roman Empire[citation needed]. The law passed in 1919.[12][a] He said \"[I] disagree\".");
    expect(out).toBe("Protests began under the Roman Empire. The law passed in 1919. He said \"[I] disagree\".");
  });

  it("joins hard-wrapped lines and normalises spaces", () => {
    const raw = "The canal was dug by\nhand over   ten years.\nIt opened in 1840.";
    expect(cleanText(raw)).toBe("The canal was dug by hand over ten years.\n\nIt opened in 1840.");
  });
});
