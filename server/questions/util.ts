// Small pure helpers shared by the stages: hashing, seeded shuffles, normalisation.

/** FNV-1a 32-bit hash: a stable seed from a string. */
export function hashString(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/** mulberry32: a tiny deterministic PRNG. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Fisher–Yates with a PRNG seeded from `seed` (no Math.random). Returns a new array. */
export function seededShuffle<T>(items: readonly T[], seed: string): T[] {
  const rnd = seededRandom(hashString(seed));
  const out = items.slice();
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** `fn` with its answers remembered (up to `limit` keys, then forgotten at once): for pure look-ups on a hot path. */
export function remembered<K, V>(fn: (key: K) => V, limit = 20_000): (key: K) => V {
  const cache = new Map<K, V>();
  return (key) => {
    if (cache.has(key)) return cache.get(key) as V;
    if (cache.size >= limit) cache.clear();
    const value = fn(key);
    cache.set(key, value);
    return value;
  };
}

/** Lower-case, unify quotes, drop punctuation and articles: for comparing answers and spans. */
export const normalize = remembered((s: string) => normalizeUncached(s), 50_000);

function normalizeUncached(s: string): string {
  return s
    .toLowerCase()
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[\u2018\u2019\u201c\u201d]/g, "'")
    // "weights & measures" is "weights and measures"
    .replace(/\s*&\s*/g, " and ")
    .replace(/[^\p{L}\p{N}\s]/gu, " ")
    .replace(/\b(a|an|the)\b/g, " ")
    .replace(/\s+/g, " ")
    .trim();
}

export function countWords(s: string): number {
  const m = s.match(/\S+/g);
  return m ? m.length : 0;
}

export const STOPWORDS = new Set(
  ("a an the and or but if of at by for with about against between into through during before after above below to from up down " +
    "in out on off over under again further then once here there when where why how all any both each few more most other some such " +
    "no nor not only own same so than too very can will just don should now is are was were be been being have has had having do does " +
    "did this that these those i me my we our you your he him his she her it its they them their what which who whom whose as also " +
    "would could may might must shall one s t its it's while although though however because since until upon within without")
    .split(/\s+/),
);

/** Collapse whitespace and trim. */
export function squash(s: string): string {
  return s.replace(/\s+/g, " ").trim();
}

/** A string as a literal part of a regular expression: "St. Louis" matches only itself. */
/** A text with its quotations blanked out: their pronouns and wording are a speaker's, not the article's. */
export const outsideQuotes = (text: string) => text.replace(/“[^”]*”|"[^"]*"/g, " ");

export const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

/** The small words that open a surname: "da Vinci", "van Gogh", "de Klerk". */
export const SURNAME_PARTICLES = ["da", "de", "di", "del", "della", "du", "van", "von", "der", "den", "la", "le"];
const CAPITALISED_PARTICLES = SURNAME_PARTICLES.map((p) => p[0].toUpperCase() + p.slice(1));
// ("Augustus De Morgan" → "De Morgan": a capitalised particle inside the name belongs to the surname; one that
// opens it is a first name, as in "Al Gore")
const SURNAME = new RegExp(`\\s((?:(?:${[...SURNAME_PARTICLES, "ibn", "bin", "al", ...CAPITALISED_PARTICLES].join("|")})\\s+)*[^\\s]+)$`, "u");

/** The words before a term the article names: "a tube called (the) siphon", "known as the…". */
export const NAMED_BEFORE = /\b(?:called|named|termed|dubbed|known\s+as)\s+(?:the\s+|an?\s+)?$/i;

/** Common Korean, Chinese and Vietnamese family names, which come first: "Choe Malli", "Yi Do", "Deng Xiaoping", "Yoon Suk
 * Yeol", "Ho Chi Minh". (Only
 * those that are no English first name: "Lee Miller" is Lee.) */
const FAMILY_NAME_FIRST = new RegExp(`^(${["Yi", "Park", "Pak", "Choe", "Choi", "Jang", "Jeong", "Ju", "Kang", "Cho", "Yoon", "Yun", "Shin", "Seo", "Kwon", "Hwang", "Ahn",
  "Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Wu", "Zhou", "Xu", "Zhu", "Hu", "Guo", "Lin", "Luo", "Gao", "Mao", "Xi", "Deng", "Jiang", "Zheng",
  "Cao", "Qin", "Zeng", "Peng", "Feng", "Cai", "Xue", "Hong", "Sun", "Liang", "Yuan", "Dong", "Song", "Tang", "Han", "Kong", "Cheng", "Lu", "Fang", "Pan",
  "Jin", "Bai", "Shi", "Du", "Ye", "Wei", "Qian", "Fu", "Nguyen", "Tran", "Pham", "Ngo", "Bui", "Ho", "Rhee", "Moon"].join("|")})\\s\\p{Lu}\\p{Ll}+(?:\\s\\p{Lu}\\p{Ll}+)?$`, "u");

/** Whether a name is written family name first ("Choe Malli", "Jang Yeong-sil"): its one word alone is the family name,
 * which English texts seldom use alone for such a person. */
export const familyNameFirst = (name: string) => name.includes(" ") && surnameOf(name) === name.split(" ")[0];

/** Surnames of two words that English writes without a hyphen. */
const DOUBLE_SURNAMES = /\s((?:Lloyd George|Lloyd Webber|Vaughan Williams|Bonham Carter))$/;

/** The name a person goes by alone: "Priestley" for "Joseph Priestley", "da Vinci" for "Leonardo da Vinci", and
 * "Chen" for "Chen Wei-ling" (a given name of two syllables joined by a hyphen follows the family name). */
export function surnameOf(name: string): string {
  // ("David Lloyd George" is Lloyd George, never "George")
  const double = DOUBLE_SURNAMES.exec(name.trim());
  if (double) return double[1];
  const family = /^(\p{Lu}\p{Ll}+)\s\p{Lu}\p{Ll}+-\p{Ll}+$/u.exec(name.trim()) ?? FAMILY_NAME_FIRST.exec(name.trim());
  if (family) return family[1];
  const m = SURNAME.exec(name.trim());
  return m ? m[1] : name.trim();
}
