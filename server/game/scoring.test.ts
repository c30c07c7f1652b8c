import { describe, expect, it } from "vitest";
import { scoreAnswer, streakBonus, timedPoints } from "./scoring";

// Expected values worked out by hand from round(points × (1 − (t / T) / 2)).
describe("timedPoints", () => {
  it("1000 points, T = 20 s, t = 5 s → 1000 × (1 − 0.25/2) = 875", () => {
    expect(timedPoints(1000, 5000, 20000)).toBe(875);
  });
  it("full points under half a second", () => {
    expect(timedPoints(1000, 400, 20000)).toBe(1000);
    expect(timedPoints(1000, 0, 20000)).toBe(1000);
    expect(timedPoints(1000, 499, 20000)).toBe(1000);
  });
  it("at 0.5 s the formula applies: 1000 × (1 − 0.025/2) = 987.5 → 988", () => {
    expect(timedPoints(1000, 500, 20000)).toBe(988);
  });
  it("half the points at the time limit, and never below half", () => {
    expect(timedPoints(1000, 20000, 20000)).toBe(500);
    expect(timedPoints(1000, 25000, 20000)).toBe(500);
  });
  it("2000 points: t = 5 s of 20 → 1750; t = 10 s of 10 → 1000; t = 3 s of 10 → 1700", () => {
    expect(timedPoints(2000, 5000, 20000)).toBe(1750);
    expect(timedPoints(2000, 10000, 10000)).toBe(1000);
    expect(timedPoints(2000, 3000, 10000)).toBe(1700);
  });
  it("rounds: 1000 points, T = 30 s, t = 10 s → 1000 × (1 − 1/6) = 833.33 → 833", () => {
    expect(timedPoints(1000, 10000, 30000)).toBe(833);
  });
  it("0-point question → 0", () => {
    expect(timedPoints(0, 100, 20000)).toBe(0);
  });
});

describe("streakBonus", () => {
  it("+100 per consecutive correct answer after the first, capped at +500", () => {
    expect([1, 2, 3, 4, 5, 6, 7, 20].map(streakBonus)).toEqual([0, 100, 200, 300, 400, 500, 500, 500]);
  });
});

describe("scoreAnswer", () => {
  const base = {
    correctIndex: 1,
    questionPoints: 1000,
    timeLimitSec: 20,
    elapsedMs: 5000,
    streakBefore: 0,
    streakBonusEnabled: true,
  };
  it("correct, first in a row: timed points only", () => {
    expect(scoreAnswer({ ...base, choice: 1 })).toEqual({ correct: true, elapsedMs: 5000, points: 875, bonus: 0 });
  });
  it("correct, 3rd in a row: +200", () => {
    expect(scoreAnswer({ ...base, choice: 1, streakBefore: 2 })).toEqual({
      correct: true,
      elapsedMs: 5000,
      points: 1075,
      bonus: 200,
    });
  });
  it("bonus is capped: 10th in a row still +500", () => {
    expect(scoreAnswer({ ...base, choice: 1, streakBefore: 9 }).points).toBe(875 + 500);
  });
  it("no bonus when the setting is off", () => {
    expect(scoreAnswer({ ...base, choice: 1, streakBefore: 9, streakBonusEnabled: false })).toMatchObject({
      points: 875,
      bonus: 0,
    });
  });
  it("wrong answer: 0, whatever the streak", () => {
    expect(scoreAnswer({ ...base, choice: 0, streakBefore: 4 })).toEqual({
      correct: false,
      elapsedMs: 5000,
      points: 0,
      bonus: 0,
    });
  });
  it("0-point question: correct but earns nothing, not even a bonus", () => {
    expect(scoreAnswer({ ...base, choice: 1, questionPoints: 0, streakBefore: 4 })).toEqual({
      correct: true,
      elapsedMs: 5000,
      points: 0,
      bonus: 0,
    });
  });
  it("elapsed time is capped to T (grace window) and floored at 0", () => {
    expect(scoreAnswer({ ...base, choice: 1, elapsedMs: 20250 })).toMatchObject({ elapsedMs: 20000, points: 500 });
    expect(scoreAnswer({ ...base, choice: 1, elapsedMs: -30 })).toMatchObject({ elapsedMs: 0, points: 1000 });
  });
});
