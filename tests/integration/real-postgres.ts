// Starts a throwaway PostgreSQL server (Debian's `postgresql` package) on a free loopback port, so the
// scale-out path (DATABASE_URL) is exercised by the same tests as the embedded database.
import { execFileSync, spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { freePort } from "../../server/db/embedded-postgres";

export interface RealPostgres {
  url: string;
  stop(): void;
}

/** The directory holding initdb/pg_ctl, or null when PostgreSQL is not installed. */
export function findPostgresBin(): string | null {
  if (process.env.PG_BIN && fs.existsSync(path.join(process.env.PG_BIN, "initdb"))) return process.env.PG_BIN;
  const root = "/usr/lib/postgresql";
  if (!fs.existsSync(root)) return null;
  const versions = fs.readdirSync(root).filter((v) => fs.existsSync(path.join(root, v, "bin", "initdb")));
  versions.sort((a, b) => Number(b) - Number(a));
  return versions.length ? path.join(root, versions[0], "bin") : null;
}

/** CI must prove the PostgreSQL path; a developer machine without it skips that part with a message. */
export const postgresRequired = () => process.env.CI === "true" || process.env.FACTSPRINT_REQUIRE_POSTGRES === "1";

export async function startRealPostgres(): Promise<RealPostgres> {
  const bin = findPostgresBin();
  if (!bin) throw new Error("PostgreSQL is not installed (apt-get install -y postgresql), or set PG_BIN");
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "factsprint-pg-"));
  const dataDir = path.join(dir, "data");
  const port = await freePort();
  // PostgreSQL refuses to run as root: run it as the `postgres` user when we are root (CI).
  const asRoot = process.getuid?.() === 0;
  if (asRoot) execFileSync("chown", ["-R", "postgres:postgres", dir]);
  const run = (cmd: string, args: string[]) => {
    const full = path.join(bin, cmd);
    const r = asRoot
      ? spawnSync("runuser", ["-u", "postgres", "--", full, ...args], { encoding: "utf8" })
      : spawnSync(full, args, { encoding: "utf8" });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${r.stderr || r.stdout}`);
  };
  run("initdb", ["-D", dataDir, "-U", "postgres", "--auth=trust", "--no-sync", "-E", "UTF8"]);
  run("pg_ctl", [
    "-D", dataDir, "-l", path.join(dir, "log"), "-w", "start",
    "-o", `-p ${port} -c listen_addresses=127.0.0.1 -k ${dir} -c fsync=off`,
  ]);
  return {
    url: `postgresql://postgres@127.0.0.1:${port}/postgres`,
    stop() {
      try {
        run("pg_ctl", ["-D", dataDir, "-m", "immediate", "-w", "stop"]);
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
