// A student-paced assignment through the real server: four students on their own clocks, scored by the
// server as a live game would be (values worked out by hand below), one answer per question, time-outs,
// the deadline, and the teacher's results (JSON and CSV) — next to a live game of the same quiz.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type {
  AssignmentFeedback,
  AssignmentInfo,
  AssignmentJoined,
  AssignmentStep,
  CreatedAssignment,
  GameResults,
  PlayerView,
  QuizGames,
  QuizInput,
} from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { connect, createQuiz, ManualClock, postJson, signUp, startTestServer, teacherCookie, ViewWatcher } from "./helpers";

const QUIZ: QuizInput = {
  title: "Homework: rivers",
  description: "",
  questions: [
    { type: "mc", prompt: "Longest river?", options: ["Volga", "Amazon", "Nile", "Thames"], correct: 2, timeLimitSec: 20, points: 1000, sourceSentence: "The Nile is the longest.", explanation: "About 6,650 km." },
    { type: "tf", prompt: "The Volga flows into the Caspian Sea.", options: ["True", "False"], correct: 0, timeLimitSec: 10, points: 2000 },
    { type: "mc", prompt: "Which river crosses London?", options: ["Seine", "Thames", "Danube"], correct: 1, timeLimitSec: 30, points: 1000 },
  ],
};

const T0 = Date.UTC(2026, 10, 23, 8, 0, 0);
const HOUR = 3_600_000;

/** A request as a student (no account), or as a teacher when `cookie` is given. */
async function call<T>(server: RunningServer, path: string, body?: unknown, cookie = ""): Promise<{ status: number; body: T & { error?: { code: string; message: string } } }> {
  const headers = { "content-type": "application/json", cookie };
  const res = await fetch(server.url + path, body === undefined ? { headers } : { method: "POST", headers, body: JSON.stringify(body) });
  return { status: res.status, body: await res.json() };
}

describe("student-paced assignment with several students", () => {
  let server: RunningServer;
  const clock = new ManualClock(T0);
  let quizId: string;
  let created: CreatedAssignment;
  const base = () => `/api/assignments/${created.code}`;

  beforeAll(async () => {
    server = await startTestServer({ clock: clock.read, gameSettings: { getReadyMs: 10 } });
    quizId = await createQuiz(server, QUIZ);
  });
  afterAll(async () => {
    await server?.close();
  });

  const join = async (nickname: string) => {
    const r = await call<AssignmentJoined>(server, `${base()}/join`, { nickname });
    expect(r.status).toBe(201);
    return r.body;
  };
  const next = async (seat: AssignmentJoined) => (await call<AssignmentStep>(server, `${base()}/next`, { playerId: seat.playerId, resumeToken: seat.resumeToken })).body;
  const answer = (seat: AssignmentJoined, questionIndex: number, choice: number | null) =>
    call<AssignmentFeedback>(server, `${base()}/answer`, { playerId: seat.playerId, resumeToken: seat.resumeToken, questionIndex, choice });
  /** Serve question `index` to `seat` at time `at`, then answer `after` ms later. */
  const play = async (seat: AssignmentJoined, index: number, choice: number | null, at: number, after: number) => {
    clock.set(at);
    const step = await next(seat);
    expect(step).toMatchObject({ kind: "question", question: { index } });
    clock.set(at + after);
    return answer(seat, index, choice);
  };

  it("is created from a quiz with a deadline, and refuses a deadline in the past", async () => {
    const tomorrow = { quizId, deadline: new Date(T0 + 2 * HOUR).toISOString() };
    expect((await call(server, "/api/assignments", tomorrow)).status).toBe(401); // teachers only
    const past = await call(server, "/api/assignments", { quizId, deadline: new Date(T0 - HOUR).toISOString() }, teacherCookie(server));
    expect(past.status).toBe(400);
    expect(past.body.error?.message).toMatch(/future/);
    const bad = await call(server, "/api/assignments", { quizId, deadline: "tomorrow" }, teacherCookie(server));
    expect(bad.status).toBe(400);

    created = await postJson<CreatedAssignment>(server, "/api/assignments", tomorrow);
    expect(created.joinUrl).toMatch(new RegExp(`/assignment/${created.code}$`));
    expect(created.code).not.toBe(created.gameId);
    const info = await call<AssignmentInfo>(server, base());
    expect(info.body).toMatchObject({ title: QUIZ.title, questionCount: 3, closed: false, streakBonus: true });
    expect((await call(server, "/api/assignments/nosuchcode1")).status).toBe(404);
  });

  it("scores each student with the live game's rules, on the server's clock", async () => {
    const ann = await join("Ann");
    // Question 0 served at T0, answered 0.3 s later: full points.
    expect((await play(ann, 0, 2, T0, 300)).body).toMatchObject({ correct: true, pointsEarned: 1000, bonus: 0, streak: 1, score: 1000, correctOption: 2, sourceSentence: "The Nile is the longest.", explanation: "About 6,650 km." });
    // Reading the feedback takes a minute: the clock only starts when the next question is served.
    // 5 s of 10 on a 2000-point question: 2000 × (1 − 0.25) = 1500, +100 for two in a row.
    expect((await play(ann, 1, 0, T0 + 60_000, 5_000)).body).toMatchObject({ correct: true, pointsEarned: 1600, bonus: 100, streak: 2, score: 2600 });
    // 15 s of 30: 750, +200.
    expect((await play(ann, 2, 1, T0 + 120_000, 15_000)).body).toMatchObject({ pointsEarned: 950, score: 3550, streak: 3 });
    clock.set(T0 + 200_000);
    expect(await next(ann)).toMatchObject({ kind: "finished", closed: false, score: 3550, correctCount: 3, answeredCount: 3, total: 3, rank: 1, playerCount: 1 });
  });

  it("never sends the key before the answer, and a reload does not restart the clock", async () => {
    const ben = await join("Ben");
    clock.set(T0 + 300_000);
    const first = await next(ben);
    expect(JSON.stringify(first)).not.toMatch(/correct|sourceSentence|explanation/);
    expect(first).toMatchObject({ kind: "question", remainingMs: 20_000, question: { index: 0, prompt: "Longest river?", options: QUIZ.questions[0].options } });
    clock.set(T0 + 306_000);
    expect(await next(ben)).toMatchObject({ kind: "question", remainingMs: 14_000, question: { index: 0 } });
    // Wrong at 8 s.
    clock.set(T0 + 308_000);
    expect((await answer(ben, 0, 0)).body).toMatchObject({ correct: false, pointsEarned: 0, streak: 0, correctOption: 2 });
    // 2 s of 10 on 2000 points: 2000 × 0.9 = 1800, first in a row: no bonus.
    expect((await play(ben, 1, 0, T0 + 400_000, 2_000)).body).toMatchObject({ pointsEarned: 1800, score: 1800, streak: 1 });
    // Question 2 is served, then Ben's phone sleeps past its 30 s: the next request records "time's up".
    clock.set(T0 + 500_000);
    expect(await next(ben)).toMatchObject({ kind: "question", question: { index: 2 } });
    clock.set(T0 + 540_000);
    expect(await next(ben)).toMatchObject({ kind: "finished", score: 1800, correctCount: 1, answeredCount: 2, rank: 2, playerCount: 2 });
  });

  it("accepts one answer per question, refuses the wrong question, a bad option and a stranger", async () => {
    const cat = await join("Cat");
    clock.set(T0 + 600_000);
    await next(cat);
    clock.set(T0 + 610_000);
    // A double tap: the same answer sent twice at once. One is stored and scored (10 s of 20 → 750).
    const [a, b] = await Promise.all([answer(cat, 0, 2), answer(cat, 0, 2)]);
    expect([a.status, b.status].sort()).toEqual([200, 409]);
    expect((a.status === 409 ? a : b).body.error?.code).toBe("ALREADY_ANSWERED");
    expect((a.status === 200 ? a : b).body).toMatchObject({ correct: true, pointsEarned: 750, score: 750 });

    expect((await answer(cat, 2, 1)).body.error?.code).toBe("WRONG_PHASE"); // not served yet
    clock.set(T0 + 700_000);
    await next(cat);
    expect((await answer(cat, 1, 3)).body.error?.code).toBe("INVALID_OPTION"); // true/false has two
    const stranger = await call(server, `${base()}/answer`, { playerId: cat.playerId, resumeToken: "x".repeat(32), questionIndex: 1, choice: 0 });
    expect(stranger.status).toBe(403);
    expect((await call(server, `${base()}/join`, { nickname: "ann" })).body.error?.code).toBe("NICKNAME_TAKEN");
    expect((await call(server, `${base()}/join`, { nickname: "\u202E\u200B" })).body.error?.code).toBe("NICKNAME_INVALID");

    // A late answer (over 10 s + 1 s grace) counts as time's up.
    clock.set(T0 + 712_000);
    expect((await answer(cat, 1, 0)).body).toMatchObject({ timedOut: true, correct: false, pointsEarned: 0, choice: null, correctOption: 0 });
  });

  it("refuses answers and new students after the deadline, with a clear error", async () => {
    const dan = await join("Dan");
    const cat = { ...(await join("Cat2")) };
    clock.set(T0 + 2 * HOUR - 5_000);
    await next(dan);
    clock.set(T0 + 2 * HOUR); // the deadline
    const late = await answer(dan, 0, 2);
    expect(late.status).toBe(409);
    expect(late.body.error?.code).toBe("GAME_OVER");
    expect(late.body.error?.message).toMatch(/closed on .* Answers are no longer accepted/);
    expect(await next(cat)).toMatchObject({ kind: "finished", closed: true, answeredCount: 0, score: 0 });
    expect((await call(server, `${base()}/join`, { nickname: "Eve" })).body.error?.code).toBe("GAME_OVER");
    expect((await call<AssignmentInfo>(server, base())).body.closed).toBe(true);
  });

  it("shows the teacher the assignment next to a live game, with who did what", async () => {
    // A short live game of the same quiz, so the list holds both modes.
    const { pin, hostToken } = await postJson<{ pin: string; hostToken: string }>(server, "/api/games", { quizId });
    const host = await connect(server, { asTeacher: true });
    const player = await connect(server);
    const views = new ViewWatcher<PlayerView>(player, "game:player");
    await host.emitWithAck("host:attach", { pin, hostToken });
    await player.emitWithAck("player:join", { pin, nickname: "Live Lee" });
    await host.emitWithAck("host:start", {});
    await views.waitFor((v) => v.phase === "answering");
    await player.emitWithAck("player:answer", { questionIndex: 0, choice: 2 });
    await views.waitFor((v) => v.phase === "reveal");
    await host.emitWithAck("host:end", {});
    await views.waitFor((v) => v.phase === "podium");
    host.close();
    player.close();
    await server.registry.flush();

    const list = await getJson<QuizGames>(server, `/api/results/quizzes/${quizId}`);
    expect(list.title).toBe(QUIZ.title);
    expect(list.games.map((g) => g.mode).sort()).toEqual(["assignment", "live"]);
    const hw = list.games.find((g) => g.mode === "assignment")!;
    expect(hw).toMatchObject({ id: created.gameId, code: created.code, joinUrl: created.joinUrl, closed: true, playerCount: 5, questionCount: 3 });
    expect(list.games.find((g) => g.mode === "live")).toMatchObject({ playerCount: 1, closed: true });

    const r = await getJson<GameResults>(server, `/api/results/games/${created.gameId}`);
    expect(r.players.map((p) => [p.nickname, p.score, p.rank])).toEqual([
      ["Ann", 3550, 1],
      ["Ben", 1800, 2],
      ["Cat", 750, 3],
      ["Cat2", 0, 4],
      ["Dan", 0, 4],
    ]);
    const ben = r.players.find((p) => p.nickname === "Ben")!;
    const none = { text: null, order: null };
    expect(ben.answers).toEqual([
      { ...none, choice: 0, correct: false, points: 0, elapsedMs: 8_000 },
      { ...none, choice: 0, correct: true, points: 1800, elapsedMs: 2_000 },
      { ...none, choice: null, correct: false, points: 0, elapsedMs: 30_000 },
    ]);
    // Question 3: Ann right, Ben timed out; nobody else reached it → 50%.
    expect(r.questions[2]).toMatchObject({ askedCount: 2, correctCount: 1, percentCorrect: 50 });
    expect(r.questions[0].askedCount).toBe(3); // Ann, Ben, Cat (Dan's answer came after the deadline)

    const csv = await fetch(`${server.url}/api/results/games/${created.gameId}/csv`, { headers: { cookie: teacherCookie(server) } });
    expect(csv.headers.get("content-type")).toMatch(/text\/csv/);
    const text = await csv.text();
    expect(text.split("\r\n")[1]).toBe("1,Ann,3550,1,Longest river?,Nile,yes,1000,0.3");
  });

  it("shows results to their teacher only, and lets only them assign the quiz", async () => {
    const owner = teacherCookie(server);
    const other = await signUp(server.url, { name: "Other", email: "other@example.org", password: "another long password" });
    const get = (path: string, cookie: string) => fetch(server.url + path, { headers: { cookie } });

    expect((await get(`/api/results/games/${created.gameId}`, "")).status).toBe(401);
    expect((await get(`/api/results/quizzes/${quizId}`, "")).status).toBe(401);
    expect((await get(`/api/results/games/${created.gameId}`, owner)).status).toBe(200);
    expect((await get(`/api/results/games/${created.gameId}`, other)).status).toBe(404);
    expect((await get(`/api/results/games/${created.gameId}/csv`, other)).status).toBe(404);
    expect((await get(`/api/results/quizzes/${quizId}`, other)).status).toBe(404);
    const mine = (await (await get(`/api/results/quizzes/${quizId}`, owner)).json()) as QuizGames;
    expect(mine.games).toHaveLength(2);

    const assign = (cookie: string) =>
      fetch(server.url + "/api/assignments", {
        method: "POST",
        headers: { "content-type": "application/json", cookie },
        body: JSON.stringify({ quizId, deadline: new Date(clock.now + HOUR).toISOString() }),
      });
    expect((await assign(other)).status).toBe(404);
    const ok = await assign(owner);
    expect(ok.status).toBe(201);
    const { gameId } = (await ok.json()) as CreatedAssignment;
    expect((await get(`/api/results/games/${gameId}`, owner)).status).toBe(200);
    expect((await get(`/api/results/games/${gameId}`, other)).status).toBe(404);
  });
});

async function getJson<T>(server: RunningServer, path: string): Promise<T> {
  const res = await fetch(server.url + path, { headers: { cookie: teacherCookie(server) } });
  if (!res.ok) throw new Error(`${path}: ${res.status}`);
  return (await res.json()) as T;
}
