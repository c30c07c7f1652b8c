// The one place that talks to `compromise`: part-of-speech and entity tags for every token of the
// cleaned text, with absolute character offsets so later stages can cut exact spans.
import nlp from "compromise";
import { remembered } from "./util";

export interface Token {
  /** The token as written, without surrounding punctuation. */
  text: string;
  start: number;
  end: number;
  tags: Set<string>;
  /** Punctuation/space that follows the token in the text ("", " ", ", ", "-"). */
  post: string;
  sentence: number;
}

interface RawTerm {
  text: string;
  post?: string;
  tags?: Set<string>;
}

/** The lexicon's tags of one word on its own ("Marie": FirstName, FemaleName), remembered: names are looked up often. */
export const wordTags = remembered((word: string): Set<string> => tagTokens(word, [0])[0]?.tags ?? new Set<string>());

/**
 * Tags `text` once (compromise splits its own sentences; ours are mapped by offset) and returns the
 * tokens with offsets. `sentenceStarts` are the start offsets of our sentences, ascending.
 */
/** A verb that carries tense (or a modal, or "be"): the verb of a clause, not a word in -ing or a bare form. */
export const isFiniteVerb = (t: Token) =>
  t.tags.has("Verb") && (t.tags.has("PresentTense") || t.tags.has("PastTense") || t.tags.has("Copula") || t.tags.has("Modal")) && !t.tags.has("Gerund");

export function tagTokens(text: string, sentenceStarts: number[]): Token[] {
  // Lexicon and pre-tagger only: compromise's post-tagger and chunker cost ~4× as much, and the
  // entity chunker in entities.ts does the multi-word work itself.
  const doc = nlp.tokenize(text);
  doc.compute(["index", "id", "lexicon", "preTagger"]);
  const out: Token[] = [];
  let cursor = 0;
  let si = 0;
  const docs = (doc as unknown as { document: RawTerm[][] }).document;
  for (const sent of docs) {
    for (const term of sent) {
      if (!term.text) continue;
      const at = text.indexOf(term.text, cursor);
      if (at < 0) continue;
      // (a combining accent the tokenizer leaves outside its word belongs to it: Yoruba "Adébáyọ̀" ends on U+0300)
      let end = at + term.text.length;
      while (end < text.length && /\p{M}/u.test(text[end])) end++;
      cursor = end;
      while (si + 1 < sentenceStarts.length && sentenceStarts[si + 1] <= at) si++;
      out.push({ text: text.slice(at, end), start: at, end, tags: lowerCaseName(term.text, term.tags ?? new Set()), post: term.post ?? "", sentence: si });
    }
  }
  return out;
}

const NAME_TAGS = ["Person", "ProperNoun", "FirstName", "MaleName", "FemaleName"];
/** Past tenses the lexicon also knows as first names. */
const PAST_AS_NAME = /^(?:drew|won)$/;

/**
 * "Ethel Waters drew large crowds", "they chase": a word written small is nobody's first name, whatever the lexicon's
 * list of names holds (and "drew" is the past of "draw").
 */
function lowerCaseName(word: string, tags: Set<string>): Set<string> {
  if (!tags.has("FirstName") || !/^\p{Ll}+$/u.test(word)) return tags;
  if (PAST_AS_NAME.test(word)) return new Set(["Verb", "PastTense"]);
  return new Set([...tags].filter((t) => !NAME_TAGS.includes(t)));
}
