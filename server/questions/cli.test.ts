import { describe, expect, it, beforeAll, afterAll } from "vitest";
import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { parseArgs } from "./cli";

const root = path.resolve(import.meta.dirname, "../..");
const tsx = path.join(root, "node_modules", ".bin", "tsx");
const run = (...args: string[]) => spawnSync(tsx, ["server/questions/cli.ts", ...args], { cwd: root, encoding: "utf8" });

describe("parseArgs", () => {
  it("reads count, types, json and files", () => {
    expect(parseArgs(["--count", "5", "--types", "mc,tf", "--json", "a.txt", "b.txt"])).toEqual({ count: 5, types: ["mc", "tf"], json: true, files: ["a.txt", "b.txt"] });
    expect(() => parseArgs(["--types", "essay"])).toThrow(/unknown essay/);
    expect(() => parseArgs(["--count", "zero"])).toThrow(/positive integer/);
  });
});

describe("generate CLI", () => {
  let dir = "";
  beforeAll(() => {
    dir = mkdtempSync(path.join(tmpdir(), "factsprint-cli-"));
    writeFileSync(path.join(dir, "a.txt"), "The harbour of Selmouth was built in 1820 by Clara Hobbs. It held 40 ships. Samuel Pike rebuilt it in 1901 after a storm.\n");
    writeFileSync(path.join(dir, "empty.txt"), "  \n");
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("prints one JSON line per file, keeps going after errors and exits non-zero", () => {
    const a = path.join(dir, "a.txt");
    const r = run("--count", "3", "--json", a, path.join(dir, "missing.txt"), path.join(dir, "empty.txt"), a);
    expect(r.status).toBe(1);
    const lines = r.stdout.trim().split("\n").map((l) => JSON.parse(l));
    expect(lines).toHaveLength(2);
    expect(lines[0].file).toBe(a);
    expect(lines[0].words).toBeGreaterThan(10);
    expect(typeof lines[0].ms).toBe("number");
    expect(lines[0].questions.length).toBeGreaterThan(0);
    for (const q of lines[0].questions) for (const k of ["type", "prompt", "options", "answer", "sourceSentence"]) expect(q).toHaveProperty(k);
    expect(r.stderr).toMatch(/missing\.txt: no such file/);
    expect(r.stderr).toMatch(/empty\.txt: empty file/);
  }, 30_000);

  it("prints a numbered list without --json and filters by --types", () => {
    const r = run("--types", "number", path.join(dir, "a.txt"));
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^1\. \[number, /m);
    expect(r.stdout).not.toMatch(/\[mc, /);
  }, 30_000);
});
