// Wrong options for a key term ("water", "territorial integrity"): other things of the same kind.
// An article phrase of another kind ("home | myth, hope, task") is no test at all, so a term gets
// options only when WordNet puts each one in the key's category; otherwise it gets none and the
// caller asks something else.
import type { Fact } from "./types";
import { pickByForm } from "./option-form";
import { BLANK } from "./candidates";
import { normalize, remembered } from "./util";
import { wordTags } from "./nlp";
import { firstSense, glossAt, isVerb, kindShare, mostlyAdjective, nounLemma, nounSenses, senseEvidence, synsetAt, type Synset } from "./wordnet";
import { isMicroorganism, kindOfOther, nearKin, nearSynonyms, sisterTerms, synonyms } from "./wordnet-kin";
import { isPlural, pluralOf, single, singularOf } from "./term-plurals";

export { pluralOf } from "./term-plurals";

/** The first sense of a phrase's head, remembered: a pool of article terms is judged once per key. */
const headSense = remembered((term: string): Synset | null => {
  const head = headNoun(term);
  // a compound WordNet knows as another kind than its head is of no kind we can judge: "air conditioners" are
  // appliances, no "conditioners" (trainers of athletes) beside pupils
  const words = term.trim().toLowerCase().split(/\s+/);
  const pair = words.length >= 2 && words[words.length - 1] === head ? firstSense(words.slice(-2).join(" ")) : null;
  // a doer's noun ("builder", "driver") means the person where WordNet has one, whatever sense it lists first
  // ("builder": a detergent additive)
  const stem = head.replace(/s$/, "").replace(/(?:er|or)$/, "");
  const doer = /(?:er|or)s?$/.test(head) && (isVerb(stem) || isVerb(`${stem}e`));
  // (not where WordNet lists a made thing first: a "counter" in a shop, a "computer" are no people)
  const person = doer && firstSense(head)?.lexFile !== 6 ? nounSenses(head).find((x) => x.lexFile === 18) : undefined;
  const sense = person ?? firstSense(head);
  return pair && sense && pair.lexFile !== sense.lexFile ? null : sense;
});

/** The noun a term phrase is about: "constituents of animal shells" → "constituents", "national border" → "border". */
export function headNoun(term: string): string {
  const words = term.trim().split(/\s+/);
  const of = words.findIndex((w, i) => i > 0 && /^(?:of|for|in|on|to)$/i.test(w));
  return (of > 0 ? words[of - 1] : words[words.length - 1]).toLowerCase();
}

/**
 * A plural that WordNet lists as a word of its own with another kind than its singular ("provisions": food;
 * "provision": a clause) could mean either: its kind cannot be judged.
 */
const ambiguousPlural = (noun: string) => {
  const lemma = nounLemma(noun);
  if (lemma !== noun.toLowerCase() || !/s$/.test(noun)) return false;
  const single = firstSense(noun.replace(/s$/i, ""));
  return !!single && single.lexFile !== firstSense(noun)?.lexFile;
};

const COLLECTIVE_ADJECTIVES = /^(?:young|old|elderly|poor|rich|deaf|blind|dead|living|wounded|injured|unemployed|homeless|sick|faithful|brave)$/;

/** Same category, not the same head, not a synonym: "ozone" for "water", not "mouse", not "h2o". */
/** act, artifact, attribute, body, cognition, communication, event, feeling, group, object, phenomenon, possession, process,
 * relation, state, substance, time. (The body holds organs, fluids and tissues: "blood" is no option beside "aorta".) */
const WIDE_FILES = new Set([4, 6, 7, 8, 9, 10, 11, 12, 14, 15, 17, 19, 21, 22, 24, 26, 27, 28]);

export function sameKind(key: string, option: string): boolean {
  const k = headSense(key);
  const o = headSense(option);
  // noun.Tops ("feeling", "thing") is a catch-all, not a kind
  if (!k || !o || k.lexFile !== o.lexFile || k.offset === o.offset || k.lexFile === 3) return false;
  const kh = headNoun(key);
  const oh = headNoun(option);
  if (kh === oh || nearSynonyms(kh, oh) || kindOfOther(kh, oh) || !isSurelyOfKind(kh) || !isSurelyOfKind(oh)) return false;
  // a noun made from a verb ("filling", "packing") names a doing as much as a stuff: no option beside "oxygen"
  // (a building or clothing, an artifact, is a thing)
  const verbal = (h: string, s: Synset) => /ing$/.test(h) && s.lexFile !== 6;
  if (verbal(kh, k) !== verbal(oh, o) || ledByDoing(key) !== ledByDoing(option)) return false;
  if (k.lexFile === 5 && isMicroorganism(kh) !== isMicroorganism(oh)) return false;
  // people named by age, sex or kin may be the very people a role names: "Pupils | teenagers", "Students | girls"
  // (so may animals named by sex: "roe deer | female")
  if ((k.lexFile === 18 || k.lexFile === 5) && BY_AGE_SEX_OR_KIN.test(kh) !== BY_AGE_SEX_OR_KIN.test(oh)) return false;
  // in a wide category (acts, artifacts, states…) the same file is not the same kind: "space station" and "lunar
  // landing" are both artifacts; there the two must meet close by ("spacecraft" and "lifeboat" are both craft)
  return !WIDE_FILES.has(k.lexFile) || nearKin(kh, oh);
}

/** "killing sheep", "eating fruit": a phrase led by a verb in -ing names a doing, whatever its last noun is. */
function ledByDoing(term: string): boolean {
  const m = /^(\p{Ll}{2,})ing\s/u.exec(term);
  return !!m && verbsBeforeIng(m[1]).some((stem) => stem.length > 1);
}

/** The verbs a word in -ing may be made of, from what stands before "-ing": "runn" → run, "mak" → make. */
const verbsBeforeIng = (before: string) => [before, `${before}e`, before.replace(/(\p{L})\1$/u, "$1")].filter(isVerb);

/** Words for people (and animals) by age, sex or kin rather than by what they do. */
const BY_AGE_SEX_OR_KIN = /^(?:males?|females?|girls?|boys?|men|man|women|woman|children|child|kids?|teenagers?|adolescents?|adults?|youths?|youngsters?|juveniles?|infants?|babies|baby|daughters?|sons?|friends?|twins?|siblings?|brothers?|sisters?|relatives?|grandparents?|grandchildren|mothers?|fathers?|wife|wives|husbands?|spouses?|widows?|widowers?|uncles?|aunts?|nephews?|nieces?|cousins?|grandmothers?|grandfathers?)$/;

/**
 * A head noun whose first sense is how it is mostly used: "vessel" is as often a craft or a container as a blood
 * vessel, so judged by its first sense it would sit beside "breast" and "teeth" as a body part.
 */
const SURE_SHARE = 0.6;
const isSurelyOfKind = (noun: string) => kindShare(noun) >= SURE_SHARE && !ambiguousPlural(noun);

/**
 * Sister terms are taken only for a noun of one sense or one seen often enough to trust its first sense: "portfolio",
 * seen twice, would get briefcases and baggage beside a minister's portfolio.
 */
const seenEnough = (noun: string) => {
  const e = senseEvidence(noun);
  return e.senses === 1 || e.tagged >= 4;
};

/** How many kinds WordNet files under a noun's first sense; named ones ("Danube" under "river") are no kinds. */
const kindsOf = remembered((noun: string): number => (firstSense(noun)?.hyponyms ?? []).filter((o) => synsetAt(o)?.proper === false).length);

/** Whether two nouns name things at a like level of WordNet's tree: "metal" (77 kinds) is a category, "helium" (none)
 * a single thing; "bird" (26) and "mammal" (6) are both classes. */
export function sameLevel(a: string, b: string): boolean {
  const [ka, kb] = [kindsOf(a), kindsOf(b)];
  const [wide, narrow] = ka >= kb ? [ka, kb] : [kb, ka];
  return wide < 20 || narrow * 10 >= wide;
}

/** A phrase led by a superlative or "main": it picks one thing out of a kind ("the biggest drivers"), it names none. */
const SUPERLATIVE = /^(?:the\s+)?(?:largest|biggest|smallest|highest|lowest|oldest|youngest|longest|shortest|greatest|fastest|slowest|richest|poorest|deepest|heaviest|strongest|weakest|best|worst|most|least|earliest|latest|nearest|closest|main)\s/i;

/** WordNet's files of animals, body parts and plants. */
const LIVING_FILES = new Set([5, 8, 20]);

/** Each word of the article with the words written right before it ("collector" → tax), read once per article. */
const wordsBefore = remembered((text: string): Map<string, Set<string>> => {
  const out = new Map<string, Set<string>>();
  let prev: RegExpMatchArray | undefined;
  for (const m of text.matchAll(/[\p{L}-]+/gu)) {
    if (prev && prev.index! + prev[0].length + 1 === m.index && text[m.index! - 1] === " ") {
      const w = m[0].toLowerCase();
      out.set(w, (out.get(w) ?? new Set()).add(prev[0].toLowerCase()));
    }
    prev = m;
  }
  return out;
}, 4);

/** Pairs "kind|member" the article states, remembered for the last few articles. */
const statedKinds = remembered((text: string): Set<string> => {
  const pairs = new Set<string>();
  // "pathogens such as bacteria and viruses", "ministers, including the premier"
  for (const m of text.matchAll(/\b([\p{L}-]+),? (?:such as|including|especially|like|e\.g\.,?) ([^.;:]{1,80})/giu)) {
    for (const w of m[2].split(/[\s,]+/)) if (w.length > 2) pairs.add(`${single(m[1])}|${single(w)}`);
  }
  // "dogs and other animals"
  for (const m of text.matchAll(/\b([\p{L}-]+),? (?:and|or) other ([\p{L}-]+)(?: ([\p{L}-]+))?/giu)) {
    for (const kind of [m[2], m[3]]) if (kind) pairs.add(`${single(kind)}|${single(m[1])}`);
  }
  return pairs;
}, 4);

/**
 * The article itself says one is a kind of the other: "pathogens such as bacteria", "dogs and other animals",
 * "ministers, including the premier". Such an option could be right.
 */
export function linkedInText(text: string, a: string, b: string): boolean {
  if (!text) return false;
  const pairs = statedKinds(text);
  const [ha, hb] = [single(headNoun(a)), single(headNoun(b))];
  return pairs.has(`${ha}|${hb}`) || pairs.has(`${hb}|${ha}`);
}

/** The article's words, lower case, one space apart, remembered for the last few articles. */
const spacedWords = remembered((text: string): string => ` ${text.toLowerCase().match(/[\p{L}\p{N}-]+/gu)?.join(" ") ?? ""} `, 4);

/**
 * The article writes a compound that WordNet files under another sense of the key and none under its first:
 * "improper fraction" in a maths text makes "fraction" the number, not the chemist's part of a mixture whose
 * sisters are "fertilizer" and "reactant". (Only such compounds: a loose neighbour, "person" or "way", is in any text.)
 */
export function articleMeansOtherSense(word: string, text: string): boolean {
  const senses = nounSenses(word);
  if (senses.length < 2 || !text) return false;
  const words = spacedWords(text);
  const own = word.toLowerCase();
  const compound = (w: string) => w.endsWith(` ${own}`) && (words.includes(` ${w} `) || words.includes(` ${pluralOf(w)} `));
  const named = (s: Synset) => s.hyponyms.some((o) => synsetAt(o)?.words.some(compound));
  return !named(senses[0]) && senses.slice(1).some(named);
}

/** The article's words of four letters or more, singular, read once per article. */
const articleWordSet = remembered((text: string): Set<string> => new Set((text.toLowerCase().match(/\p{L}{4,}/gu) ?? []).map(single)), 4);

const GLOSS_STOP = new Set(["that", "with", "which", "used", "from", "into", "such", "some", "other", "part", "having", "made", "being", "something", "thing", "things", "usually", "especially", "various", "several", "consisting", "form", "kind", "type", "person", "people", "make", "place", "before", "after", "there", "their", "more", "most", "than", "when", "where", "what", "whose", "about", "also", "only", "very", "great", "small", "large", "long", "will", "would", "could", "should", "keep", "take"]);

/** How many words of a sense's definition, names and wider kinds the article writes: its support there. */
function senseSupport(s: Synset, words: Set<string>, own: string): number {
  const bag = new Set<string>();
  const add = (t: string) => { for (const w of t.toLowerCase().match(/\p{L}{4,}/gu) ?? []) if (!GLOSS_STOP.has(w) && single(w) !== own) bag.add(single(w)); };
  add(glossAt(s.offset).replace(/"[^"]*"/g, " "));
  add(s.words.join(" "));
  for (const h of s.hypernyms) add(synsetAt(h)?.words.join(" ") ?? "");
  return [...bag].filter((w) => words.has(w)).length;
}

/**
 * The article speaks of another sense of the key than WordNet's first: "pipes" that carry water to fountains are the
 * ones of metal or clay (the article writes "water", "tube", "metal"), no tobacco pipes beside catheters.
 */
function articleFavoursLaterSense(word: string, text: string): boolean {
  const senses = nounSenses(word);
  if (senses.length < 2 || !text) return false;
  const words = articleWordSet(text);
  const own = single(word);
  const [first, ...rest] = senses.map((s) => senseSupport(s, words, own));
  const best = Math.max(...rest);
  return best >= 2 && best > 2 * first;
}

/**
 * A noun in -ing whose verb the article uses ("to land astronauts") names the doing there, whatever thing WordNet
 * lists first: "The Moon landing was abandoned" is no staircase's landing beside "stair" and "bandstand".
 */
function doneInArticle(word: string, text: string): boolean {
  const m = /^(\p{Ll}{3,})ing$/u.exec(word);
  if (!m || !text || firstSense(word)?.lexFile === 4) return false;
  return verbsBeforeIng(m[1]).some((stem) => stem.length > 2 &&
    new RegExp(`\\b(?:to\\s+${stem}|${stem}(?:s|ed|d))\\b`, "iu").test(text));
}

/**
 * The stem means the key in another sense than WordNet's first, whose kin would be no options: listed among nouns of
 * no person ("words such as battery, _____ and charge": no conductor of an orchestra beside merchants), or a
 * part of the body as the stuff a thing is made of ("made of _____ → sheep gut": no belly or neck beside it).
 */
const MADE_OF_BLANK = new RegExp(`\\b(?:made|built|carved|woven|spun|strung)\\s+(?:of|from|out of|with)\\s+(?:\\p{L}+\\s+)?${BLANK}`, "u");
/** The blank as one of three listed words: "battery, _____ and charge", with the other two captured. */
const LISTED_BLANK = new RegExp(`(\\p{Ll}{3,}),\\s+${BLANK},?\\s+(?:and|or)\\s+(\\p{Ll}{3,})|${BLANK},\\s+(\\p{Ll}{3,}),?\\s+(?:and|or)\\s+(\\p{Ll}{3,})|(\\p{Ll}{3,}),\\s+(\\p{Ll}{3,}),?\\s+(?:and|or)\\s+${BLANK}`, "u");
function senseOutOfPlace(key: string, stem: string): boolean {
  const own = headSense(key)?.lexFile;
  if (own === undefined) return false;
  if (own === 8 && MADE_OF_BLANK.test(stem)) return true;
  // (only a word for people among things: siblings' own first senses may be as far off as the key's, "images" a thought)
  if (own !== 18) return false;
  const list = LISTED_BLANK.exec(stem);
  const others = list ? list.slice(1).filter(Boolean) : [];
  return others.length === 2 && others.every((w) => headSense(w) && headSense(w)!.lexFile !== own);
}

export function termDistractors(key: Fact, articleTerms: readonly Fact[], stem: string, accept: (o: string) => boolean, n = 3, text = ""): string[] {
  if (senseOutOfPlace(key.text, stem)) return [];
  const seed = `${key.text}@${key.start}`;
  const plural = isPlural(key.text);
  // judged before the costlier checks of form and fairness: most article terms are of another kind
  // a plural term serves a singular key of living things or body parts in its singular: "queen" | drone, where the
  // article says "Drones" (not the other way: "waters" is no plural of the stuff; and among people or ideas the
  // wider pool brought in looser options than it gained)
  const living = !plural && LIVING_FILES.has(headSense(key.text)?.lexFile ?? -1);
  const inKeysNumber = (t: string) => (isPlural(t) === plural ? t : living ? singularOf(t) : undefined);
  // a superlative picks one thing out, it names no kind: "the biggest drivers" (of prices) are no people beside savers
  // ("material", with fifty kinds, names a category, no single stuff beside "oxygen"; people are no categories: an
  // author is no kind of postman either way)
  const narrowKey = kindsOf(headNoun(key.text)) <= 2 && headSense(key.text)?.lexFile !== 18;
  // ("busiest artificial waterways" | no option beside "seas": any superlative the lexicon knows)
  const superlative = (t: string) => {
    const first = t.replace(/^the\s+/i, "").split(/\s+/)[0].toLowerCase();
    return SUPERLATIVE.test(t) || (/est$/.test(first) && wordTags(first).has("Superlative"));
  };
  const fromArticle = articleTerms.filter((f) => f.sentence !== key.sentence && !superlative(f.text)).map((f) => inKeysNumber(f.text))
    .filter((t): t is string => !!t && sameKind(key.text, t) && (!narrowKey || t.includes(" ") || kindsOf(headNoun(t)) < 20))
    // a term that opened its sentence keeps no capital beside a lower-case key ("Algorithms" → "algorithms")
    .map((t) => t.replace(/^the\s+/i, "").replace(/^\p{Lu}(?=\p{Ll}*(?:\s|$))/u, (c) => (/^\p{Ll}/u.test(key.text) ? c.toLowerCase() : c)));
  // an option whose noun the stem already uses is no wrong answer: "pathogens such as _____" | "specific pathogens"
  const stemWords = normalize(stem).split(" ");
  const stemNouns = new Set(stemWords.map(single));
  // nor one that is another name for a compound of the stem: "a _____ or tax collector" | taxman
  const stemPairs = stemWords.slice(1).map((w, i) => `${stemWords[i]} ${w}`);
  const namedInStem = (o: string) => !o.includes(" ") && stemPairs.some((p) => synonyms(p, o));
  // nor the head of the article's other name for the key: "taxman" | collector, where the article says "tax collector"
  const headOfKeysName = (o: string) => !o.includes(" ") && [...(wordsBefore(text).get(o.toLowerCase()) ?? [])].some((w) => synonyms(`${w} ${o.toLowerCase()}`, key.text));
  const fairTerm = (o: string) => accept(o) && !stemNouns.has(single(headNoun(o))) && !namedInStem(o) && !headOfKeysName(o) && !linkedInText(text, key.text, o);
  // no two options one could swap for the other ("disease", "illness"): a pair of right answers or of wrong ones gives itself away
  const apart = (a: string, b: string) => !nearSynonyms(headNoun(a), headNoun(b)) && !kindOfOther(headNoun(a), headNoun(b));
  const out = pickByForm(key.text, fromArticle, n, stem, seed, fairTerm, apart);
  if (out.length < n && !key.text.includes(" ") && isSurelyOfKind(key.text) && seenEnough(key.text) && headSense(key.text)?.lexFile !== 18 &&
    !articleMeansOtherSense(key.text, text) && !doneInArticle(key.text, text) && !articleFavoursLaterSense(key.text, text)) {
    // then the key's sister terms in WordNet ("rat", "squirrel" beside "mouse"); not for people, whose sisters are
    // roles one could swap ("visitors" | tourists, passengers; "producers" | wigmakers)
    // a plural we cannot be sure of ("calculus": calculi, not "calculuses") is left out
    // and no noun made from a verb beside one that is not ("builder | packing, filling")
    // and none of another level of the tree: single elements are no options beside "metal", which has 77 kinds
    // (a kind of two, "water" and "hydride" as binary compounds, is no kind a reader knows)
    const kin = sisterTerms(key.text);
    // ("phones" | circuitries: a mass noun has no plural to stand beside a plural key)
    // ("the young", "the poor": an adjective WordNet lists as a people has no plural either: no "youngs")
    const countable = (s: string) => !wordTags(s).has("Uncountable") && !/(?:itry|lry|nry)$/.test(s) && !COLLECTIVE_ADJECTIVES.test(s);
    // ("train | local": a word readers mostly use as an adjective reads as one, whatever WordNet files it under)
    const sisters = (kin.length < 2 ? [] : kin).filter((s) => !mostlyAdjective(s) && (!plural || (!/(?:us|um|is|ex|ix|a)$/.test(s) && countable(s))) && (!/ing$/.test(s) || /ing$/.test(key.text)) && sameLevel(key.text, s))
      .map((s) => (plural ? pluralOf(s) : s));
    const more = pickByForm(key.text, sisters, n - out.length, `${stem} ${out.join(" ")}`, seed,
      (o) => fairTerm(o) && !nearSynonyms(key.text, o) && out.every((x) => normalize(x) !== normalize(o) && apart(x, o)), apart);
    out.push(...more);
  }
  // a key that opens its sentence has a capital: so have its options ("Accountants | Estimators, Architects")
  const capital = /^\p{Lu}\p{Ll}/u.test(key.text);
  return out.length >= n ? out.slice(0, n).map((o) => (capital ? o.charAt(0).toUpperCase() + o.slice(1) : o)) : [];
}
