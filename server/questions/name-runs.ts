// Reading a run of capitalised words as a name: which tokens can be part of one, and where a run joins or ends
// ("Office for Product Safety and Standards", "Dr Claire Owusu | of | Harwick University", "Harland and Wolff").
import { wordTags, type Token } from "./nlp";
import { has, ORG_WORDS, SPANISH_HONORIFIC, strip, TITLES } from "./entity-kinds";
import { firstSense } from "./wordnet";
import { escapeRegExp } from "./util";

export const NOT_NAMES = new Set([
  "I", "The", "A", "An", "In", "On", "At", "It", "He", "She", "They", "We", "You", "This", "That", "These", "Those", "But", "And", "Or",
  "However", "Although", "When", "While", "After", "Before", "Since", "As", "If", "Its", "His", "Her", "Their", "Our", "My", "Your",
  "There", "Here", "Thus", "Also", "Meanwhile", "Finally", "Indeed", "Such", "Many", "Most", "Some", "Other", "Only", "Now", "Then",
  "According", "Given", "Despite", "During", "From", "For", "By", "With", "Without", "Under", "Over", "Between", "Among", "Unlike",
  "Like", "Through", "Both", "Each", "Every", "All", "No", "Not", "Yes", "Even", "Still", "Yet", "So", "Because", "Whether", "What",
  "Which", "Who", "Whom", "Whose", "Where", "Why", "How", "Today", "Yesterday", "Tomorrow", "Mr", "Mrs", "Ms", "Dr", "Several",
  "Quite", "Defeated", "Russia's", "Although", "Following", "Around", "About", "Before", "Until", "Once", "One", "Two", "Three",
  "Top", "Moreover", "Furthermore", "Nevertheless", "Nonetheless", "Therefore", "Hence", "Consequently", "Additionally", "Similarly",
  "Likewise", "Instead", "Otherwise", "Accordingly", "Ultimately", "Eventually", "Initially", "Currently", "Historically",
  "Traditionally", "Generally", "Typically", "Originally", "Later", "Afterwards", "Subsequently", "Notably", "Overall", "Yes",
  "Nothing", "Everything", "Something", "Anything", "Nobody", "Everybody", "Somebody", "Anybody", "Everyone", "Someone", "Anyone", "None",
  // a lesson's bidding verbs: "Compare Marco's interest in the past with…"
  "Compare", "Contrast", "Explain", "Describe", "Discuss", "Consider", "Imagine", "Identify", "Summarise", "Summarize", "Analyse",
  "Analyze", "Evaluate", "Assess", "Outline", "Remember", "Notice",
]);
const DATE_WORDS = /^(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|BCE|BC|AD|CE)$/;

/** Names with an "and" inside: split, each half would be a wrong key. */
export const JOINED_BY_AND = new Set(["Bosnia and Herzegovina", "Trinidad and Tobago", "Antigua and Barbuda", "Nevis and Kitts", "Kitts and Nevis", "Tomé and Príncipe", "Turks and Caicos", "Heard and McDonald", "Saint Vincent and the", "Wallis and Futuna", "Serbia and Montenegro"]);

export const isCap = (t: Token) => /^[\p{Lu}]/u.test(t.text) || /^[\p{Lu}\d]{2,}$/u.test(t.text);

/** Words seen capitalised away from a sentence start: evidence that a sentence-initial word is a name. */
export function namesSeenMidSentence(tokens: Token[]): Set<string> {
  const seen = new Set<string>();
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i].sentence === tokens[i - 1].sentence && isCap(tokens[i])) seen.add(strip(tokens[i].text));
  }
  return seen;
}

export function properToken(t: Token, first: boolean, midCaps: Set<string>): boolean {
  // ("Côte d'Ivoire", "Toussaint l'Ouverture": an elided French article carries on a name)
  if (!first && /^[dl]['’]\p{Lu}/u.test(t.text)) return true;
  if (!isCap(t) || DATE_WORDS.test(t.text)) return false;
  if (has(t, "Pronoun", "Determiner", "Preposition", "Conjunction", "QuestionWord")) return false;
  const bare = strip(t.text);
  // ("I told Ravi I'd run his runs": "I'd", "I'm", "I've" are the speaker)
  if (bare === "I" || /^I['’](?:d|m|ve|ll)$/.test(t.text) || (first && NOT_NAMES.has(bare))) return false;
  if (/^\d/.test(t.text)) return false;
  // ('a "Have You Seen Colin?" banner': a title's past participle is no part of the name after it)
  if (/^(?:Seen|Been|Gone|Done)$/.test(bare)) return false;
  if (!first) return true;
  if (has(t, "Person", "Place", "Organization")) return true;
  // ('…a real choice." Detailed designs will…': after a quotation the tagger may take an opening participle or adverb
  // for a name; one the article never capitalises mid-sentence is none)
  if (/\p{Ll}(?:ed|ing|ly)$/u.test(bare) && !midCaps.has(bare)) return false;
  return (has(t, "ProperNoun") && !has(t, "Adjective", "Verb", "Adverb")) || midCaps.has(bare);
}

/** Words that open a place's name: "Mount Sella", "Lake Varn", "Cape Horn". */
export const PLACE_OPENERS = /^(?:Mount|Lake|Cape|Port|Fort)$/;

/** News agencies credited in a story ("he told AFP") are bylines, not facts. */
export const AGENCIES = /^(?:AFP|AP|Reuters|UPI|TASS|Xinhua|Bloomberg|dpa|IANS|PTI|ANI|Agence France-Presse|Associated Press)$/;

/** "General Electric", "General Dynamics": a title word that begins a company's name. */
export const COMPANY_AFTER_TITLE = /^(?:Electric|Dynamics|Motors|Mills|Atomics|Foods|Assembly|Staff|Synod|Accounting|Archive|Archives|Hospital|Register|Secretariat|Directorate|Headquarters|Post|Council|Court|Conference|Strike)\b/;

/** Proper words after "and" that end in an organisation word ("… and Space Administration"): how many, or 0. */
export function orgTailAfterAnd(tokens: Token[], j: number, midCaps: Set<string>, text: string): number {
  let k = j + 1;
  while (k < tokens.length && k - j <= 4 && tokens[k].sentence === tokens[j].sentence && properToken(tokens[k], false, midCaps) &&
    text.slice(tokens[k - 1].end, tokens[k].start) === " ") k++;
  // ("Regional Science and Technology Fair": so does an event's name)
  return k - j - 1 >= 1 && (ORG_WORDS.test(tokens[k - 1].text) || /^(?:Fair|Festival|Expo|Exhibition|Championships?|Awards|Conference|Summit)$/.test(tokens[k - 1].text)) ? k - j - 1 : 0;
}

/** A run's words from a person's first name on, or after the titles before it: "Dr Claire Owusu" → Claire Owusu,
 * "Volcanologist Piet Arends" → Piet Arends; the whole run when nothing comes before the name. */
export function personPart(run: Token[]): Token[] {
  // ("Don John of Austria": a Spanish or Portuguese honorific before a first name is no first name of its own)
  if (run.length >= 2 && SPANISH_HONORIFIC.test(run[0].text) && has(run[1], "FirstName")) return personPart(run.slice(1));
  const first = run.findIndex((x) => has(x, "FirstName"));
  if (first >= 0) return run.slice(first);
  const titled = run.findLastIndex((x) => TITLES.test(x.text) || has(x, "Honorific"));
  if (titled >= 0) return run.slice(titled + 1);
  return has(run[0], "Actor") || firstSense(run[0].text.toLowerCase())?.lexFile === 18 ? run.slice(1) : run;
}

/** Whether the proper words after `j` ("of", or "of the") end in a word for a body ("of Harwick University", "of the
 * Kaiser Wilhelm Institute"). */
export function bodyAfter(tokens: Token[], j: number, midCaps: Set<string>): boolean {
  let k = j + 1;
  while (k < tokens.length && tokens[k].sentence === tokens[j].sentence && properToken(tokens[k], false, midCaps)) k++;
  return k > j + 1 && (ORG_WORDS.test(tokens[k - 1].text) || groupAfter(tokens, j));
}

/** Whether the proper words after `j` name a people by the word for it: "of the Keraite tribe", "of the Onggirat clan". */
export function groupAfter(tokens: Token[], j: number): boolean {
  let k = j + 1;
  while (k < tokens.length && tokens[k].sentence === tokens[j].sentence && /^\p{Lu}/u.test(tokens[k].text)) k++;
  return k > j + 1 && tokens[k]?.sentence === tokens[j].sentence && /^(?:tribe|tribes|clan|clans|people|peoples|family|dynasty|confederation|horde)$/.test(tokens[k]?.text ?? "");
}

/** Whether a lower-case noun follows the token at `j` ("the San Andreas fault system": the name runs on). */
export const nounGoesOn = (tokens: Token[], j: number, text: string) =>
  tokens[j + 1]?.sentence === tokens[j].sentence && text.slice(tokens[j].end, tokens[j + 1].start) === " " && /^\p{Ll}/u.test(tokens[j + 1].text) && has(tokens[j + 1], "Noun");

/** Words that open the name of a public body named for what it does or holds: "Office for…", "Ministry of…", "Museum
 * of Science and Industry". */
export const OFFICE_HEADS = /^(?:Office|Department|Ministry|Institute|Agency|Bureau|Board|Authority|Commission|Committee|Council|Centre|Center|Centres|Centers|Secretary|Minister|Museum|Gallery|University|College|Academy|Society|School|Library)$/;

/** The lexicon's reading of a word alone as an adjective ("Traditional"); WordNet's adjective senses take in more words
 * and would join names across an "and" that this keeps apart. */
const taggedAdjective = (w: string) => wordTags(w.toLowerCase()).has("Adjective");

/** Proper words after "and" that end the name of an office ("… and Standards"), each a common word with a capital (no
 * place or person): how many, or 0. */
export function officeTailAfterAnd(tokens: Token[], j: number, midCaps: Set<string>, text: string): number {
  let k = j + 1;
  while (k < tokens.length && k - j <= 3 && tokens[k].sentence === tokens[j].sentence && properToken(tokens[k], false, midCaps) &&
    // (the word's own tags: beside "Birmingham" the tagger calls "Art Gallery" a place too)
    !["Place", "Country", "City", "Person", "FirstName"].some((g) => wordTags(tokens[k].text).has(g)) && (!!firstSense(tokens[k].text.toLowerCase()) || taggedAdjective(tokens[k].text)) &&
    text.slice(tokens[k - 1].end, tokens[k].start) === " ") k++;
  // ("Cooperative Governance and Traditional Affairs": an adjective may open the tail, a noun ends it)
  if (k > j + 1 && !firstSense(tokens[k - 1].text.toLowerCase())) return 0;
  const next = tokens[k];
  // (a name that goes on is another one: "the Ministry of Defence and General Staff Command")
  const more = !!next && next.sentence === tokens[j].sentence && text.slice(tokens[k - 1].end, next.start) === " " && properToken(next, false, midCaps);
  return more ? 0 : k - j - 1;
}

/** After an office's "of" and a comma, the rest of its list: "Forestry, Fisheries and the Environment" → the tokens
 * from `j` to the list's end ("Fisheries", "and", "the", "Environment"), how many, or 0 when no "and" closes the list. */
export function officeListAfterComma(tokens: Token[], j: number, text: string, midCaps: Set<string>): number {
  let k = j;
  for (let items = 0; items < 4 && k < tokens.length && tokens[k].sentence === tokens[j].sentence; items++) {
    if (!properToken(tokens[k], false, midCaps) || !firstSense(tokens[k].text.toLowerCase())) return 0;
    const gap = text.slice(tokens[k].end, tokens[k + 1]?.start ?? tokens[k].end);
    if (gap === ", ") { k++; continue; }
    if (gap !== " " || tokens[k + 1]?.text !== "and") return 0;
    let m = k + 2;
    if (tokens[m]?.text === "the") m++;
    const tail = officeTailAfterAnd(tokens, m - 1, midCaps, text);
    return tail > 0 ? m + tail - j : 0;
  }
  return 0;
}

/**
 * "built by Harland and Wolff", "the firm of Harlow and Pike", "Architects Bell and Stone": two bare surnames joined by
 * "and" after "by" or a word for a firm, neither of them written anywhere else in the article, name a firm. (Two people
 * would be named again: "Watson and Crick", "Mandela and de Klerk".)
 */
export function firmOfTwoNames(tokens: Token[], i0: number, j: number, midCaps: Set<string>, text: string): boolean {
  const [a, b, after] = [tokens[i0], tokens[j + 1], tokens[j + 2]];
  const [before, twoBefore] = [tokens[i0 - 1]?.text ?? "", tokens[i0 - 2]?.text ?? ""];
  const firmBefore = before === "by" || FIRM_OF.test(before) || (before === "of" && /^(?:firm|company|practice|partnership|shipyard|shipyards|brewery|bank|printers|publishers)$/i.test(twoBefore));
  if (!b || b.sentence !== a.sentence || !firmBefore || !properToken(b, false, midCaps)) return false;
  if (after && after.sentence === a.sentence && text.slice(b.end, after.start) === " " && properToken(after, false, midCaps)) return false;
  const once = (w: string) => text.split(new RegExp(`\\b${escapeRegExp(w)}\\b`)).length === 2;
  return [a, b].every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && !has(x, "FirstName", "Place", "Country", "City") && once(x.text));
}

/** Words for kin and friends, which name people: "his friend Banquo". */
export const KIN_OR_FRIEND = /^(?:friend|friends|son|sons|daughter|daughters|brother|brothers|sister|sisters|wife|husband|mother|father|cousin|uncle|aunt|nephew|niece|grandson|granddaughter|stepmother|stepfather|fiancé|fiancée|widow|servant|lover|rival)$/;

/** Whether the word right before `start` is one for kin or a friend: "his sons, Malcolm". */
export const namedAsKin = (text: string, start: number) => KIN_OR_FRIEND.test(/(\p{L}+),?\s$/u.exec(text.slice(Math.max(0, start - 14), start))?.[1] ?? "");

/** Who trade as a firm under their partners' names: "Architects Bell and Stone", "solicitors Hart and Lowe". */
const FIRM_OF = /^(?:architects|solicitors|lawyers|accountants|publishers|builders|engineers|auctioneers)$/i;
