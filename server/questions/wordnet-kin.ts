// How WordNet relates two nouns: sister terms (other members of a key's category), synonyms, one a kind of the
// other, near kin in a category (two craft, two rocks). Each judged on the nouns' most common senses.
import { remembered } from "./util";
import { firstSense, glossAt, isFamiliar, namesPeopleToo, nounLemma, nounSenses, senseOffsets, synsetAt, type Synset } from "./wordnet";

// ("device" holds a comb, a key and a goad; "chemical" a pesticide, a reactant and a fraction)
const WIDE_PARENTS = new Set(["natural object", "instrumentality", "object", "whole", "thing", "matter", "part", "unit", "artifact", "entity", "physical entity", "abstraction", "causal agent", "structure", "device", "chemical"]);

/** noun.animal, artifact, body, food, object, person, plant, substance. */
const CONCRETE = new Set([5, 6, 8, 13, 17, 18, 20, 27]);

/**
 * Other members of the key's category: the hyponyms of its sense's hypernyms ("ozone", "ice" beside
 * "water"), familiar words only, never the key's own synonyms.
 */
export function sisterTerms(word: string, max = 12): string[] {
  const sense = firstSense(word);
  // only concrete kinds: the siblings of an abstract sense ("integrity": "feeling", "employment") are not its kind
  if (!sense || !CONCRETE.has(sense.lexFile)) return [];
  const own = new Set(sense.words);
  const out: string[] = [];
  // first the other parts of the whole the key is a part of: "wall", "floor" beside "roof" (parts of a building),
  // not "mulch" and "armor", which WordNet files beside it as protective coverings
  for (const w of partSisters(sense)) if (!own.has(w) && !out.includes(w) && !namesPeopleToo(w)) out.push(w);
  // (enough of them make the options on their own: a part beside parts and a covering would stand out)
  if (out.length >= 3) return out.slice(0, max);
  for (const h of sense.hypernyms) {
    const parent = synsetAt(h);
    // "natural object" holds a rock, a nest and the universe: children of so wide a parent are no kind of each other
    if (!parent || WIDE_PARENTS.has(parent.words[0])) continue;
    for (const o of parent.hyponyms) {
      if (o === sense.offset) continue;
      const sib = synsetAt(o);
      const w = sib ? everydayWord(sib) : undefined;
      // a name is no sister of a common noun: "earth" gets no "mars"
      // nor a word for a person beside a thing: "queen" (of a hive) is no sister a pupil sees beside "flea"
      if (w && !sib!.proper && sib!.lexFile === sense.lexFile && !own.has(w) && !out.includes(w) && (sense.lexFile === 18 || !namesPeopleToo(w))) out.push(w);
      if (out.length >= max) return out;
    }
  }
  return out;
}

/** Words no classroom option should be, whatever WordNet files them beside ("machine | heater, contraceptive"). */
const UNSUITABLE = new Set(["contraceptive", "condom", "brothel", "prostitute", "semen", "sperm"]);

/** A familiar one-word name whose everyday sense is this synset: "rat" for the rodent, not "instillation" for water. */
const everydayWord = (s: Synset) => s.words.find((x) => !x.includes(" ") && isFamiliar(x) && firstSense(x)?.offset === s.offset && !UNSUITABLE.has(x));

/** The familiar one-word names of the other parts of each whole the sense is a part of, of the sense's own sort. */
function partSisters(sense: Synset): string[] {
  const out: string[] = [];
  for (const w of sense.partOf) {
    const whole = synsetAt(w);
    for (const o of whole?.parts ?? []) {
      if (o === sense.offset) continue;
      const part = synsetAt(o);
      const word = part ? everydayWord(part) : undefined;
      // a part that is a kind of the key is no other part: "anode" and "cathode" are the cell's electrodes
      if (word && !part!.proper && part!.lexFile === sense.lexFile && !part!.hypernyms.includes(sense.offset)) out.push(word);
    }
  }
  return out;
}

/** Two nouns are synonyms when one sense of each shares a synset. */
export function synonyms(a: string, b: string): boolean {
  const la = nounLemma(a);
  const lb = nounLemma(b);
  if (!la || !lb) return false;
  if (la === lb) return true;
  const sa = new Set(senseOffsets(la));
  return senseOffsets(lb).some((o) => sa.has(o));
}

/**
 * Two nouns are near synonyms when some sense of each shares a word with some sense of the other: "learner" and
 * "student" (both "scholar"). Either could fill the blank the other left.
 */
export function nearSynonyms(a: string, b: string): boolean {
  if (synonyms(a, b)) return true;
  const wa = senseWords(a);
  const la = nounLemma(a);
  const lb = nounLemma(b);
  if (!la || !lb) return false;
  for (const w of senseWords(b)) if (w !== lb && w !== la && wa.has(w)) return true;
  return false;
}

/** Every word of every sense of a noun. */
const senseWords = remembered((noun: string) => new Set(nounSenses(noun).flatMap((s) => s.words)));

const ancestorCache = new Map<string, Map<number, number>>();
/** Ancestors of a synset (all hypernym paths) up to `depth` steps, each with its nearest distance; remembered. */
function ancestors(start: Synset, depth: number): Map<number, number> {
  const key = `${start.offset}:${depth}`;
  let found = ancestorCache.get(key);
  if (!found) {
    if (ancestorCache.size > 20000) ancestorCache.clear();
    found = walkUp(start, depth);
    ancestorCache.set(key, found);
  }
  return found;
}

/** A germ ("pathogen", "virus", "bacteria"): no option beside an animal ("dogs", "vertebrates"), whose only kinship is "organism". */
export function isMicroorganism(word: string): boolean {
  const sense = firstSense(word);
  const germ = firstSense("microorganism");
  return !!sense && !!germ && ancestors(sense, 8).has(germ.offset);
}

function walkUp(start: Synset, depth: number): Map<number, number> {
  const seen = new Map<number, number>([[start.offset, 0]]);
  let frontier = [start];
  for (let d = 1; d <= depth && frontier.length; d++) {
    const next: Synset[] = [];
    for (const s of frontier) for (const h of s.hypernyms) {
      if (seen.has(h)) continue;
      const parent = synsetAt(h);
      if (!parent) continue;
      seen.set(h, d);
      next.push(parent);
    }
    frontier = next;
  }
  return seen;
}

/** One noun is a kind of the other ("microbe" under "microorganism"), or the dictionary says what one mostly is and names
 * the other: as an option it could be right. */
export function kindOfOther(a: string, b: string, depth = 4): boolean {
  const sa = firstSense(a);
  const sb = firstSense(b);
  if (!sa || !sb) return false;
  const [upA, upB] = [ancestors(sa, depth), ancestors(sb, depth)];
  // (in any of its senses: a daughter is a child in the sense of offspring, though "child" means a young person first)
  return nounSenses(b).some((s) => upA.has(s.offset)) || nounSenses(a).some((s) => upB.has(s.offset)) || mostlyNames(sa, sb) || mostlyNames(sb, sa);
}

/**
 * Whether a sense's definition says what it mostly is and names the other or the other's parent: "microbe — a minute
 * life form (especially a disease-causing bacterium)", "pathogen — any disease-producing agent (especially a virus or
 * bacterium or other microorganism)". WordNet files all of them side by side under "microorganism".
 */
function mostlyNames(s: Synset, other: Synset): boolean {
  const clause = mostlyClause(s.offset);
  if (!clause) return false;
  const names = [other, ...other.hypernyms.map(synsetAt)].flatMap((x) => x?.words ?? []);
  return names.some((w) => clause.includes(` ${w.toLowerCase()} `));
}
const mostlyClause = remembered((offset: number): string => {
  // (only a bracket after the genus says what the thing mostly is: "oak — wood; used especially for furniture" says
  // what it is used for)
  const m = /\((?:especially|usually|typically|particularly|mainly|chiefly)\s+([^()";]+)\)/.exec(glossAt(offset));
  return m ? ` ${m[1].toLowerCase().replace(/[^a-z\s-]/g, " ").replace(/\s+/g, " ")} ` : "";
}, 4096);

/** `a` is a kind of `b` ("catalase" of "enzyme"), in its most common sense (asked once per pair). */
export const isKindOf = (a: string, b: string): boolean => kindOfPair(`${a}|${b}`);
const kindOfPair = remembered((pair: string): boolean => {
  const [a, b] = pair.split("|");
  const sa = firstSense(a);
  // (a top category says nothing: "the individual orator" is no kind and its name)
  if (!sa || firstSense(b)?.lexFile === 3 || TOO_WIDE.has(b)) return false;
  const up = ancestors(sa, 6);
  return nounSenses(b).some((s) => up.has(s.offset));
}, 4096);

/** Categories too wide to make two things the same kind ("instrumentality" holds spacecraft and hardware). */
const TOO_WIDE = new Set(["location", "region", "area", "geographical area", "tract", "point", "instrumentality", "activity", "action", "change", "structure", "device", "property", "feature", "condition", "situation", "message", "social group", "organic process", "work", "creation", "surface", "covering", "material", "content", "organization", "institution", "unit"]);

/**
 * Two nouns are near kin: their most common senses meet in a specific category within a few steps ("spacecraft"
 * and "lifeboat" are both craft; "station" and "landing" meet only in "artifact"). A noun that is a kind of the
 * other ("spaceflight" under "travel") is no kin here: as an option it could be right.
 */
export function nearKin(a: string, b: string, maxSteps = 5): boolean {
  const sa = firstSense(a);
  const sb = firstSense(b);
  if (!sa || !sb || sa.offset === sb.offset) return false;
  const up = ancestors(sa, maxSteps);
  const down = ancestors(sb, maxSteps);
  if (up.has(sb.offset) || down.has(sa.offset)) return false;
  for (const [offset, db] of down) {
    const da = up.get(offset);
    if (da === undefined || da + db > maxSteps) continue;
    const meet = synsetAt(offset);
    if (meet && meet.lexFile !== 3 && !TOO_WIDE.has(meet.words[0])) return true;
  }
  return false;
}

