// One database for the process. With DATABASE_URL: that PostgreSQL server, a normal pool. Without it:
// the embedded PGlite in DATA_DIR (default ./data/pglite), with a pool of ONE connection — the embedded
// server has a single backend, and concurrent connections there silently lose writes.
import path from "node:path";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "./generated/client";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations } from "./migrate";

export type Db = PrismaClient;

export interface Database {
  prisma: PrismaClient;
  url: string;
  kind: "embedded" | "postgres";
  close(): Promise<void>;
}

export interface OpenOptions {
  /** A PostgreSQL URL; when absent the embedded database is started. */
  url?: string;
  /** Where the embedded database keeps its files; null keeps it in memory (tests). */
  dataDir?: string | null;
}

export function defaultDataDir(): string {
  return path.resolve(process.env.DATA_DIR ?? "data", "pglite");
}

/** Starts (if embedded), migrates and connects. Call once at process start, before anything queries. */
export async function openDatabase(opts: OpenOptions = {}): Promise<Database> {
  const url = opts.url ?? process.env.DATABASE_URL;
  let embedded: EmbeddedPostgres | null = null;
  let connectionString = url;
  if (!connectionString) {
    embedded = await startEmbeddedPostgres(opts.dataDir === undefined ? defaultDataDir() : opts.dataDir);
    connectionString = embedded.url;
  }
  try {
    await applyMigrations(connectionString);
  } catch (err) {
    await embedded?.stop();
    throw err;
  }
  const adapter = new PrismaPg({ connectionString, max: embedded ? 1 : 10 });
  const prisma = new PrismaClient({ adapter });
  return {
    prisma,
    url: connectionString,
    kind: embedded ? "embedded" : "postgres",
    async close() {
      await prisma.$disconnect();
      await embedded?.stop();
    },
  };
}
