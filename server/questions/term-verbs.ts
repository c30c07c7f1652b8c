// Facts, part 4b: which words of a run of nouns are verbs. The tagger reads many English words either way ("rises",
// "measure", "flood"); a term that swallows its clause's verb ("air rises") is a wrong answer. Here: the tests a term
// run is cut by, and the retagging done once where the tokens are made.
import type { Token } from "./nlp";
import { firstSense, isVerb, nounLemma } from "./wordnet";
import { AUXILIARY, QUANTITY } from "./term-words";

/** Past forms of verbs that are nouns too ("the pound rose slightly", "the herd grew quickly"). */
export const IRREGULAR_PAST = /^(?:rose|grew|fell|sank|shrank|ran|won|led|left|spent|lost|paid|sold|told|stood|fought|found|drove|broke|bore|wore|saw)$/;
/** A common noun: no pronoun, name, number or date. */
export const isNoun = (t: Token) => t.tags.has("Noun") && !t.tags.has("Pronoun") && !t.tags.has("ProperNoun") && !t.tags.has("Value") && !t.tags.has("Date");
/** The token that ends before `start` (tokens are in text order): a binary search, not a scan of the article. */
export function tokenBefore(tokens: Token[], start: number): Token | undefined {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < start) lo = mid + 1;
    else hi = mid;
  }
  return tokens[lo - 1];
}
export const isAdjOnly = (t: Token | undefined) => !!t && t.tags.has("Adjective") && !isNoun(t);
/** "knocks" → knock, "produce": a word one could read as a verb. */
export const canBeVerb = (w: string) => isVerb(w) || (/s$/.test(w) && (isVerb(w.slice(0, -1)) || (/(?:ch|sh|ss|x|o)es$/.test(w) && isVerb(w.slice(0, -2)))));

/** "confused" → confuse, "specified" → specify, "planned" → plan: a verb's past form. */
export const pastOfVerb = (w: string) => [w.slice(0, -1), w.slice(0, -2), w.replace(/ied$/, "y"), w.replace(/(\w)\1ed$/, "$1")].some((b) => b.length > 2 && isVerb(b));

/** A phrase of place right before a term: "in an", "inside the". */
const PLACE_PHRASE = String.raw`(?:in|of|at|on|across|around|from|inside|within) (?:an?|the|its|their) $`;
const AFTER_PLACE = new RegExp(String.raw`\p{Ll}{3,} ` + PLACE_PHRASE, "u");
// (the plural opens its clause: "operations" in "does not define any operations inside the packet network" is an object)
// ("through which molten rock, gases and fragments of rock escape": the last of a list of subjects too, and a phrase
// of no article)
const PLURAL_SUBJECT_THEN_PLACE = new RegExp(String.raw`(?:^|[,;]|\b(?:which|that|where|when|as|while|if|because|whose|and))\s*(?:(?:the|its|their|most|many|some)\s+)?(?:further\s+|other\s+|such\s+)?\p{L}{3,}s ` +
  String.raw`(?:in|of|at|on|across|around|from|inside|within|with) (?:(?:an?|the|its|their) )?$`, "iu");

/**
 * "the rate at which prices in an economy rise over time": after a plural subject and a phrase of place, the last word
 * of a run that can be a bare verb agrees with the plural; it is the clause's verb, not part of a compound (one
 * WordNet knows, "school yard", stays whole). "the level of carbon in the atmosphere rose": a past form agrees with
 * anything. `before` is the sentence up to the run; `next` the token after it in the same sentence.
 */
export function verbAfterPlace(run: Token[], before: string, next: Token | undefined): number {
  // ("the arrows in a food chain point in…": a longer run too, its last two words no compound WordNet knows)
  if (run.length < 2 || firstSense(`${run[run.length - 2].text} ${run[run.length - 1].text}`)) return -1;
  const last = run[run.length - 1];
  const bare = (t: Token) => /[^s]$/.test(t.text) && isVerb(t.text) && !t.tags.has("Plural");
  const verb = IRREGULAR_PAST.test(last.text) ? AFTER_PLACE.test(before.slice(-40)) : bare(last) && PLURAL_SUBJECT_THEN_PLACE.test(before);
  // ("further reactions with oxygen produce rust": the verb may come before its object inside the run)
  if (run.length === 3 && bare(run[1]) && !run[0].tags.has("Plural") && !firstSense(`${run[0].text} ${run[1].text}`) && PLURAL_SUBJECT_THEN_PLACE.test(before)) return 1;
  // ("astronomers around the world monitor dozens of pulsars": a count after it is its object)
  if (verb && (!next || !isNoun(next) || QUANTITY.test(next.text) || /^(?:over|up|down|again|by|to|from|in|at|into)$/.test(next.text))) return run.length - 1;
  return -1;
}

/** "These hills are called dunes": what follows "called" or "known as" names a thing, whatever the tagger made of
 * it ("dunes" as a verb). Retags such a word as a noun when WordNet knows it as one (once, where the tokens are made);
 * mends two more misreadings of naming and nouns: "engineers call X", "Shop owners…". */
export function retagNouns(tokens: Token[]): void {
  for (let k = 1; k < tokens.length; k++) {
    const t = tokens[k];
    // "Shop owners in the old town oppose the plan": a sentence's first word, read as a command, is a noun that modifies
    // the plural noun after it (news does not give orders)
    if (t.tags.has("Noun") && t.tags.has("Plural") && tokens[k - 1].tags.has("Imperative") && tokens[k - 1].post === " " && (k === 1 || tokens[k - 2].sentence !== t.sentence) &&
      tokens[k - 1].sentence === t.sentence && /^\p{Lu}\p{Ll}+$/u.test(tokens[k - 1].text) && firstSense(tokens[k - 1].text.toLowerCase())) {
      tokens[k - 1].tags.delete("Verb");
      tokens[k - 1].tags.add("Noun");
      continue;
    }
    // "Jawed vertebrates have…": a past form opening a sentence, before a plural noun, describes that noun (a sentence
    // does not open on its verb)
    if (t.tags.has("Noun") && t.tags.has("Plural") && (k === 1 || tokens[k - 2].sentence !== t.sentence) && tokens[k - 1].sentence === t.sentence &&
      /^\p{Lu}\p{Ll}{2,}ed$/u.test(tokens[k - 1].text) && tokens[k - 1].tags.has("PastTense") && tokens[k - 1].post === " ") {
      tokens[k - 1].tags.delete("Verb");
      tokens[k - 1].tags.delete("PastTense");
      tokens[k - 1].tags.add("Adjective");
      continue;
    }
    // "Rock paintings from that time show giraffes": after "that time" or "this period", a word that can be a verb,
    // before a plural, is the sentence's verb, not a noun of a compound
    if (k >= 2 && t.tags.has("Noun") && !t.tags.has("Plural") && /^(?:time|period|era|age|century|year|decade)$/.test(tokens[k - 1].text) &&
      /^(?:that|this|the|each)$/i.test(tokens[k - 2].text) && tokens[k + 1]?.tags.has("Plural") && tokens[k + 1].sentence === t.sentence &&
      tokens[k - 1].post === " " && t.post === " " && canBeVerb(t.text) && tokens.slice(0, k).some((x) => x.sentence === t.sentence && x.tags.has("Plural"))) {
      t.tags.delete("Noun");
      t.tags.delete("Singular");
      t.tags.add("Verb");
      continue;
    }
    // "Tropical cyclones cause damage", "Dams also trap sediment": no sentence opens on a verb in -s, so a plural the
    // tagger read as one there is the subject, and a bare verb after it (an adverb between) the verb it read as a noun
    const subject = tokens[k - 1]?.tags.has("Adverb") && k >= 2 ? k - 2 : k - 1;
    // (the cheap tests first: this runs on every token)
    if (tokens[subject].tags.has("PresentTense") && t.tags.has("Noun") && !t.tags.has("Plural") && /\p{Ll}s$/u.test(tokens[subject].text) && tokens[subject].sentence === t.sentence &&
      /^\p{Ll}+$/u.test(t.text) && tokens[k + 1]?.sentence === t.sentence && /^\p{L}/u.test(tokens[k + 1].text) && opensSentence(tokens, subject) &&
      isVerb(t.text) && isPluralNoun(tokens[subject].text.toLowerCase())) {
      tokens[subject].tags.delete("Verb");
      tokens[subject].tags.delete("PresentTense");
      tokens[subject].tags.add("Noun");
      tokens[subject].tags.add("Plural");
      t.tags.delete("Noun");
      t.tags.delete("Singular");
      t.tags.add("Verb");
      continue;
    }
    // "Repeat back blows and chest thrusts": after a command's verb, a noun and a word in -s are its object, not a
    // subject and a verb (the sentence has its verb); "five back blows": after a number above one, a singular noun
    // modifies the plural after it
    const command = tokens[k - 2]?.tags.has("Infinitive") && (k === 2 || tokens[k - 3].sentence !== t.sentence) && /^\p{Lu}/u.test(tokens[k - 2].text);
    const counted = /^(?:two|three|four|five|six|seven|eight|nine|ten|twelve|twenty|hundreds|thousands|\d*[2-9]\d*)$/.test(tokens[k - 2]?.text ?? "");
    if (k >= 2 && /\p{Ll}s$/u.test(t.text) && t.tags.has("Verb") && tokens[k - 1].tags.has("Noun") && !tokens[k - 1].tags.has("Plural") && (command || counted) &&
      tokens[k - 2].sentence === t.sentence && tokens[k - 1].post === " " && tokens[k - 2].post === " ") {
      t.tags.delete("Verb");
      t.tags.delete("PresentTense");
      t.tags.add("Noun");
      t.tags.add("Plural");
      continue;
    }
    // "a process engineers call thermal runaway", "what doctors call shingles": "call" after a plural subject is the
    // naming verb, not a noun that opens the term
    if (t.text === "call" && t.tags.has("Noun") && tokens[k - 1].sentence === t.sentence && tokens[k - 1].post === " " && /^(?:\p{Ll}{3,}s|we|they|you|people)$/u.test(tokens[k - 1].text) &&
      /^\p{Ll}/u.test(tokens[k + 1]?.text ?? "")) {
      t.tags.delete("Noun");
      t.tags.delete("Singular");
      t.tags.add("Verb");
      continue;
    }
    if (!/^(?:called|termed|named|dubbed|as)$/.test(tokens[k - 1].text) || tokens[k - 1].sentence !== t.sentence || tokens[k - 1].post !== " ") continue;
    if (tokens[k - 1].text === "as" && !/^(?:known|referred\s+to)$/.test(tokens[k - 2]?.text ?? "")) continue;
    if (!/^\p{Ll}+$/u.test(t.text) || t.tags.has("Noun") || !t.tags.has("Verb") || !(firstSense(t.text) ?? firstSense(t.text.replace(/s$/, "")))) continue;
    t.tags.delete("Verb");
    t.tags.delete("PresentTense");
    t.tags.add("Noun");
    if (/s$/.test(t.text)) t.tags.add("Plural");
  }
}

const isPluralNoun = (w: string) => { const lemma = nounLemma(w); return !!lemma && lemma !== w; };

/** Whether only adjectives and determiners stand before token `k` in its sentence ("Tropical cyclones", "Most dams"). */
const opensSentence = (tokens: Token[], k: number) => {
  for (let i = k - 1; i >= 0 && tokens[i].sentence === tokens[k].sentence; i--) if (!tokens[i].tags.has("Adjective") && !tokens[i].tags.has("Determiner")) return false;
  return k >= 0;
};

/** Words that open a clause of their own at a sentence's start: "As warm air rises, it cools". */
const CLAUSE_OPENERS = /^(?:as|when|while|because|if|although|though|since|once|until|unless|whereas)$/i;

/**
 * Whether tokens [from, to) stand in a clause with no verb outside them: a sentence opened by "as", "when"… whose
 * first clause reaches the next comma with none, or a whole sentence with none. (A phrase before a comma may be a list's item or have an
 * appositive after it: "The two upper chambers, the atria, receive blood".)
 */
export function verblessClause(tokens: Token[], from: number, to: number, text: string): boolean {
  // (a past form the tagger reads as an adjective is a verb too: "both failed")
  const verb = (t: Token) => t.tags.has("Verb") || t.tags.has("Copula") || t.tags.has("Modal") || t.tags.has("Auxiliary") || t.tags.has("Gerund") || /^\p{Ll}+ed$/u.test(t.text);
  const s = tokens[from].sentence;
  let opened = false;
  for (let k = from - 1; k >= 0 && tokens[k].sentence === s; k--) {
    if (verb(tokens[k])) return false;
    // (the sentence's first word: "such as hollow trees" and "known as" take "as" for a preposition)
    opened = CLAUSE_OPENERS.test(tokens[k].text) && (k === 0 || tokens[k - 1].sentence !== s);
  }
  for (let k = to; k < tokens.length && tokens[k].sentence === s; k++) {
    if (opened && /[,;:.]/.test(text.slice(tokens[k - 1].end, tokens[k].start))) break;
    // ("Malacosteus produce red light, invisible to their prey, giving them…": a participle after a comma opens a
    // phrase of its own, no verb of the clause)
    if (verb(tokens[k]) && !(/^\p{Ll}+ing$/u.test(tokens[k].text) && /,\s*$/.test(text.slice(tokens[k - 1].end, tokens[k].start)))) return false;
  }
  return true;
}

/** A verb of seeing or letting and its object: "to see the", "watch her", "lets a fraction of the". (Not "make": "made a
 * personal rule" is a rule made.) */
const PERCEIVE = /\b(?:see|saw|seen|seeing|watch|watched|watching|hear|heard|hearing|feel|felt|let|lets|letting)\s+(?:(?:a|an|the|some)\s+(?:\p{Ll}+\s+)?of\s+)?(?:the|her|his|their|its|our|my)\s+$/iu;

/**
 * "to see the service return", "watch her father conduct affairs": after a verb of seeing and its object, a bare verb
 * in the run is what the object does, not part of its name. The index of that word, or -1. (A compound WordNet knows
 * stays whole: "see the water cycle".)
 */
export function bareVerbAfterObject(run: Token[], before: string, next?: Token): number {
  if (run.length < 2) return -1;
  const bare = (k: number) => k > 0 && /^\p{Ll}+$/u.test(run[k].text) && !/[^s]s$/.test(run[k].text) && isVerb(run[k].text) && !firstSense(`${run[k - 1].text} ${run[k].text}`);
  // ("a fluid that helps the body digest and absorb fats": after "help" and its object, the same)
  if (PERCEIVE.test(before) || HELP_OBJECT.test(before)) return run.findIndex((_, k) => bare(k));
  // "makes a river look brown", "sand carried by the river scrape against the bed": after "make" and its object, or
  // a thing done by something, a bare verb is the object's or the clause's own when a word of how or where follows
  // ("1.5 litres of blood pass through the liver": so after an amount of something)
  if (!MAKE_OBJECT.test(before) && !DONE_BY.test(before) && !AMOUNT_OF.test(before)) return -1;
  const how = (t: Token | undefined) => !!t && (t.tags.has("Adjective") || /^(?:against|along|across|into|onto|through|over|under|away|down|up|off|out)$/.test(t.text));
  return run.findIndex((_, k) => bare(k) && how(run[k + 1] ?? next));
}

const MAKE_OBJECT = /\b(?:make|makes|made|making)\s+(?:a|an|the|its|their)\s+$/i;
const HELP_OBJECT = /\b(?:help|helps|helped|helping)\s+(?:a|an|the|its|their|his|her)\s+$/i;
const AMOUNT_OF = /\b(?:\d[\d.,]*\s+(?:\p{Ll}+\s+)?|millions\s+|thousands\s+|hundreds\s+)of\s+$/iu;
const DONE_BY = /\b(?:when|as|while|because|if|where|and|that|which)\s+[^,;]*\b\p{Ll}{3,}(?:ed|en|wn)\s+by\s+(?:a|an|the|its|their)\s+$/iu;

const OPENER_AND_PLURAL = /\b(?:when|as|while|because|if|where|although|though|once|until|unless)\s+\p{Ll}{3,}[^s]s\s+$/iu;

/** A sentence that opens on a plural name: "The Atlas Mountains support…". */
const PLURAL_NAME_OPENS = /^(?:The\s+)?(?:\p{Lu}[\p{L}'’-]*\s+)*\p{Lu}\p{Ll}+s\s+$/u;

/** "when waves hurl sand", "The Atlas Mountains support distinctive wildlife": after a clause's opening word and a
 * plural, or a plural name that opens the sentence, a bare verb opens what the plural does. */
export const verbOfOpeningPlural = (run: Token[], before: string) =>
  run.length > 1 && !/s$/.test(run[0].text) && isVerb(run[0].text) && (OPENER_AND_PLURAL.test(before) || PLURAL_NAME_OPENS.test(before));

/** "releases it when blood sugar falls, makes…": a run right after a clause's opening word that ends the clause on a
 * verb's -s form ends on what its subject does. */
export const verbEndsOpenedClause = (run: Token[], before: string, gapAfter: string) =>
  run.length > 1 && /\b(?:when|whenever|while|if|because|until|unless|once|before|after)\s+$/i.test(before) && /^\s*[,;.]/.test(gapAfter) &&
  /^\p{Ll}{3,}s$/u.test(run[run.length - 1].text) && isVerb(run[run.length - 1].text.replace(/s$/, ""));

/**
 * Whether a run of nouns (tokens `from`…`to` − 1) is wedged in a compound the tagger split with a verb: "Police speed
 * guns send out…" (a word that is a noun too, read as a verb, before the run and a verb after it: "speed guns" send), or
 * "heavy coal burning trapped smoke" (a noun in -ing, then a past form, where the clause has no verb before: "coal
 * burning" trapped). Its blank would ask for half a name.
 */
export function wedgedBetweenVerbs(tokens: Token[], from: number, to: number, text: string): boolean {
  const s = tokens[from].sentence;
  const [prev, next, after] = [tokens[from - 1], tokens[to], tokens[to + 1]];
  const joined = (a: Token | undefined, b: Token | undefined) => !!a && !!b && a.sentence === s && b.sentence === s && text.slice(a.end, b.start) === " ";
  const bareVerb = (t: Token) => t.tags.has("Verb") && (t.tags.has("PresentTense") || t.tags.has("Infinitive")) && !t.tags.has("Copula") && !t.tags.has("Gerund") &&
    /^\p{Ll}+$/u.test(t.text) && !AUXILIARY.test(t.text);
  if (joined(prev, tokens[from]) && joined(tokens[to - 1], next) && bareVerb(prev) && !!firstSense(prev.text) && bareVerb(next)) return true;
  if (!joined(tokens[to - 1], next) || !joined(next, after) || !next.tags.has("Gerund") || !firstSense(next.text) || !/^\p{Ll}+ed$/u.test(after.text) || !pastOfVerb(after.text)) return false;
  for (let k = from - 1; k >= 0 && tokens[k].sentence === s; k--) {
    const t = tokens[k];
    if (t.tags.has("Verb") || t.tags.has("Copula") || t.tags.has("Modal") || t.tags.has("Auxiliary")) return false;
  }
  return true;
}

/**
 * "Doctors recommend regular blood tests, sunglasses…": a word in -s the tagger read as a verb right after a run of
 * nouns (tokens `from`…`j` − 1), in a clause that has its verb already, before a comma, a full stop or a preposition,
 * is the run's head. "take" when WordNet knows the two as one ("blood test"), "cut" when the run without it is half a
 * name ("regular eye" of "regular eye tests"), undefined when it is a verb.
 */
export function pluralReadAsVerb(tokens: Token[], from: number, j: number, text: string): "take" | "cut" | undefined {
  const [last, word, after] = [tokens[j - 1], tokens[j], tokens[j + 1]];
  const s = last.sentence;
  if (!word || word.sentence !== s || text.slice(last.end, word.start) !== " " || !word.tags.has("PresentTense") || !/^\p{Ll}{3,}[^s]s$/u.test(word.text) ||
    !isNoun(last) || last.tags.has("Plural") || !firstSense(word.text)) return undefined;
  const closes = !after || after.sentence !== s || /^\s*[,.;:]/.test(text.slice(word.end, after.start + 1)) || /^(?:for|in|on|at|with|and|or)$/.test(after.text);
  if (!closes) return undefined;
  // (the clause's own verb comes first, with no comma, conjunction or relative between it and the run; or a colon opens
  // a list of things: "…healthy: regular eye tests, sunglasses…")
  let verbFirst = false;
  for (let k = from - 1; k >= 0 && tokens[k].sentence === s; k--) {
    const t = tokens[k];
    const gap = text.slice(t.end, tokens[k + 1].start);
    if (/:/.test(gap) && /^\s*,/.test(text.slice(word.end, word.end + 2))) verbFirst = true;
    if (/[,;:]/.test(gap) || /^(?:and|or|but|that|which|who|when|while|because|if|as|where)$/i.test(t.text)) break;
    if (t.tags.has("Verb") && (t.tags.has("PresentTense") || t.tags.has("PastTense")) && !t.tags.has("Gerund") && !t.tags.has("Copula")) {
      verbFirst = true;
      break;
    }
  }
  if (!verbFirst) return undefined;
  return firstSense(`${last.text} ${word.text.slice(0, -1)}`) ? "take" : "cut";
}

/** What opens a clause before its subject's determiner: the sentence's start, a comma, a conjunction. */
const SUBJECT_OPENS = /(?:^|[.!?;,]\s+|\b(?:and|but|as|when|while|because|after|before|until|since|if)\s+)(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Tt]hese|[Tt]hose|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur)\s+$/;

/**
 * Where a run of words read as a term holds a verb of its sentence, the length the term keeps (0: none):
 * "travel through the neighbourhood singing hymns" (a participle and its object: "neighbourhood"),
 * "the dish spread and changed" (a verb before a second past verb: "dish"),
 * "the company rose as much as 8.4%" (a past verb before its amount: "company"),
 * "Function keys also gain new jobs" (a verb after a plural subject's adverb: none).
 */
export function verbInRun(run: Token[], tokens: Token[], next: number, text: string): number {
  const before = tokenBefore(tokens, run[0].start);
  const beforeThat = before ? tokenBefore(tokens, before.start) : undefined;
  if (before && /^(?:also|still|often|never|always|usually|sometimes|rarely|seldom|soon)$/.test(before.text) && !!beforeThat &&
    (beforeThat.tags.has("Plural") || isPluralNoun(beforeThat.text) || /^(?:they|we|you|I)$/i.test(beforeThat.text)) && isVerb(run[0].text)) return 0;
  for (let k = 1; k < run.length - 1; k++) {
    const w = run[k].text;
    if (/\p{Ll}{3}ing$/u.test(w) && text.slice(run[k - 1].end, run[k].start) === " " && isNoun(run[k - 1]) && !run[k - 1].tags.has("Adjective") && run[k + 1].tags.has("Plural") &&
      (isVerb(w.slice(0, -3)) || isVerb(`${w.slice(0, -3)}e`)) && !firstSense(`${w} ${run[k + 1].text.replace(/s$/, "")}`)) return k;
  }
  const last = run[run.length - 1];
  // (the token after the run as it now stands: words may have left its end)
  while (next > 0 && tokens[next - 1].start > last.start) next--;
  const [and, second] = [tokens[next], tokens[next + 1]];
  const sameSentence = (t?: Token) => !!t && t.sentence === last.sentence;
  // (the run a clause's subject: "…, the dish spread and changed"; not an object: "became the chief engineer and served")
  const subject = SUBJECT_OPENS.test(text.slice(Math.max(0, run[0].start - 40), run[0].start));
  if (run.length > 1 && subject && sameSentence(and) && and.text === "and" && sameSentence(second) && (IRREGULAR_PAST.test(second.text) || (/ed$/.test(second.text) && pastOfVerb(second.text))) &&
    !(sameSentence(tokens[next + 2]) && isNoun(tokens[next + 2])) && canBeVerb(last.text)) return run.length - 1;
  if (run.length > 1 && IRREGULAR_PAST.test(last.text) && /^ (?:as much as|by (?:\d|about|almost|nearly|more)|to (?:\d|a record)|\d)/.test(text.slice(last.end, last.end + 16))) return run.length - 1;
  return run.length;
}
