// A reviewed draft → an Article row and a Quiz linked to it (articleId), items in the bank format.
import type { QuizDetail, QuizFromArticle } from "../protocol";
import type { Db } from "../db/client";
import { createQuiz } from "../db/quizzes";
import { itemIssues, itemToQuestion } from "./convert";
import { clip } from "./text";

export class ItemsInvalid extends Error {
  constructor(readonly issues: { path: string; message: string }[]) {
    super(issues.length === 1 ? `Question ${Number(issues[0].path.split(".")[1]) + 1}: ${issues[0].message}` : `${new Set(issues.map((i) => i.path.split(".")[1])).size} questions need fixing before saving.`);
  }
}

function describe(input: QuizFromArticle): string {
  if (input.description) return input.description;
  let from = `“${clip(input.article.title || input.title, 200)}”`;
  if (input.article.sourceUrl) {
    try {
      from += ` (${new URL(input.article.sourceUrl).host})`;
    } catch {
      /* not a URL: leave it out */
    }
  }
  return clip(`Questions generated from ${from}.`, 500);
}

/** `teacherId`: the signed-in teacher, who owns the new quiz (null while accounts are optional). */
export async function saveQuizFromArticle(db: Db, input: QuizFromArticle, owner: { teacherId?: string | null } = {}): Promise<QuizDetail & { articleId: string }> {
  const issues = input.items.flatMap((item, i) => itemIssues(item).map((x) => ({ path: `items.${i}.${x.path}`, message: x.message })));
  if (issues.length) throw new ItemsInvalid(issues);
  const questions = input.items.map(itemToQuestion);

  const article = await db.article.create({
    data: {
      title: clip(input.article.title || input.title, 300),
      text: input.article.text,
      sourceUrl: input.article.sourceUrl || null,
    },
  });
  try {
    const quiz = await createQuiz(db, { title: input.title, description: describe(input), questions }, { articleId: article.id, teacherId: owner.teacherId ?? null });
    return { ...quiz, articleId: article.id };
  } catch (err) {
    await db.article.delete({ where: { id: article.id } }).catch(() => {});
    throw err;
  }
}
