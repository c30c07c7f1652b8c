// Solo study of typed answers and ordering through the real server: the deck carries no accepted answers
// and not the true order; answers are judged as in the live game and reveal the key afterwards.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuizInput, StudyDeck, StudyFeedback } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { createQuiz, ManualClock, startTestServer } from "./helpers";

const PLANETS = ["Mercury", "Venus", "Earth", "Mars"];
const QUIZ: QuizInput = {
  title: "Space",
  description: "",
  questions: [
    { type: "type", prompt: "Which planet is called the Red Planet?", options: ["Mars", "Planet Mars"], correct: 0, timeLimitSec: 20, points: 1000, sourceSentence: "Mars is the Red Planet." },
    { type: "order", prompt: "Order the planets from the Sun outwards.", options: PLANETS, correct: 0, timeLimitSec: 30, points: 1000 },
    { type: "mc", prompt: "Largest planet?", options: ["Jupiter", "Venus"], correct: 0, timeLimitSec: 20, points: 1000 },
  ],
};

const T0 = Date.UTC(2026, 10, 23, 18, 0, 0);
const LEARNERS = ["learner_types_000000001", "learner_types_000000002", "learner_types_000000003", "learner_types_000000004"];

describe("solo study: typed answers and ordering", () => {
  let server: RunningServer;
  let quizId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: new ManualClock(T0).read });
    quizId = await createQuiz(server, QUIZ);
  });
  afterAll(async () => {
    await server?.close();
  });

  const deck = async (learner: string) => (await (await fetch(`${server.url}/api/study/${quizId}?learner=${learner}`)).json()) as StudyDeck;
  const answer = async (learner: string, body: Record<string, unknown>) => {
    const res = await fetch(`${server.url}/api/study/${quizId}/answer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ learnerId: learner, elapsedMs: 3_000, ...body }),
    });
    return { status: res.status, body: await res.json() };
  };

  it("sends no accepted answers and never the true order", async () => {
    for (const learner of LEARNERS) {
      const d = await deck(learner);
      expect(d.questions.map((q) => q.type)).toEqual(["type", "order", "mc"]);
      const [typed, order] = d.questions;
      expect(typed.options).toEqual([]);
      expect(JSON.stringify(d)).not.toMatch(/Planet Mars|"correct"|Red Planet\./);
      expect([...order.options].sort()).toEqual([...PLANETS].sort());
      expect(order.options).not.toEqual(PLANETS);
      // The same learner sees the same order each time (the answer maps back to it).
      expect((await deck(learner)).questions[1].options).toEqual(order.options);
    }
  });

  it("judges typed answers with the live game's matching, and reveals the first accepted answer", async () => {
    const [learner] = LEARNERS;
    const typed = (await deck(learner)).questions[0];
    const right = (await answer(learner, { questionId: typed.id, text: "  mars " })).body as StudyFeedback;
    expect(right).toMatchObject({ type: "type", correct: true, text: "mars", acceptedAnswer: "Mars", correctOption: -1, box: 1, move: "up", sourceSentence: "Mars is the Red Planet." });
    const typo = (await answer(LEARNERS[1], { questionId: typed.id, text: "Marss" })).body as StudyFeedback;
    expect(typo.correct).toBe(true);
    const wrong = (await answer(LEARNERS[2], { questionId: typed.id, text: "Venus" })).body as StudyFeedback;
    expect(wrong).toMatchObject({ correct: false, text: "Venus", acceptedAnswer: "Mars", box: 0, move: "reset" });
    const timeout = (await answer(LEARNERS[3], { questionId: typed.id, choice: null })).body as StudyFeedback;
    expect(timeout).toMatchObject({ correct: false, text: null, acceptedAnswer: "Mars" });
  });

  it("maps an order back through the learner's shuffle", async () => {
    for (const learner of LEARNERS) {
      const q = (await deck(learner)).questions[1];
      const trueOrder = PLANETS.map((p) => q.options.indexOf(p));
      const reversed = [...trueOrder].reverse();
      const wrong = (await answer(learner, { questionId: q.id, order: reversed })).body as StudyFeedback;
      expect(wrong).toMatchObject({ type: "order", correct: false, order: reversed, correctOrder: trueOrder, correctOption: -1 });
      const right = (await answer(learner, { questionId: q.id, order: trueOrder })).body as StudyFeedback;
      expect(right).toMatchObject({ correct: true, order: trueOrder, correctOrder: trueOrder });
    }
  });

  it("refuses answers the question cannot take", async () => {
    const [learner] = LEARNERS;
    const [typed, order, mc] = (await deck(learner)).questions;
    expect((await answer(learner, { questionId: order.id, order: [0, 1, 2] })).status).toBe(400); // an item missing
    expect((await answer(learner, { questionId: order.id, order: [0, 0, 1, 2] })).status).toBe(400);
    expect((await answer(learner, { questionId: order.id, choice: 1 })).status).toBe(400);
    expect((await answer(learner, { questionId: typed.id, choice: 0 })).status).toBe(400);
    expect((await answer(learner, { questionId: typed.id, text: "x".repeat(81) })).status).toBe(400);
    expect((await answer(learner, { questionId: typed.id, text: "Mars", order: [0, 1, 2, 3] })).status).toBe(400);
    expect((await answer(learner, { questionId: mc.id, text: "Jupiter" })).status).toBe(400);
    expect((await answer(learner, { questionId: mc.id, choice: 0 })).body).toMatchObject({ correct: true, correctOption: 0, text: null, order: null });
  });
});
