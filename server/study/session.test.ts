import { describe, expect, it } from "vitest";
import { advance, currentQuestionId, missedIds, practiseMissed, recordAnswer, roundScore, startSession, type StudySession } from "./session";

const answer = (s: StudySession, correct: boolean, timedOut = false) =>
  advance(recordAnswer(s, { questionId: currentQuestionId(s)!, correct, timedOut }));

describe("study session", () => {
  it("asks each question once, in order, then shows the summary", () => {
    let s = startSession(["a", "b", "c", "a"]);
    expect(s.queue).toEqual(["a", "b", "c"]);
    expect(currentQuestionId(s)).toBe("a");
    s = recordAnswer(s, { questionId: "a", correct: true, timedOut: false });
    expect(s.phase).toBe("feedback");
    expect(currentQuestionId(s)).toBe("a");
    s = advance(s);
    expect(currentQuestionId(s)).toBe("b");
    s = answer(s, false);
    s = answer(s, true);
    expect(s.phase).toBe("summary");
    expect(currentQuestionId(s)).toBeNull();
    expect(roundScore(s)).toEqual({ correct: 2, answered: 3, total: 3 });
  });

  it("counts the streak and keeps the best", () => {
    let s = startSession(["a", "b", "c", "d", "e"]);
    s = answer(s, true);
    s = answer(s, true);
    expect(s.streak).toBe(2);
    s = answer(s, false);
    expect(s.streak).toBe(0);
    s = answer(s, true);
    expect(s).toMatchObject({ streak: 1, bestStreak: 2 });
  });

  it("ignores an answer to a question that is not being asked, and a second answer", () => {
    const s = startSession(["a", "b"]);
    expect(recordAnswer(s, { questionId: "b", correct: true, timedOut: false })).toBe(s);
    const once = recordAnswer(s, { questionId: "a", correct: false, timedOut: false });
    expect(recordAnswer(once, { questionId: "a", correct: true, timedOut: false })).toBe(once);
    expect(advance(s)).toBe(s); // nothing to advance from while asking
  });

  it("practises the missed ones (wrong or timed out) as a new round, keeping the streak", () => {
    let s = startSession(["a", "b", "c", "d"]);
    s = answer(s, false);
    s = answer(s, true);
    s = answer(s, false, true);
    s = answer(s, true);
    expect(missedIds(s)).toEqual(["a", "c"]);
    const again = practiseMissed(s);
    expect(again).toMatchObject({ round: "missed", queue: ["a", "c"], position: 0, phase: "asking", answers: [], streak: 1, bestStreak: 1 });
    const done = answer(answer(again, true), true);
    expect(done.phase).toBe("summary");
    expect(missedIds(done)).toEqual([]);
    expect(done.bestStreak).toBe(3);
  });

  it("an empty queue goes straight to the summary", () => {
    const s = startSession([]);
    expect(s.phase).toBe("summary");
    expect(roundScore(s)).toEqual({ correct: 0, answered: 0, total: 0 });
  });
});
