// `npm start`: build the UI when it is missing or older than its sources, then run the one server
// process in production mode. A fresh clone therefore needs only `npm install && npm start`.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(import.meta.dirname, "..");
const buildId = path.join(root, ".next", "BUILD_ID");
const UI_SOURCES = ["app", "public", "server/protocol.ts", "next.config.js", "postcss.config.mjs", "package-lock.json"];

function newestMtime(p: string): number {
  const full = path.join(root, p);
  if (!fs.existsSync(full)) return 0;
  const stat = fs.statSync(full);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of fs.readdirSync(full)) newest = Math.max(newest, newestMtime(path.join(p, entry)));
  return newest;
}

function buildIsCurrent(): boolean {
  if (!fs.existsSync(buildId)) return false;
  const built = fs.statSync(buildId).mtimeMs;
  return UI_SOURCES.every((p) => newestMtime(p) <= built);
}

process.env.NEXT_TELEMETRY_DISABLED ??= "1";
process.env.CHECKPOINT_DISABLE ??= "1";

if (!buildIsCurrent()) {
  console.log("Building the web UI (first start, or the UI changed)…");
  const result = spawnSync(path.join(root, "node_modules/.bin/next"), ["build"], { cwd: root, stdio: "inherit" });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

(process.env as Record<string, string>).NODE_ENV = "production";
const { runMain } = await import("./index");
await runMain().catch((err) => {
  console.error("Factsprint could not start:", err);
  process.exit(1);
});
