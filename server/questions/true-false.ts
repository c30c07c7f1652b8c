// True/false items: a fact's sentence as written, or with its key swapped for one of its options ("…opened in 1862"),
// only where the swap still reads as a sentence.
import type { Candidate, Sentence } from "./types";
import { applyLead, type Lead } from "./pronouns";
import { TITLES } from "./entity-kinds";
import { TAKES_THE } from "./place-sorts";
import { dropConnective, explain, takesAn } from "./candidates";
import { nounLemma } from "./wordnet";

const VAGUE_CLAIM = /\b(?:many|several|various|numerous|a number of|a range of|a variety of|larger picture|one part of)\b/i;

/** A name that ends on a plural common noun: "Atlas Mountains", "Pentland Hills"; not "Sahara Desert", not "Paris", not
 * "Victoria Falls" (WordNet's "falls" is a noun of its own). */
const pluralName = (name: string) => {
  const last = name.split(/\s+/).pop()!;
  return name.includes(" ") && /^\p{Lu}\p{Ll}+s$/u.test(last) && (nounLemma(last.toLowerCase()) ?? last.toLowerCase()) !== last.toLowerCase();
};

export function trueFalseCandidate(c: Candidate, s: Sentence, distractor: string | undefined, falseOne: boolean, lead?: Lead): Candidate | undefined {
  if (!c.fact) return undefined;
  const rel = c.fact.start - s.start;
  let statement = s.text;
  if (falseOne) {
    if (!distractor) return undefined;
    // "President Gagarin", "Sir Anwar Sadat": another name after the key's title is false only by the title
    const before = /(\S+?)\.?\s+$/.exec(s.text.slice(0, rel))?.[1];
    if (c.fact.kind === "person" && before && (TITLES.test(before) || before === "Administrator")) return undefined;
    // "three-quarters of United States's rainfall", "in the France": a place that takes "the" for one that does not, or
    // the other way round, is no sentence
    const theBefore = /\bthe\s+$/i.test(s.text.slice(0, rel));
    if (c.fact.kind === "place" && c.fact.unit === "country" && TAKES_THE.test(distractor) !== theBefore) return undefined;
    // ("the last country in the Europe" for "the Americas": after the key's "the", a lone name that is no plural)
    if (c.fact.kind === "place" && theBefore && /^\p{Lu}[\p{L}-]*[^s\s]$/u.test(distractor) && !TAKES_THE.test(distractor)) return undefined;
    // ("the Sahara Desert are the result of…" for "the Atlas Mountains": a plural name for a singular one, or the other
    // way round, before a verb that agrees with it)
    const after = s.text.slice(rel + c.fact.text.length);
    if (/^\s(?:is|are|was|were|has|have)\b/.test(after) && pluralName(c.fact.text) !== pluralName(distractor)) return undefined;
    // ("Ancient China was one of the world's earliest civilisations": a claim of one among many may hold for the swapped
    // name too, and a false statement must be false)
    if (/\b(?:one of the|one of its|one of their|among the|some of the)\b/i.test(s.text)) return undefined;
    // ("the International Monetary Fund (WHO)": a name's acronym in brackets after it gives the swap away)
    if (/^\s\(\p{Lu}{2,8}\)/u.test(after)) return undefined;
    // ("a 166-year-old chapel" → "an 83-year-old chapel": the article before the swapped key follows its sound)
    const opening = s.text.slice(0, rel).replace(/\b(a|an|A|An)(\s+)$/, (_, art: string, gap: string) =>
      (takesAn(distractor) ? (art[0] === "A" ? "An" : "an") : art[0]) + gap);
    statement = opening + distractor + after;
  }
  statement = dropConnective(applyLead(statement, lead));
  if (statement.split(/\s+/).length > 35 || !/\.$/.test(statement) || /["“”]/.test(statement)) return undefined;
  // ("Boyle's law has many everyday applications.", "Several events have been organised.": a short claim that there are
  // many of something, with no figure or name to check, is a paragraph's opening, not a fact to judge)
  if (!falseOne && statement.split(/\s+/).length < 12 && VAGUE_CLAIM.test(statement) && !/\d/.test(statement)) return undefined;
  // "Welcome to the Hall of Dinosaurs.", "Imagine a city without cars.": a greeting or a bidding is neither true nor false
  if (/^(?:Welcome|Imagine|Look|Note|Remember|Consider|Try|Let's|Let us|Please|Visit|Join|Come|See|Think)\b/.test(statement)) return undefined;
  return {
    ...c,
    type: "tf",
    answerStart: s.start,
    prompt: `True or false: ${statement}`,
    answer: falseOne ? "False" : "True",
    options: ["True", "False"],
    accept: undefined,
    explanation: falseOne ? `False — ${explain(s).replace(/^The article says/, "the article says")}` : explain(s),
    factKey: `tf:${s.index}`,
  };
}
