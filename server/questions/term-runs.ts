// Key terms, the run of words a term is cut from: the verb a noun run swallowed at its end ("the ozone layer helps
// protect", "the shop stocks about 14,000 items") comes off, and one "of" phrase may finish it ("oxides of silicon").
import type { Sentence } from "./types";
import { isFiniteVerb, type Token } from "./nlp";
import { isAdjectiveWord, isOnlyVerb, isVerb, firstSense } from "./wordnet";
import { IRREGULAR_PAST, canBeVerb, isAdjOnly, isNoun, tokenBefore, verbAfterPlace, verblessClause } from "./term-verbs";
import { AUXILIARY, BEFORE_TO, BREAKERS, COLLECTIVE, GENERIC, OBJECT_OPENERS, PAST_AS_BASE, PLACE_ADVERB, SAYING, SHARE_OF_THE, VERB_LIKE } from "./term-words";
import { STOPWORDS } from "./util";
import { isKindOf } from "./wordnet-kin";

/** Where a run of adjectives and nouns was read: its first token `t`, the token `j` after it (`nextTok`), the token
 * before it (`prevTok`), and whether it opens its sentence capitalised (`opener`). */
export interface TermRun {
  text: string;
  tokens: Token[];
  sentences: Sentence[];
  run: Token[];
  t: Token;
  from: number;
  j: number;
  nextTok: Token | undefined;
  prevTok: Token | undefined;
  opener: boolean;
}

export const isAdj = (t: Token) => t.tags.has("Adjective") && !t.tags.has("Comparable") || (t.tags.has("Noun") && !t.tags.has("Pronoun"));

/** Takes off the run's end the verb the tagger read as a noun (a clause's subject and its verb are no compound). */
export function dropTrailingVerb({ text, tokens, sentences, run, t, from, j, nextTok, prevTok, opener }: TermRun): void {
  let cutAt = -1;
  if (VERB_LIKE.test(run[run.length - 1].text) && run.length > 1) run.pop();
  // "the ozone layer helps protect": a plural noun right before a bare verb is the verb
  // (not before an auxiliary: in "defense mechanisms have evolved" the noun is the subject)
  if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && nextTok.tags.has("Infinitive") && !AUXILIARY.test(nextTok.text) && /s$/.test(run[run.length - 1].text) &&
    // ("empty stone station buildings remain": a plural that cannot be a verb, before a word that can only be one, is
    // the subject's head; "a practice critics call…" and "communications network" stay cut)
    (canBeVerb(run[run.length - 1].text) || (!isOnlyVerb(nextTok.text) &&
      // ("innate immune cells take over": a plural no verb after a word that can be an adjective is the head it describes)
      !(isAdjectiveWord(run[run.length - 2].text) && !run[run.length - 2].tags.has("Plural"))))) run.pop();
  // "the term odd prime refers to", "numbers ending in": a verb read as a noun before a preposition
  // (only a word that can be a verb: "sea surface temperatures in February" is one phrase)
  else if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && /^(?:to|in|on|at|from|with|into|onto|upon)$/.test(nextTok.text) && /[^s]s$/.test(run[run.length - 1].text) &&
    (run.length >= 3 || opener ? canBeVerb(run[run.length - 1].text) : !isNoun(run[run.length - 2]) || !run[run.length - 2].tags.has("Plural")) &&
    // ("between the shoulder blades with…": a compound the dictionary knows is one)
    !firstSense(run.slice(-2).map((x) => x.text).join(" "))) run.pop(); // "the government knocks on"
  // ("molten rock, gases and ash escape onto the surface": after a list of subjects, the last one's bare verb before a
  // preposition of motion is the list's verb)
  else if (run.length === 2 && nextTok && nextTok.sentence === t.sentence && /^(?:onto|into|from|through|out|up|down|over|across)$/.test(nextTok.text) &&
    /[^s]$/.test(run[1].text) && isVerb(run[1].text) && !run[1].tags.has("Plural") && /\b\p{L}{3,}s,?\s+and\s+$/u.test(text.slice(sentences[t.sentence].start, run[0].start))) run.pop();
  // ("men and women dressed in costume march through the streets": a noun's last word that can be a verb, before a
  // preposition of motion, is the verb of a plural subject; not "a forced march through", whose first word describes)
  else if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && /^(?:through|across|along|into|past|towards?)$/.test(nextTok.text) &&
    canBeVerb(run[run.length - 1].text) && isNoun(run[run.length - 2]) && !run[run.length - 2].tags.has("Adjective") && !/(?:ed|ing)$/.test(run[run.length - 2].text) &&
    !firstSense(run.slice(-2).map((x) => x.text).join(" "))) run.pop();
  // ("a comet travelling outward": a participle before an adverb too; "light travelling through glass")
  else if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && (/^(?:to|in|on|at|from|with|that|through|across|along|into|towards?|past|via|beneath)$/.test(nextTok.text) || PLACE_ADVERB.test(nextTok.text)) && /ing$/.test(run[run.length - 1].text)) run.pop();
  else if ((cutAt = verbAfterPlace(run, text.slice(sentences[t.sentence].start, run[0].start), nextTok?.sentence === t.sentence ? nextTok : undefined)) > 0) run.splice(cutAt);
  // "this compresses the most recent eon": a word in -s right before a determiner is a verb, not a noun (so is a past
  // form: "To the west rose a raised mound")
  else if (nextTok && nextTok.sentence === t.sentence && /^(?:the|a|an|its|their|his|her)$/.test(nextTok.text) && (/[^s]s$/.test(run[run.length - 1].text) || IRREGULAR_PAST.test(run[run.length - 1].text)) &&
    text.slice(run[run.length - 1].end, nextTok.start) === " ") run.pop();
  // "agriculture employs more than half", "phytoplankton produce roughly half": a word that can be a verb before
  // a quantity is the verb, and the noun before it the subject; so is one before a manner adverb ("the pound rose
  // slightly")
  else if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && text.slice(run[run.length - 1].end, nextTok.start) === " " &&
    ((OBJECT_OPENERS.test(nextTok.text) && canBeVerb(run[run.length - 1].text)) ||
      // ("the shop stocks about 14,000 items": a word in -s before "about" and a number)
      (/^(?:about|around|over|some|up)$/.test(nextTok.text) && /^\d/.test(tokens[j + 1]?.text ?? "") && /[^s]s$/.test(run[run.length - 1].text) && canBeVerb(run[run.length - 1].text)) ||
      (/^\p{Ll}{3,}ly$/u.test(nextTok.text) && nextTok.tags.has("Adverb") && (canBeVerb(run[run.length - 1].text) || IRREGULAR_PAST.test(run[run.length - 1].text))) ||
      // ("the vaccine spread online", "ash blown downwind": a past form before an adverb of place is a verb too)
      (PLACE_ADVERB.test(nextTok.text) && (PAST_AS_BASE.test(run[run.length - 1].text) || IRREGULAR_PAST.test(run[run.length - 1].text))) ||
      // ("a rumour spread that William had been killed": news that spreads says what it said)
      (nextTok.text === "that" && /^(?:spread|broke|arose)$/.test(run[run.length - 1].text)))) run.pop();
  // ("The ward cost $24.3 million", "The restoration cost ₹38 lakh": so is one before a sum of money or a number)
  else if (run.length > 1 && nextTok && nextTok.sentence === t.sentence && /^ (?:[$£€¥₹]|KSh ?|Rs\.? ?)?$/.test(text.slice(run[run.length - 1].end, nextTok.start)) && /^(?:[$£€¥₹]|R(?=\d))?\d/.test(nextTok.text) &&
    (PAST_AS_BASE.test(run[run.length - 1].text) || IRREGULAR_PAST.test(run[run.length - 1].text) || (/[^s]s$/.test(run[run.length - 1].text) && canBeVerb(run[run.length - 1].text)))) run.pop();
  // "large parts of the forest flood, and fish swim": a share of a thing and a word that can be a verb ending the
  // clause are the subject and its verb
  else if (run.length > 1 && /^[,.;]/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 1)) && canBeVerb(run[run.length - 1].text) &&
    SHARE_OF_THE.test(text.slice(Math.max(0, run[0].start - 24), run[0].start))) run.pop();
  // "before a cell divides": after "a" or "each", a word in -s that can be a verb is the verb, not a plural noun
  if (run.length > 1 && /^(?:a|an|each|every|one)$/i.test(prevTok?.text ?? "") && /[^s]s$/.test(run[run.length - 1].text) && canBeVerb(run[run.length - 1].text) &&
    !run[run.length - 2].tags.has("Plural")) run.pop();
  // "in each round players are paired": "each" takes one thing, so a plural after its noun opens the clause
  else if (run.length === 2 && /^(?:each|every)$/i.test(prevTok?.text ?? "") && run[1].tags.has("Plural") && /[^s]s$/.test(run[1].text) && !run[0].tags.has("Plural") &&
    !firstSense(`${run[0].text} ${run[1].text.replace(/s$/, "")}`)) run.pop();
  if (run.length > 1 && nextTok?.text === "to" && BEFORE_TO.test(run[run.length - 1].text)) run.pop();
  // ("make a stationary object start to move": a verb that takes "to" and another verb is no noun of the phrase)
  else if (run.length > 1 && nextTok?.text === "to" && /^(?:start|begin|continue|stop|try|want|need|seem|appear|fail|learn|tend|cease|refuse|decide|choose|hope|plan|agree|manage|struggle)$/.test(run[run.length - 1].text) &&
    isNoun(run[run.length - 2]) && !run[run.length - 2].tags.has("Adjective")) run.pop();
  // "theories of civil disobedience hold that…": a verb of saying before "that" is no noun of the phrase
  if (run.length > 1 && nextTok?.text === "that" && SAYING.test(run[run.length - 1].text)) run.pop();
  // "As warm, moist air rises, it cools", "Scientists at NOAA measure heat stress in…": a clause with no verb of its
  // own has it inside the phrase, a last word in -s or a bare first word after the subject
  if (run.length > 1 && verblessClause(tokens, from, j, text)) {
    if (/[^s]s$/.test(run[run.length - 1].text) && canBeVerb(run[run.length - 1].text)) run.pop();
    else if (!/s$/.test(run[0].text) && isVerb(run[0].text) && prevTok && (prevTok.tags.has("Acronym") || prevTok.tags.has("ProperNoun") || prevTok.tags.has("Plural"))) run.shift();
  }
}

/** One "of" phrase after a short run ("the energy of sunlight"): the token index after it, or undefined when none is
 * taken (a cut phrase, a list, a number of things). Changes `run` in place. */
export function extendWithOf({ text, tokens, run, t, j }: TermRun): number | undefined {
  // "oxides of silicon", "the energy of sunlight": one "of" phrase
  if (run.length && run.length <= 2 && tokens[j]?.text === "of" && tokens[j].sentence === t.sentence && text.slice(run[run.length - 1].end, tokens[j].start) === " ") {
    const tail: Token[] = [];
    let k = j + 1;
    while (k < tokens.length && tail.length < 2 && tokens[k].sentence === t.sentence && /^\p{Ll}/u.test(tokens[k].text) && (isAdj(tokens[k]) || isNoun(tokens[k])) &&
      !STOPWORDS.has(tokens[k].text) && !BREAKERS.has(tokens[k].text) && /^\s$/.test(text.slice((tail[tail.length - 1] ?? tokens[k - 1]).end, tokens[k].start))) tail.push(tokens[k++]);
    if (tail.length > 1 && tokens[k]?.text === "to" && BEFORE_TO.test(tail[tail.length - 1].text)) tail.pop();
    // ("1.5 litres of blood pass through the liver": a bare verb before a word of where is what the amount does)
    const doing = tail.length > 1 && /^(?:through|into|onto|across|along|over|under|from|out|down|up|away|off|past|round|around)$/.test(tokens[k]?.text ?? "") &&
      isVerb(tail[tail.length - 1].text) && !/[^s]s$/.test(tail[tail.length - 1].text) && !firstSense(tail.map((x) => x.text).join(" "));
    if (doing) {
      tail.pop();
      k--;
    }
    while (tail.length && (!isNoun(tail[tail.length - 1]) || tail[tail.length - 1].tags.has("Adjective"))) tail.pop();
    // "the prices of hundreds of goods": a number of things is no part of what it counts
    if (/^(?:hundreds|thousands|millions|billions|dozens|tens|scores|lots|plenty|numbers)$/.test(tail[0]?.text ?? "")) tail.length = 0;
    // the phrase goes on past what was taken ("images of wave speeds", "fossil types due to"): a cut phrase
    // is a wrong answer, so keep the head without its "of" part
    const after = tokens[k];
    const cut = !doing && !!after && after.sentence === t.sentence && /^\s$/.test(text.slice(tokens[k - 1].end, after.start)) && /^\p{Ll}/u.test(after.text) &&
      !STOPWORDS.has(after.text) && (isNoun(after) || isAdj(after) || /s$/.test(after.text));
    // the "of" part heads a list ("constituents of animal shells, teeth, and bone"): its first item alone is no answer
    // ("a leading cause of blindness, kidney failure, heart attacks and…": items of two words too)
    // ("lists of stations and distances": so is the first of two nouns joined by "and", the second with no determiner)
    const joinedNoun = tokens[k + 1];
    const list = tail.length > 0 && (/^,\s*(?!(?:which|who|that|where|when|while|but|and|or|as|although|though)\b)(?:[\p{L}-]+\s){0,2}[\p{L}-]+(?:,|,?\s+(?:and|or)\b)/u.test(text.slice(tail[tail.length - 1].end, tail[tail.length - 1].end + 60)) ||
      (/^(?:and|or)$/.test(tokens[k]?.text ?? "") && tokens[k].sentence === t.sentence && text.slice(tail[tail.length - 1].end, tokens[k].start) === " " &&
        joinedNoun?.sentence === t.sentence && /^\p{Ll}{3,}$/u.test(joinedNoun.text) && (isNoun(joinedNoun) || isAdjOnly(joinedNoun)) && !joinedNoun.tags.has("Verb") &&
        // (two nouns of one number: "lines of force and fields" are lines of force, and fields)
        (isAdjOnly(joinedNoun) || joinedNoun.tags.has("Plural") === tail[tail.length - 1].tags.has("Plural"))));
    if (tail.length && !cut && !list && COLLECTIVE.test(run[run.length - 1].text) && run.slice(0, -1).every(isAdjOnly)) {
      // "Groups of flagellants walked…": the group is what it is made of ("a tiny fraction of starlight": however big)
      run.splice(0, run.length, ...tail);
      return k;
    } else if (tail.length && !cut && !list && !GENERIC.has(run[run.length - 1].text)) {
      run.push(tokens[j], ...tail);
      return k;
    }
  }
  return undefined;
}

export const DETERMINER = /^(?:the|a|an|its|their|his|her|our|this|that|these|those)$/i;
/** Whether only a determiner and an adjective stand between a clause's start and `first` ("Warm air", "and their price";
 * a clause opened by "and" counts only with `afterAnd`). */
export function opensClause(text: string, tokens: Token[], sentences: Sentence[], first: Token, afterAnd: boolean): boolean {
  let at = first;
  for (let n = 0; n < 3; n++) {
    const prev = tokenBefore(tokens, at.start);
    if (!prev || prev.sentence !== first.sentence || /[,;:]/.test(text.slice(prev.end, at.start))) return true;
    if (/^(?:and|but|so|yet)$/i.test(prev.text)) return afterAnd;
    if (!DETERMINER.test(prev.text) && !isAdjOnly(prev)) return false;
    at = prev;
  }
  return sentences[first.sentence]?.start === at.start;
}

/** Whether the sentence has a finite verb before token `at` (a word in -ing or a bare form is none). */
export function hasFiniteVerb(tokens: Token[], at: number, sentence: number): boolean {
  for (let k = at - 1; k >= 0 && tokens[k].sentence === sentence; k--) if (isFiniteVerb(tokens[k])) return true;
  return false;
}

/**
 * "the enzyme catalase", "the gas oxygen", "the oxygen-storing protein myoglobin", "the amino acid tryptophan": a word
 * for the kind (of one word or two), then the thing's own name; the name is the term. Changes `run` in place.
 */
export function dropKindWord(run: Token[], prevTok: Token | undefined): void {
  const kindWords = run.length === 3 && firstSense(`${run[0].text} ${run[1].text}`) ? 2 : 1;
  if (run.length === kindWords + 1 && !run[0].tags.has("Adjective") && isKindOf(run[kindWords].text, run.slice(0, kindWords).map((r) => r.text).join(" ")) &&
    (/^(?:the|a|an)$/i.test(prevTok?.text ?? "") || !!prevTok?.tags.has("Hyphenated"))) run.splice(0, kindWords);
}
