import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, it } from "vitest";
import { questionInputSchema, quizInputSchema } from "../../server/protocol";
import { SAMPLE_BANKS, readSampleText } from "./banks";

const HERE = path.dirname(fileURLToPath(import.meta.url));
const PROJECT_ROOT = path.resolve(HERE, "../..");
const ARTICLES_DIR = path.resolve(PROJECT_ROOT, "../shared/articles");
const HAS_ARTICLES = existsSync(ARTICLES_DIR);
const RUN = 7; // no run of this many consecutive words may be shared with an original article

/** For each true/false prompt: the phrase in its source sentence that decides it. */
const TF_FACTS: Record<string, string> = {
  "The Lachin corridor was one of several roads linking Armenia with Nagorno-Karabakh.": "the single road",
  "According to the analysis, Armenia's appeal to Russia and the CSTO for help in May 2021 went unanswered.":
    "heard nothing back",
  "According to the analysis, Armenia has already formally left the CSTO.": "remains formally a CSTO member",
  "Because Armenia joined the International Criminal Court, it would have to arrest Vladimir Putin if he visited.":
    "obliged to arrest Vladimir Putin",
  "Gela Vasadze is a senior fellow at an Azerbaijani research centre.": "Georgian Strategic Analysis Centre",
  "Moscow is now leading the effort to broker a peace deal between Armenia and Azerbaijan.":
    "The European Union and the United States, rather than Moscow",
};

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

      it("has 10 questions that pass the protocol schema", () => {
        expect(bank.questions).toHaveLength(10);
        for (const q of bank.questions) {
          const parsed = questionInputSchema.safeParse(q);
          expect(parsed.success, `${q.prompt}: ${parsed.error?.message}`).toBe(true);
        }
        expect(quizInputSchema.safeParse({ title: bank.title, description: bank.description, questions: bank.questions }).success).toBe(true);
      });

      it("follows the house style: 4-option mc, True/False tf, 20/30 s, one double-points question", () => {
        for (const q of bank.questions) {
          if (q.type === "mc") expect(q.options, q.prompt).toHaveLength(4);
          else expect(q.options, q.prompt).toEqual(["True", "False"]);
          expect([20, 30], q.prompt).toContain(q.timeLimitSec);
          expect([1000, 2000], q.prompt).toContain(q.points);
          expect(q.explanation?.trim(), q.prompt).toBeTruthy();
          expect(q.explanation, q.prompt).not.toContain("\n");
        }
        expect(bank.questions.filter((q) => q.points === 2000)).toHaveLength(1);
        expect(bank.questions.some((q) => q.type === "mc")).toBe(true);
        expect(bank.questions.some((q) => q.type === "tf")).toBe(true);
        expect(new Set(bank.questions.map((q) => q.prompt)).size).toBe(bank.questions.length);
      });

      it("varies where the key sits and rarely makes the longest option the key", () => {
        const mc = bank.questions.filter((q) => q.type === "mc");
        expect(new Set(mc.map((q) => q.correct)).size).toBeGreaterThanOrEqual(3);
        const keyIsLongest = mc.filter((q) => {
          const keyLen = q.options[q.correct].length;
          return q.options.every((o, i) => i === q.correct || o.length < keyLen);
        });
        expect(keyIsLongest.length, keyIsLongest.map((q) => q.prompt).join("\n")).toBeLessThanOrEqual(2);
        const tf = bank.questions.filter((q) => q.type === "tf");
        if (tf.length >= 2) expect(new Set(tf.map((q) => q.correct)).size).toBe(2);
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

      it("has a key that the source sentence states, and distractors it does not", () => {
        for (const q of bank.questions) {
          const s = q.sourceSentence ?? "";
          if (q.type === "mc") {
            expect(mentions(s, q.options[q.correct]), `key "${q.options[q.correct]}" not in: ${s}`).toBe(true);
            q.options.forEach((o, i) => {
              if (i !== q.correct) expect(mentions(s, o), `distractor "${o}" appears in: ${s}`).toBe(false);
            });
          } else {
            const fact = TF_FACTS[q.prompt];
            expect(fact, `no TF_FACTS entry for: ${q.prompt}`).toBeTruthy();
            expect(s.toLowerCase(), q.prompt).toContain(fact.toLowerCase());
          }
        }
      });

      it("does not give away one question's key in another question's prompt", () => {
        for (const q of bank.questions.filter((x) => x.type === "mc")) {
          for (const other of bank.questions) {
            if (other !== q) expect(mentions(other.prompt, q.options[q.correct]), `"${other.prompt}" reveals "${q.options[q.correct]}"`).toBe(false);
          }
        }
      });
    });
  }
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
