// One sitting of solo study, as a pure state machine the study page drives: a queue of questions, one
// at a time (asking → feedback → next), a score and a streak, and at the end the missed ones, which can
// be practised again as a second round. Pure and free of server imports, so the browser runs it as is.
// The schedule (which items are due) is the server's business (leitner.ts); this is only the sitting.

export type SessionRound = "main" | "missed";
export type SessionPhase = "asking" | "feedback" | "summary";

export interface SessionAnswer {
  questionId: string;
  correct: boolean;
  /** The timer (when switched on) ran out before an answer. */
  timedOut: boolean;
}

export interface StudySession {
  round: SessionRound;
  queue: readonly string[];
  /** Index into `queue` of the question being asked (or whose feedback is shown). */
  position: number;
  phase: SessionPhase;
  /** This round's answers, in the order given. */
  answers: readonly SessionAnswer[];
  /** Correct answers in a row; carries over into the missed round. */
  streak: number;
  bestStreak: number;
}

export function startSession(queue: readonly string[], round: SessionRound = "main", carry?: Pick<StudySession, "streak" | "bestStreak">): StudySession {
  const unique = [...new Set(queue)];
  return {
    round,
    queue: unique,
    position: 0,
    phase: unique.length ? "asking" : "summary",
    answers: [],
    streak: carry?.streak ?? 0,
    bestStreak: carry?.bestStreak ?? 0,
  };
}

export function currentQuestionId(s: StudySession): string | null {
  return s.phase === "summary" ? null : (s.queue[s.position] ?? null);
}

/**
 * Records the answer to the current question and shows its feedback. Ignored (same state back) when it
 * is not the question being asked: a double tap or a late timer must not count twice.
 */
export function recordAnswer(s: StudySession, answer: SessionAnswer): StudySession {
  if (s.phase !== "asking" || currentQuestionId(s) !== answer.questionId) return s;
  const streak = answer.correct ? s.streak + 1 : 0;
  return { ...s, phase: "feedback", answers: [...s.answers, answer], streak, bestStreak: Math.max(s.bestStreak, streak) };
}

/** From feedback to the next question, or to the summary after the last one. */
export function advance(s: StudySession): StudySession {
  if (s.phase !== "feedback") return s;
  const position = s.position + 1;
  return position < s.queue.length ? { ...s, position, phase: "asking" } : { ...s, phase: "summary" };
}

/** Missed in this round (wrong or timed out), in the order they were asked. */
export function missedIds(s: StudySession): string[] {
  return s.answers.filter((a) => !a.correct).map((a) => a.questionId);
}

export function roundScore(s: StudySession): { correct: number; answered: number; total: number } {
  return { correct: s.answers.filter((a) => a.correct).length, answered: s.answers.length, total: s.queue.length };
}

/** "Practise the missed ones": a new round of just those, keeping the streak. */
export function practiseMissed(s: StudySession): StudySession {
  return startSession(missedIds(s), "missed", s);
}
