import { describe, expect, it } from "vitest";
import { ANSWER_GRACE_MS, checkAnswer, decideStep, hasTimedOut, isClosed, rankOf, scoreAssignmentAnswer } from "./assignment-rules";

const T0 = 1_800_000_000_000;
const DEADLINE = T0 + 3_600_000;
const base = { answered: 1, total: 3, servedAt: null as number | null, timeLimitSec: 20, deadline: DEADLINE, now: T0 };

describe("decideStep", () => {
  it("serves the next question when none is out", () => {
    expect(decideStep(base)).toEqual({ kind: "serve" });
  });
  it("resumes a served question with the time it has left (a reload does not restart the clock)", () => {
    expect(decideStep({ ...base, servedAt: T0 - 5_000 })).toEqual({ kind: "resume", remainingMs: 15_000 });
    expect(decideStep({ ...base, servedAt: T0 - 20_500 })).toEqual({ kind: "resume", remainingMs: 0 }); // in the grace window
  });
  it("expires a served question whose time (plus grace) is over", () => {
    expect(decideStep({ ...base, servedAt: T0 - 20_000 - ANSWER_GRACE_MS - 1 })).toEqual({ kind: "expire" });
  });
  it("is finished after the last question, even after the deadline", () => {
    expect(decideStep({ ...base, answered: 3 })).toEqual({ kind: "finished" });
    expect(decideStep({ ...base, answered: 3, now: DEADLINE + 1 })).toEqual({ kind: "finished" });
  });
  it("is closed at the deadline", () => {
    expect(decideStep({ ...base, now: DEADLINE })).toEqual({ kind: "closed" });
    expect(isClosed(DEADLINE, DEADLINE - 1)).toBe(false);
  });
});

describe("checkAnswer", () => {
  const served = { ...base, servedAt: T0, questionIndex: 1 };
  it("accepts the served question in time", () => {
    expect(checkAnswer({ ...served, now: T0 + 19_000 })).toEqual({ ok: true, late: false });
  });
  it("accepts a late answer as time's up", () => {
    expect(checkAnswer({ ...served, now: T0 + 25_000 })).toEqual({ ok: true, late: true });
    expect(hasTimedOut(T0, 20, T0 + 20_000 + ANSWER_GRACE_MS)).toBe(false);
  });
  it("refuses after the deadline, an answered question, and one not served yet", () => {
    expect(checkAnswer({ ...served, now: DEADLINE })).toEqual({ ok: false, code: "GAME_OVER" });
    expect(checkAnswer({ ...served, questionIndex: 0 })).toEqual({ ok: false, code: "ALREADY_ANSWERED" });
    expect(checkAnswer({ ...served, questionIndex: 2 })).toEqual({ ok: false, code: "WRONG_PHASE" });
    expect(checkAnswer({ ...served, servedAt: null })).toEqual({ ok: false, code: "WRONG_PHASE" });
  });
});

describe("scoreAssignmentAnswer: the live game's scoring", () => {
  const q = { correctIndex: 2, questionPoints: 1000, timeLimitSec: 20, servedAt: T0, streakBefore: 0, streakBonusEnabled: true, late: false };
  it("full points under half a second", () => {
    expect(scoreAssignmentAnswer({ ...q, choice: 2, now: T0 + 400 })).toMatchObject({ correct: true, points: 1000, bonus: 0, streakAfter: 1 });
  });
  it("falls to half at the limit, plus the streak bonus", () => {
    // 10 s of 20: 1000 × (1 − 0.25) = 750; third in a row: +200.
    expect(scoreAssignmentAnswer({ ...q, choice: 2, now: T0 + 10_000, streakBefore: 2 })).toMatchObject({ points: 950, bonus: 200, streakAfter: 3 });
  });
  it("wrong: no points and the streak is broken", () => {
    expect(scoreAssignmentAnswer({ ...q, choice: 0, now: T0 + 1_000, streakBefore: 4 })).toMatchObject({ correct: false, points: 0, streakAfter: 0 });
  });
  it("time's up (no choice, or a late one) is wrong", () => {
    expect(scoreAssignmentAnswer({ ...q, choice: null, now: T0 + 30_000, streakBefore: 1 })).toMatchObject({ correct: false, timedOut: true, points: 0, streakAfter: 0, elapsedMs: 20_000 });
    expect(scoreAssignmentAnswer({ ...q, choice: 2, late: true, now: T0 + 30_000 })).toMatchObject({ correct: false, timedOut: true });
  });
  it("a 0-point question neither pays nor touches the streak", () => {
    expect(scoreAssignmentAnswer({ ...q, questionPoints: 0, choice: 2, now: T0 + 1_000, streakBefore: 2 })).toMatchObject({ correct: true, points: 0, streakAfter: 2 });
    expect(scoreAssignmentAnswer({ ...q, questionPoints: 0, choice: 1, now: T0 + 1_000, streakBefore: 2 })).toMatchObject({ correct: false, streakAfter: 2 });
  });
  it("the bonus can be switched off", () => {
    expect(scoreAssignmentAnswer({ ...q, choice: 2, now: T0 + 100, streakBefore: 5, streakBonusEnabled: false })).toMatchObject({ points: 1000, bonus: 0 });
  });
});

describe("rankOf", () => {
  it("shares ranks on ties", () => {
    expect([900, 500, 500, 100].map((s) => rankOf(s, [900, 500, 500, 100]))).toEqual([1, 2, 2, 4]);
  });
});
