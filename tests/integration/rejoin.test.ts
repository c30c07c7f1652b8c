// 200 phones drop mid-question (a school Wi-Fi hiccup) and come back with their resume tokens: every
// seat, score and answer given before the drop is kept, and the round finishes normally.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { HostView, PlayerView, QuizInput } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { connect, createQuiz, postJson, startTestServer, ViewWatcher, type ClientSocket } from "./helpers";

const PLAYERS = 200;
const QUIZ: QuizInput = {
  title: "Rejoin",
  description: "",
  questions: [
    { type: "tf", prompt: "Q1", options: ["True", "False"], correct: 0, timeLimitSec: 120, points: 1000 },
    { type: "tf", prompt: "Q2", options: ["True", "False"], correct: 1, timeLimitSec: 120, points: 1000 },
  ],
};

describe(`${PLAYERS} players drop mid-question and come back`, () => {
  let server: RunningServer;
  const sockets: ClientSocket[] = [];
  beforeAll(async () => {
    server = await startTestServer({ gameSettings: { getReadyMs: 50 } });
  });
  afterAll(async () => {
    sockets.forEach((s) => s.close());
    await server?.close();
  });

  it("keeps every seat and every answer given before the drop", async () => {
    const quizId = await createQuiz(server, QUIZ);
    const { pin, hostToken } = await postJson<{ pin: string; hostToken: string }>(server, "/api/games", { quizId });
    const host = await connect(server, { asTeacher: true });
    sockets.push(host);
    const hostViews = new ViewWatcher<HostView>(host, "game:host");
    await host.emitWithAck("host:attach", { pin, hostToken });

    const seats: { playerId: string; resumeToken: string }[] = [];
    const first: ClientSocket[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const s = await connect(server);
      first.push(s);
      const res = await s.emitWithAck("player:join", { pin, nickname: `Player ${i}` });
      if (!res.ok) throw new Error(res.message);
      seats.push({ playerId: res.playerId, resumeToken: res.resumeToken });
    }
    await host.emitWithAck("host:start", {});
    await hostViews.waitFor((v) => v.phase === "answering");

    // Even-numbered players answer (right), then everybody's connection drops.
    for (let i = 0; i < PLAYERS; i += 2) expect(await first[i].emitWithAck("player:answer", { questionIndex: 0, choice: 0 })).toEqual({ ok: true });
    first.forEach((s) => s.close());
    await hostViews.waitFor((v) => v.phase === "answering" && v.answeredCount === PLAYERS / 2);

    // They come back on new connections, with their tokens.
    const again: { s: ClientSocket; v: ViewWatcher<PlayerView> }[] = [];
    for (let i = 0; i < PLAYERS; i++) {
      const s = await connect(server);
      sockets.push(s);
      const v = new ViewWatcher<PlayerView>(s, "game:player");
      expect(await s.emitWithAck("player:resume", { pin, ...seats[i] })).toEqual({ ok: true, nickname: `Player ${i}` });
      again.push({ s, v });
    }
    for (let i = 0; i < PLAYERS; i++) {
      const view = await again[i].v.waitFor((x) => x.phase === "answering");
      expect(view, `P${i}`).toMatchObject({ answered: i % 2 === 0 });
    }
    // A resumed seat cannot answer twice; the others answer now, and the round closes on the last one.
    expect(await again[0].s.emitWithAck("player:answer", { questionIndex: 0, choice: 1 })).toMatchObject({ ok: false, code: "ALREADY_ANSWERED" });
    for (let i = 1; i < PLAYERS; i += 2) expect(await again[i].s.emitWithAck("player:answer", { questionIndex: 0, choice: 1 })).toEqual({ ok: true });
    const reveal = await hostViews.waitFor((v) => v.phase === "reveal");
    expect(reveal.phase === "reveal" && reveal.counts).toEqual([PLAYERS / 2, PLAYERS / 2]);
    for (let i = 0; i < PLAYERS; i++) {
      const v = await again[i].v.waitFor((x) => x.phase === "reveal");
      expect(v.phase === "reveal" && v.result.correct).toBe(i % 2 === 0);
    }
    await server.registry.flush();
    expect(await server.database.prisma.answer.count()).toBe(PLAYERS);
  }, 120_000);
});
