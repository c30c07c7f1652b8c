// Quiz banks: list, read, create, replace, delete. Questions are stored in order (position).
import type { QuestionInput, QuizDetail, QuizInput, QuizSummary } from "../protocol";
import type { Db } from "./client";

type QuestionRow = {
  id: string;
  type: string;
  prompt: string;
  options: unknown;
  correct: number;
  timeLimitSec: number;
  points: number;
  sourceSentence: string | null;
  explanation: string | null;
};

export function toQuestionInput(q: QuestionRow): QuestionInput & { id: string } {
  return {
    id: q.id,
    type: q.type as QuestionInput["type"],
    prompt: q.prompt,
    options: q.options as string[],
    correct: q.correct,
    timeLimitSec: q.timeLimitSec,
    points: q.points as QuestionInput["points"],
    sourceSentence: q.sourceSentence,
    explanation: q.explanation,
  };
}

function questionRows(questions: QuestionInput[]) {
  return questions.map((q, position) => ({
    position,
    type: q.type,
    prompt: q.prompt,
    options: q.options,
    correct: q.correct,
    timeLimitSec: q.timeLimitSec,
    points: q.points,
    sourceSentence: q.sourceSentence ?? null,
    explanation: q.explanation ?? null,
  }));
}

export async function listQuizzes(db: Db, teacherId: string): Promise<QuizSummary[]> {
  const rows = await db.quiz.findMany({
    where: { teacherId },
    orderBy: { updatedAt: "desc" },
    include: { _count: { select: { questions: true } } },
  });
  return rows.map((r) => ({
    id: r.id,
    title: r.title,
    description: r.description,
    questionCount: r._count.questions,
    isSample: r.sampleSlug !== null,
    updatedAt: r.updatedAt.toISOString(),
  }));
}

export async function getQuiz(db: Db, id: string): Promise<QuizDetail | null> {
  const r = await db.quiz.findUnique({ where: { id }, include: { questions: { orderBy: { position: "asc" } } } });
  if (!r) return null;
  return {
    id: r.id,
    title: r.title,
    description: r.description,
    isSample: r.sampleSlug !== null,
    updatedAt: r.updatedAt.toISOString(),
    questions: r.questions.map(toQuestionInput),
  };
}

export async function createQuiz(
  db: Db,
  input: QuizInput,
  extra: { sampleSlug?: string; articleId?: string; teacherId?: string | null } = {},
) {
  const quiz = await db.quiz.create({
    data: {
      title: input.title,
      description: input.description,
      sampleSlug: extra.sampleSlug ?? null,
      teacherId: extra.teacherId ?? null,
      articleId: extra.articleId ?? null,
      questions: { create: questionRows(input.questions) },
    },
  });
  return (await getQuiz(db, quiz.id))!;
}

/**
 * Replaces title, description and the ordered question list. Questions sent with the id of one of this
 * quiz's questions are updated in place, keeping their id (learners' study progress refers to it); the
 * others are created; questions no longer sent are deleted. Games keep their own snapshot.
 */
export async function updateQuiz(db: Db, id: string, input: QuizInput): Promise<QuizDetail | null> {
  const ok = await db.$transaction(async (tx) => {
    const existing = await tx.quiz.findUnique({ where: { id }, select: { questions: { select: { id: true } } } });
    if (!existing) return false;
    const owned = new Set(existing.questions.map((q) => q.id));
    const rows = questionRows(input.questions);
    // An id is kept once: a foreign id, or one sent twice (a duplicated card), makes a new question.
    const keepId = input.questions.map((q) => (q.id && owned.has(q.id) ? q.id : null));
    const kept = new Set<string>();
    keepId.forEach((qid, i) => {
      if (qid && kept.has(qid)) keepId[i] = null;
      else if (qid) kept.add(qid);
    });
    await tx.question.deleteMany({ where: { quizId: id, id: { notIn: [...kept] } } });
    for (const [i, qid] of keepId.entries()) {
      if (qid) await tx.question.update({ where: { id: qid }, data: rows[i] });
      else await tx.question.create({ data: { ...rows[i], quizId: id } });
    }
    await tx.quiz.update({ where: { id }, data: { title: input.title, description: input.description } });
    return true;
  });
  return ok ? getQuiz(db, id) : null;
}

export async function deleteQuiz(db: Db, id: string): Promise<boolean> {
  const { count } = await db.quiz.deleteMany({ where: { id } });
  return count > 0;
}
