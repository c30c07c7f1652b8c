// The one Node process: an HTTP server that answers /api/* itself, hands Socket.io its upgrade, and
// passes every other request to Next.js. The database is opened (and migrated, and seeded) first.
import http from "node:http";
import path from "node:path";
import { Server as SocketServer } from "socket.io";
import type { ClientToServerEvents, ServerToClientEvents, SocketData } from "./protocol";
import { openDatabase, type Database, type OpenOptions } from "./db/client";
import { seedBeforeFirstTeacher } from "./db/seed";
import { Router } from "./http/router";
import { registerQuizRoutes } from "./http/quiz-routes";
import { registerAuthRoutes } from "./http/auth-routes";
import { registerGameRoutes } from "./http/game-routes";
import { registerArticleRoutes } from "./http/article-routes";
import { registerStudyRoutes } from "./http/study-routes";
import { registerStudyArticleRoutes } from "./http/study-article-routes";
import { registerAssignmentRoutes } from "./http/assignment-routes";
import { registerResultRoutes } from "./http/result-routes";
import { GameRegistry } from "./realtime/registry";
import type { GameSettings } from "./game";
import { attachRealtime } from "./realtime/socket-handlers";
import { originAllowed } from "./realtime/guards";
import { teacherFromRequest } from "./auth/sessions";
import { lanAddresses, publicBaseUrl } from "./net";

export interface StartOptions {
  port?: number;
  host?: string;
  db?: OpenOptions;
  /** Serve the Next.js UI (off in socket-only integration tests). */
  ui?: boolean;
  dev?: boolean;
  seed?: boolean;
  quiet?: boolean;
  /** Tests inject a clock they control; the engine never reads time itself. */
  clock?: () => number;
  /** Overrides for every new game (tests shorten the "get ready" pause). */
  gameSettings?: Partial<GameSettings>;
}

export interface RunningServer {
  port: number;
  url: string;
  database: Database;
  registry: GameRegistry;
  close(): Promise<void>;
}

export const MAX_SOCKET_FRAME_BYTES = 16_000;

export async function startServer(opts: StartOptions = {}): Promise<RunningServer> {
  const log = opts.quiet ? () => {} : (...a: unknown[]) => console.log(...a);
  const database = await openDatabase(opts.db);
  if (opts.seed !== false) {
    const created = await seedBeforeFirstTeacher(database.prisma);
    if (created) log(`[db] seeded ${created} sample question bank(s)`);
  }

  let nextHandler: ((req: http.IncomingMessage, res: http.ServerResponse) => Promise<void>) | null = null;
  let nextApp: { close?: () => Promise<void> } | null = null;
  if (opts.ui !== false) {
    const { default: next } = await import("next");
    const app = next({ dev: opts.dev ?? process.env.NODE_ENV !== "production", dir: path.resolve(import.meta.dirname, "..") });
    await app.prepare();
    nextHandler = app.getRequestHandler();
    nextApp = app as unknown as { close?: () => Promise<void> };
  }

  const router = new Router();
  const httpServer = http.createServer(async (req, res) => {
    if (await router.handle(req, res)) return;
    if (nextHandler) return nextHandler(req, res);
    res.writeHead(404).end("UI disabled");
  });
  const io = new SocketServer<ClientToServerEvents, ServerToClientEvents, Record<string, never>, SocketData>(httpServer, {
    maxHttpBufferSize: MAX_SOCKET_FRAME_BYTES,
    serveClient: false,
    pingInterval: 10_000,
    pingTimeout: 8_000,
    // A page on another site must not open a game socket here (browsers always send Origin).
    allowRequest: (req, callback) => callback(null, originAllowed(req)),
  });

  const maxPlayers = Number(process.env.MAX_PLAYERS_PER_GAME) || undefined;
  const registry = new GameRegistry(database.prisma, io, opts.clock, { ...(maxPlayers ? { maxPlayers } : {}), ...opts.gameSettings });
  const resumed = await registry.restore();
  if (resumed) log(`[game] resumed ${resumed} unfinished game(s) after a restart`);
  registerAuthRoutes(router, database.prisma);
  registerQuizRoutes(router, database.prisma);
  registerArticleRoutes(router, database.prisma);

  await new Promise<void>((resolve) => httpServer.listen(opts.port ?? 3000, opts.host ?? "0.0.0.0", resolve));
  const port = (httpServer.address() as { port: number }).port;
  registerGameRoutes(router, database.prisma, registry, () => publicBaseUrl(port));
  registerStudyRoutes(router, database.prisma, opts.clock);
  registerStudyArticleRoutes(router, database.prisma, { clock: opts.clock });
  registerAssignmentRoutes(router, database.prisma, { clock: opts.clock, baseUrl: () => publicBaseUrl(port) });
  registerResultRoutes(router, database.prisma, { clock: opts.clock, baseUrl: () => publicBaseUrl(port) });
  attachRealtime(io, registry, async (req) => (await teacherFromRequest(database.prisma, req))?.id ?? null, opts.clock);

  return {
    port,
    url: `http://127.0.0.1:${port}`,
    database,
    registry,
    async close() {
      registry.stopTimers();
      await new Promise<void>((resolve) => io.close(() => resolve()));
      const closed = new Promise<void>((resolve) => httpServer.close(() => resolve()));
      httpServer.closeAllConnections(); // idle keep-alive connections from browsers would hold it open
      await closed;
      await registry.flush();
      await nextApp?.close?.();
      await database.close();
    },
  };
}

/** Starts the app as `npm start` does: PORT, HOST, DATABASE_URL, DATA_DIR from the environment. */
export async function runMain(): Promise<void> {
  process.env.NEXT_TELEMETRY_DISABLED ??= "1";
  process.env.CHECKPOINT_DISABLE ??= "1";
  const port = Number(process.env.PORT ?? 3000);
  const server = await startServer({ port, host: process.env.HOST });
  const base = publicBaseUrl(server.port);
  console.log(`\nFactsprint is running (${server.database.kind === "embedded" ? "embedded database in " + (process.env.DATA_DIR ?? "data") : "PostgreSQL from DATABASE_URL"}).`);
  console.log(`  Teacher (this computer):  http://localhost:${server.port}/quizzes`);
  console.log(`  Students (phones):        ${base}/play`);
  for (const extra of lanAddresses().slice(1)) console.log(`                            http://${extra}:${server.port}/play`);
  const stop = async (signal: string) => {
    console.log(`\n${signal}: saving and shutting down…`);
    await server.close().catch((e) => console.error(e));
    process.exit(0);
  };
  process.on("SIGINT", () => void stop("SIGINT"));
  process.on("SIGTERM", () => void stop("SIGTERM"));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  runMain().catch((err) => {
    console.error("Factsprint could not start:", err);
    process.exit(1);
  });
}
