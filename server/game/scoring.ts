// Kahoot's documented scoring, as pure functions of numbers (no state), so each rule is tested alone.

/** Answers faster than this earn full points: nobody reads and taps in under half a second anyway. */
export const FULL_POINTS_WITHIN_MS = 500;

/** Each consecutive correct answer after the first adds this much... */
export const STREAK_BONUS_STEP = 100;
/** ...up to this (reached at the 6th correct answer in a row). */
export const STREAK_BONUS_MAX = 500;

/**
 * Points for a correct answer: round(points × (1 − (t / T) / 2)).
 * Full points under 0.5 s, falling linearly to half at the time limit, never below half.
 * `elapsedMs` is clamped to [0, T] so a late (grace-window) answer scores exactly as t = T.
 */
export function timedPoints(points: number, elapsedMs: number, timeLimitMs: number): number {
  if (points <= 0) return 0;
  if (timeLimitMs <= 0) return Math.round(points / 2); // degenerate limit: treat every answer as at T
  const t = Math.min(Math.max(elapsedMs, 0), timeLimitMs);
  if (t < FULL_POINTS_WITHIN_MS) return points;
  return Math.round(points * (1 - t / timeLimitMs / 2));
}

/** Bonus for the `streak`-th correct answer in a row (streak counts the current answer). */
export function streakBonus(streak: number): number {
  if (streak <= 1) return 0;
  return Math.min(STREAK_BONUS_STEP * (streak - 1), STREAK_BONUS_MAX);
}

export interface ScoredAnswer {
  correct: boolean;
  elapsedMs: number;
  points: number; // total, bonus included
  bonus: number;
}

/**
 * Scores one answer at the moment it is accepted. The player's streak before this round is already
 * final (earlier rounds are closed), so the bonus can be computed now and applied at the close.
 */
export function scoreAnswer(input: {
  choice: number;
  correctIndex: number;
  questionPoints: number;
  timeLimitSec: number;
  elapsedMs: number;
  streakBefore: number;
  streakBonusEnabled: boolean;
}): ScoredAnswer {
  const { choice, correctIndex, ...rest } = input;
  return scoreResponse({ ...rest, correct: choice === correctIndex });
}

/** The same for any question type, once the response has been judged right or wrong. */
export function scoreResponse(input: {
  correct: boolean;
  questionPoints: number;
  timeLimitSec: number;
  elapsedMs: number;
  streakBefore: number;
  streakBonusEnabled: boolean;
}): ScoredAnswer {
  const timeLimitMs = input.timeLimitSec * 1000;
  const elapsedMs = Math.min(Math.max(Math.round(input.elapsedMs), 0), timeLimitMs);
  const correct = input.correct;
  // A 0-point question awards nothing, bonus included (and the streak is left alone at the close).
  if (!correct || input.questionPoints <= 0) return { correct, elapsedMs, points: 0, bonus: 0 };
  const base = timedPoints(input.questionPoints, elapsedMs, timeLimitMs);
  const bonus = input.streakBonusEnabled ? streakBonus(input.streakBefore + 1) : 0;
  return { correct, elapsedMs, points: base + bonus, bonus };
}
