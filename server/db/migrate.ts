// Applies pending prisma/migrations at start, because the Prisma CLI's migrate cannot get its native
// engine on these machines. Records each one in _prisma_migrations exactly as Prisma does (sha256 of the
// file as checksum), so `prisma migrate deploy` stays usable wherever the CLI works.
import crypto from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import pg from "pg";

const MIGRATIONS_DIR = path.resolve(import.meta.dirname, "../../prisma/migrations");
const LOCK_KEY = 72707369; // any constant: serialises concurrent starts against one database

const CREATE_TABLE = `CREATE TABLE IF NOT EXISTS "_prisma_migrations" (
  "id" VARCHAR(36) PRIMARY KEY NOT NULL,
  "checksum" VARCHAR(64) NOT NULL,
  "finished_at" TIMESTAMPTZ,
  "migration_name" VARCHAR(255) NOT NULL,
  "logs" TEXT,
  "rolled_back_at" TIMESTAMPTZ,
  "started_at" TIMESTAMPTZ NOT NULL DEFAULT now(),
  "applied_steps_count" INTEGER NOT NULL DEFAULT 0
)`;

export interface MigrationFile {
  name: string;
  sql: string;
  checksum: string;
}

export function readMigrations(dir = MIGRATIONS_DIR): MigrationFile[] {
  if (!fs.existsSync(dir)) return [];
  return fs
    .readdirSync(dir)
    .filter((d) => fs.existsSync(path.join(dir, d, "migration.sql")))
    .sort()
    .map((name) => {
      const sql = fs.readFileSync(path.join(dir, name, "migration.sql"), "utf8");
      return { name, sql, checksum: crypto.createHash("sha256").update(sql).digest("hex") };
    });
}

/**
 * Prisma writes `ALTER TYPE … ADD VALUE` and then uses the new value in the same file; PostgreSQL refuses
 * that inside one transaction. Those statements run first, on their own, made idempotent.
 */
export function splitEnumAdditions(sql: string): { outside: string[]; inside: string } {
  const outside: string[] = [];
  const inside = sql.replace(/ALTER TYPE\s+("[^"]+"|\w+)\s+ADD VALUE\s+(?!IF NOT EXISTS)([^;]+);/gi, (_m, type, rest) => {
    outside.push(`ALTER TYPE ${type} ADD VALUE IF NOT EXISTS ${rest};`);
    return "";
  });
  return { outside, inside };
}

/** Returns the names of the migrations it applied. */
export async function applyMigrations(connectionString: string, dir = MIGRATIONS_DIR): Promise<string[]> {
  const client = new pg.Client({ connectionString });
  await client.connect();
  const applied: string[] = [];
  try {
    await client.query("SELECT pg_advisory_lock($1)", [LOCK_KEY]);
    await client.query(CREATE_TABLE);
    const { rows } = await client.query<{ migration_name: string; checksum: string }>(
      `SELECT migration_name, checksum FROM "_prisma_migrations" WHERE finished_at IS NOT NULL AND rolled_back_at IS NULL`,
    );
    const done = new Map(rows.map((r) => [r.migration_name, r.checksum]));
    for (const m of readMigrations(dir)) {
      if (done.has(m.name)) {
        if (done.get(m.name) !== m.checksum) console.warn(`[db] migration ${m.name} was edited after it was applied`);
        continue;
      }
      const { outside, inside } = splitEnumAdditions(m.sql);
      for (const stmt of outside) await client.query(stmt);
      const id = crypto.randomUUID();
      await client.query("BEGIN");
      try {
        await client.query(
          `INSERT INTO "_prisma_migrations" (id, checksum, migration_name, started_at) VALUES ($1, $2, $3, now())`,
          [id, m.checksum, m.name],
        );
        await client.query(inside);
        await client.query(
          `UPDATE "_prisma_migrations" SET finished_at = now(), applied_steps_count = 1 WHERE id = $1`,
          [id],
        );
        await client.query("COMMIT");
      } catch (err) {
        await client.query("ROLLBACK");
        throw new Error(`migration ${m.name} failed: ${(err as Error).message}`);
      }
      applied.push(m.name);
    }
  } finally {
    await client.query("SELECT pg_advisory_unlock($1)", [LOCK_KEY]).catch(() => {});
    await client.end();
  }
  return applied;
}
