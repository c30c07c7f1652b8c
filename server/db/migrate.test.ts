import crypto from "node:crypto";
import fs from "node:fs";
import { describe, expect, it } from "vitest";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded-postgres";
import { applyMigrations, readMigrations, splitEnumAdditions } from "./migrate";

describe("migrations applied at start", () => {
  it("applies every migration once and records it the way Prisma does", async () => {
    const db = await startEmbeddedPostgres(null);
    try {
      const files = readMigrations();
      expect(files.length).toBeGreaterThanOrEqual(2);
      expect(await applyMigrations(db.url)).toEqual(files.map((f) => f.name));
      expect(await applyMigrations(db.url)).toEqual([]); // idempotent on the next start

      const client = new pg.Client({ connectionString: db.url });
      await client.connect();
      const { rows } = await client.query(
        `SELECT migration_name, checksum, finished_at, applied_steps_count FROM "_prisma_migrations" ORDER BY migration_name`,
      );
      const tables = await client.query(`SELECT tablename FROM pg_tables WHERE schemaname = 'public'`);
      await client.end();
      expect(rows.map((r) => r.migration_name)).toEqual(files.map((f) => f.name));
      for (const [i, row] of rows.entries()) {
        const sql = fs.readFileSync(`prisma/migrations/${files[i].name}/migration.sql`);
        expect(row.checksum).toBe(crypto.createHash("sha256").update(sql).digest("hex"));
        expect(row.finished_at).not.toBeNull();
        expect(row.applied_steps_count).toBe(1);
      }
      expect(tables.rows.map((r) => r.tablename)).toEqual(expect.arrayContaining(["Quiz", "Question", "Game", "Player", "Answer"]));
    } finally {
      await db.stop();
    }
  });

  it("moves enum additions out of the transaction and makes them idempotent", () => {
    const sql = `ALTER TYPE "Mode" ADD VALUE 'solo';\nUPDATE "Game" SET mode = 'solo';`;
    const { outside, inside } = splitEnumAdditions(sql);
    expect(outside).toEqual([`ALTER TYPE "Mode" ADD VALUE IF NOT EXISTS 'solo';`]);
    expect(inside).not.toMatch(/ALTER TYPE/);
    expect(inside).toMatch(/UPDATE "Game"/);
  });
});
