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

export async function startTestServer(opts: StartOptions = {}): Promise<RunningServer> {
  return startServer({ port: 0, host: "127.0.0.1", ui: false, quiet: true, db: { dataDir: null }, ...opts });
}

export async function postJson<T>(server: RunningServer, path: string, body: unknown): Promise<T> {
  const res = await fetch(server.url + path, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify(body),
  });
  const json = await res.json();
  if (!res.ok) throw new Error(`${path}: ${res.status} ${JSON.stringify(json)}`);
  return json as T;
}

export async function createQuiz(server: RunningServer, quiz: QuizInput): Promise<string> {
  return (await postJson<{ id: string }>(server, "/api/quizzes", quiz)).id;
}

export function connect(server: RunningServer): Promise<ClientSocket> {
  const socket: ClientSocket = io(server.url, { transports: ["websocket"], forceNew: true, reconnection: false });
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
