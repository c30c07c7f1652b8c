// Solo study: a bank's questions without their keys, the learner's Leitner progress per question, and
// the answer that reveals the key and moves the item between boxes. Rules live in server/study/leitner.ts.
import type { LearnerBank, StudyAnswerInput, StudyDeck, StudyFeedback, StudyItemProgress, StudyQuestion } from "../protocol";
import { acceptedAnswers, correctOptions, judge, visibleOptions, type JudgedResponse } from "../game/responses";
import { dueSummary, itemStatus, schedule, type Progress } from "../study/leitner";
import { SOLO_QUESTION_TYPES } from "../study/question-types";
import { studySeed } from "../study/shuffle";
import { soloQuestion } from "../study/solo-question";
import type { Db } from "./client";

const iso = (ms: number | null) => (ms === null ? null : new Date(ms).toISOString());

type ProgressRow = { questionId: string; box: number; dueAt: Date };

function progressMap(rows: ProgressRow[]): Map<string, Progress> {
  return new Map(rows.map((r) => [r.questionId, { box: r.box, dueAt: r.dueAt.getTime() }]));
}

/** The learner id of an account: progress follows the person across devices once they sign in. */
export const accountLearnerId = (teacherId: string) => `acct_${teacherId}`;

/**
 * Moves an anonymous browser's progress to the account it just signed in to, so nothing studied before
 * logging in is lost. Where both have a record for a question, the account's own record wins.
 */
export async function adoptProgress(db: Db, anonymousId: string, accountId: string): Promise<void> {
  if (anonymousId === accountId || !(await db.studyProgress.count({ where: { learnerId: anonymousId } }))) return;
  await db.$transaction(async (tx) => {
    const mine = await tx.studyProgress.findMany({ where: { learnerId: accountId }, select: { questionId: true } });
    await tx.studyProgress.updateMany({
      where: { learnerId: anonymousId, questionId: { notIn: mine.map((m) => m.questionId) } },
      data: { learnerId: accountId },
    });
    await tx.studyProgress.deleteMany({ where: { learnerId: anonymousId } });
  });
}

/** The bank as a learner sees it, with what is due. Null when the quiz does not exist. */
export async function getStudyDeck(db: Db, quizId: string, learnerId: string, now: number): Promise<StudyDeck | null> {
  const quiz = await db.quiz.findUnique({
    where: { id: quizId },
    select: {
      id: true,
      title: true,
      description: true,
      // Only what the learner may see before answering: no `correct`, sourceSentence or explanation.
      questions: {
        where: { type: { in: [...SOLO_QUESTION_TYPES] } },
        orderBy: { position: "asc" },
        select: { id: true, type: true, prompt: true, options: true, timeLimitSec: true },
      },
    },
  });
  if (!quiz) return null;
  const rows = await db.studyProgress.findMany({
    where: { learnerId, quizId },
    select: { questionId: true, box: true, dueAt: true },
  });
  const byId = progressMap(rows);
  const questions: StudyQuestion[] = quiz.questions.map((row, index) => {
    // Typed answers' accepted answers never leave; ordering goes out in this learner's shuffled order.
    const q = soloQuestion(row, studySeed(learnerId, row.id));
    return { id: q.id, index, type: q.type, prompt: q.prompt, options: visibleOptions(q), timeLimitSec: q.timeLimitSec };
  });
  const progress: StudyItemProgress[] = questions.map((q) => {
    const p = byId.get(q.id) ?? null;
    return { questionId: q.id, status: itemStatus(p, now), box: p?.box ?? null, dueAt: iso(p?.dueAt ?? null) };
  });
  const due = dueSummary(questions.map((q) => ({ id: q.id, progress: byId.get(q.id) ?? null })), now);
  return {
    quizId: quiz.id,
    title: quiz.title,
    description: quiz.description,
    questions,
    progress,
    due: { ...due, nextDueAt: iso(due.nextDueAt) },
    serverNow: new Date(now).toISOString(),
  };
}

/** An answer the question cannot take (a choice to an ordering question, an order with items missing…). */
export class InvalidStudyAnswer extends Error {}

/**
 * Checks one answer, stores the new box and due date, and returns the key with its evidence. Null: no
 * such question in this quiz. Throws InvalidStudyAnswer for an answer the question cannot take.
 */
export async function recordStudyAnswer(db: Db, quizId: string, input: StudyAnswerInput, now: number): Promise<StudyFeedback | null> {
  const row = await db.question.findFirst({
    where: { id: input.questionId, quizId, type: { in: [...SOLO_QUESTION_TYPES] } },
    select: { id: true, type: true, prompt: true, options: true, correct: true, timeLimitSec: true, points: true, sourceSentence: true, explanation: true },
  });
  if (!row) return null;
  const q = soloQuestion(row, studySeed(input.learnerId, row.id));
  const given = input.text !== undefined ? { text: input.text } : input.order !== undefined ? { order: input.order } : input.choice !== null ? { choice: input.choice } : null;
  const timedOut: JudgedResponse = { choice: null, text: null, order: null, correct: false };
  let judged = timedOut;
  if (given) {
    const j = judge(q, given);
    if (typeof j !== "object") {
      // An out-of-range tap has always counted as no answer; a text or order the question cannot take is refused.
      if ((q.type === "mc" || q.type === "tf") && "choice" in given) judged = timedOut;
      else throw new InvalidStudyAnswer(q.type === "type" ? "This question takes a typed answer." : q.type === "order" ? `Put all ${q.options.length} items in order.` : "Choose one of the options.");
    } else judged = j;
  }
  const correct = judged.correct;
  const question = q;
  const key = { learnerId_questionId: { learnerId: input.learnerId, questionId: question.id } };
  const prevRow = await db.studyProgress.findUnique({ where: key, select: { box: true, dueAt: true } });
  const prev: Progress | null = prevRow ? { box: prevRow.box, dueAt: prevRow.dueAt.getTime() } : null;
  const next = schedule(prev, { correct, elapsedMs: input.elapsedMs, referenceMs: question.timeLimitSec * 1000 }, now);
  const at = new Date(now);
  await db.studyProgress.upsert({
    where: key,
    create: {
      learnerId: input.learnerId,
      quizId,
      questionId: question.id,
      box: next.box,
      dueAt: new Date(next.dueAt),
      lastAnsweredAt: at,
      correctCount: correct ? 1 : 0,
      wrongCount: correct ? 0 : 1,
      lastElapsedMs: input.elapsedMs,
    },
    update: {
      box: next.box,
      dueAt: new Date(next.dueAt),
      lastAnsweredAt: at,
      lastElapsedMs: input.elapsedMs,
      ...(correct ? { correctCount: { increment: 1 } } : { wrongCount: { increment: 1 } }),
    },
  });
  const choiceType = q.type === "mc" || q.type === "tf";
  return {
    questionId: question.id,
    type: q.type,
    correct,
    choice: judged.choice,
    correctOption: choiceType ? correctOptions(q)[0] : -1,
    text: judged.text,
    acceptedAnswer: acceptedAnswers(q)[0] ?? null,
    order: judged.order,
    correctOrder: q.type === "order" ? correctOptions(q) : null,
    sourceSentence: question.sourceSentence,
    explanation: question.explanation,
    previousBox: prev?.box ?? null,
    box: next.box,
    dueAt: new Date(next.dueAt).toISOString(),
    move: next.move,
  };
}

/** Every bank this learner has studied, most recent first, with what is due in each. */
export async function listLearnerBanks(db: Db, learnerId: string, now: number): Promise<LearnerBank[]> {
  const rows = await db.studyProgress.findMany({
    where: { learnerId },
    select: { quizId: true, questionId: true, box: true, dueAt: true, lastAnsweredAt: true },
  });
  if (!rows.length) return [];
  const quizIds = [...new Set(rows.map((r) => r.quizId))];
  const quizzes = await db.quiz.findMany({
    where: { id: { in: quizIds } },
    select: { id: true, title: true, questions: { where: { type: { in: [...SOLO_QUESTION_TYPES] } }, orderBy: { position: "asc" }, select: { id: true } } },
  });
  const banks = quizzes.map((quiz) => {
    const mine = rows.filter((r) => r.quizId === quiz.id);
    const byId = progressMap(mine);
    const due = dueSummary(quiz.questions.map((q) => ({ id: q.id, progress: byId.get(q.id) ?? null })), now);
    const last = Math.max(...mine.map((r) => r.lastAnsweredAt.getTime()));
    return {
      quizId: quiz.id,
      title: quiz.title,
      questionCount: quiz.questions.length,
      dueCount: due.dueIds.length,
      newCount: due.newIds.length,
      nextDueAt: iso(due.nextDueAt),
      lastStudiedAt: new Date(last).toISOString(),
    };
  });
  return banks.sort((a, b) => b.lastStudiedAt.localeCompare(a.lastStudiedAt));
}
