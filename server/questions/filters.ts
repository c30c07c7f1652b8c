// Stage 6: flaw filters. Each rule names a flaw a teacher would reject an item for; `flaws` returns
// the ones an item has, and the pipeline keeps only items with none.
import type { Candidate } from "./types";
import { BLANK } from "./candidates";
import { normalize } from "./util";

const DANGLING = /^(?:\p{L}+(?:\s\p{L}+){0,2},\s+(?:it|they|he|she|this|these|its|their|his|her)\b|you|your|we|our|i|my|it|its|this|these|that|those|they|them|their|he|him|his|she|her|such|both|the latter|the former|the same|how this|all this|in this|of this|at this|by this|for this|there|here|also|then|thus|however|but|and|or|so|yet|instead|otherwise|meanwhile|still)\b/iu;

export type Flaw =
  | "dangling-reference"
  | "key-in-stem"
  | "stem-too-short"
  | "stem-too-long"
  | "broken-blank"
  | "unbalanced"
  | "not-a-sentence"
  | "bad-options"
  | "key-not-in-source"
  | "unattributed-quote";

/** The stem as a reader sees it, without the "True or false:" lead-in. */
function stemOf(c: Candidate): string {
  return c.prompt.replace(/^True or false:\s*/, "");
}

export function flaws(c: Candidate, text: string): Flaw[] {
  const out: Flaw[] = [];
  const stem = stemOf(c);
  const words = stem.split(/\s+/).length;
  const source = text.slice(c.sourceStart, c.sourceEnd);
  if (c.type !== "order" && c.type !== "quote" && DANGLING.test(stem)) out.push("dangling-reference");
  if (c.type !== "order" && c.type !== "tf" && typeof c.answer === "string") {
    const k = normalize(c.answer);
    const s = normalize(stem.replace(BLANK, " "));
    // inside another word counts too: "two" in "network" reads as a hint to some
    if (k.length > 1 && (` ${s} `.includes(` ${k} `) || (k.length > 2 && s.includes(k)))) out.push("key-in-stem");
    // a surname alone gives a person away
    if (c.fact?.kind === "person" && c.answer.includes(" ")) {
      const last = normalize(c.answer.split(/\s+/).pop()!);
      if (last.length > 2 && ` ${s} `.includes(` ${last} `)) out.push("key-in-stem");
    }
    if (!normalize(source).includes(k)) out.push("key-not-in-source");
  }
  if (c.type !== "order" && c.type !== "quote") {
    if (words < 6) out.push("stem-too-short");
    if (words > 60) out.push("stem-too-long");
    if (!/^[\p{Lu}"“‘'(_\d]/u.test(stem)) out.push("not-a-sentence");
    if (!/[.?!"”’')]$/.test(stem)) out.push("not-a-sentence");
  }
  if (stem.includes(BLANK)) {
    const i = stem.indexOf(BLANK);
    const before = stem[i - 1] ?? " ";
    const after = stem[i + BLANK.length] ?? " ";
    if (/[\p{L}\d-]/u.test(before) || /[\p{L}\d-]/u.test(after) && !/['’]/.test(after)) out.push("broken-blank");
    if (stem.indexOf(BLANK, i + 1) >= 0) out.push("broken-blank");
    // an acronym in brackets, "(_____)", asks for a label, not a fact
    if (before === "(" && after === ")") out.push("broken-blank");
  }
  // a stem that is nothing but a quotation gives no context of who says it
  if (c.type !== "quote" && /^["“][^"“”]+["”]$/.test(stem.trim())) out.push("unattributed-quote");
  const count = (re: RegExp) => (stem.match(re) ?? []).length;
  if (/[[\]]/.test(stem) || count(/\(/g) !== count(/\)/g) || count(/[“]/g) !== count(/[”]/g) || count(/"/g) % 2 === 1) out.push("unbalanced");
  if (c.type === "mc" || c.type === "number" || c.type === "quote") {
    const opts = c.options ?? [];
    const norm = opts.map(normalize);
    if (opts.length !== 4 || new Set(norm).size !== 4 || norm.filter((o) => o === normalize(String(c.answer))).length !== 1) out.push("bad-options");
  }
  return out;
}

export function keep(c: Candidate, text: string): boolean {
  return flaws(c, text).length === 0;
}
