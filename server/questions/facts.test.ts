import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";

function factsOf(text: string) {
  const sentences = splitSentences(text);
  return { sentences, ...extractFacts(text, sentences) };
}

describe("extractFacts", () => {
  it("marks a label with no verb (a size, a scorecard, an answer's 'Yes, …') and an obituary's heading as no sentence to ask", () => {
    const text = "The figurehead is the first object you see. Camphor wood with brass fittings, 92cm x 46cm x 44cm. " +
      "Kellingford 286 for 7 (50 overs): R. Abernathy-Cole 88; O. McCartney 3-44. Yes, at around 8,600 metres, near the Second Step. " +
      "Hélène Varga, architect, born 30 August 1933; died 4 February 2025. She trained in Paris.";
    const { sentences, fragments } = factsOf(text);
    const flagged = sentences.filter((s) => fragments?.has(s.index)).map((s) => s.text.slice(0, 12));
    expect(flagged).toEqual(["Camphor wood", "Kellingford ", "Yes, at arou", "Hélène Varga"]);
    // (and a short line in which no word could be a verb: a review's release line, a subhead; not "Q stands for…")
    const short = "The film is long. In cinemas from Friday 14 March. The biggest spenders of the summer. Q stands for the Quaternary. " +
      "In 2023 WHO recorded about 182,000 new cases. Seriously, we're opening a bakery.";
    const more = factsOf(short);
    expect(more.sentences.filter((s) => more.fragments?.has(s.index)).map((s) => s.text.slice(0, 12))).toEqual(["In cinemas f", "The biggest "]);
  });

  it("gathers names, numbers and terms in text order, with mention counts and title words", () => {
    const text = "River Towns\n\nThe town of Elmsford lies on the River Wend. Elmsford had 4,000 people in 1901, and Elmsford still trades timber.";
    const { facts, mentions, titleWords, wordFreq } = factsOf(text);
    const starts = facts.map((f) => f.start);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    expect(facts.map((f) => f.text)).toEqual(expect.arrayContaining(["Elmsford", "River Wend", "4,000", "1901", "timber"]));
    expect(mentions.get("elmsford")).toBe(3);
    expect([...titleWords]).toEqual(["river", "towns"]);
    expect(wordFreq.get("elmsford")).toBe(3);
  });

  it("makes a quoted speaker a person", () => {
    const text = `"The water came up to the windows of the mill," said Ximena Oyelaran-Brook.`;
    expect(factsOf(text).facts.find((f) => f.text === "Ximena Oyelaran-Brook")?.kind).toBe("person");
  });

  it("asks for the Earth only beside another body in space", () => {
    const ground = factsOf("Deeper in the Earth, rocks fold instead of breaking. Faults form near the surface.").facts;
    expect(ground.map((f) => f.text)).not.toContain("Earth");
    const space = factsOf("The probe left the Earth in 1977. It passed Jupiter two years later.").facts;
    expect(space.map((f) => f.text)).toEqual(expect.arrayContaining(["Earth", "Jupiter"]));
  });
});
