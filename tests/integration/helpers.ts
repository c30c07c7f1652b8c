// Shared plumbing for integration tests: a real server on a free port, typed socket.io clients.
import { io, type Socket } from "socket.io-client";
import type { ClientToServerEvents, HostView, PlayerView, QuizInput, ServerToClientEvents } from "../../server/protocol";
import { startServer, type RunningServer, type StartOptions } from "../../server/index";

export type ClientSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A clock the test moves by hand: the server reads time only through it. */
export class ManualClock {
  constructor(public now = 1_700_000_000_000) {}
  read = () => this.now;
  set(ms: number) {
    this.now = ms;
  }
}

export const TEST_TEACHER = { name: "Test Teacher", email: "teacher@example.org", password: "a long enough password" };
const teacherCookies = new WeakMap<RunningServer, string>();

/** A server with its first teacher signed up; requests through these helpers carry that session. */
export async function startTestServer(opts: StartOptions = {}): Promise<RunningServer> {
  const server = await startServer({ port: 0, host: "127.0.0.1", ui: false, quiet: true, db: { dataDir: null }, ...opts });
  teacherCookies.set(server, await signUp(server.url, TEST_TEACHER));
  return server;
}

/** Signs a teacher up and returns the session cookie ("name=value"). */
export async function signUp(baseUrl: string, teacher: { name: string; email: string; password: string }): Promise<string> {
  const res = await fetch(baseUrl + "/api/auth/signup", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(teacher),
  });
  if (!res.ok) throw new Error(`sign-up failed: ${res.status} ${await res.text()}`);
  return res.headers.get("set-cookie")!.split(";")[0];
}

/** The first teacher's session cookie for this server. */
export const teacherCookie = (server: RunningServer): string => teacherCookies.get(server) ?? "";

export async function postJson<T>(server: RunningServer, path: string, body: unknown, cookie = teacherCookie(server)): Promise<T> {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json", cookie },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

export async function createQuiz(server: RunningServer, quiz: QuizInput): Promise<string> {
  return (await postJson<{ id: string }>(server, "/api/quizzes", quiz)).id;
}

/** A socket.io client; `asTeacher` sends the teacher's session cookie, as the host screen's browser does. */
export function connect(server: RunningServer, { asTeacher = false } = {}): Promise<ClientSocket> {
  const extraHeaders: Record<string, string> = asTeacher ? { cookie: teacherCookie(server) } : {};
  const socket: ClientSocket = io(server.url, { transports: ["websocket"], forceNew: true, reconnection: false, extraHeaders });
  return new Promise((resolve, reject) => {
    socket.once("connect", () => resolve(socket));
    socket.once("connect_error", reject);
  });
}

/** Keeps the latest view a socket received and lets a test wait for a view that matches. */
export class ViewWatcher<V extends HostView | PlayerView> {
  latest: V | null = null;
  readonly all: V[] = [];
  private waiters: { test: (v: V) => boolean; resolve: (v: V) => void }[] = [];

  constructor(socket: ClientSocket, event: "game:host" | "game:player") {
    socket.on(event, (view: HostView | PlayerView) => {
      this.latest = view as V;
      this.all.push(view as V);
      this.waiters = this.waiters.filter((w) => (w.test(view as V) ? (w.resolve(view as V), false) : true));
    });
  }

  /** Forget the last view, so the next waitFor only accepts a view that arrives from now on. */
  forget(): void {
    this.latest = null;
  }

  waitFor(test: (v: V) => boolean, timeoutMs = 10_000): Promise<V> {
    if (this.latest && test(this.latest)) return Promise.resolve(this.latest);
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`timed out; last view: ${JSON.stringify(this.latest)?.slice(0, 300)}`)), timeoutMs);
      this.waiters.push({ test, resolve: (v) => (clearTimeout(timer), resolve(v)) });
    });
  }
}
