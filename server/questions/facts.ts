// Stage 3: facts. Everything a question can be about: named entities, numbers and dates, quotes with
// their speakers, key terms, plus word statistics the ranking uses to find the central facts.
import type { ArticleFacts, Fact, Sentence } from "./types";
import { isFiniteVerb, tagTokens, wordTags, type Token } from "./nlp";
import { extractEntities } from "./entities";
import { extractNumbers, yearsOfTheEra } from "./numbers";
import { extractQuotes } from "./quotes";
import { extractTerms, retagNouns } from "./terms";
import { STOPWORDS, normalize } from "./util";
import { isVerb } from "./wordnet";

export function contentWords(s: string): string[] {
  return (s.toLowerCase().match(/[\p{L}][\p{L}'’-]*/gu) ?? [])
    .map((w) => w.replace(/['’]s$/, ""))
    .filter((w) => w.length > 2 && !STOPWORDS.has(w));
}

/**
 * Items of a lead-in's list that are no sentences: one in lower case ("the whole of Fern Avenue;"), or one whose first
 * words up to a comma, bracket or colon, opening on a noun, hold no verb ("Canal Street, by the bridge;", "\"Swan Lake\",
 * first staged in 1877", "Pod shape: wrinkled"). "Each team has six players." and "In 1990, the club won." are sentences.
 */
function listFragments(text: string, sentences: Sentence[], tokens: Token[]): Set<number> {
  const out = verbless(sentences, tokens);
  if (!sentences.some((s) => s.listed)) return out;
  // (one pass over the tokens, not one per item: a long list would make it quadratic)
  const bySentence = new Map<number, Token[]>();
  for (const t of tokens) {
    if (!sentences[t.sentence]?.listed) continue;
    const own = bySentence.get(t.sentence);
    if (own) own.push(t);
    else bySentence.set(t.sentence, [t]);
  }
  for (const s of sentences) {
    if (!s.listed) continue;
    if (/^["“'‘(]?\p{Ll}/u.test(s.text)) {
      out.add(s.index);
      continue;
    }
    const own = bySentence.get(s.index) ?? [];
    if (!own.length || own[0].tags.has("Preposition") || own[0].tags.has("Conjunction") || own[0].tags.has("Adverb")) continue;
    // (a capitalised word after the first is part of a name, whatever the tagger says: "Young Farmers' Club")
    const head = own.filter((t, k) => !/[,(:;]/.test(text.slice(s.start, t.start)) && (k === 0 || !/^\p{Lu}/u.test(t.text)));
    if (!head.some(isFiniteVerb)) out.add(s.index);
  }
  return out;
}

/** "stands", "recorded", "carried", "employs": a word in -s or -ed whose stem WordNet knows as a verb. */
const mayBeVerb = (word: string) =>
  /^\p{Ll}+(?:s|ed)$/u.test(word) && [word.replace(/ies$|ied$/, "y"), word.replace(/e?s$/, ""), word.replace(/e?d$/, ""), word.replace(/d$/, "")].some((w) => w !== word && isVerb(w));

/** Lines with no verb at all ("Wool on canvas, 48cm x 61cm.", "Kellingford 286 for 7 (50 overs): R. Abernathy-Cole 88…",
 * a team's line-up, an interview's "Partly savings, partly sponsorship…") and an obituary's heading ("…, architect,
 * born 30 August 1933; died 4 February 2025"): a label, no sentence to ask about. */
function verbless(sentences: Sentence[], tokens: Token[]): Set<number> {
  const withVerb = new Set<number>();
  for (const t of tokens) if (isFiniteVerb(t)) withVerb.add(t.sentence);
  // (the tagger misses many verbs, "refers", "stands": only a line that also looks like a label counts, one with a colon
  // or a semicolon, or a size: "92cm x 46cm")
  // (or an answer's opening word: "Yes, at around 8,600 metres, near the Second Step.")
  const label = (t: string) => /[:;]/.test(t) || /\d\s?(?:cm|mm|m|in)\s?(?:x|×|by)\s?\d/.test(t) || /^(?:Yes|No|Partly|Mostly|Probably|Maybe|Well|Oh)\b,?/.test(t);
  // (or a short line with no word that could be a verb the tagger missed, one in -s or -ed that WordNet knows as a
  // verb: a review's "In cinemas from Friday 14 March.", a preview's subhead "The biggest spenders of the summer.")
  // (only a short line's words are looked up: the lookups cost)
  const shortLines = new Set(sentences.filter((s) => !withVerb.has(s.index) && s.text.split(/\s+/).length <= 9).map((s) => s.index));
  const missedVerb = new Set<number>();
  for (const t of tokens) {
    if (!shortLines.has(t.sentence) || missedVerb.has(t.sentence)) continue;
    if (t.tags.has("Verb") || wordTags(t.text.toLowerCase()).has("Verb") || /['’](?:re|s|ve|ll|d|m)$|n['’]t$/.test(t.text) || mayBeVerb(t.text)) missedVerb.add(t.sentence);
  }
  const short = (s: Sentence) => shortLines.has(s.index) && !missedVerb.has(s.index);
  return new Set(sentences.filter((s) => !s.heading && ((!withVerb.has(s.index) && (label(s.text) || short(s))) || /\bborn\b[^;.]*;\s*died\b/.test(s.text))).map((s) => s.index));
}

export function extractFacts(text: string, sentences: Sentence[]): ArticleFacts & { tokens: Token[] } {
  const tokens = tagTokens(text, sentences.map((s) => s.start));
  retagNouns(tokens);
  const body = sentences.filter((s) => !s.heading);
  const entities = extractEntities(text, sentences, tokens).filter((f) => !sentences[f.sentence]?.heading);
  const numbers = yearsOfTheEra(body.flatMap(extractNumbers), text);
  // "About 4,000 passengers used the line": a count heading its sentence, with a verb after its noun
  for (const n of numbers) {
    if (n.kind !== "count" || !n.unit || !/^\d/.test(n.text)) continue;
    const s = sentences[n.sentence];
    if (!/^(?:(?:about|around|some|nearly|almost|more than|over|only|roughly)\s+)?$/i.test(text.slice(s.start, n.start))) continue;
    const unitEnd = text.indexOf(n.unit, n.end) + n.unit.length;
    const next = tokens.find((t) => t.start > unitEnd && t.sentence === n.sentence);
    n.subject = !!next && next.tags.has("Verb") && !next.tags.has("Gerund") && /^\s$/.test(text.slice(unitEnd, next.start));
  }
  // a number inside an entity ("Super Bowl 50") belongs to the entity
  const free = numbers.filter((n) => !entities.some((e) => n.start < e.end && n.end > e.start));
  const terms = extractTerms(text, tokens, sentences).filter(
    (t) => !entities.some((e) => t.start < e.end && t.end > e.start) && !free.some((n) => t.start < n.end && t.end > n.start),
  );
  const quotes = extractQuotes(text, sentences, entities);
  // whoever is quoted is a person ("said Gela Vasadze"), wherever else the name appears
  const speakers = new Set(quotes.map((q) => q.speaker));
  for (const e of entities) if (e.kind === "misc" && speakers.has(e.text)) e.kind = "person";
  // "Deeper in the Earth, rocks fold": the Earth is a body in space only where the article names another one;
  // elsewhere it is the ground under the story, and Venus or Pluto beside it would be silly options
  const bodies = new Set(entities.filter((e) => e.unit === "celestial body").map((e) => e.text));
  const grounded = entities.filter((e) => !(e.unit === "celestial body" && e.text === "Earth" && bodies.size === 1));
  const facts: Fact[] = [...grounded, ...free, ...terms].sort((a, b) => a.start - b.start);

  const wordFreq = new Map<string, number>();
  for (const s of body) for (const w of contentWords(s.text)) wordFreq.set(w, (wordFreq.get(w) ?? 0) + 1);
  const title = sentences.find((s) => s.heading && s.index === 0);
  const titleWords = new Set(title ? contentWords(title.text) : []);
  const mentions = new Map<string, number>();
  for (const f of facts) mentions.set(normalize(f.text), (mentions.get(normalize(f.text)) ?? 0) + 1);
  return { facts, quotes, wordFreq, mentions, titleWords, tokens, fragments: listFragments(text, sentences, tokens) };
}
