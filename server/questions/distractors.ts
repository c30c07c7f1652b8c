// Stage 5: distractors of the same kind as the key — people for people, places for places, years for
// years, numbers in the same format and magnitude — first from the article, then from shipped data.
// Never the key, a part of it or a synonym of it; close in length so the longest option is no tell.
import type { Fact } from "./types";
import { hashString, normalize, seededShuffle, STOPWORDS, surnameOf } from "./util";
import { wordTags } from "./nlp";
import { firstSense } from "./wordnet";
import { termDistractors } from "./term-distractors";
import { BLANK } from "./candidates";
import { parseNum } from "./numbers";
import { CAPITALS, CARMAKER_FOUNDED, CELESTIAL_BODIES, CITIES, COMPANIES, COMPANY_FOUNDED, CONTINENTS, COUNTRIES, FEATURES, MONARCHS, MONTHS, ORGANISATIONS, RIVERS, existedIn, farApart, namesState, neighbourCities, neighbourCountries, neighbourRegions, partOf, sameState, WORD_NUMBERS } from "./data/pools";
import { famousPeople, ofAnotherTrade, renamed, stemEra } from "./people-options";
import { orgKind } from "./org-kinds";
import { neighbourStates, placeSort } from "./place-sorts";

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

const wordCount = (s: string) => {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
};

const itemHashes = new Map<string, number>();
/** hashString, remembered: pools are hashed once per process, not once per key. */
function itemHash(s: string): number {
  let h = itemHashes.get(s);
  if (h === undefined) {
    if (itemHashes.size > 50_000) itemHashes.clear();
    h = hashString(s);
    itemHashes.set(s, h);
  }
  return h;
}

const initials = (s: string) => s.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** British and American spellings of one word: "travellers"/"travelers", "colour"/"color", "organise"/"organize". */
const spelling = (s: string) => s.replace(/(\p{L})\1/gu, "$1").replace(/our\b/g, "or").replace(/is(e|ed|es|ing|ation)\b/g, "iz$1");

/** Options that would be unfair: equal to the key, inside it, another spelling of it, sharing a name with it, or its acronym. */
export function clashes(key: string, option: string): boolean {
  const k = normalize(key);
  const o = normalize(option);
  if (!o || !k || o === k || k.includes(o) || o.includes(k) || spelling(o) === spelling(k) || sameState(key, option)) return true;
  const kw = new Set(k.split(" ").filter((w) => w.length > 3));
  // ("East Africa" and "West Africa" are two parts of one whole, told apart by the point of the compass)
  const compass = /^(?:north|south|east|west|northern|southern|eastern|western|central) /;
  const otherPart = compass.test(k) && compass.test(o) && k.replace(compass, "") === o.replace(compass, "");
  if (!otherPart && o.split(" ").some((w) => kw.has(w))) return true;
  const ki = initials(key), oi = initials(option);
  if ((option.length <= 6 && option === option.toUpperCase() && ki === option) || (key.length <= 6 && key === key.toUpperCase() && oi === key)) return true;
  return false;
}

/** Pick `n` options close to the key in form; at least one no shorter than the key when possible. */
export function pickByForm(key: string, pool: readonly string[], n: number, avoid: string, seed: string, accept: (o: string) => boolean = () => true,
  apart: (a: string, b: string) => boolean = () => true): string[] {
  const words = key.split(/\s+/).length;
  const avoidN = ` ${normalize(avoid)} `;
  const cost = (p: string) => Math.abs(p.length - key.length) / Math.max(4, key.length) + Math.abs(wordCount(p) - words) * 0.6;
  // cheapest test first: order by form (ties broken by a hash seeded from the item), then check clashes
  // only until enough are found
  const seedHash = hashString(seed);
  const ranked = pool.map((p) => ({ p, c: cost(p), h: Math.imul(itemHash(p) ^ seedHash, 0x9e3779b1) >>> 0 })).sort((a, b) => a.c - b.c || a.h - b.h);
  const seen = new Set<string>();
  const ok: { p: string; c: number }[] = [];
  for (const r of ranked) {
    const np = normalize(r.p);
    // (the stem's "pathogens" rules out "pathogen" too)
    if (seen.has(np) || clashes(key, r.p) || (np.length > 2 && [np, `${np}s`, np.replace(/s$/, "")].some((v) => avoidN.includes(` ${v} `))) || !accept(r.p)) continue;
    // two options that are one thing or hold each other ("sunlight", "energy of sunlight"; "ICC", "International
    // Criminal Court") leave one of them a give-away
    if (ok.some((x) => clashes(x.p, r.p) || !apart(x.p, r.p))) continue;
    seen.add(np);
    ok.push(r);
    if (ok.length >= n && ok.slice(0, n).some((x) => x.p.length >= key.length)) break;
    if (ok.length >= n + 6) break;
  }
  const picked = ok.slice(0, n).map((x) => x.p);
  if (picked.length === n && picked.every((p) => p.length < key.length)) {
    const longer = ok.slice(n).find((x) => x.p.length >= key.length && x.c < 1.2);
    if (longer) picked[n - 1] = longer.p;
  }
  return picked;
}

/** Shipped names of the key's kind; for people, of the field the stem names and the article's era. */
function fallbackPool(f: Fact, context: string, article: string): string[] {
  switch (f.kind) {
    case "person":
      return famousPeople(f.text, context, article);
    case "place":
      if (FEATURES[f.text.split(" ")[0]]) return FEATURES[f.text.split(" ")[0]];
      if (placeSort(f.text, f.unit) === "state") return neighbourStates(f.text);
      if (f.unit === "city") return neighbourCities(f.text);
      if (f.unit === "celestial body") return CELESTIAL_BODIES;
      if (f.unit === "river") return RIVERS;
      if (f.unit === "continent") return CONTINENTS;
      // a region we do not know gets options from the article only: a mixed list would hold a giveaway
      // a site (a theatre, a park) is one of the article's: no shipped list of buildings would fit
      if (f.unit === "site") return [];
      if (f.unit === "country") {
        // a state of the stem's (or the article's) time
        const year = stemEra(context, article);
        return neighbourCountries(f.text).filter((c) => year === undefined || existedIn(c, year));
      }
      return f.unit === "region" ? neighbourRegions(f.text) : [...COUNTRIES, ...CITIES];
    case "org":
      // a "… Corporation" may be a college's board or a think tank ("Harvard Corporation", "RAND Corporation"):
      // only a name sold as a business gets famous companies beside it
      if (orgKind(f.text) === "company") {
        if (/\bCorporation$/.test(f.text) && !COMPANIES.includes(f.text)) return [];
        // companies that existed by then: no Westinghouse beside a fur company of 1750
        const year = stemEra(context, article);
        // a carmaker ("… Motors", "the carmaker _____") beside carmakers only
        const cars = /\bMotors?\b|\bAutomobiles?\b/.test(f.text) || /\b(?:carmaker|car maker|automaker|car manufacturer|car company)\b/i.test(context);
        const founded = cars ? CARMAKER_FOUNDED : COMPANY_FOUNDED;
        return Object.keys(founded).filter((c) => year === undefined || founded[c] <= year);
      }
      return ORGANISATIONS;
    default:
      return [];
  }
}

/** The article's facts grouped for distractor look-ups: kind → unit ("*" = any) → unique texts. */
export type Pools = Map<string, Map<string, Fact[]>>;

export function buildPools(facts: readonly Fact[]): Pools {
  const pools: Pools = new Map();
  const seen = new Set<string>();
  for (const f of facts) {
    const key = `${f.kind}|${normalize(f.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const byUnit = pools.get(f.kind) ?? new Map<string, Fact[]>();
    pools.set(f.kind, byUnit);
    for (const u of ["*", f.unit ?? "?"]) byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  }
  return pools;
}

const texts = (fs: readonly Fact[]) => fs.map((f) => f.text.replace(/^the\s+/i, ""));
/** The stem keeps its own "the": "the Balkans" from the pool becomes "Balkans". */
const bare = (pool: readonly string[]) => pool.map((p) => p.replace(/^the\s+/i, ""));

/**
 * Two names of no known sort are of one sort when they end alike: "Denver Broncos" and "Dallas Cowboys" (teams and
 * peoples end in a plural), "Ennahda Movement" and "Gülen Movement"; "Roman Catholic Church" and "Federation of
 * Australia" are not.
 */
function sameShape(a: string, b: string): boolean {
  const last = (s: string) => s.split(/\s+/).pop() ?? "";
  const [la, lb] = [last(a), last(b)];
  const plural = (w: string) => /^\p{Lu}\p{Ll}+[^s]s$/u.test(w);
  return la === lb || (plural(la) && plural(lb));
}

/** A ruler's name: "Charles I", "William the Lion". Beside one, an architect or an inventor of the article is no option. */
const REGNAL = /^\p{Lu}\p{Ll}+ (?:[IVX]+|the \p{Lu}\p{Ll}+)$/u;

/** Entity and term distractors: same kind (and subkind) from the article, then shipped names. */
const CAPITAL_CITIES = new Set(Object.values(CAPITALS));

/** "The diarist _____", "Lord Mayor, Sir _____", "General _____": the stem says what the person was, and it is no ruler. */
function callingBefore(stem: string): boolean {
  const m = new RegExp(`(?:\\b(\\p{Ll}{4,}),?\\s|\\b(?:Sir|Dame|General|Admiral|Captain|Colonel|Dr|Mayor|Bishop|Professor)\\s)${BLANK}`, "u").exec(stem);
  return !!m && (!m[1] || (firstSense(m[1])?.lexFile === 18 && !/^(?:king|queen|emperor|empress|ruler|monarch|prince|princess|sultan|tsar|czar|khan|pharaoh|shah)$/.test(m[1])));
}

export function entityDistractors(key: Fact, pools: Pools, stem: string, n = 3, text = ""): string[] {
  const seed = `${key.text}@${key.start}`;
  // an option that fits the same slot elsewhere in the article ("Russian troops" for "Russian _____") could be right too
  const before = / (\S+) $/.exec(text.slice(Math.max(0, key.start - 30), key.start))?.[1];
  const after = /^ (\S+) /.exec(text.slice(key.end, key.end + 30))?.[1];
  // ("the" and "in" are no slot: "the Chamber Opera" does not fit "the _____ building")
  const slotWord = (w: string | undefined) => (w && !STOPWORDS.has(w.toLowerCase()) ? w : undefined);
  const [beforeWord, afterWord] = [slotWord(before), slotWord(after)];
  const fitsSlot = (o: string) => !!text && ((beforeWord && text.includes(`${beforeWord} ${o}`)) || (afterWord && text.includes(`${o} ${afterWord}`)));
  // no option may share a name with the stem ("Vladimir Putin" when the stem says "Putin")
  const stemWords = new Set(normalize(stem).split(" ").filter((w) => w.length > 3));
  // an organisation gets options of its own sort: companies for a company, not a committee; one of no known sort
  // ("Obama Foundation") gets none of a known sort (no colleges)
  const keyOrg = key.kind === "org" ? orgKind(key.text) : undefined;
  // the rest of the key's own name is no wrong answer: "Galilei" beside "Galileo" when the article says "Galileo Galilei"
  const keyWords = normalize(key.text).split(" ");
  const ownName = new Set(key.kind !== "person" ? [] : (pools.get("person")?.get("*") ?? [])
    .map((p) => normalize(p.text).split(" "))
    .filter((ws) => ws.length > keyWords.length && keyWords.every((w) => ws.includes(w)))
    .flat());
  const namesClash = (o: string) => key.kind === "person" && (normalize(o).split(" ").some((w) => stemWords.has(w) || ownName.has(w)) || renamed(o, key.text, stem, text));
  // a building is no wrong option for a town, nor a state for a town, nor a valley for a state
  const unitOf = new Map((pools.get("place")?.get("*") ?? []).map((p) => [p.text.replace(/^the\s+/i, ""), p.unit]));
  const keySort = key.kind === "place" ? placeSort(key.text, key.unit) : undefined;
  // a state of the stem's time, the article's own names too: no United States "in 1713"
  const era = keySort === "country" ? stemEra(stem, text) : undefined;
  // "the capital, _____": only capitals are fair (no Marseille beside Reykjavík)
  const asksCapital = keySort === "city" && new RegExp(`\\bcapital(?: city)?(?: of [\\p{L} ]+?)?,?\\s${BLANK}|${BLANK},? (?:is|was|became|remains) (?:the|its) (?:\\p{Ll}+ )?capital`, "u").test(stem);
  const sameSort = (o: string) =>
    asksCapital && !CAPITAL_CITIES.has(o) ? false
    : key.kind === "org" ? (keyOrg ? orgKind(o) === keyOrg : !orgKind(o) && sameShape(key.text, o))
    : key.kind === "place" ? placeSort(o, unitOf.get(o)) === keySort && !partOf(key.text, o) && !farApart(key.text, o) &&
      (keySort !== "country" || ((era === undefined || existedIn(o, era)) && !namesState(stem, o)))
    // (and no ruler where the stem gives the key another calling: no "Charles II" beside "The diarist _____")
    : key.kind === "person" ? !ofAnotherTrade(o, stem, text, key.text) && (REGNAL.test(key.text) ? REGNAL.test(o) || MONARCHS.has(o) : !(REGNAL.test(o) && callingBefore(stem)))
    : true;
  const fair = (o: string) => !fitsSlot(o) && !namesClash(o) && sameSort(o);
  const pickFair = (pool: string[], k: number, avoid: string) => pickByForm(key.text, pool, k, avoid, seed, fair);
  const byUnit = pools.get(key.kind);
  const sameKind = byUnit?.get("*") ?? [];
  if (key.kind === "term") return termDistractors(key, sameKind, stem, fair, n, text);
  const feature = FEATURES[key.text.split(" ")[0]] ? key.text.split(" ")[0] + " " : "";
  const sameForm = (fs: Fact[]) => (feature ? fs.filter((f) => f.text.startsWith(feature)) : fs);
  const surnameOnly = key.kind === "person" && !key.text.includes(" ");
  const fullName = key.kind === "person" && key.text.includes(" ");
  // a surname key gets surnames: not a first name the article uses alone ("Pierre" beside "Becquerel")
  const asForm = (fs: Fact[]) => (surnameOnly ? texts(fs).filter((t) => t.includes(" ") || !firstNameOnly(t)).map(surnameOf) : fullName ? texts(fs).filter((t) => t.includes(" ")) : texts(fs));
  let out = pickFair(asForm(sameForm(key.unit ? byUnit?.get(key.unit) ?? [] : sameKind)), n, stem);
  const more = (pool: string[]) => {
    if (out.length >= n) return;
    const extra = pickFair(pool, n - out.length, `${stem} ${out.join(" ")}`);
    out = [...out, ...extra.filter((m) => !out.some((o) => clashes(o, m)))];
  };
  // a city: first the capitals of the countries the article names
  if (key.kind === "place" && key.unit === "city") more((pools.get("place")?.get("*") ?? []).map((p) => CAPITALS[p.text]).filter((c): c is string => !!c));
  // shipped organisations are of known sorts; one of no known sort takes its options from the article alone
  if (key.kind !== "org" || keyOrg) more(bare(fallbackPool(key, stem, text)));
  // a site takes no country or city to make up the number
  if (key.unit !== "site") more(asForm(sameForm(sameKind)));
  return out.slice(0, n);
}

// ---- numbers ---------------------------------------------------------------------------------

const fmt = (v: number, like: string): string => {
  const decimals = (/\.(\d+)/.exec(like)?.[1].length) ?? 0;
  let s = v.toFixed(decimals);
  if (/\d,\d{3}/.test(like)) s = Number(s).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return s;
};

/** Replace the first numeric part of `text` with `next`, keeping words, signs and units. */
const withNumber = (text: string, next: string) => text.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/, next);

function numericVariants(key: Fact): string[] {
  const t = key.text;
  const v = key.value ?? Number.NaN;
  const out: string[] = [];
  const wordIdx = WORD_NUMBERS.indexOf(t.toLowerCase());
  if (wordIdx >= 0) {
    const cap = /^\p{Lu}/u.test(t);
    for (const d of [1, -1, 2, 3, -2, 4, -3, -4]) {
      const w = WORD_NUMBERS[wordIdx + d];
      if (w && wordIdx + d >= 1) out.push(cap ? w[0].toUpperCase() + w.slice(1) : w);
    }
    return out;
  }
  const ordIdx = ORDINAL_WORDS.findIndex((o) => t.toLowerCase().startsWith(o));
  if (ordIdx >= 0) {
    for (const d of [1, -1, 2, -2, 3]) if (ORDINAL_WORDS[ordIdx + d]) out.push(t.replace(new RegExp(ORDINAL_WORDS[ordIdx], "i"), ORDINAL_WORDS[ordIdx + d]));
    return out;
  }
  if (key.kind === "century") {
    const n = parseInt(t, 10);
    for (const d of [1, -1, 2, -2, 3]) if (n + d > 0) out.push(t.replace(/^\d+(?:st|nd|rd|th)/, `${n + d}${ordinalSuffix(n + d)}`));
    return out;
  }
  if (key.kind === "date" && /[A-Za-z]/.test(t)) {
    const month = MONTHS.findIndex((m) => t.includes(m));
    const year = /\d{4}/.exec(t)?.[0];
    if (month >= 0 && year) {
      for (const [dm, dy] of [[3, 0], [-4, 0], [0, -1], [5, 1], [0, 1], [-2, -1]]) {
        const m2 = MONTHS[(month + dm + 12) % 12];
        out.push(t.replace(MONTHS[month], m2).replace(year, String(Number(year) + dy)));
      }
      return out;
    }
    // a day without its year ("May 17", "4 July"): other days a fixture or a deadline could fall on
    const day = Number(/\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t)?.[1] ?? Number.NaN);
    if (month >= 0 && !year && day >= 1 && day <= 31) {
      const suffix = /\d(?:st|nd|rd|th)\b/.test(t) ? ordinalSuffix : () => "";
      const setDay = (s: string, k: number) => s.replace(/\b\d{1,2}(?:st|nd|rd|th)?\b/, `${k}${suffix(k)}`);
      for (const [dm, dd] of [[0, 7], [1, 0], [0, -7], [-1, 0], [1, 7]]) {
        const d2 = day + dd > 28 ? day + dd - 14 : day + dd < 1 ? day + dd + 14 : day + dd;
        out.push(setDay(t.replace(MONTHS[month], MONTHS[(month + dm + 12) % 12]), d2));
      }
      return out;
    }
  }
  if (!Number.isFinite(v)) return out;
  const num = /\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/.exec(t)?.[0] ?? "";
  const base = Number(num.replace(/,/g, ""));
  if (key.kind === "year" || key.kind === "decade") {
    const steps = key.kind === "decade" ? [10, -10, 20, -20, 30] : [3, -4, 7, -9, 12, 2, -2];
    for (const d of steps) if (base + d > 0 && base + d <= 2030) out.push(withNumber(t, String(base + d)));
    return out;
  }
  const factors = key.kind === "percent" ? [0.5, 1.5, 0.75, 1.25, 2, 0.25] : [0.5, 2, 1.5, 0.75, 3, 1.25];
  for (const f of factors) {
    let x = base * f;
    if (key.kind === "percent" && x >= 100) continue;
    const decimals = /\.(\d+)/.exec(num)?.[1].length ?? 0;
    if (!decimals) {
      // as precise as the key: 1,178,914 → 589,457; 2,000 → 3,000
      const digits = String(Math.round(base));
      const sig = Math.max(1, digits.replace(/0+$/, "").length);
      // (a small number is counted in ones: 5, 15 and 20 beside 10)
      const step = base < 100 ? 1 : 10 ** Math.max(0, digits.length - sig);
      x = Math.round(x / step) * step;
    }
    if (x <= 0 || x === base) continue;
    out.push(withNumber(t, fmt(x, num)));
  }
  return out;
}

/** Within a factor of three: "20" or "30" beside "10", not "136". */
const sameMagnitude = (a: number | undefined, b: number | undefined) => a === undefined || b === undefined || (a > 0 && b > 0 && Math.max(a, b) / Math.min(a, b) <= 3);

const yearIn = (date: string) => Number(/\b\d{3,4}\b/.exec(date)?.[0] ?? Number.NaN);

/** "st" for 21, "th" for 11 and 12: the ending of an ordinal in figures. */
const ordinalSuffix = (k: number) => (k % 100 >= 11 && k % 100 <= 13 ? "th" : ["th", "st", "nd", "rd"][k % 10] ?? "th");

/** A word the lexicon knows as a first name and not as a family name: "Pierre", not "Curie" or "Newton". */
const firstNameOnly = (word: string) => {
  const tags = wordTags(word);
  return tags.has("FirstName") && !tags.has("LastName");
};

/** How a date is written: "14 July 1789" and "July 1794" are told apart at a glance, so one is no option for the other. */
const dateShape = (t: string) => t.replace(/\p{Lu}\p{Ll}+\.?/gu, "M").replace(/\d+(?:st|nd|rd|th)?/g, "9");

/** Numeric distractors: same kind and format; article values of the same kind first. */
export function numberDistractors(key: Fact, pools: Pools, stem: string, n = 3): string[] {
  const article = pools.get(key.kind)?.get("*") ?? [];
  const keyN = normalize(key.text);
  const seen = new Set([keyN]);
  const out: string[] = [];
  const stemN = ` ${normalize(stem)} `;
  // "_____ in ten homes", "_____ out of 20,000": a share is less than its whole
  // (and "_____ of the City's 80,000 inhabitants": a count of a counted whole)
  const whole = new RegExp(`${BLANK}\\s+(?:in|out of)\\s+([\\d,]+|[a-z]+)\\b|${BLANK}\\s+of\\s+(?:the\\s+|its\\s+|their\\s+)?(?:[\\p{L}]+['’]s\\s+)?(\\d[\\d,]*)\\b`, "iu").exec(stem);
  // ("a population of _____ in 2010" is no share: a year is no whole, nor a whole smaller than the key)
  const wholeText = whole?.[1] ?? whole?.[2];
  const wholeValue = wholeText && !/^(?:1\d{3}|20\d{2})$/.test(wholeText) ? parseNum(wholeText) : undefined;
  const keyValue = parseNum(key.text);
  // (a date's first number is its day: only plain counts and years are bounded)
  const { least, most: rangeTop } = /^(?:count|year|percent)$/.test(key.kind) ? rangeBounds(stem, keyValue) : {};
  const shareTop = wholeValue !== undefined && (keyValue ?? Infinity) < wholeValue ? wholeValue : undefined;
  const most = Math.min(shareTop ?? Infinity, rangeTop ?? Infinity);
  const add = (s: string) => {
    const k = normalize(s);
    const v = parseNum(s);
    if (!seen.has(k) && !stemN.includes(` ${k} `) && (v === undefined || (v < most && v > (least ?? -Infinity)))) {
      seen.add(k);
      out.push(s);
    }
  };
  const sameForm = (f: Fact) =>
    f.kind === key.kind && f.text.length <= key.text.length + 3 && f.text.length >= key.text.length - 3 &&
    (key.kind !== "year" || (f.value !== undefined && key.value !== undefined && Math.abs(f.value - key.value) <= 40)) &&
    // a date from another age is no fair option: "October 2010" beside "June 1348"
    (key.kind !== "date" || (Math.abs(yearIn(f.text) - yearIn(key.text)) <= 40 && dateShape(f.text) === dateShape(key.text))) &&
    /\./.test(f.text) === /\./.test(key.text) && /,/.test(f.text) === /,/.test(key.text) &&
    (key.kind !== "count" || (f.unit === key.unit && /^\d/.test(f.text) === /^\d/.test(key.text) && sameMagnitude(f.value, key.value)));
  // "Helen Trask, _____, who has lived…", "aged _____": an age takes other ages, not its double (no "142")
  if (key.kind === "count" && key.value !== undefined && /^\d{1,3}$/.test(key.text) && key.value >= 5 && key.value <= 105 && AGE_SLOT.test(stem)) {
    for (const d of seededShuffle([6, -5, 12, -11, 3, -8], key.text)) if (out.length < n && key.value + d >= 3 && key.value + d <= 110) add(String(key.value + d));
    return out.slice(0, n);
  }
  for (const f of seededShuffle(article.filter(sameForm), key.text)) if (out.length < 1) add(f.text);
  for (const s of numericVariants(key)) if (out.length < n) add(s);
  // a narrow range ("90 to _____ percent") leaves few of the usual variants: take near values inside it
  // (stepped as precisely as the key is written: 70,000 → 60,000, 95 → 92)
  const figure = /^\d{1,3}(?:,\d{3})*$|^\d+$/.exec(/\d[\d,]*/.exec(key.text)?.[0] ?? "")?.[0];
  if (out.length < n && (least !== undefined || most !== Infinity) && figure) {
    const base = Number(figure.replace(/,/g, ""));
    const digits = String(base);
    const step = base < 100 ? 1 : 10 ** Math.max(0, digits.length - Math.max(1, digits.replace(/0+$/, "").length));
    for (const d of [-3, 2, 4, -1, 1, -2, 3, -4]) if (out.length < n && base + d * step > 0) add(withNumber(key.text, fmt(base + d * step, figure)));
  }
  return out.slice(0, n);
}

const FRACTION_OF = { halves: 2, thirds: 3, quarters: 4, fifths: 5, sixths: 6, sevenths: 7, eighths: 8, ninths: 9, tenths: 10 } as const;

/**
 * What the stem's own words bound the key by: "every _____ to five years" (below five), "between 1347 and _____"
 * (after 1347), "_____ thirds of them" (below three). A bound the key itself breaks is no bound.
 */
function rangeBounds(stem: string, key: number | undefined): { least?: number; most?: number } {
  const num = `(\\d[\\d,.]*|[a-z]+)`;
  const upper = new RegExp(`(?:\\bbetween\\s+${BLANK}\\s+and|${BLANK}\\s+(?:to|or|-|–))\\s+${num}\\b`, "i").exec(stem);
  const fraction = new RegExp(`${BLANK}\\s+(halves|thirds|quarters|fifths|sixths|sevenths|eighths|ninths|tenths)\\b`, "i").exec(stem);
  const lower = new RegExp(`(?:\\bbetween|\\bfrom)\\s+${num}\\s+(?:to|and|-|–)\\s+${BLANK}|\\b${num}\\s+(?:to|or|-|–)\\s+${BLANK}`, "i").exec(stem);
  const most = fraction ? FRACTION_OF[fraction[1].toLowerCase() as keyof typeof FRACTION_OF] : upper ? parseNum(upper[1]) : undefined;
  const lowText = lower?.[1] ?? lower?.[2];
  const least = lowText !== undefined ? parseNum(lowText) : undefined;
  return {
    most: most !== undefined && key !== undefined && key < most ? most : undefined,
    least: least !== undefined && key !== undefined && key > least ? least : undefined,
  };
}

/** Where a number is someone's age: after a name and a comma ("Helen Trask, 71, said"), "aged", "-year-old". */
const AGE_SLOT = new RegExp(`\\p{Lu}\\p{Ll}+,\\s${BLANK},|\\baged\\s${BLANK}|${BLANK}-year-old|\\bage of\\s${BLANK}\\b`, "u");
