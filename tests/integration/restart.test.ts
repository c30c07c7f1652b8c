// kill -9 the server mid-question, start it again on the same data: the host and the phones reconnect
// by themselves, the game goes on from the same question, and no acknowledged answer is lost.
import { spawn, type ChildProcess } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { io } from "socket.io-client";
import { afterAll, describe, expect, it } from "vitest";
import type { HostView, PlayerView, QuizInput } from "../../server/protocol";
import { freePort } from "../../server/db/embedded-postgres";
import { signUp, TEST_TEACHER, ViewWatcher, type ClientSocket } from "./helpers";

const QUIZ: QuizInput = {
  title: "Restart",
  description: "",
  questions: [
    { type: "mc", prompt: "One", options: ["a", "b", "c", "d"], correct: 1, timeLimitSec: 60, points: 1000 },
    { type: "tf", prompt: "Two", options: ["True", "False"], correct: 0, timeLimitSec: 60, points: 1000 },
  ],
};

function startProcess(port: number, dataDir: string): Promise<ChildProcess> {
  // node itself (not the tsx wrapper, which forks): the pid we kill must be the server's.
  const child = spawn(process.execPath, ["--import", "tsx", "tests/integration/server-process.ts"], {
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, GET_READY_MS: "300" },
    stdio: ["ignore", "pipe", "inherit"],
  });
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error("server did not start")), 60_000);
    child.stdout!.on("data", (d: Buffer) => {
      if (d.toString().includes("READY")) {
        clearTimeout(timer);
        resolve(child);
      }
    });
    child.once("exit", (code) => reject(new Error(`server exited ${code}`)));
  });
}

describe("a server killed mid-question", () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), "factsprint-restart-"));
  const sockets: ClientSocket[] = [];
  let child: ChildProcess | null = null;
  afterAll(() => {
    sockets.forEach((s) => s.close());
    child?.kill("SIGKILL");
    fs.rmSync(dataDir, { recursive: true, force: true });
  });

  it("comes back with the same game and every acknowledged answer", async () => {
    const port = await freePort();
    const url = `http://127.0.0.1:${port}`;
    child = await startProcess(port, dataDir);
    const cookie = await signUp(url, TEST_TEACHER);
    const post = async (p: string, body: unknown) =>
      (await fetch(url + p, { method: "POST", headers: { "content-type": "application/json", cookie }, body: JSON.stringify(body) })).json();
    const quiz = await post("/api/quizzes", QUIZ);
    const { pin, hostToken } = await post("/api/games", { quizId: quiz.id });

    // Clients reconnect by themselves, as the real pages do: on every (re)connect, attach or resume.
    const connect = (asTeacher = false) => {
      const extraHeaders: Record<string, string> = asTeacher ? { cookie } : {};
      const s: ClientSocket = io(url, { transports: ["websocket"], forceNew: true, reconnectionDelay: 200, reconnectionDelayMax: 500, extraHeaders });
      sockets.push(s);
      return s;
    };
    const host = connect(true);
    const hostViews = new ViewWatcher<HostView>(host, "game:host");
    host.on("connect", () => void host.emitWithAck("host:attach", { pin, hostToken }).catch(() => {}));

    const names = ["Ana", "Ben", "Cy", "Dee", "Eve"];
    const seats: { s: ClientSocket; v: ViewWatcher<PlayerView>; seat?: { playerId: string; resumeToken: string } }[] = [];
    for (const nickname of names) {
      const s = connect();
      const entry: (typeof seats)[number] = { s, v: new ViewWatcher<PlayerView>(s, "game:player") };
      seats.push(entry);
      await new Promise<void>((resolve) => s.once("connect", () => resolve()));
      const res = await s.emitWithAck("player:join", { pin, nickname });
      if (!res.ok) throw new Error(res.message);
      entry.seat = { playerId: res.playerId, resumeToken: res.resumeToken };
      s.on("connect", () => void s.emitWithAck("player:resume", { pin, ...entry.seat! }).catch(() => {}));
    }
    await hostViews.waitFor((v) => v.phase === "lobby" && v.players.length === 5);
    expect(await host.emitWithAck("host:start", {})).toEqual({ ok: true });
    const answering = await hostViews.waitFor((v) => v.phase === "answering");
    if (answering.phase !== "answering") throw new Error("unreachable");
    const shown = (stored: number) => answering.question.options.indexOf(QUIZ.questions[0].options[stored]);

    // Three players answer and are acknowledged (stored), then the server dies without warning.
    for (const [i, choice] of [[0, 1], [1, 0], [2, 1]] as const) {
      expect(await seats[i].s.emitWithAck("player:answer", { questionIndex: 0, choice: shown(choice) })).toEqual({ ok: true });
    }
    child.kill("SIGKILL");
    await new Promise((r) => child!.once("exit", r));
    hostViews.forget();
    seats.forEach((s) => s.v.forget());
    child = await startProcess(port, dataDir);

    // Everyone is back on question 1 without doing anything; the three answers stand.
    const back = await hostViews.waitFor((v) => v.phase === "answering" && v.question.index === 0 && v.answeredCount === 3, 30_000);
    expect(back.phase === "answering" && back.playerCount).toBe(5);
    const ana = await seats[0].v.waitFor((v) => v.phase === "answering", 30_000);
    expect(ana).toMatchObject({ answered: true, choice: shown(1) });
    expect(await seats[0].s.emitWithAck("player:answer", { questionIndex: 0, choice: shown(2) })).toMatchObject({ ok: false, code: "ALREADY_ANSWERED" });
    // Each phone answers once it is back (its own reconnect and resume may come a moment later).
    await seats[3].v.waitFor((v) => v.phase === "answering", 30_000);
    await seats[4].v.waitFor((v) => v.phase === "answering", 30_000);
    expect(await seats[3].s.emitWithAck("player:answer", { questionIndex: 0, choice: shown(1) })).toEqual({ ok: true });
    expect(await seats[4].s.emitWithAck("player:answer", { questionIndex: 0, choice: shown(3) })).toEqual({ ok: true });

    const reveal = await hostViews.waitFor((v) => v.phase === "reveal");
    if (reveal.phase !== "reveal") throw new Error("unreachable");
    expect([0, 1, 2, 3].map((stored) => reveal.counts[shown(stored)])).toEqual([1, 3, 0, 1]);
    expect(await host.emitWithAck("host:next", {})).toEqual({ ok: true });
    expect(await host.emitWithAck("host:next", {})).toEqual({ ok: true });
    await hostViews.waitFor((v) => v.phase === "answering" && v.question.index === 1);
    expect(await host.emitWithAck("host:end", {})).toEqual({ ok: true });
    const podium = await hostViews.waitFor((v) => v.phase === "podium");
    if (podium.phase !== "podium") throw new Error("unreachable");
    expect(podium.ranking.filter((r) => r.score > 0).map((r) => r.nickname).sort()).toEqual(["Ana", "Cy", "Dee"]);
  }, 120_000);
});
