import { describe, expect, it } from "vitest";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { applyLead, resolveLeads } from "./pronouns";

function leadsOf(text: string) {
  const sentences = splitSentences(text);
  const leads = resolveLeads(sentences, extractFacts(text, sentences));
  return sentences.map((s) => applyLead(s.text, leads.get(s.index)));
}

describe("opening pronouns", () => {
  it("names the one person the sentence before names", () => {
    const out = leadsOf("Tomas Ortega founded a school in Lima in 1902. He later moved to Quito. In 1910, he opened a second school. His pupils came from far away.");
    expect(out[1]).toBe("Tomas Ortega later moved to Quito.");
    // the sentence before named no one, so the "he" it resolved carries on
    expect(out[2]).toBe("In 1910, Tomas Ortega opened a second school.");
    expect(out[3]).toBe("Tomas Ortega's pupils came from far away.");
  });

  it("names the article's subject when the sentence before opens with it", () => {
    const out = leadsOf("Argon\n\nArgon is a noble gas with atomic number 18. It is the third most common gas in the air. It is believed that the name comes from Greek.");
    expect(out).toContain("Argon is the third most common gas in the air.");
    // an "it" that stands for nothing stays, and the filter drops the sentence
    expect(out).toContain("It is believed that the name comes from Greek.");
  });

  it("leaves a pronoun alone when the sentence before is unclear or in another paragraph", () => {
    const two = leadsOf("In 1902, the school in Lima hired Tomas Ortega and Diego Ruiz. He later moved to Quito.");
    expect(two[1]).toBe("He later moved to Quito.");
    const apart = leadsOf("Tomas Ortega founded a school in Lima.\n\nHe later moved to Quito with his family.");
    expect(apart[1]).toBe("He later moved to Quito with his family.");
  });
});
