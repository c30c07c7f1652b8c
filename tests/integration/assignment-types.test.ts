// Typed answers and ordering in a student-paced assignment: no accepted answers or true order before the
// answer, each student's own shuffle maps back, and scoring is the live game's (server clock).
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { AssignmentFeedback, AssignmentJoined, AssignmentStep, CreatedAssignment, QuizInput } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { createQuiz, ManualClock, postJson, startTestServer } from "./helpers";

const PLANETS = ["Mercury", "Venus", "Earth", "Mars"];
const QUIZ: QuizInput = {
  title: "Homework: planets",
  description: "",
  questions: [
    { type: "type", prompt: "Which planet is the Red Planet?", options: ["Mars", "Planet Mars"], correct: 0, timeLimitSec: 20, points: 1000 },
    { type: "order", prompt: "Order from the Sun.", options: PLANETS, correct: 0, timeLimitSec: 20, points: 1000 },
  ],
};
const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);

describe("assignment: typed answers and ordering", () => {
  let server: RunningServer;
  const clock = new ManualClock(T0);
  let code: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: clock.read, gameSettings: { getReadyMs: 10 } });
    const quizId = await createQuiz(server, QUIZ);
    code = (await postJson<CreatedAssignment>(server, "/api/assignments", { quizId, deadline: new Date(T0 + 3_600_000).toISOString() })).code;
  });
  afterAll(async () => {
    await server?.close();
  });

  const call = async <T>(path: string, body: unknown) => {
    const res = await fetch(`${server.url}/api/assignments/${code}${path}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
    return { status: res.status, body: (await res.json()) as T };
  };
  const seatOf = (s: AssignmentJoined) => ({ playerId: s.playerId, resumeToken: s.resumeToken });

  it("plays both, judged and scored as live", async () => {
    for (const [k, name] of ["Ann", "Bob", "Cy"].entries()) {
      const seat = (await call<AssignmentJoined>("/join", { nickname: name })).body;
      clock.set(T0 + k * 100_000);
      const s0 = (await call<AssignmentStep>("/next", seatOf(seat))).body;
      expect(s0).toMatchObject({ kind: "question", question: { type: "type", options: [] } });
      expect(JSON.stringify(s0)).not.toMatch(/Mars/);
      expect((await call("/answer", { ...seatOf(seat), questionIndex: 0, choice: 0 })).status).toBe(400);
      clock.set(T0 + k * 100_000 + 10_000); // half the time: 750 points
      const f0 = (await call<AssignmentFeedback>("/answer", { ...seatOf(seat), questionIndex: 0, text: "mars" })).body;
      expect(f0).toMatchObject({ correct: true, pointsEarned: 750, text: "mars", acceptedAnswer: "Mars", correctOption: -1 });

      clock.set(T0 + k * 100_000 + 20_000);
      const s1 = (await call<AssignmentStep>("/next", seatOf(seat))).body;
      if (s1.kind !== "question") throw new Error("expected a question");
      expect([...s1.question.options].sort()).toEqual([...PLANETS].sort());
      expect(s1.question.options).not.toEqual(PLANETS);
      const trueOrder = PLANETS.map((p) => s1.question.options.indexOf(p));
      expect((await call("/answer", { ...seatOf(seat), questionIndex: 1, order: [0, 1, 2] })).status).toBe(400);
      clock.set(T0 + k * 100_000 + 20_000);
      const f1 = (await call<AssignmentFeedback>("/answer", { ...seatOf(seat), questionIndex: 1, order: k === 2 ? [...trueOrder].reverse() : trueOrder })).body;
      expect(f1).toMatchObject({ correct: k !== 2, correctOrder: trueOrder, pointsEarned: k === 2 ? 0 : 1000 + 100 });
      const done = (await call<AssignmentStep>("/next", seatOf(seat))).body;
      expect(done).toMatchObject({ kind: "finished", answeredCount: 2, correctCount: k === 2 ? 1 : 2 });
    }
  });
});
