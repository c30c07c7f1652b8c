// The sample banks: each teacher gets their own copy when their account is created. Before the first
// account exists, one unowned copy is kept so a fresh install has something to look at; the first
// teacher takes it over (server/auth/accounts.ts).
import { SAMPLE_BANKS, readSampleText } from "../../prisma/samples/banks";
import type { Db } from "./client";
import { createQuiz } from "./quizzes";

export async function seedSampleBanks(db: Db, teacherId: string | null): Promise<number> {
  let created = 0;
  for (const bank of SAMPLE_BANKS) {
    const existing = await db.quiz.findFirst({ where: { teacherId, sampleSlug: bank.slug }, select: { id: true } });
    if (existing) continue;
    const text = readSampleText(bank.articleFile);
    const article = await db.article.create({ data: { title: bank.title, text, sourceUrl: `sample:${bank.slug}` } });
    await createQuiz(
      db,
      { title: bank.title, description: bank.description, questions: bank.questions },
      { sampleSlug: bank.slug, articleId: article.id, teacherId },
    );
    created++;
  }
  return created;
}

/** At start: the unowned copy, only while no teacher exists yet. */
export async function seedBeforeFirstTeacher(db: Db): Promise<number> {
  return (await db.teacher.count()) === 0 ? seedSampleBanks(db, null) : 0;
}
