// Top functions of a V8 .cpuprofile (from `bench:live --cpu-prof`): self time and inclusive time, so a
// bottleneck can be named without opening DevTools.
//   node --import tsx tests/load/cpuprofile-top.ts FILE.cpuprofile [--top 25] [--filter text]
import fs from "node:fs";
import path from "node:path";
import { parseArgs } from "node:util";

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}
interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}
interface Profile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { top: { type: "string", default: "25" }, filter: { type: "string" } },
});
if (!positionals[0]) {
  console.error("usage: cpuprofile-top.ts FILE.cpuprofile [--top N] [--filter text]");
  process.exit(2);
}
const profile = JSON.parse(fs.readFileSync(positionals[0], "utf8")) as Profile;
const top = Number(values.top);

const byId = new Map(profile.nodes.map((n) => [n.id, n]));
const parent = new Map<number, number>();
for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);

const selfUs = new Map<number, number>();
profile.samples.forEach((id, i) => selfUs.set(id, (selfUs.get(id) ?? 0) + (profile.timeDeltas[i] ?? 0)));
const totalUs = profile.endTime - profile.startTime;

const where = (f: CallFrame) => {
  const file = f.url ? f.url.replace(/^file:\/\//, "").replace(process.cwd() + "/", "") : "";
  return `${f.functionName || "(anonymous)"} ${file ? `${path.basename(path.dirname(file))}/${path.basename(file)}:${f.lineNumber + 1}` : ""}`.trim();
};

// Self time per function (summed over its nodes) and inclusive time (each sample counted once per function on its stack).
const self = new Map<string, number>();
const inclusive = new Map<string, number>();
profile.samples.forEach((leaf, i) => {
  const dt = profile.timeDeltas[i] ?? 0;
  const leafKey = where(byId.get(leaf)!.callFrame);
  self.set(leafKey, (self.get(leafKey) ?? 0) + dt);
  const seen = new Set<string>();
  for (let id: number | undefined = leaf; id !== undefined; id = parent.get(id)) {
    const key = where(byId.get(id)!.callFrame);
    if (seen.has(key)) continue;
    seen.add(key);
    inclusive.set(key, (inclusive.get(key) ?? 0) + dt);
  }
});
void selfUs;

const idle = self.get("(idle)") ?? 0;
const busy = totalUs - idle;
const show = (title: string, m: Map<string, number>) => {
  console.log(`\n${title} (of ${(busy / 1000).toFixed(0)} ms busy, ${(totalUs / 1000).toFixed(0)} ms wall)`);
  [...m.entries()]
    .filter(([k]) => k !== "(idle)" && k !== "(root)" && (!values.filter || k.includes(values.filter)))
    .sort((a, b) => b[1] - a[1])
    .slice(0, top)
    .forEach(([k, us]) => console.log(`${(us / 1000).toFixed(0).padStart(8)} ms ${((100 * us) / busy).toFixed(1).padStart(5)}%  ${k}`));
};
show("self time", self);
show("inclusive time", inclusive);
