import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { questionInputSchema, quizInputSchema } from "../../server/protocol";
import { SAMPLE_BANKS, SAMPLE_QUESTION_COUNT, readSampleText, renderSampleBanks, sampleQuestions } from "./banks";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE, "../..");
const ARTICLES_DIR = path.resolve(PROJECT_ROOT, "../shared/articles");
const HAS_ARTICLES = existsSync(ARTICLES_DIR);
const RUN = 7; // no run of this many consecutive words may be shared with an original article

/** Lowercase, drop apostrophes, turn other punctuation into spaces, collapse whitespace. */
export function normalise(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .split(/\s+/)
    .filter(Boolean);
}

function runs(words: string[], n: number): string[] {
  const out: string[] = [];
  for (let i = 0; i + n <= words.length; i++) out.push(words.slice(i, i + n).join(" "));
  return out;
}

/** Runs of `n` words in `ours` that also occur in any of `originals`. */
export function sharedRuns(ours: string, originals: string[], n = RUN): string[] {
  const theirs = new Set(originals.flatMap((t) => runs(normalise(t), n)));
  return [...new Set(runs(normalise(ours), n).filter((r) => theirs.has(r)))];
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}
/** Case-insensitive whole-word match (so "960" does not match inside "1,960"). */
function mentions(haystack: string, needle: string): boolean {
  return new RegExp(`(?<![\\p{L}\\p{N},])${escapeRe(needle)}(?![\\p{L}\\p{N}]|,\\d)`, "iu").test(haystack);
}

function bodyWords(text: string): number {
  return text
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("# ") && !l.startsWith("Facts drawn from"))
    .join(" ")
    .split(/\s+/)
    .filter(Boolean).length;
}

describe("sample banks", () => {
  it("ships two banks with unique slugs", () => {
    expect(SAMPLE_BANKS).toHaveLength(2);
    expect(new Set(SAMPLE_BANKS.map((b) => b.slug)).size).toBe(2);
  });

  for (const bank of SAMPLE_BANKS) {
    describe(bank.slug, () => {
      const text = readSampleText(bank.articleFile);

      it("has a sample text with a title, a credit line and 350-500 words of prose", () => {
        expect(text.startsWith("# ")).toBe(true);
        expect(text).toMatch(/^Facts drawn from (an analysis by Nikola Mikovic \(World Geostrategic Insights\)|an AFP news report)\.$/m);
        const words = bodyWords(text);
        expect(words).toBeGreaterThanOrEqual(350);
        expect(words).toBeLessThanOrEqual(500);
      });

      it(`has the generator's ${SAMPLE_QUESTION_COUNT} questions, all valid for the protocol`, () => {
        expect(bank.questions).toHaveLength(SAMPLE_QUESTION_COUNT);
        expect(bank.questions).toEqual(sampleQuestions(text));
        for (const q of bank.questions) {
          const parsed = questionInputSchema.safeParse(q);
          expect(parsed.success, `${q.prompt}: ${parsed.error?.message}`).toBe(true);
          expect(q.explanation?.trim(), q.prompt).toBeTruthy();
          expect(q.explanation, q.prompt).not.toContain("\n");
        }
        expect(quizInputSchema.safeParse({ title: bank.title, description: bank.description, questions: bank.questions }).success).toBe(true);
        expect(new Set(bank.questions.map((q) => q.prompt)).size).toBe(bank.questions.length);
      });

      it("mixes question types and rarely makes the longest option the key", () => {
        expect(new Set(bank.questions.map((q) => q.type)).size).toBeGreaterThanOrEqual(2);
        const mc = bank.questions.filter((q) => q.type === "mc");
        expect(mc.length).toBeGreaterThanOrEqual(3);
        for (const q of mc) expect(q.options, q.prompt).toHaveLength(4);
        const keyIsLongest = mc.filter((q) => q.options.every((o, i) => i === q.correct || o.length < q.options[q.correct].length));
        expect(keyIsLongest.length, keyIsLongest.map((q) => q.prompt).join("\n")).toBeLessThanOrEqual(2);
      });

      it("quotes every source sentence verbatim, as a whole sentence of the text", () => {
        for (const q of bank.questions) {
          const s = q.sourceSentence ?? "";
          expect(s, q.prompt).not.toBe("");
          const at = text.indexOf(s);
          expect(at, `not found verbatim: ${s}`).toBeGreaterThanOrEqual(0);
          const before = text.slice(0, at);
          expect(before === "" || /(\n|[.!?]"? )$/.test(before), `starts mid-sentence: ${s}`).toBe(true);
          expect(s, `ends mid-sentence: ${s}`).toMatch(/[.!?]"?$/);
        }
      });

      it("has a key that the source sentence states, and distractors that neither it nor the prompt does", () => {
        for (const q of bank.questions) {
          const s = q.sourceSentence ?? "";
          if (q.type === "mc") {
            expect(mentions(s, q.options[q.correct]), `key "${q.options[q.correct]}" not in: ${s}`).toBe(true);
            q.options.forEach((o, i) => {
              if (i === q.correct) return;
              expect(mentions(s, o), `distractor "${o}" appears in: ${s}`).toBe(false);
              expect(mentions(q.prompt, o), `distractor "${o}" appears in the prompt`).toBe(false);
            });
          } else if (q.type === "type") {
            expect(mentions(s, q.options[0]), `answer "${q.options[0]}" not in: ${s}`).toBe(true);
            expect(mentions(q.prompt, q.options[0]), `answer "${q.options[0]}" in its own prompt`).toBe(false);
          } else if (q.type === "tf") {
            // a true statement is its sentence; a false one is its sentence with one name or number swapped
            const statement = q.prompt.replace(/^True or false:\s*/, "");
            if (q.correct === 0) expect(statement).toBe(s);
            else {
              expect(statement).not.toBe(s);
              const a = normalise(statement), b = normalise(s);
              let head = 0;
              while (a[head] === b[head]) head++;
              let tail = 0;
              while (tail < Math.min(a.length, b.length) - head && a[a.length - 1 - tail] === b[b.length - 1 - tail]) tail++;
              expect(a.length - head - tail, `more than one change: ${statement}`).toBeLessThanOrEqual(3);
            }
          } else {
            expect(q.options.length).toBeGreaterThanOrEqual(3);
            for (const event of q.options) {
              const words = normalise(event.replace(/…$/, ""));
              expect(sharedRuns(words.join(" "), [text], Math.min(4, words.length)).length, `event not from the text: ${event}`).toBeGreaterThan(0);
            }
          }
        }
      });
    });
  }

  it("matches banks.generated.md, the reviewed rendering of the banks", async () => {
    await expect(renderSampleBanks()).toMatchFileSnapshot("./banks.generated.md");
  });
});

describe("copyright: our words, not the articles'", () => {
  it("normalises and detects a shared run (self-check)", () => {
    expect(normalise("Russia’s  troops — LEFT, quietly!")).toEqual(["russias", "troops", "left", "quietly"]);
    expect(sharedRuns("a b c d e f g", ["x a b c d e f g y"])).toEqual(["a b c d e f g"]);
    expect(sharedRuns("a b c d e f x", ["a b c d e f g"])).toEqual([]);
  });

  it.skipIf(!HAS_ARTICLES)(
    `shares no ${RUN}-word run with the original articles (skipped when ${ARTICLES_DIR} is absent)`,
    () => {
      const originals = readdirSync(ARTICLES_DIR)
        .filter((f) => !f.startsWith("."))
        .map((f) => readFileSync(path.join(ARTICLES_DIR, f), "utf8"));
      expect(originals.length).toBeGreaterThan(0);
      for (const bank of SAMPLE_BANKS) {
        const ours = [
          readSampleText(bank.articleFile),
          bank.title,
          bank.description,
          ...bank.questions.flatMap((q) => [q.prompt, q.explanation ?? "", ...q.options]),
        ];
        for (const piece of ours) {
          expect(sharedRuns(piece, originals), `${bank.slug} copies wording from an article`).toEqual([]);
        }
      }
    },
  );
});
