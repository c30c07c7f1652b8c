// npm run bench:quality — scores the generator on the SQuAD windows in ../shared (or $FACTSPRINT_SHARED):
// cuts the articles into windows with make-squad-windows.mjs, runs qg-eval.mjs over this project, prints its
// report and checks it against the bar (exit code 1 when a bar is missed; QG_* variables override the bar).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const project = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const shared = path.resolve(process.env.FACTSPRINT_SHARED ?? path.join(project, "..", "shared"));
const makeWindows = path.join(shared, "tools", "make-squad-windows.mjs");
const evaluate = path.join(shared, "tools", "qg-eval.mjs");
const data = path.join(shared, "eval", "squad-v1.1-dev-half-a.json");

if (![makeWindows, evaluate, data].every(existsSync)) {
  console.log(`bench:quality needs the shared evaluation data, looked in ${shared}.`);
  console.log("Point it at the folder that holds tools/ and eval/: FACTSPRINT_SHARED=/path/to/shared npm run bench:quality");
  process.exit(0);
}

/** The bar: [report field, qg-eval variable, limit, at least (true) or at most (false)]. */
const BAR: [string, string, number, boolean][] = [
  ["precisionAt20", "QG_MIN_PRECISION", 65, true],
  ["humanRecall", "QG_MIN_RECALL", 35, true],
  ["keyInSource", "QG_MIN_KEY_IN_SOURCE", 100, true],
  ["mcMalformed", "QG_MAX_MALFORMED", 0, false],
  ["longestOptionIsKey", "QG_MAX_LONGEST", 35, false],
  ["msPer1000Words", "QG_MAX_MS", 100, false],
];
const env = { ...process.env };
for (const [, name, limit] of BAR) env[name] ??= String(limit);

const dir = mkdtempSync(path.join(tmpdir(), "factsprint-squad-"));
let code = 0;
let out = "";
try {
  execFileSync("node", [makeWindows, data, dir, "2"], { stdio: "inherit" });
  try {
    out = execFileSync("node", [evaluate, dir, "."], { cwd: project, env, encoding: "utf8", maxBuffer: 1 << 26 });
  } catch (e) {
    const err = e as { status?: number; stdout?: string };
    out = err.stdout ?? "";
    code = err.status ?? 1;
  }
  process.stdout.write(out);
  const json = /^\{[\s\S]*?^\}/m.exec(out)?.[0];
  if (json) {
    const report = JSON.parse(json) as Record<string, number>;
    const lines = BAR.map(([field, name, , atLeast]) => {
      const limit = Number(env[name]);
      const ok = atLeast ? report[field] >= limit : report[field] <= limit;
      return `  ${ok ? "ok  " : "MISS"} ${field} ${report[field]} (${atLeast ? "≥" : "≤"} ${limit})`;
    });
    console.log(`bar:\n${lines.join("\n")}`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
