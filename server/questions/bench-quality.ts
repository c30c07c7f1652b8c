// npm run bench:quality — scores the generator on the SQuAD windows in ../shared (or $FACTSPRINT_SHARED):
// cuts the articles into windows with make-squad-windows.mjs, then runs qg-eval.mjs over this project.
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

const dir = mkdtempSync(path.join(tmpdir(), "factsprint-squad-"));
let code = 0;
try {
  execFileSync("node", [makeWindows, data, dir, "2"], { stdio: "inherit" });
  try {
    execFileSync("node", [evaluate, dir, "."], { cwd: project, stdio: "inherit" });
  } catch (e) {
    code = (e as { status?: number }).status ?? 1;
  }
} finally {
  rmSync(dir, { recursive: true, force: true });
}
process.exit(code);
