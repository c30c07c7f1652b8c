// Host controls and refusals through the real server: kick, late joins, bad payloads, wrong roles,
// a player who leaves mid-question.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostView, PlayerView, QuizInput } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { connect, createQuiz, postJson, startTestServer, teacherCookie, ViewWatcher, type ClientSocket } from "./helpers";

const QUIZ: QuizInput = {
  title: "Controls",
  description: "",
  questions: [
    { type: "tf", prompt: "Water is wet", options: ["True", "False"], correct: 0, timeLimitSec: 30, points: 1000 },
    { type: "tf", prompt: "Fire is cold", options: ["True", "False"], correct: 1, timeLimitSec: 30, points: 1000 },
  ],
};

describe("host controls and refusals", () => {
  let server: RunningServer;
  const sockets: ClientSocket[] = [];
  const open = async (asTeacher = false) => {
    const s = await connect(server, { asTeacher });
    sockets.push(s);
    return s;
  };

  beforeAll(async () => {
    server = await startTestServer({ gameSettings: { getReadyMs: 20 } });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await server?.close();
  });

  it("refuses bad input with clear errors and never crashes", async () => {
    const s = await open();
    expect(await s.emitWithAck("player:join", { pin: "12", nickname: "x" })).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(await s.emitWithAck("player:join", { pin: "999999", nickname: "x" })).toMatchObject({ ok: false, code: "GAME_NOT_FOUND" });
    // @ts-expect-error: a malformed payload on purpose
    expect(await s.emitWithAck("player:answer", "nonsense")).toMatchObject({ ok: false, code: "BAD_REQUEST" });
    expect(await s.emitWithAck("player:answer", { questionIndex: 0, choice: 1 })).toMatchObject({ ok: false, code: "NOT_A_PLAYER" });
    expect(await s.emitWithAck("host:start", {})).toMatchObject({ ok: false, code: "NOT_THE_HOST" });

    const res = await fetch(server.url + "/api/quizzes", { method: "POST", headers: { "content-type": "application/json", cookie: teacherCookie(server) }, body: "{" });
    expect(res.status).toBe(400);
    expect((await res.json()).error.code).toBe("BAD_REQUEST");
    const empty = await fetch(server.url + "/api/quizzes", {
      method: "POST",
      headers: { "content-type": "application/json", cookie: teacherCookie(server) },
      body: JSON.stringify({ title: "", questions: [] }),
    });
    expect(empty.status).toBe(400);
    expect((await empty.json()).error.issues[0].path).toBe("title");
  });

  it("cannot host a quiz with no questions", async () => {
    const quizId = await createQuiz(server, { title: "Empty", description: "", questions: [] });
    const res = await fetch(server.url + "/api/games", { method: "POST", headers: { "content-type": "application/json", cookie: teacherCookie(server) }, body: JSON.stringify({ quizId }) });
    expect(res.status).toBe(400);
    expect((await res.json()).error.message).toMatch(/no questions/);
  });

  it("kicks, refuses late joins, and closes a round when the rest have answered after a player leaves", async () => {
    const quizId = await createQuiz(server, QUIZ);
    const { pin, hostToken } = await postJson<{ pin: string; hostToken: string }>(server, "/api/games", { quizId });
    const join = await (await fetch(`${server.url}/api/games/${pin}/join`, { headers: { cookie: teacherCookie(server) } })).json();
    expect(join.joinUrl).toMatch(new RegExp(`/play\\?pin=${pin}$`));
    expect(join.qrSvg).toMatch(/^<svg/);

    const host = await open(true);
    const hostViews = new ViewWatcher<HostView>(host, "game:host");
    expect(await host.emitWithAck("host:attach", { pin, hostToken })).toEqual({ ok: true });
    expect(await host.emitWithAck("host:start", {})).toMatchObject({ ok: false, code: "NO_PLAYERS" });

    const seats: { s: ClientSocket; v: ViewWatcher<PlayerView>; id: string; token: string }[] = [];
    for (const name of ["Ana", "Ben", "Cy", "Dee"]) {
      const s = await open();
      const v = new ViewWatcher<PlayerView>(s, "game:player");
      const r = await s.emitWithAck("player:join", { pin, nickname: name });
      if (!r.ok) throw new Error(r.message);
      seats.push({ s, v, id: r.playerId, token: r.resumeToken });
    }
    const bad = await seats[0].s.emitWithAck("player:join", { pin, nickname: "\u202e\u0000" });
    expect(bad).toMatchObject({ ok: false, code: "NICKNAME_INVALID" });

    // Kick Dee: her phone shows it, she cannot come back with her token, and the lobby no longer lists her.
    expect(await host.emitWithAck("host:kick", { playerId: seats[3].id })).toEqual({ ok: true });
    await seats[3].v.waitFor((v) => v.phase === "kicked");
    const back = await open();
    expect(await back.emitWithAck("player:resume", { pin, playerId: seats[3].id, resumeToken: seats[3].token })).toMatchObject({ ok: false, code: "KICKED" });
    await hostViews.waitFor((v) => v.phase === "lobby" && v.players.length === 3);

    expect(await host.emitWithAck("host:start", {})).toEqual({ ok: true });
    const late = await open();
    expect(await late.emitWithAck("player:join", { pin, nickname: "Late" })).toMatchObject({ ok: false, code: "GAME_ALREADY_STARTED" });

    await hostViews.waitFor((v) => v.phase === "answering");
    expect(await seats[0].s.emitWithAck("player:answer", { questionIndex: 0, choice: 5 })).toMatchObject({ ok: false });
    expect(await seats[0].s.emitWithAck("player:answer", { questionIndex: 0, choice: 1 })).toEqual({ ok: true });
    expect(await seats[1].s.emitWithAck("player:answer", { questionIndex: 0, choice: 0 })).toEqual({ ok: true });
    // Cy's phone drops: the other two have answered, so the round closes at once.
    seats[2].s.close();
    const reveal = await hostViews.waitFor((v) => v.phase === "reveal");
    expect(reveal.phase === "reveal" && reveal.counts).toEqual([1, 1]);

    // Cy comes back with the resume token and finds the game where it is.
    const cy = await open();
    const cyViews = new ViewWatcher<PlayerView>(cy, "game:player");
    expect(await cy.emitWithAck("player:resume", { pin, playerId: seats[2].id, resumeToken: seats[2].token })).toEqual({ ok: true, nickname: "Cy" });
    const view = await cyViews.waitFor((v) => v.phase === "reveal");
    expect(view.phase === "reveal" && view.result.answered).toBe(false);

    expect(await seats[0].s.emitWithAck("host:end", {})).toMatchObject({ ok: false, code: "NOT_THE_HOST" });
    expect(await host.emitWithAck("host:end", {})).toEqual({ ok: true });
    const podium = await hostViews.waitFor((v) => v.phase === "podium");
    expect(podium.phase === "podium" && podium.ranking.map((r) => [r.nickname, r.rank])).toEqual([["Ben", 1], ["Ana", 2], ["Cy", 2]]);
  });
});
