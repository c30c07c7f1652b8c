// Solo study through the real server: a deck without keys, answers that reveal the key and move items
// between Leitner boxes, and what a learner sees coming back the next day.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { LearnerBank, QuizInput, StudyDeck, StudyFeedback } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { createQuiz, ManualClock, signUp, startTestServer } from "./helpers";

const QUIZ: QuizInput = {
  title: "Capitals",
  description: "Europe",
  questions: [
    { type: "mc", prompt: "Capital of France?", options: ["Lyon", "Paris", "Nice"], correct: 1, timeLimitSec: 20, points: 1000, sourceSentence: "Paris is the capital of France.", explanation: "Since 987." },
    { type: "tf", prompt: "Berlin is the capital of Germany.", options: ["True", "False"], correct: 0, timeLimitSec: 10, points: 1000 },
    { type: "mc", prompt: "Capital of Spain?", options: ["Madrid", "Seville"], correct: 0, timeLimitSec: 20, points: 1000 },
  ],
};

const T0 = Date.UTC(2026, 10, 23, 18, 0, 0);
const MIN = 60_000;
const DAY = 24 * 60 * MIN;
const LEARNER = "learner_test_0123456789";

describe("solo study", () => {
  let server: RunningServer;
  const clock = new ManualClock(T0);
  let quizId: string;

  beforeAll(async () => {
    server = await startTestServer({ clock: clock.read });
    quizId = await createQuiz(server, QUIZ);
  });
  afterAll(async () => {
    await server?.close();
  });

  const deck = async (learner = LEARNER) => {
    const res = await fetch(`${server.url}/api/study/${quizId}?learner=${learner}`);
    expect(res.status).toBe(200);
    return (await res.json()) as StudyDeck;
  };
  const answer = async (questionId: string, choice: number | null, elapsedMs: number, learner = LEARNER) => {
    const res = await fetch(`${server.url}/api/study/${quizId}/answer`, {
      method: "POST",
      headers: { "content-type": "application/json" },
      body: JSON.stringify({ learnerId: learner, questionId, choice, elapsedMs }),
    });
    return { status: res.status, body: await res.json() };
  };

  it("sends the questions without their keys; everything is new at first", async () => {
    const d = await deck();
    expect(d).toMatchObject({ title: "Capitals", description: "Europe", due: { dueIds: [], nextDueAt: null, learnedCount: 0 } });
    expect(d.questions.map((q) => q.prompt)).toEqual(QUIZ.questions.map((q) => q.prompt));
    expect(d.due.newIds).toEqual(d.questions.map((q) => q.id));
    expect(JSON.stringify(d)).not.toMatch(/"correct"|sourceSentence|explanation|Paris is the capital/);
  });

  it("answers reveal the key and the evidence, and move items between boxes", async () => {
    const [france, berlin, spain] = (await deck()).questions;
    // Quick and right: box 1, due tomorrow.
    const a = (await answer(france.id, 1, 2_000)).body as StudyFeedback;
    expect(a).toMatchObject({ correct: true, correctOption: 1, sourceSentence: "Paris is the capital of France.", explanation: "Since 987.", previousBox: null, box: 1, move: "up" });
    expect(a.dueAt).toBe(new Date(T0 + DAY).toISOString());
    // Wrong: box 0, back in 10 minutes.
    const b = (await answer(berlin.id, 1, 2_000)).body as StudyFeedback;
    expect(b).toMatchObject({ correct: false, choice: 1, correctOption: 0, box: 0, move: "reset", dueAt: new Date(T0 + 10 * MIN).toISOString() });
    // Right but slow (15 s of 20 > 60%): stays in box 0.
    const c = (await answer(spain.id, 0, 15_000)).body as StudyFeedback;
    expect(c).toMatchObject({ correct: true, box: 0, move: "stay" });
    // Time ran out (timer on): wrong.
    clock.set(T0 + MIN);
    expect((await answer(spain.id, null, 20_000)).body).toMatchObject({ correct: false, choice: null, box: 0, move: "reset" });
  });

  it("the missed round right after: correct again, but not due yet, so the box does not move", async () => {
    const berlin = (await deck()).questions[1];
    clock.set(T0 + 2 * MIN);
    expect((await answer(berlin.id, 0, 1_000)).body).toMatchObject({ correct: true, previousBox: 0, box: 0, move: "ahead", dueAt: new Date(T0 + 10 * MIN).toISOString() });
  });

  it("a learner coming back the next day sees what is due, and when the rest falls due", async () => {
    clock.set(T0 + 5 * MIN);
    const soon = await deck();
    expect(soon.due.dueIds).toEqual([]);
    expect(soon.due.nextDueAt).toBe(new Date(T0 + 10 * MIN).toISOString());
    expect(soon.progress.map((p) => p.status)).toEqual(["later", "later", "later"]);

    clock.set(T0 + DAY + 60 * MIN);
    const next = await deck();
    const [france, berlin, spain] = next.questions;
    expect(next.due.dueIds).toEqual([berlin.id, spain.id, france.id]); // the longest overdue first
    expect(next.due.newIds).toEqual([]);
    expect(next.progress.map((p) => [p.status, p.box])).toEqual([["due", 1], ["due", 0], ["due", 0]]);
    // Quick and right on a due box-1 item: box 2, three days.
    expect((await answer(france.id, 1, 1_000)).body).toMatchObject({ box: 2, move: "up", dueAt: new Date(T0 + 4 * DAY + 60 * MIN).toISOString() });

    const banks = (await (await fetch(`${server.url}/api/study?learner=${LEARNER}`)).json()) as LearnerBank[];
    expect(banks).toEqual([
      expect.objectContaining({ quizId, title: "Capitals", questionCount: 3, dueCount: 2, newCount: 0, nextDueAt: new Date(T0 + 4 * DAY + 60 * MIN).toISOString() }),
    ]);
  });

  it("keeps learners apart", async () => {
    const other = await deck("another_learner_987654321");
    expect(other.due.newIds).toHaveLength(3);
    expect(await (await fetch(`${server.url}/api/study?learner=another_learner_987654321`)).json()).toEqual([]);
  });

  it("a teacher who signs in keeps what this browser studied, and finds it on any device", async () => {
    const cookie = await signUp(server.url, { name: "Tess", email: "tess@example.org", password: "correct horse battery" });
    const signedIn = (learner: string) => fetch(`${server.url}/api/study/${quizId}?learner=${learner}`, { headers: { cookie } });
    const before = await deck();
    // The first signed-in visit adopts this browser's progress into the account…
    const adopted = (await (await signedIn(LEARNER)).json()) as StudyDeck;
    expect(adopted.progress).toEqual(before.progress);
    // …which another browser (another anonymous id) then sees too, while the old anonymous id is empty.
    const elsewhere = (await (await signedIn("a_phone_elsewhere_0000")).json()) as StudyDeck;
    expect(elsewhere.progress).toEqual(before.progress);
    expect((await deck()).due.newIds).toHaveLength(3);
    // Nobody can pose as an account without its session.
    expect((await fetch(`${server.url}/api/study/${quizId}?learner=acct_${"x".repeat(20)}`)).status).toBe(400);
  });

  it("refuses bad input with clear errors", async () => {
    expect((await fetch(`${server.url}/api/study/${quizId}`)).status).toBe(400); // no learner id
    expect((await fetch(`${server.url}/api/study/${quizId}?learner=short`)).status).toBe(400);
    expect((await fetch(`${server.url}/api/study/nope?learner=${LEARNER}`)).status).toBe(404);
    const q = (await deck()).questions[0];
    expect((await answer(q.id, 7, 100)).status).toBe(400);
    expect((await answer(q.id, 0, -5)).status).toBe(400);
    expect((await answer("not-a-question", 0, 100)).status).toBe(404);
    expect((await answer(q.id, 0, 100, "bad id with spaces!!")).status).toBe(400);
  });
});
