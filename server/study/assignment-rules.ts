// Student-paced assignments (homework): the rules, as pure functions of numbers and the time `now`.
// Each student goes through the questions in order. A question's clock starts when the server serves
// it (Player.servedAt), so answer time is measured on the server exactly as in a live game, and the
// live game's scoring applies unchanged (scoreAnswer: Kahoot's formula plus the streak bonus).
import { scoreAnswer } from "../game/scoring";

/** Answers arriving this long after the time limit still count (as t = T): phones on school Wi-Fi lag. */
export const ANSWER_GRACE_MS = 1000;

export function isClosed(deadline: number, now: number): boolean {
  return now >= deadline;
}

export function hasTimedOut(servedAt: number, timeLimitSec: number, now: number): boolean {
  return now > servedAt + timeLimitSec * 1000 + ANSWER_GRACE_MS;
}

export interface StepInput {
  /** Questions this student has answered (or let time out): the next one to serve has this index. */
  answered: number;
  total: number;
  /** When the current question was served, or null between questions. */
  servedAt: number | null;
  timeLimitSec: number;
  deadline: number;
  now: number;
}

export type StepDecision =
  | { kind: "finished" }
  | { kind: "closed" }
  /** The served question ran out of time unanswered (tab closed, phone asleep): record it, then decide again. */
  | { kind: "expire" }
  /** Same question again (a reload): its clock keeps running, it does not restart. */
  | { kind: "resume"; remainingMs: number }
  | { kind: "serve" };

/** What "give me my next question" does. Serving twice never restarts a clock; that would be a free retry. */
export function decideStep(i: StepInput): StepDecision {
  if (i.answered >= i.total) return { kind: "finished" };
  if (isClosed(i.deadline, i.now)) return { kind: "closed" };
  if (i.servedAt === null) return { kind: "serve" };
  if (hasTimedOut(i.servedAt, i.timeLimitSec, i.now)) return { kind: "expire" };
  return { kind: "resume", remainingMs: Math.max(0, i.servedAt + i.timeLimitSec * 1000 - i.now) };
}

export type AnswerCheck =
  | { ok: true; late: boolean }
  | { ok: false; code: "GAME_OVER" | "ALREADY_ANSWERED" | "WRONG_PHASE" };

/** Whether an answer to `questionIndex` is accepted now. A late one is accepted as "time's up". */
export function checkAnswer(i: Omit<StepInput, "total"> & { questionIndex: number }): AnswerCheck {
  if (isClosed(i.deadline, i.now)) return { ok: false, code: "GAME_OVER" };
  if (i.questionIndex < i.answered) return { ok: false, code: "ALREADY_ANSWERED" };
  if (i.questionIndex !== i.answered || i.servedAt === null) return { ok: false, code: "WRONG_PHASE" };
  return { ok: true, late: hasTimedOut(i.servedAt, i.timeLimitSec, i.now) };
}

export interface AssignmentScore {
  correct: boolean;
  timedOut: boolean;
  elapsedMs: number;
  points: number;
  bonus: number;
  streakAfter: number;
}

/**
 * Scores one answer as a live game would. `choice` null (or a late answer) means time ran out. The
 * streak follows the engine: +1 on a correct answer, back to 0 otherwise, untouched by 0-point questions.
 */
export function scoreAssignmentAnswer(i: {
  choice: number | null;
  late: boolean;
  correctIndex: number;
  questionPoints: number;
  timeLimitSec: number;
  servedAt: number;
  now: number;
  streakBefore: number;
  streakBonusEnabled: boolean;
  /** Typed answers and ordering: the verdict of server/game/responses.ts judge (choice is then ignored). */
  judged?: { correct: boolean } | null;
}): AssignmentScore {
  const timedOut = (i.judged === undefined ? i.choice === null : i.judged === null) || i.late;
  const choice = i.judged ? (i.judged.correct ? i.correctIndex : -1) : i.choice;
  const scored = scoreAnswer({
    choice: timedOut ? -1 : choice!, // -1 matches no option: scored as wrong
    correctIndex: i.correctIndex,
    questionPoints: i.questionPoints,
    timeLimitSec: i.timeLimitSec,
    elapsedMs: i.now - i.servedAt,
    streakBefore: i.streakBefore,
    streakBonusEnabled: i.streakBonusEnabled,
  });
  const streakAfter = i.questionPoints <= 0 ? i.streakBefore : scored.correct ? i.streakBefore + 1 : 0;
  return { correct: scored.correct, timedOut, elapsedMs: scored.elapsedMs, points: scored.points, bonus: scored.bonus, streakAfter };
}

/** Competition ranking ("1, 2, 2, 4") of scores, as the live game ranks players. */
export function rankOf(score: number, allScores: readonly number[]): number {
  return 1 + allScores.filter((s) => s > score).length;
}
