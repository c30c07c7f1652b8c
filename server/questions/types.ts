// Shared types of the article → question pipeline. Data flows one way:
// clean → sentences → facts → candidates → distractors → filters → rank.

export type QuestionKind = "mc" | "tf" | "type" | "number" | "order" | "quote";
export const QUESTION_KINDS: readonly QuestionKind[] = ["mc", "tf", "type", "number", "order", "quote"];

export type Difficulty = "easy" | "medium" | "hard";

export interface GeneratedQuestion {
  type: QuestionKind;
  prompt: string;
  /** mc/number/quote: 4 options; tf: ["True", "False"]; order: the events, shuffled; type: []. */
  options: string[];
  /** The key; for "order" the events in their true order. */
  answer: string | string[];
  /** "type" items: answers accepted besides the key (see fuzzy.ts for the matcher). */
  accept?: string[];
  /** Exact substring of the cleaned text. */
  sourceSentence: string;
  explanation: string;
  /** Offset of the answer in the cleaned text (of the source sentence for tf/order). */
  answerStart: number;
  sentenceIndex: number;
  difficulty: Difficulty;
  /** What the answer is: a person, a place, a year, a count… (absent for order items). */
  focus?: FactKind;
}

export interface GenerateOptions {
  count?: number;
  types?: QuestionKind[];
}

export interface GenerateResult {
  words: number;
  questions: GeneratedQuestion[];
  cleanText: string;
}

/** One sentence of the cleaned text. `text === cleanText.slice(start, end)`. */
export interface Sentence {
  index: number;
  text: string;
  start: number;
  end: number;
  paragraph: number;
  /** A heading or title line (no final punctuation): context only, never a question source. */
  heading: boolean;
  /** An item of a list its lead-in introduces ("…three ballets:" / "2. \"The Sleeping Beauty\", which premiered in 1890."):
   * often a fragment that needs the lead-in (see ArticleFacts.fragments). */
  listed?: boolean;
}

export type EntityKind = "person" | "place" | "org" | "misc";
export type NumberKind = "year" | "date" | "decade" | "century" | "percent" | "money" | "count" | "ordinal";
export type FactKind = EntityKind | NumberKind | "term";

/** A span of the cleaned text that a question can ask for. Offsets are absolute. */
export interface Fact {
  kind: FactKind;
  text: string;
  start: number;
  end: number;
  sentence: number;
  /** Numeric value (numbers, years), for ordering and distractors. */
  value?: number;
  /** For counts: the noun that follows ("troops"); for entities: "country" | "city" … when known. */
  unit?: string;
  /** The span is the grammatical subject at the head of its sentence (enables a wh-question). */
  subject?: boolean;
}

export interface Quote {
  text: string;
  start: number;
  end: number;
  speaker: string;
  speakerStart: number;
  sentence: number;
  /** Last sentence of the quote + attribution (attribution may follow in the next sentence). */
  lastSentence: number;
}

export interface ArticleFacts {
  facts: Fact[];
  quotes: Quote[];
  /** Lower-cased content word → frequency in the article (for centrality). */
  wordFreq: Map<string, number>;
  /** Normalised fact text → how many times the article mentions it as a fact. */
  mentions: Map<string, number>;
  /** Words of the title (first heading line), lower-cased. */
  titleWords: Set<string>;
  /** Sentences that are items of a list and no sentences of their own ("Canal Street, by the bridge;"): never sources. */
  fragments?: Set<number>;
}

/** A question before distractors, filtering and ranking. */
export interface Candidate {
  type: QuestionKind;
  prompt: string;
  answer: string | string[];
  fact?: Fact;
  sourceStart: number;
  sourceEnd: number;
  sentenceIndex: number;
  /** Another sentence the stem quotes whole ("…turns into vapour. What is this change called?"): no other item asks it. */
  alsoUses?: number;
  answerStart: number;
  options?: string[];
  accept?: string[];
  explanation: string;
  /** Ranking score, higher first. */
  score: number;
  /** Identity of the tested fact, so two items never test the same thing. */
  factKey: string;
}
