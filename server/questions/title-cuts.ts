// Flaw filters, part 2: blanks that cut a name or a title written without quotation marks ("One Hundred Views of
// _____", "Second _____", "_____ céleste"); an item asking for part of a name asks for no fact.
import { STOPWORDS } from "./util";
import { ORG_WORDS, PLACE_WORDS, TITLES } from "./entity-kinds";
import { firstSense, isDictionaryWord, nounLemma } from "./wordnet";
import { wordTags } from "./nlp";
import { placeSort } from "./place-sorts";

/**
 * Whether a blank cuts a name or a title written without quotation marks, so that it asks for part of one: after a
 * capitalised plural and "of", or a word for a person and "with a" ("One Hundred Views of _____", "Girl with a _____",
 * "_____ with a Pearl Earring"; not "King of _____", "University of _____", "the Bay of _____"), after a sentence's
 * opening adjective, a capital "The" or "of Saint", before a foreign word, or before a common noun after a people's
 * adjective. Only a capitalised key can be part of a name.
 */
export function cutsTitle(before: string, answer: string, after: string): boolean {
  if (!/^\p{Lu}/u.test(answer)) return false;
  // ("Second _____, which opened at 7am → Shift", "North _____ → Wendling Hospitals NHS Trust"; not a known place: "Heavy
  // United States bombing")
  const opening = /^(\p{Lu}\p{Ll}+) $/u.exec(before)?.[1];
  if (opening && !TITLES.test(opening) && !STOPWORDS.has(opening.toLowerCase()) && !placeSort(answer) &&
    (wordTags(opening).has("Adjective") || wordTags(opening).has("Ordinal")) && !wordTags(opening).has("Determiner")) return true;
  // ("to translate _____ céleste → Laplace's Mécanique": a lower-case word with a letter English does not write, which
  // no dictionary knows; a dictionary knows only the plain forms of its own words)
  const next = /^ (\p{Ll}+)(?![\p{L}])/u.exec(after)?.[1];
  if (next && /[^\x00-\x7F]/.test(next) && !isDictionaryWord(next)) return true;
  // ("set out in _____ treaty → Article X of the Anglo-Spanish")
  const lastWord = answer.split(" ").pop()!;
  if (answer.includes(" ") && /^ \p{Ll}/u.test(after) && (/^(?:Anglo|Franco|Sino|Russo|Austro|Greco|Italo|Hispano|Indo)-\p{Lu}/u.test(lastWord) || wordTags(lastWord).has("Demonym"))) return true;
  // ("including _____ Jr. → Martin Luther King": a name's suffix after the blank; "the 1993 documentary _____: An
  // Electronic Odyssey → Theremin": a work's title runs on after a colon)
  // ("Babbage's autobiography, _____ from the Life of a Philosopher": a title that runs on after the blank)
  if (WORK_COMMA_BEFORE.test(before) && /^ (?:of|from|at|in|on|to|for|with|and)(?: the| a| an)? \p{Lu}/u.test(after)) return true;
  // ("An older script, _____ A → Linear": a lone capital letter after the blank ends the name)
  if (/^ (?:Jr|Sr)\b/.test(after) || /^ \p{Lu}(?=[\s,.;:!?)]|$)/u.test(after) || (/^: \p{Lu}/u.test(after) && WORK_BEFORE.test(before)) || WORK_TITLE_BEFORE.test(before)) return true;
  // ("impressions of The _____ → Great Wave", "Delft's Guild of Saint _____ → Luke")
  if (/[\p{Ll}\d,;] The $/u.test(before) || /\p{Lu}\p{Ll}+ of (?:Saint|St\.?|San|Santa) $/u.test(before)) return true;
  const m = /[\p{Ll}\d,;] (?:[\p{Lu}\d][\p{L}-]* )*?(\p{Lu}\p{Ll}+) (of|with (?:an?|the)|in the) $/u.exec(before);
  const n = /^ (of|with (?:an?|the)) \p{Lu}/u.exec(after);
  return (!!m && titleWord(m[1], m[2])) || (!!n && /[\p{Ll}\d,;] $/u.test(before) && titleWord(lastWord, n[1]));
}
/** A kind of work right before the blank: "the 1993 documentary _____". */
const WORK = String.raw`\b(?:documentary|film|movie|book|album|novel|memoir|memoirs|autobiography|biography|poem|series|programme|program|show|play|opera|musical|game|song|essay|report|study|paper|exhibition|scroll|painting|paintings|engraving|engravings|woodcut|woodcuts|print|prints|portrait|fresco|mural|sculpture|cantata|symphony)`;
const WORK_BEFORE = new RegExp(String.raw`${WORK}\s$`);
const WORK_COMMA_BEFORE = new RegExp(String.raw`${WORK},?\s$`);
/**
 * (and "the 1993 documentary Theremin: _____ → An Electronic Odyssey": its subtitle; and the rest of a title that
 * follows its kind of work: "a memoir, A Negro Explorer at the _____", "his book The Etiology, Concept and _____")
 */
const WORK_TITLE_BEFORE = new RegExp(String.raw`${WORK}\s\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*)*:\s$|` +
  String.raw`${WORK},?\s\p{Lu}[\p{L}'’-]*,?(?:\s(?:\p{Lu}[\p{L}'’-]*|of|the|and|at|in|on|a|an|to|for|with|from),?)*\s$`, "u");
const titleWord = (word: string, joiner: string) => {
  if (TITLES.test(word) || PLACE_WORDS.test(word) || ORG_WORDS.test(word) || !/^\p{Lu}\p{Ll}+$/u.test(word)) return false;
  const w = word.toLowerCase();
  return joiner === "of" ? (nounLemma(w) ?? w) !== w : firstSense(w)?.lexFile === 18;
};
