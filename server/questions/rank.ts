// Stage 7: ranking. Scores what a teacher would ask first — central sentences, names, numbers and
// dates — then picks greedily with variety: one item per fact, spread over sentences and
// paragraphs, a mix of question types, few true/false and at most one ordering item.
import type { ArticleFacts, Candidate, FactKind, QuestionKind, Sentence } from "./types";
import { contentWords } from "./facts";
import { NAMED_BEFORE, escapeRegExp, normalize, remembered } from "./util";
import { numberKindOf } from "./numbers";
import { CONTINENTS } from "./data/pools";

const OCC_BONUS = 0.04;
/** Score given up by each further item asking for the same kind of thing. */
const FOCUS_REPEAT = 0.04;
const OCC_MALUS = 0;
/** Worth of the subject of "X is the Y": the thing a definition describes. */
const DEFINED_SUBJECT = 0.15;
const TITLE_KEY = 1;
/** Continents, the Earth and the Moon, and the world's great regions: the backdrop of a story, and so widely known that
 * a question on them asks little ("The astronauts landed on the _____ → Moon"). */
const WORLD_SCALE = new Set([...CONTINENTS, "America", "Earth", "Moon", "Sun", "Middle East", "Latin America", "Central Asia", "East Asia", "Western Europe", "Eastern Europe", "West", "East"]);
const WORLD_SCALE_MALUS = 0.4;

/** Prior worth of a fact kind: how often readers pick such a span as the thing to ask about. */
const KIND_WEIGHT: Record<FactKind, number> = {
  person: 0.62, percent: 0.68, money: 0.62, date: 0.54, count: 0.48, century: 0.46, year: 0.45, ordinal: 0.3,
  org: 0.42, misc: 0.4, place: 0.33, decade: 0.3, term: 0.27,
};
// typing on a phone is slower than tapping: of two about equal items, the one with options goes first
const TYPE_WEIGHT: Record<QuestionKind, number> = { mc: 0, number: 0, type: -0.04, quote: 0.15, tf: -0.12, order: 0.05 };

/** How central a sentence is: its content words' article frequency, plus words of the title. */
export function centrality(s: Sentence, facts: ArticleFacts): number {
  const words = contentWords(s.text);
  if (!words.length) return 0;
  let sum = 0;
  for (const w of new Set(words)) sum += Math.min(4, (facts.wordFreq.get(w) ?? 1) - 1) + (facts.titleWords.has(w) ? 2 : 0);
  return sum / (words.length + 4);
}

/** How often the article writes the key (whole words, any case); for a person, the surname counts too. */
const lowered = remembered((text: string) => text.toLowerCase(), 8);
export function occurrences(key: string, text: string): number {
  const low = lowered(text);
  const k = key.toLowerCase();
  if (!k) return 0;
  let n = 0;
  for (let i = low.indexOf(k); i >= 0; i = low.indexOf(k, i + k.length)) {
    if (!/[\p{L}\p{N}]/u.test(low[i - 1] ?? " ") && !/[\p{L}\p{N}]/u.test(low[i + k.length] ?? " ")) n++;
  }
  return n;
}

/** Features of the sentence shared by all its candidates. */
interface SentenceInfo {
  inParagraph: number;
  facts: number;
  centrality: number;
}

export function sentenceInfo(sentences: Sentence[], facts: ArticleFacts): SentenceInfo[] {
  const perSentence = new Map<number, number>();
  for (const f of facts.facts) if (f.kind !== "term") perSentence.set(f.sentence, (perSentence.get(f.sentence) ?? 0) + 1);
  let paraStart = 0;
  return sentences.map((s, i) => {
    if (i === 0 || sentences[i - 1].paragraph !== s.paragraph) paraStart = i;
    return { inParagraph: i - paraStart, facts: perSentence.get(i) ?? 0, centrality: centrality(s, facts) };
  });
}

export function scoreCandidate(c: Candidate, sentences: Sentence[], facts: ArticleFacts, info: SentenceInfo[], text: string): number {
  const s = sentences[c.sentenceIndex];
  const si = info[c.sentenceIndex];
  let score = c.score + TYPE_WEIGHT[c.type];
  const f = c.fact;
  // a day without its year ("on August 30") is a detail of a date, asked after the dates that place an event
  score += f && c.type !== "quote" ? (f.kind === "date" && f.value === undefined ? KIND_WEIGHT.ordinal : KIND_WEIGHT[f.kind]) : 0.55;
  score += 0.08 * Math.min(1.5, si.centrality);
  if (si.inParagraph <= 1) score += 0.05;
  else if (si.inParagraph >= 5) score -= 0.1;
  score -= 0.08 * Math.min(6, si.facts) / 6;
  const words = s.text.split(/\s+/).length;
  if (words > 45) score -= 0.1;
  if (words < 8) score -= 0.1;
  // "…turns into a gas. What is this change called?": a name the article gives to what it has just described is
  // what a science lesson asks first (its short naming sentence and its lone term are no detail)
  if (c.alsoUses !== undefined) score += 0.3;
  if (f && typeof c.answer === "string" && c.type !== "quote") {
    const key = normalize(c.answer);
    const before = text.slice(s.start, f.start);
    if (before.split("(").length > before.split(")").length) score -= 0.15;
    // the article's own subject is a give-away ("Oxygen" in an article titled "Oxygen", "Warsaw" in one on Warsaw):
    // asked only when nothing else is left
    const keyWords = contentWords(key);
    if (keyWords.length && keyWords.every((w) => facts.titleWords.has(w))) score -= TITLE_KEY;
    // so is what the article's opening says its subject is, named again by it: "Iceland is an island nation…" makes
    // "drew attention to the _____ → island" a question on Iceland
    else if (f.kind === "term" && !f.text.includes(" ") && /\bthe\s+$/i.test(before) && isWhatTheSubjectIs(key, sentences, facts)) score -= TITLE_KEY;
    // and so is the number of a name the title gives: "Apollo _____ was intended…" in "Apollo 13: a successful failure"
    else if (numberKindOf(f) && inTitle(f.text, sentences) && inTitle(`${/(\p{Lu}[\p{L}-]*)\s$/u.exec(before)?.[1]} ${f.text}`, sentences)) score -= TITLE_KEY;
    const mentions = facts.mentions.get(key) ?? 1;
    // what the article keeps coming back to is what readers ask about
    if (mentions >= 2) score += f.kind === "place" ? 0.04 : 0.08;
    // and the words it keeps using: "Broncos" in a story about a Super Bowl
    let maxFreq = 0;
    for (const w of key.split(" ")) if (w.length > 2) maxFreq = Math.max(maxFreq, facts.wordFreq.get(w) ?? 0);
    score += 0.06 * Math.log(1 + maxFreq);
    if (f.text.includes(" ")) score += 0.06;
    // a key the article writes once is a detail; one it repeats is what the article is about
    const occ = Math.max(occurrences(f.text, text), f.kind === "person" && f.text.includes(" ") ? occurrences(f.text.split(/\s+/).pop()!, text) : 0);
    if (!numberKindOf(f)) score += occ >= 2 ? OCC_BONUS : -OCC_MALUS;
    // a lone common noun the article uses once ("substances", "attacks") is rarely the point of its sentence
    if (f.kind === "term" && !f.text.includes(" ") && occ < 2) score -= 0.08;
    if (f.kind === "term") {
      score += (si.facts === 0 ? 0.1 : -0.02 * Math.min(4, si.facts)) - (f.text.includes(" ") ? 0 : 0.05);
      // what something "is", "is called" or "is known as" is what a definition question asks
      if (/\b(?:is|are|was|were|as)\s+(?:an?\s+|the\s+)?$/i.test(before) || NAMED_BEFORE.test(before)) score += 0.06;
    }
    if (f.kind === "org" && !f.text.includes(" ")) score -= 0.06;
    if (f.kind === "place" && WORLD_SCALE.has(f.text.replace(/^the\s+/i, ""))) score -= WORLD_SCALE_MALUS;
    if (f.subject) score += 0.04;
    // "The _____ is the dominant system of host defence": what a definition describes is asked from its description
    // (a relative key, "the nearest town is…", names nothing the description could single out; "The _____ is a muscle" in
    // an article on the heart gives itself away)
    if (/^\s*(?:is|are|was|were)\s+(?:the|an?|one)\s/.test(text.slice(f.start + f.text.length, s.end)) && /^\s*(?:the\s+)?$/i.test(before) &&
      !/^(?:\w+est|first|last|next|same|other|former|latter)\b/i.test(f.text) && !keyWords.some((w) => facts.titleWords.has(w))) score += DEFINED_SUBJECT;
  }
  return score;
}

/** Whether the article's title (its first line, a heading) holds a phrase as whole words (a plain search first: the
 * pattern is built only for a phrase the title holds at all). */
const inTitle = (phrase: string, sentences: Sentence[]) =>
  !!sentences[0]?.heading && sentences[0].text.includes(phrase) && new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(phrase)}(?![\\p{L}\\p{N}])`, "u").test(sentences[0].text);

/** Whether the article's first sentence says its titled subject is a "<word>": "Iceland is an island nation in…". */
function isWhatTheSubjectIs(word: string, sentences: Sentence[], facts: ArticleFacts): boolean {
  const first = sentences.find((s) => !s.heading);
  const m = first && /^(?:the\s+)?([\p{L}\s'’-]{2,60}?)\s+(?:is|was|are|were)\s+(?:a|an|the|one of the)\s+((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)/iu.exec(first.text);
  if (!m || !contentWords(m[1]).some((w) => facts.titleWords.has(w))) return false;
  return m[2].toLowerCase().split(/\s+/).includes(word);
}

export interface PickOptions {
  count: number;
  types?: QuestionKind[];
}

/** How many items of a type a mixed quiz may hold: one true/false in ten, one ordering, quotes up to 30 %. */
function typeCap(t: QuestionKind, opts: PickOptions): number {
  if (opts.types && opts.types.length === 1) return opts.count;
  if (t === "tf") return Math.max(1, Math.round(opts.count * 0.1));
  if (t === "order") return 1;
  if (t === "quote") return Math.max(2, Math.round(opts.count * 0.3));
  return opts.count;
}

/** A place's name without the word for its sort: "the River Tane" and "the Tane" are one river ("tane"). */
const PLACE_SORT_WORD = /^(?:river|lake|mount|mountains?|island|islands|city|county|sea|bay|valley|desert|forest|gulf|strait)$/;
function bareName(c: Candidate): string | undefined {
  // (the bare name may be of no known kind: "the Tane")
  if ((c.fact?.kind !== "place" && c.fact?.kind !== "misc") || typeof c.answer !== "string") return undefined;
  const words = normalize(c.answer).split(" ");
  const bare = words.filter((w) => !PLACE_SORT_WORD.test(w));
  return bare.length && bare.length >= words.length - 1 ? bare.join(" ") : undefined;
}

/** Greedy selection with variety; returns items best first. */
export function pick(cands: Candidate[], sentences: Sentence[], opts: PickOptions): Candidate[] {
  const pool = cands.filter((c) => !opts.types || opts.types.includes(c.type));
  const paragraphs = new Set(sentences.map((s) => s.paragraph)).size || 1;
  // readers ask about every paragraph, long or short: an even share each, then fill up
  const perParagraph = Math.max(2, Math.ceil(opts.count / paragraphs));
  const chosen: Candidate[] = [];
  const usedFacts = new Set<string>();
  const usedAnswers = new Set<string>();
  // one river or lake, written with or without its sort ("Mount Kenya" and the country Kenya are two places: a
  // bare name of no known kind, or one of the same sort, is the same one)
  const bare = new Map(pool.map((c) => [c, bareName(c)]));
  const usedPlaces = new Map<string, Candidate>();
  const samePlace = (c: Candidate, u: Candidate | undefined) =>
    !!u && (c.fact?.kind === "misc" || u.fact?.kind === "misc" || c.fact?.unit === u.fact?.unit);
  // one item per sentence: two would give each other away (each stem holds the other's answer),
  // and a true/false statement tests its whole sentence
  const usedSentences = new Set<number>();
  const byParagraph = new Map<number, number>();
  const byType = new Map<QuestionKind, number>();
  // what an item asks for: a person, a place, a year… a quiz of nothing but names is a dull quiz
  const byFocus = new Map<string, number>();
  const focusOf = (c: Candidate) => (c.type === "quote" ? "person" : c.fact?.kind ?? c.type);
  // one person is one answer, however the item names them ("Vladimir Putin", "Putin")
  const answerOf = (c: Candidate) =>
    typeof c.answer !== "string" || c.type === "tf" ? undefined
    : c.fact?.kind === "person" ? `person:${normalize(c.answer).split(" ").pop()}`
    : normalize(c.answer);
  // first pass: spread over paragraphs; second: fill up from anywhere
  for (const spread of [true, false]) {
    while (chosen.length < opts.count) {
      let best: Candidate | undefined;
      let bestScore = -Infinity;
      for (const c of pool) {
        const ans = answerOf(c);
        // (a short article may ask who said a quote of someone it already asked about: a different fact of them)
        const repeatsAnswer = !!ans && (usedAnswers.has(ans) || samePlace(c, usedPlaces.get(bare.get(c) ?? ""))) && (spread || c.type !== "quote");
        if (usedSentences.has(c.sentenceIndex) || (c.alsoUses !== undefined && usedSentences.has(c.alsoUses)) || usedFacts.has(c.factKey) || repeatsAnswer) continue;
        if ((byType.get(c.type) ?? 0) >= typeCap(c.type, opts)) continue;
        // people at most 30 % while there is anything else to ask (a story full of quoted people is not a quiz of names)
        if (spread && focusOf(c) === "person" && (byFocus.get("person") ?? 0) >= Math.max(2, Math.round(opts.count * 0.3))) continue;
        const paragraph = sentences[c.sentenceIndex].paragraph;
        if (spread && (byParagraph.get(paragraph) ?? 0) >= perParagraph) continue;
        const eff = c.score - 0.03 * (byType.get(c.type) ?? 0) - FOCUS_REPEAT * (byFocus.get(focusOf(c)) ?? 0);
        if (eff > bestScore) {
          bestScore = eff;
          best = c;
        }
      }
      if (!best) break;
      chosen.push(best);
      usedFacts.add(best.factKey);
      const ans = answerOf(best);
      if (ans) usedAnswers.add(ans);
      if (bare.get(best)) usedPlaces.set(bare.get(best)!, best);
      usedSentences.add(best.sentenceIndex);
      if (best.alsoUses !== undefined) usedSentences.add(best.alsoUses);
      const paragraph = sentences[best.sentenceIndex].paragraph;
      byParagraph.set(paragraph, (byParagraph.get(paragraph) ?? 0) + 1);
      byType.set(best.type, (byType.get(best.type) ?? 0) + 1);
      byFocus.set(focusOf(best), (byFocus.get(focusOf(best)) ?? 0) + 1);
    }
  }
  return chosen;
}
