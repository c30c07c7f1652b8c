// Number of nouns for term options: a plural key gets plural options ("rats" | mice), a singular one singular ones,
// with WordNet's dictionary forms deciding where the ending alone cannot ("crisis" is one, "bacteria" many).
import { remembered } from "./util";
import { firstSense, nounLemma } from "./wordnet";

/** Whether a phrase's head is a plural: WordNet's dictionary form says ("rabbis" → rabbi, "crisis" is one), else its ending.
 * The head is the last word, or the word before "of" ("pioneers of modern optics" are many). */
export const isPlural = (t: string) => {
  const words = t.trim().split(/\s+/);
  const of = words.indexOf("of");
  return judgePlural((of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase());
};
const judgePlural = remembered((last: string): boolean => {
  if (IRREGULAR_PLURALS.has(last)) return true;
  const lemma = /s$/.test(last) ? nounLemma(last) : null;
  // WordNet lists a few plurals as words of their own: "humans" is still humans ("arms" is no plural of "arm")
  if (lemma === last && /[^su]s$/.test(last)) return !!firstSense(last) && firstSense(last)?.lexFile === firstSense(last.slice(0, -1))?.lexFile;
  return lemma ? lemma !== last : /[^su]s$/.test(last) && !/(?:is|ss|us)$/.test(last);
});
const IRREGULAR_PLURALS = new Set(
  "bacteria criteria phenomena data media fungi nuclei cacti alumni stimuli larvae algae vertebrae antennae indices matrices appendices analyses crises theses hypotheses oases diagnoses people children men women mice lice geese teeth feet oxen".split(" "),
);

/** "rat" → "rats" for a plural key; WordNet lists nouns singular. */
const IRREGULAR: Record<string, string> = { mouse: "mice", louse: "lice", goose: "geese", tooth: "teeth", foot: "feet", child: "children", person: "people", ox: "oxen", fish: "fish", sheep: "sheep", deer: "deer" };

export function pluralOf(noun: string): string {
  if (IRREGULAR[noun]) return IRREGULAR[noun];
  if (/(?:[^f]f|fe)$/.test(noun) && /(?:kni|wi|lea|wol|cal|hal|shel|loa|thie|li)fe?$/.test(noun)) return noun.replace(/fe?$/, "ves");
  if (/man$/.test(noun)) return noun.replace(/man$/, "men");
  if (/[^aeiou]y$/.test(noun)) return noun.replace(/y$/, "ies");
  if (/(?:s|x|z|ch|sh)$/.test(noun)) return `${noun}es`;
  return `${noun}s`;
}

/** A phrase with its last word in the dictionary form WordNet lists: "Worker bees" → "Worker bee"; undefined where it has none. */
export function singularOf(term: string): string | undefined {
  const words = term.trim().split(/\s+/);
  const last = words[words.length - 1];
  const lemma = nounLemma(last);
  if (!lemma || lemma === last.toLowerCase() || lemma.includes("_")) return undefined;
  return [...words.slice(0, -1), /^\p{Lu}/u.test(last) ? lemma.charAt(0).toUpperCase() + lemma.slice(1) : lemma].join(" ");
}

/** A noun in the singular, as far as a link between two nouns needs it: "pathogens" → "pathogen". */
export const single = (w: string) => w.toLowerCase().replace(/(?:ies)$/, "y").replace(/(?<=(?:s|x|z|ch|sh))es$/, "").replace(/(?<![su])s$/, "");
