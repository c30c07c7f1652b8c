// "Study an article": which generator kinds to ask for, and a draft → the quiz saved for the learner.
// Pure (no database, no HTTP): server/http/study-article-routes.ts runs the intake and saves the result.
import { ARTICLE_ITEM_KINDS, type ArticleDraft, type ArticleItemKind, type QuizFromArticle } from "../protocol";
import { bankTypeOf, itemIssues } from "../articles/convert";
import { clip } from "../articles/text";
import { isSoloPlayable } from "./question-types";

/** The generator's kinds whose bank type solo study can play (asked for up front, so `count` is met). */
export function studyKinds(): ArticleItemKind[] {
  return ARTICLE_ITEM_KINDS.filter((k) => isSoloPlayable(bankTypeOf(k)));
}

/**
 * The quiz to save from a draft: only items solo study plays and that convert cleanly, at most `count`,
 * titled after the article. Null when nothing is left to ask.
 */
export function studyQuizFromDraft(draft: ArticleDraft, count: number): QuizFromArticle | null {
  const items = draft.questions
    .filter((q) => isSoloPlayable(bankTypeOf(q.type)))
    .map((q) => ({ type: q.type, prompt: q.prompt, options: q.options, answer: q.answer, accept: q.accept, sourceSentence: q.sourceSentence, explanation: q.explanation }))
    .filter((item) => itemIssues(item).length === 0)
    .slice(0, count);
  if (!items.length) return null;
  const title = clip(draft.article.title.trim() || "An article", 120);
  return {
    title,
    article: { title: clip(draft.article.title, 300), text: draft.article.text, sourceUrl: draft.article.sourceUrl },
    items,
  };
}
