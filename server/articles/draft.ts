// Draft and regenerate: the generator (server/questions, used as a black box here) run on an accepted article.
import { createHash } from "node:crypto";
import type { ArticleDraft, ArticleItemKind, DraftItem, RegeneratedItem } from "../protocol";
import { ARTICLE_ITEM_KINDS } from "../protocol";
import { generateQuestions, QUESTION_KINDS, type GenerateResult, type GeneratedQuestion, type QuestionKind } from "../questions";
import type { Article } from "./intake";

// The protocol's copy of the generator's kinds and item shape must match the generator's own.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
const kindsMatch: Same<ArticleItemKind, QuestionKind> = true;
const itemFits: GeneratedQuestion extends DraftItem ? true : false = true;
void kindsMatch;
void itemFits;
if (QUESTION_KINDS.length !== ARTICLE_ITEM_KINDS.length) throw new Error("protocol ARTICLE_ITEM_KINDS is out of date");

/** A few recent generator runs: regenerating several items of one draft reuses one run. */
const cache = new Map<string, GenerateResult>();
const CACHE_SIZE = 8;

function generate(text: string, count: number, types?: ArticleItemKind[]): GenerateResult {
  const key = createHash("sha1").update(text).digest("hex") + `|${count}|${types?.join(",") ?? "*"}`;
  const hit = cache.get(key);
  if (hit) {
    cache.delete(key);
    cache.set(key, hit);
    return hit;
  }
  const result = generateQuestions(text, { count, types });
  cache.set(key, result);
  if (cache.size > CACHE_SIZE) cache.delete(cache.keys().next().value!);
  return result;
}

export function makeDraft(article: Article, opts: { count: number; types?: ArticleItemKind[] }): ArticleDraft {
  const t0 = performance.now();
  const result = generate(article.text, opts.count, opts.types);
  return {
    article: {
      title: article.title,
      text: result.cleanText,
      words: result.words,
      sourceUrl: article.sourceUrl,
      source: article.source,
      fileName: article.fileName,
    },
    questions: result.questions,
    ms: Math.round(performance.now() - t0),
  };
}

const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
const answerKey = (a: string | string[]) => norm(Array.isArray(a) ? a.join("|") : a);

/**
 * The next item of `type` the teacher hasn't seen: re-runs the generator asking for more and more
 * candidates of that kind and returns the first one that is neither an excluded prompt nor the same
 * fact (same answer from the same sentence). Same input, same answer.
 */
export function regenerateItem(
  text: string,
  type: ArticleItemKind,
  exclude: { prompt: string; answer: string | string[]; sourceSentence: string }[],
): RegeneratedItem {
  const t0 = performance.now();
  const prompts = new Set(exclude.map((e) => norm(e.prompt)));
  const facts = new Set(exclude.map((e) => `${answerKey(e.answer)}@${norm(e.sourceSentence)}`));
  const fresh = (q: GeneratedQuestion) => !prompts.has(norm(q.prompt)) && !facts.has(`${answerKey(q.answer)}@${norm(q.sourceSentence)}`);
  let found: DraftItem | null = null;
  let previous = -1;
  for (const count of [exclude.length + 8, exclude.length * 2 + 20, 200]) {
    const { questions } = generate(text, Math.min(count, 200), [type]);
    found = questions.find(fresh) ?? null;
    // Stop when found, or when asking for more no longer yields more.
    if (found || questions.length <= previous || questions.length < count) break;
    previous = questions.length;
  }
  return { question: found, ms: Math.round(performance.now() - t0) };
}
