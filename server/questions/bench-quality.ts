// npm run bench:quality — scores the generator on the SQuAD windows in ../shared (or $FACTSPRINT_SHARED):
// cuts the articles into windows with make-squad-windows.mjs, runs qg-eval.mjs over this project, prints its
// report and checks it against the bar (exit code 1 when a bar is missed; QG_* variables override the bar).
import { execFileSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { loadavg, tmpdir } from "node:os";
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
const dir = mkdtempSync(path.join(tmpdir(), "factsprint-squad-"));
const raw = path.join(dir, "generator-output.jsonl");
const env: NodeJS.ProcessEnv = { ...process.env, QG_OUT: process.env.QG_OUT ?? raw };
for (const [, name, limit] of BAR) env[name] ??= String(limit);

let code = 0;
let out = "";
try {
  execFileSync("node", [makeWindows, data, path.join(dir, "windows"), "2"], { stdio: "inherit" });
  try {
    out = execFileSync("node", [evaluate, path.join(dir, "windows"), "."], { cwd: project, env, encoding: "utf8", maxBuffer: 1 << 26 });
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
  // wall-clock ms/1000 words swings with whatever else the machine runs; CPU time does not
  if (existsSync(env.QG_OUT!)) {
    let words = 0, cpu = 0;
    for (const line of readFileSync(env.QG_OUT!, "utf8").split("\n")) {
      if (!line.startsWith("{")) continue;
      const o = JSON.parse(line) as { words?: number; cpuMs?: number };
      words += o.words ?? 0;
      cpu += o.cpuMs ?? 0;
    }
    if (words) console.log(`cpu: ${Math.round((cpu / words) * 10000) / 10} ms/1000 words of CPU time (load average ${loadavg()[0].toFixed(1)})`);
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
