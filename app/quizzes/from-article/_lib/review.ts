// The review model of a draft: each generated item with the teacher's choices (keep it or not, edited or
// not), labels per kind, where an item's sentence sits in the article, and the checks before saving
// (the server's own conversion rules, imported, so the screen and the API agree).
import { ARTICLE_ITEM_KINDS, ARTICLE_LIMITS, QUESTION_TYPES, type ArticleDraft, type ArticleItemKind, type DraftItem, type DraftItemInput, type QuizFromArticle } from "@/server/protocol";
import { bankTypeOf, itemIssues, type ItemIssue } from "@/server/articles/convert";

export const KIND_LABELS: Record<ArticleItemKind, string> = {
  mc: "Multiple choice",
  number: "Numbers",
  tf: "True or false",
  type: "Type the answer",
  quote: "Who said it",
  order: "Put in order",
};

export const KIND_HINTS: Record<ArticleItemKind, string> = {
  mc: "Names, places and terms, with four options",
  number: "Years, amounts and dates, with four options",
  tf: "A statement from the article, true or altered",
  type: "Students type a name or word",
  quote: "Match a quotation to its speaker",
  order: "Put events in the order they happened",
};

/** Kinds the question bank can hold today (all of them once the bank knows "type" and "order"). */
export const SAVABLE_KINDS: ArticleItemKind[] = ARTICLE_ITEM_KINDS.filter((k) => (QUESTION_TYPES as readonly string[]).includes(bankTypeOf(k)));

export const COUNT_CHOICES = [5, 10, 15, 20, 25, 30] as const;
export const DEFAULT_COUNT = 10;

/** The generator is asked for spares beyond what the teacher keeps, so a rejected item has a stand-in. */
export function requestCount(keep: number): number {
  return Math.min(ARTICLE_LIMITS.maxCount, keep + Math.max(5, Math.ceil(keep / 2)));
}

export interface ReviewItem {
  key: string;
  item: DraftItem;
  accepted: boolean;
  edited: boolean;
}

let seq = 0;
export const newKey = () => `i${Date.now().toString(36)}${(seq++).toString(36)}`;

export function reviewItems(questions: DraftItem[], keep: number): ReviewItem[] {
  return questions.map((item, i) => ({ key: newKey(), item, accepted: i < keep, edited: false }));
}

export function toInput(item: DraftItem): DraftItemInput {
  return {
    type: item.type,
    prompt: item.prompt,
    options: item.options,
    answer: item.answer,
    ...(item.accept ? { accept: item.accept } : {}),
    sourceSentence: item.sourceSentence,
    explanation: item.explanation,
  };
}

export function issuesOf(item: DraftItem): ItemIssue[] {
  return itemIssues(toInput(item));
}

export const identity = (item: DraftItem) => ({ prompt: item.prompt, answer: item.answer, sourceSentence: item.sourceSentence });

/**
 * Where the item's source sentence is in the article: the occurrence that contains (or, failing that,
 * comes nearest before) the item's answer offset. Null when the sentence is not in the text.
 */
export function locate(text: string, item: Pick<DraftItem, "sourceSentence" | "answerStart">): { start: number; end: number } | null {
  const s = item.sourceSentence;
  if (!s) return null;
  let best = -1;
  for (let at = text.indexOf(s); at !== -1; at = text.indexOf(s, at + 1)) {
    if (at <= item.answerStart && item.answerStart < at + s.length) return { start: at, end: at + s.length };
    if (best === -1 || Math.abs(at - item.answerStart) < Math.abs(best - item.answerStart)) best = at;
  }
  return best === -1 ? null : { start: best, end: best + s.length };
}

export interface Span {
  start: number;
  end: number;
  key: string;
}

export interface Piece {
  text: string;
  start: number;
  /** Items whose sentence covers this piece. */
  keys: string[];
}

export interface Paragraph {
  start: number;
  pieces: Piece[];
}

/** The article split into paragraphs (blank-line separated), each cut where item sentences begin and end. */
export function paragraphs(text: string, spans: Span[]): Paragraph[] {
  const out: Paragraph[] = [];
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const re = /\n\s*\n/g;
  let from = 0;
  const push = (start: number, end: number) => {
    if (end <= start) return;
    const cuts = new Set<number>([start, end]);
    const inside = sorted.filter((s) => s.start < end && s.end > start);
    for (const s of inside) {
      cuts.add(Math.max(start, s.start));
      cuts.add(Math.min(end, s.end));
    }
    const points = [...cuts].sort((a, b) => a - b);
    const pieces: Piece[] = [];
    for (let i = 0; i < points.length - 1; i++) {
      const a = points[i];
      const b = points[i + 1];
      pieces.push({ text: text.slice(a, b), start: a, keys: inside.filter((s) => s.start <= a && s.end >= b).map((s) => s.key) });
    }
    out.push({ start, pieces });
  };
  for (let m = re.exec(text); m; m = re.exec(text)) {
    push(from, m.index);
    from = m.index + m[0].length;
  }
  push(from, text.length);
  return out;
}

export function answerText(item: DraftItem): string {
  return Array.isArray(item.answer) ? item.answer.join(" → ") : item.answer;
}

/** What is sent to save the kept items as a quiz: each item as the teacher left it, with its source sentence. */
export function savePayload(title: string, article: ArticleDraft["article"], kept: ReviewItem[]): QuizFromArticle {
  return {
    title,
    article: { title: article.title, text: article.text, sourceUrl: article.sourceUrl },
    items: kept.map(({ item }) => toInput(item)),
  };
}

/** The kept items a refused save names ("items.2.options" is the third kept item), to mark and link them. */
export function keysAtFault(issues: readonly { path: string }[], kept: ReviewItem[]): string[] {
  return issues.flatMap((i) => {
    const m = /^items\.(\d+)\./.exec(i.path);
    return m && kept[Number(m[1])] ? [kept[Number(m[1])].key] : [];
  });
}
