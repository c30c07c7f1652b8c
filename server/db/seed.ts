// Seeds the sample banks once: a quiz per sample, keyed by slug, with the sample text as its article.
// A teacher who deletes a sample does not get it back on the next start (we remember the slug was seeded).
import { SAMPLE_BANKS, readSampleText } from "../../prisma/samples/banks";
import type { Db } from "./client";
import { createQuiz } from "./quizzes";

export async function seedSampleBanks(db: Db): Promise<number> {
  let created = 0;
  for (const bank of SAMPLE_BANKS) {
    // The sample's article outlives its quiz, so it marks "seeded once" even after a teacher deletes the quiz.
    const seededBefore = await db.article.findFirst({ where: { sourceUrl: `sample:${bank.slug}` }, select: { id: true } });
    if (seededBefore) continue;
    const text = readSampleText(bank.articleFile);
    const article = await db.article.create({ data: { title: bank.title, text, sourceUrl: `sample:${bank.slug}` } });
    await createQuiz(
      db,
      { title: bank.title, description: bank.description, questions: bank.questions },
      { sampleSlug: bank.slug, articleId: article.id },
    );
    created++;
  }
  return created;
}
