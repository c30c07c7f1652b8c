// Every teacher API refuses a request without a session (401) and a request from another teacher
// (404: it does not even confirm the bank or game exists). Host controls need the opening teacher.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { QuizDetail, QuizInput } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { connect, postJson, signUp, startTestServer, teacherCookie } from "./helpers";

const QUIZ: QuizInput = {
  title: "Mine",
  description: "",
  questions: [
    { type: "mc", prompt: "One?", options: ["a", "b"], correct: 0, timeLimitSec: 20, points: 1000 },
    { type: "tf", prompt: "Two?", options: ["True", "False"], correct: 1, timeLimitSec: 20, points: 1000 },
  ],
};

describe("teacher routes and ownership", () => {
  let server: RunningServer;
  let other = "";
  let quiz: QuizDetail;
  let game: { pin: string; hostToken: string };
  let gameId = "";

  beforeAll(async () => {
    server = await startTestServer();
    other = await signUp(server.url, { name: "Other", email: "other@example.org", password: "another long password" });
    quiz = await postJson<QuizDetail>(server, "/api/quizzes", QUIZ);
    game = await postJson(server, "/api/games", { quizId: quiz.id });
    gameId = (await server.database.prisma.game.findFirstOrThrow({ where: { pin: game.pin } })).id;
  });
  afterAll(async () => server?.close());

  const routes = () => [
    ["GET", "/api/quizzes", undefined],
    ["POST", "/api/quizzes", QUIZ],
    ["GET", `/api/quizzes/${quiz.id}`, undefined],
    ["PUT", `/api/quizzes/${quiz.id}`, QUIZ],
    ["DELETE", `/api/quizzes/${quiz.id}`, undefined],
    ["POST", "/api/games", { quizId: quiz.id }],
    ["GET", `/api/games/${game.pin}/join`, undefined],
    ["POST", "/api/articles/draft", { text: "word ".repeat(200) }],
    ["POST", "/api/articles/regenerate", { text: "word ".repeat(200), type: "mc" }],
    ["POST", "/api/quizzes/from-article", { title: "t", article: { title: "t", text: "x" }, items: [] }],
    ["POST", "/api/assignments", { quizId: quiz.id, deadline: new Date(Date.now() + 86_400_000).toISOString() }],
    ["GET", `/api/results/quizzes/${quiz.id}`, undefined],
    ["GET", `/api/results/games/${gameId}`, undefined],
    ["GET", `/api/results/games/${gameId}/csv`, undefined],
    ["PUT", "/api/admin/settings", { signupOpen: false }],
  ] as const;

  const call = (method: string, path: string, body: unknown, cookie?: string) =>
    fetch(server.url + path, {
      method,
      headers: { "content-type": "application/json", ...(cookie ? { cookie } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });

  it("refuses every teacher route without a session", async () => {
    for (const [method, path, body] of routes()) {
      const res = await call(method, path, body);
      expect(res.status, `${method} ${path}`).toBe(401);
    }
  });

  it("refuses another teacher's banks, games and results, and the admin switch to a non-admin", async () => {
    const refusals: Record<string, number> = {};
    for (const [method, path, body] of routes()) {
      // Their own library, drafts and new quizzes: nothing of the first teacher's is involved.
      if (path === "/api/quizzes" || path.startsWith("/api/articles") || path === "/api/quizzes/from-article") continue;
      const res = await call(method, path, body, other);
      refusals[`${method} ${path}`] = res.status;
    }
    for (const [route, status] of Object.entries(refusals)) expect([403, 404], route).toContain(status);
    // Their library does not list the first teacher's quiz, and the first teacher's quiz is untouched.
    const theirs = await (await call("GET", "/api/quizzes", undefined, other)).json();
    expect(theirs.map((q: { id: string }) => q.id)).not.toContain(quiz.id);
    const mine = await (await call("GET", `/api/quizzes/${quiz.id}`, undefined, teacherCookie(server))).json();
    expect(mine.title).toBe("Mine");
  });

  it("host controls need the session of the teacher who opened the game, even with its token", async () => {
    const stranger = await connect(server);
    expect(await stranger.emitWithAck("host:attach", { pin: game.pin, hostToken: game.hostToken })).toMatchObject({ ok: false, code: "NOT_THE_HOST" });
    stranger.close();
    const owner = await connect(server, { asTeacher: true });
    expect(await owner.emitWithAck("host:attach", { pin: game.pin, hostToken: game.hostToken })).toEqual({ ok: true });
    owner.close();
  });

  it("an edit keeps the ids of questions it keeps (study progress refers to them)", async () => {
    const [first, second] = quiz.questions;
    const edited = {
      ...QUIZ,
      questions: [{ ...QUIZ.questions[0], id: first.id, prompt: "One, edited?" }, { ...QUIZ.questions[1], prompt: "New" }],
    };
    const res = await call("PUT", `/api/quizzes/${quiz.id}`, edited, teacherCookie(server));
    const after = (await res.json()) as QuizDetail;
    expect(after.questions.map((q) => q.prompt)).toEqual(["One, edited?", "New"]);
    expect(after.questions[0].id).toBe(first.id);
    expect(after.questions[1].id).not.toBe(second.id);
    expect(await server.database.prisma.question.count({ where: { id: second.id } })).toBe(0);
  });
});
