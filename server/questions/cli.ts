// CLI: npm run --silent generate -- [--count N] [--types mc,tf] [--json] FILE...
// --json prints one JSON line per file: {"file","words","ms","questions":[…]}, best first; `ms` is the
// generation time without process start-up. Errors go to stderr; the exit code is non-zero if any file failed.
import { readFileSync, realpathSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { generateQuestions } from "./index";
import { QUESTION_KINDS, type GeneratedQuestion, type QuestionKind } from "./types";

const WARM_UP = `The Harbour of Selmouth

By Ann Lee

The harbour of Selmouth was built in 1820 by the engineer Clara Hobbs. About 4,000 ships used it every year by 1890, and
the town grew to 12,500 people. In 1885, the Northern Transport Company added a railway line to Orrin.

"The harbour made this town," said Samuel Pike, the mayor, in March 1901. Historian Ruth Amble wrote that 60% of the trade
passed through it. The River Wend flooded the docks in the 19th century, and the dock workers rebuilt them in six weeks.

Today the old customs house is a museum run by the Selmouth Heritage Trust. It attracts 25,000 visitors a year, and its
collection of maps is the largest in the region. Photosynthesis in the salt marsh feeds the birds that visitors come to see.

When the fishing fleet collapsed in the 1970s, the council borrowed $3 million from the Royal Bank of Scotland. Mayor
Henry Watts, a former teacher, argued that "the port must find new trade or die." The plan worked: by 1995, ferries to
Norway and Denmark carried 300,000 passengers, and the University of Selmouth opened a marine biology institute.

The lighthouse on Gull Point, designed by Thomas Reid in 1843, is the oldest in the county. Its lamp burned whale oil until
1910, when electric light replaced it. The keeper's cottage, a small stone house, now holds a collection of old lenses.

Scientists at the institute study the tidal currents of the estuary. Dr. Mei Chen measured a rise of 3.2 centimetres in the
average sea level since 2001. "We expect the marsh to move inland," she said. The town has built new sea walls, which cost
about £45 million, and planted 2,000 trees along the river.`;

interface Args {
  count: number;
  types?: QuestionKind[];
  json: boolean;
  files: string[];
}

function usage(): never {
  process.stderr.write("usage: generate [--count N] [--types mc,tf,type,number,order,quote] [--json] FILE...\n");
  process.exit(2);
}

export function parseArgs(argv: string[]): Args {
  const args: Args = { count: 20, json: false, files: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--json") args.json = true;
    else if (a === "--count" || a.startsWith("--count=")) {
      const v = a.includes("=") ? a.split("=")[1] : argv[++i];
      const n = Number(v);
      if (!Number.isInteger(n) || n < 1) throw new Error(`--count wants a positive integer, got ${v}`);
      args.count = n;
    } else if (a === "--types" || a.startsWith("--types=")) {
      const v = (a.includes("=") ? a.split("=")[1] : argv[++i]) ?? "";
      const types = v.split(",").map((t) => t.trim()).filter(Boolean);
      const bad = types.filter((t) => !QUESTION_KINDS.includes(t as QuestionKind));
      if (bad.length || !types.length) throw new Error(`--types: unknown ${bad.join(",") || "(none)"}; known: ${QUESTION_KINDS.join(",")}`);
      args.types = types as QuestionKind[];
    } else if (a === "--help" || a === "-h") usage();
    else if (a === "--") continue;
    else if (a.startsWith("--")) throw new Error(`unknown option ${a}`);
    else args.files.push(a);
  }
  return args;
}

function readable(file: string, qs: GeneratedQuestion[], words: number, ms: number): string {
  const lines = [`# ${file} — ${words} words, ${qs.length} questions, ${ms.toFixed(1)} ms`];
  qs.forEach((q, i) => {
    lines.push(`${i + 1}. [${q.type}, ${q.difficulty}] ${q.prompt}`);
    if (q.type === "order") (q.options as string[]).forEach((o, j) => lines.push(`   ${String.fromCharCode(65 + j)}) ${o}`));
    else if (q.options.length) lines.push(`   ${q.options.map((o, j) => `${String.fromCharCode(65 + j)}) ${o}`).join("   ")}`);
    const ans = Array.isArray(q.answer) ? q.answer.map((a, j) => `${j + 1}. ${a}`).join("  ") : q.answer;
    lines.push(`   Answer: ${ans}${q.accept && q.accept.length > 1 ? `  (also: ${q.accept.slice(1).join(", ")})` : ""}`);
  });
  return lines.join("\n") + "\n";
}

function main(): void {
  let args: Args;
  try {
    args = parseArgs(process.argv.slice(2));
  } catch (e) {
    process.stderr.write(`generate: ${(e as Error).message}\n`);
    process.exit(2);
  }
  if (!args.files.length) usage();
  // warm the pipeline up so `ms` measures generation, not module loading and JIT compilation
  for (let i = 0; i < 12; i++) generateQuestions(WARM_UP, { count: 10 + i });
  let failed = 0;
  for (const file of args.files) {
    let raw: string;
    try {
      raw = readFileSync(file, "utf8");
    } catch (e) {
      process.stderr.write(`generate: ${file}: ${(e as NodeJS.ErrnoException).code === "ENOENT" ? "no such file" : (e as Error).message}\n`);
      failed++;
      if (!args.json) break;
      continue;
    }
    if (!raw.trim()) {
      process.stderr.write(`generate: ${file}: empty file\n`);
      failed++;
      if (!args.json) break;
      continue;
    }
    const t0 = performance.now();
    const c0 = process.cpuUsage();
    const { words, questions } = generateQuestions(raw, { count: args.count, types: args.types });
    const ms = Math.round((performance.now() - t0) * 10) / 10;
    const cpu = process.cpuUsage(c0);
    // cpuMs: the same time in CPU, which other processes on a busy machine do not inflate
    const cpuMs = Math.round((cpu.user + cpu.system) / 100) / 10;
    process.stdout.write(args.json ? JSON.stringify({ file, words, ms, cpuMs, questions }) + "\n" : readable(file, questions, words, ms) + "\n");
  }
  process.exitCode = failed ? 1 : 0;
}

const invoked = process.argv[1] ? realpathSync(process.argv[1]) : "";
if (invoked === realpathSync(fileURLToPath(import.meta.url))) main();
