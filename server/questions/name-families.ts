// Names of one family: "Bete Giyorgis", "Bete Maryam", "Bete Amanuel" (Lalibela's churches), "Wat Arun", "Wat Pho".
// A word no English dictionary or list of first names knows, opening four names or more that end on names of their
// own, says they are one sort of thing, whatever kind the reading of each mention guessed; so they are each other's
// fairest options.
import type { EntityKind, Fact } from "./types";
import { isDictionaryWord } from "./wordnet";
import { sexOfFirstName } from "./first-names";
import { remembered } from "./util";

const FAMILY_SIZE = 4;
/** Kinds a family may take, the first winning a tie: a family of names is more often of places than of people. */
const KIND_ORDER: EntityKind[] = ["place", "org", "person"];

const firstWord = (name: string) => name.replace(/^the\s+/i, "").split(/\s+/)[0];

/** Whether a name's first word could open a family: a capitalised word that is neither English nor a first name. */
export const familyWord = remembered((w: string): boolean => /^\p{Lu}\p{Ll}{1,}$/u.test(w) && !isDictionaryWord(w) && !sexOfFirstName(w));

/** The opening words of the article's families of names, each with its members. */
const familiesOf = new WeakMap<readonly Fact[], Map<string, Set<string>>>();
export function nameFamilies(facts: readonly Fact[]): Map<string, Set<string>> {
  let found = familiesOf.get(facts);
  if (!found) familiesOf.set(facts, (found = findFamilies(facts)));
  return found;
}

function findFamilies(facts: readonly Fact[]): Map<string, Set<string>> {
  const members = new Map<string, Set<string>>();
  for (const f of facts) {
    if (f.kind === "term" || !/\s/.test(f.text.replace(/^the\s+/i, ""))) continue;
    const w = firstWord(f.text);
    // (each told apart by a name of its own: "Mapungubwe Hill" and "Mapungubwe National Park" are a hill and a park,
    // two sorts of thing named after one place)
    const last = f.text.split(/\s+/).pop()!;
    if (familyWord(w) && !isDictionaryWord(last)) members.set(w, (members.get(w) ?? new Set()).add(f.text));
  }
  for (const [w, names] of members) if (names.size < FAMILY_SIZE) members.delete(w);
  return members;
}

/** Gives every member of a family the kind most of them were read as (and the unit most of those have). */
export function unifyFamilies(facts: Fact[]): void {
  for (const names of nameFamilies(facts).values()) {
    const of = facts.filter((f) => names.has(f.text));
    const votes = (k: EntityKind) => of.filter((f) => f.kind === k).length;
    const kind = KIND_ORDER.reduce((a, b) => (votes(b) > votes(a) ? b : a));
    const units = of.filter((f) => f.kind === kind && f.unit).map((f) => f.unit!);
    const unit = units.sort((a, b) => units.filter((u) => u === b).length - units.filter((u) => u === a).length)[0];
    for (const f of of) [f.kind, f.unit] = [kind, unit];
  }
}

/** The family word a key opens with, when the article has enough of its family to fill the options. */
export function familyOf(key: string, facts: readonly Fact[]): string | undefined {
  const w = firstWord(key);
  return nameFamilies(facts).has(w) ? w : undefined;
}
