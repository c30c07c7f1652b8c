import { describe, expect, it } from "vitest";
import { buildReport, csvCell, resultsCsv, type ReportAnswer, type ReportQuestion } from "./results-report";

const GAME = {
  id: "g1",
  mode: "assignment" as const,
  status: "running",
  quizId: "q",
  quizTitle: "Rivers",
  createdAt: "2026-11-22T09:00:00.000Z",
  endedAt: null,
  deadline: "2026-11-29T09:00:00.000Z",
  closed: false,
  code: "abc",
  streakBonus: true,
};
const QUESTIONS: ReportQuestion[] = [
  { type: "mc", prompt: "Longest river?", options: ["Nile", "Amazon", "Volga"], correct: 0, points: 1000, timeLimitSec: 20 },
  { type: "tf", prompt: "=The Volga is in Russia", options: ["True", "False"], correct: 0, points: 1000, timeLimitSec: 10 },
];
const PLAYERS = [
  { id: "a", nickname: "Ann", score: 1900, kicked: false },
  { id: "b", nickname: "bob", score: 800, kicked: false },
  { id: "c", nickname: "Cy", score: 800, kicked: false },
  { id: "k", nickname: "Kicked", score: 5000, kicked: true },
];
const ANSWERS: ReportAnswer[] = [
  { playerId: "a", questionIndex: 0, choice: 0, correct: true, points: 1000, elapsedMs: 300 },
  { playerId: "a", questionIndex: 1, choice: 0, correct: true, points: 900, elapsedMs: 2000 },
  { playerId: "b", questionIndex: 0, choice: 0, correct: true, points: 800, elapsedMs: 8000 },
  { playerId: "b", questionIndex: 1, choice: null, correct: false, points: 0, elapsedMs: 10000 },
  { playerId: "c", questionIndex: 0, choice: 2, correct: false, points: 0, elapsedMs: 4000 },
  { playerId: "k", questionIndex: 0, choice: 0, correct: true, points: 1000, elapsedMs: 100 },
];

describe("buildReport", () => {
  const r = buildReport(GAME, QUESTIONS, PLAYERS, ANSWERS);

  it("ranks by score with shared ranks, leaving out removed players", () => {
    expect(r.players.map((p) => [p.nickname, p.rank])).toEqual([["Ann", 1], ["bob", 2], ["Cy", 2]]);
  });

  it("gives each student one cell per question; time's up is choice null, not reached is null", () => {
    const bob = r.players[1];
    expect(bob.answers[1]).toEqual({ choice: null, text: null, order: null, correct: false, points: 0, elapsedMs: 10000 });
    expect(r.players[2].answers[1]).toBeNull();
    expect(bob).toMatchObject({ correctCount: 1, answeredCount: 1 });
  });

  it("assignment difficulty counts only students who reached the question", () => {
    expect(r.questions[0]).toMatchObject({ askedCount: 3, correctCount: 2, percentCorrect: 67, choiceCounts: [2, 0, 1] });
    expect(r.questions[1]).toMatchObject({ askedCount: 2, correctCount: 1, percentCorrect: 50, choiceCounts: [1, 0] });
  });

  it("a live game asks everyone", () => {
    const live = buildReport({ ...GAME, mode: "live" }, QUESTIONS, PLAYERS, ANSWERS);
    expect(live.questions[1]).toMatchObject({ askedCount: 3, percentCorrect: 33 });
  });

  it("no players: difficulty unknown", () => {
    expect(buildReport(GAME, QUESTIONS, [], []).questions[0].percentCorrect).toBeNull();
  });
});

describe("typed and ordering answers (live games)", () => {
  const qs: ReportQuestion[] = [
    { type: "type", prompt: "Capital of Peru?", options: ["Lima"], correct: 0, points: 1000, timeLimitSec: 20 },
    // Shown shuffled: display position 0 is stored item 2, and so on.
    { type: "order", prompt: "Oldest first", options: ["Rome", "Paris", "Berlin"], correct: 0, points: 1000, timeLimitSec: 20, displayOrder: [2, 0, 1] },
  ];
  const r = buildReport({ ...GAME, mode: "live" }, qs, [PLAYERS[0]], [
    { playerId: "a", questionIndex: 0, choice: null, text: "lima", order: null, correct: true, points: 900, elapsedMs: 3000 },
    { playerId: "a", questionIndex: 1, choice: null, text: null, order: [1, 0, 2], correct: false, points: 0, elapsedMs: 9000 },
  ]);
  it("keeps what was typed and the order as items, and counts them as answered", () => {
    expect(r.players[0].answers[0]).toMatchObject({ text: "lima", order: null, correct: true });
    expect(r.players[0].answers[1]).toMatchObject({ text: null, order: ["Rome", "Berlin", "Paris"] });
    expect(r.players[0].answeredCount).toBe(2);
    expect(r.questions.map((q) => q.choiceCounts)).toEqual([[], []]);
  });
  it("writes them into the CSV", () => {
    const lines = resultsCsv(r).trimEnd().split("\r\n");
    expect(lines[1]).toContain(",lima,yes,900,3.0");
    expect(lines[2]).toContain(",Rome > Berlin > Paris,no,0,9.0");
  });
});

describe("CSV export", () => {
  it("defuses formula cells and quotes what needs quoting", () => {
    expect(csvCell("=SUM(A1)")).toBe("'=SUM(A1)");
    expect(csvCell("+1")).toBe("'+1");
    expect(csvCell("-1")).toBe("'-1");
    expect(csvCell("@cmd")).toBe("'@cmd");
    expect(csvCell('say "hi", ok')).toBe('"say ""hi"", ok"');
    expect(csvCell(42)).toBe("42");
    expect(csvCell(null)).toBe("");
  });

  it("has one row per student and question", () => {
    const csv = resultsCsv(buildReport(GAME, QUESTIONS, PLAYERS, ANSWERS));
    const lines = csv.trimEnd().split("\r\n");
    expect(lines).toHaveLength(1 + 3 * 2);
    expect(lines[2]).toBe("1,Ann,1900,2,'=The Volga is in Russia,True,yes,900,2.0");
    expect(lines[4]).toBe("2,bob,800,2,'=The Volga is in Russia,(time's up),no,0,10.0");
    expect(lines[6]).toBe("2,Cy,800,2,'=The Volga is in Russia,,,,");
  });
});
