// Options for a number, a year or a date: the key's own kind and format, the article's values first, then values
// near the key that the stem's words allow ("every _____ to six years" below six, "_____ in ten homes" below ten).
import type { Fact } from "./types";
import type { Pools } from "./distractors";
import { normalize, seededShuffle } from "./util";
import { BLANK } from "./candidates";
import { parseNum } from "./numbers";
import { MONTHS, WORD_NUMBERS } from "./data/pools";

/** The most days each month has (February's in a leap year). */
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

const ORDINAL_WORDS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];

const fmt = (v: number, like: string): string => {
  const decimals = (/\.(\d+)/.exec(like)?.[1].length) ?? 0;
  let s = v.toFixed(decimals);
  // ("537 million" → "1,074 million", not "1074 million": a key written below a thousand sets no style for thousands)
  const likeValue = Number((/\d+(?:\.\d+)?/.exec(like.replace(/,/g, ""))?.[0]) ?? Number.NaN);
  if (/\d,\d{3}/.test(like) || (Math.abs(v) >= 1000 && likeValue < 1000)) s = Number(s).toLocaleString("en-US", { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return s;
};

/** Replace the first numeric part of `text` with `next`, keeping words, signs and units. */
const withNumber = (text: string, next: string) => text.replace(/\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?/, next);

/** The last place a whole number is written to: 10 for 2,000 → 3,000; 1 for 1,178,914, and for any number below 100 (5, 15 and 20 beside 10). */
function precisionStep(base: number): number {
  const digits = String(Math.round(base));
  return base < 100 ? 1 : 10 ** Math.max(0, digits.length - Math.max(1, digits.replace(/0+$/, "").length));
}

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
  // (no age of our era still to come: no "fourth millennium CE" or "22nd century")
  const latestAge = /\b(?:BCE|BC)\b/.test(t) ? Infinity : /millenni/i.test(t) ? 3 : /centur/i.test(t) ? 21 : Infinity;
  const ordIdx = ORDINAL_WORDS.findIndex((o) => t.toLowerCase().startsWith(o));
  if (ordIdx >= 0) {
    for (const d of [1, -1, 2, -2, 3]) if (ORDINAL_WORDS[ordIdx + d] && ordIdx + d + 1 <= latestAge) out.push(t.replace(new RegExp(ORDINAL_WORDS[ordIdx], "i"), ORDINAL_WORDS[ordIdx + d]));
    return out;
  }
  if (key.kind === "century") {
    const n = parseInt(t, 10);
    for (const d of [1, -1, 2, -2, 3]) if (n + d > 0 && n + d <= latestAge) out.push(t.replace(/^\d+(?:st|nd|rd|th)/, `${n + d}${ordinalSuffix(n + d)}`));
    return out;
  }
  if (key.kind === "date" && /[A-Za-z]/.test(t)) {
    const month = MONTHS.findIndex((m) => t.includes(m));
    const year = /\d{4}/.exec(t)?.[0];
    if (month >= 0 && year) {
      // (no "30 February": a day the other month has)
      const dayOf = Number(/\b(\d{1,2})(?:st|nd|rd|th)?\b/.exec(t.replace(year, ""))?.[1] ?? 1);
      for (const [dm, dy] of [[3, 0], [-4, 0], [0, -1], [5, 1], [0, 1], [-2, -1], [2, 0]]) {
        const m2 = (month + dm + 12) % 12;
        if (dayOf > DAYS_IN_MONTH[m2]) continue;
        out.push(t.replace(MONTHS[month], MONTHS[m2]).replace(year, String(Number(year) + dy)));
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
    // (a year before Christ has no "future" to stay short of)
    const bc = /\b(?:BCE|BC)\b/.test(t);
    // ("around 5000 BC": a round year before Christ is an estimate, and its options are as round: 4000 BC, not 4996 BC)
    // (so is one written with its era: "between roughly 500 and 1000 CE")
    const round = !(bc || /\b(?:CE|AD)\b/.test(t)) || key.kind === "decade" ? 0 : base % 1000 === 0 ? 1000 : base % 100 === 0 ? 100 : 0;
    const steps = key.kind === "decade" ? [10, -10, 20, -20, 30] : round ? [1, -1, 2, -2, 3].map((k) => k * round) : [3, -4, 7, -9, 12, 2, -2];
    for (const d of steps) if (base + d > 0 && (bc || base + d <= 2030)) out.push(withNumber(t, String(base + d)));
    return out;
  }
  // ("more than 99.9 percent of the speed of light", "95 per cent of chicks die": a share near the whole is told by what
  // it leaves, 0.1 → 99.8, 99.5, 99.0; not 25.0 or 74.9)
  if (key.kind === "percent" && base > 90 && base < 100) {
    const decimals = /\.(\d+)/.exec(num)?.[1].length ?? 0;
    for (const k of [2, 5, 10, 0.5, 20]) {
      const x = Number((100 - (100 - base) * k).toFixed(decimals));
      if (x > 0 && x < 100 && x !== base) out.push(withNumber(t, fmt(x, num)));
    }
    return out;
  }
  const factors = key.kind === "percent" ? [0.5, 1.5, 0.75, 1.25, 2, 0.25] : [0.5, 2, 1.5, 0.75, 3, 1.25];
  for (const f of factors) {
    let x = base * f;
    if (key.kind === "percent" && x >= 100) continue;
    const decimals = /\.(\d+)/.exec(num)?.[1].length ?? 0;
    if (!decimals) {
      // as precise as the key: 1,178,914 → 589,457; 2,000 → 3,000
      const step = precisionStep(base);
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

/** How a date is written: "14 July 1789" and "July 1794" are told apart at a glance, so one is no option for the other. */
const dateShape = (t: string) => t.replace(/\p{Lu}\p{Ll}+\.?/gu, "M").replace(/\d+(?:st|nd|rd|th)?/g, "9");

/** The latest year an article writes, as a year or in a date. */
function latestYear(pools: Pools): number | undefined {
  const years = [...(pools.get("year")?.get("*") ?? []).map((f) => f.value ?? Number.NaN), ...(pools.get("date")?.get("*") ?? []).map((f) => yearIn(f.text))]
    .filter((y) => Number.isFinite(y) && y >= 1000);
  return years.length ? Math.max(...years) : undefined;
}

/** Numeric distractors: same kind and format; article values of the same kind first. */
export function numberDistractors(key: Fact, pools: Pools, stem: string, n = 3): string[] {
  const article = pools.get(key.kind)?.get("*") ?? [];
  const keyN = normalize(key.text);
  const seen = new Set([keyN]);
  const out: string[] = [];
  const stemN = ` ${normalize(stem)} `;
  // "_____ in ten homes", "_____ out of 20,000": a share is less than its whole
  // (and "_____ of the City's 80,000 inhabitants": a count of a counted whole)
  const whole = new RegExp(`${BLANK}\\s+(?:in|out of)\\s+([\\d,]+|[a-z]+)\\b|${BLANK}\\s+of\\s+(?:(?:the|its|their|his|her|our|my|your)\\s+)?(?:[\\p{L}]+['’]s\\s+)?(\\d[\\d,]*)\\b`, "iu").exec(stem);
  // ("a population of _____ in 2010" is no share: a year is no whole, nor a whole smaller than the key)
  const wholeText = whole?.[1] ?? whole?.[2];
  const wholeValue = wholeText && !/^(?:1\d{3}|20\d{2})$/.test(wholeText) ? parseNum(wholeText) : undefined;
  const keyValue = parseNum(key.text);
  // (a date's first number is its day: only plain counts and years are bounded)
  const { least, most: rangeTop } = /^(?:count|year|percent)$/.test(key.kind) ? rangeBounds(stem, keyValue) : {};
  const shareTop = wholeValue !== undefined && (keyValue ?? Infinity) < wholeValue ? wholeValue : undefined;
  // "Since _____, climbers have had to…" in a story of 2025: no year after the latest the article writes, which is
  // its present (a key that is itself the latest year is left free: all options below it would point at it)
  // (a year before Christ is under any present, and its figure grows into the past)
  const beforeChrist = (t: string) => /\b(?:BCE|BC)\b/.test(t);
  const era = (t: string) => (beforeChrist(t) ? "BC" : /\b(?:CE|AD)\b/.test(t) ? "AD" : "");
  const latest = key.kind === "year" && !beforeChrist(key.text) ? latestYear(pools) : undefined;
  const present = latest !== undefined && keyValue !== undefined && latest > keyValue ? latest + 1 : undefined;
  // (a share below the whole stays below it: "95 to _____ percent is lost" takes no 102 percent)
  const wholeShare = key.kind === "percent" && keyValue !== undefined && keyValue < 100 ? 100 : undefined;
  const most = Math.min(shareTop ?? Infinity, rangeTop ?? Infinity, present ?? Infinity, wholeShare ?? Infinity);
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
    // ("the 5th century BCE | 19th century", "first century CE | sixth century": an age is told apart by its letters)
    era(f.text) === era(key.text) &&
    // a date from another age is no fair option: "October 2010" beside "June 1348"
    (key.kind !== "date" || (Math.abs(yearIn(f.text) - yearIn(key.text)) <= 40 && dateShape(f.text) === dateShape(key.text))) &&
    /\./.test(f.text) === /\./.test(key.text) && /,/.test(f.text) === /,/.test(key.text) &&
    (key.kind !== "count" || (f.unit === key.unit && /^\d/.test(f.text) === /^\d/.test(key.text) && sameMagnitude(f.value, key.value))) &&
    // ("a £3,000 grant | £410,000": a sum is of its key's magnitude too, and in its currency: no "£35" beside "$30")
    (key.kind !== "money" || (sameMagnitude(parseNum(f.text), keyValue) && currencyOf(f.text) === currencyOf(key.text))) &&
    // ("about _____ of the crust → 0.6 % | 99.9 %": a share of the article far from the key's is a giveaway too)
    (key.kind !== "percent" || sameMagnitude(parseNum(f.text), keyValue)) &&
    // ("raising more than _____ → £14,000 | £14,380": a figure within a tenth of the key is as good as the key)
    (!/^(?:count|money|percent)$/.test(key.kind) || keyValue === undefined || Math.abs((parseNum(f.text) ?? 0) - keyValue) >= 0.1 * Math.abs(keyValue));
  // "Helen Trask, _____, who has lived…", "aged _____": an age takes other ages, not its double (no "142")
  if (key.kind === "count" && key.value !== undefined && /^\d{1,3}$/.test(key.text) && key.value >= 5 && key.value <= 105 && AGE_SLOT.test(stem)) {
    // (one older and one younger at least: a key below or above all its options is a give-away)
    const steps = seededShuffle([6, -5, 12, -11, 3, -8], key.text);
    for (const d of new Set([steps.find((x) => x > 0)!, steps.find((x) => x < 0)!, ...steps])) if (out.length < n && key.value + d >= 3 && key.value + d <= 110) add(String(key.value + d));
    return out.slice(0, n);
  }
  // (a number in words takes the key's case: "five | eleven", not "Eleven" from "Eleven-year-old Anneke")
  const inKeysCase = (s: string) => (/^\p{Ll}/u.test(key.text) ? s.replace(/^\p{Lu}(?=\p{Ll})/u, (c) => c.toLowerCase()) : /^\p{Lu}/u.test(key.text) ? s.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : s);
  for (const f of seededShuffle(article.filter(sameForm), key.text)) if (out.length < 1) add(inKeysCase(f.text));
  for (const s of numericVariants(key)) if (out.length < n) add(s);
  // a narrow range ("90 to _____ percent") leaves few of the usual variants: take near values inside it
  // (stepped as precisely as the key is written: 70,000 → 60,000, 95 → 92)
  const figure = /^\d{1,3}(?:,\d{3})*$|^\d+$/.exec(/\d[\d,]*/.exec(key.text)?.[0] ?? "")?.[0];
  if (out.length < n && (least !== undefined || most !== Infinity) && figure) {
    const base = Number(figure.replace(/,/g, ""));
    const step = precisionStep(base);
    for (const d of [-3, 2, 4, -1, 1, -2, 3, -4]) if (out.length < n && base + d * step > 0) add(withNumber(key.text, fmt(base + d * step, figure)));
  }
  // under the article's present the key must not be the latest option either: one year between it and the present
  if (present !== undefined && keyValue !== undefined && !out.slice(0, n).some((o) => (parseNum(o) ?? 0) > keyValue)) {
    for (let y = keyValue + 1; y < present; y++) {
      if (seen.has(String(y)) || stemN.includes(` ${y} `)) continue;
      out.splice(Math.min(out.length, n - 1), 1, String(y));
      break;
    }
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
// ("participants aged from 16 to _____": either end of a span of ages; "then about _____ years old", "when he was about _____")
// ("Peter Higgs, then _____, wept": an age then or now)
const AGE_SLOT = new RegExp(`\\p{Lu}\\p{Ll}+,\\s(?:(?:then|now)\\s)?${BLANK}(?:,|\\.$)|\\baged\\s(?:(?:from|between)\\s)?(?:\\d+\\s(?:to|and|-|–)\\s)?${BLANK}|${BLANK}-year-old|\\bage of\\s(?:(?:about|around|roughly|just|only)\\s)?${BLANK}\\b|\\b(?:turns|turned|turning)\\s${BLANK}\\b(?!\\s*(?:%|per))|` +
  `${BLANK}\\s+years\\s+(?:old|of\\s+age)\\b|\\bwhen\\s+(?:he|she)\\s+was\\s+(?:about\\s+|around\\s+|only\\s+|just\\s+)?${BLANK}(?![\\s-]*(?:\\p{L}|\\d))`, "u");

/** The currency a sum is written in: its symbol, or the word or code after the figure ("£35", "15,000 dollars", "NZ$700"). */
const currencyOf = (sum: string) => sum.replace(/[\d.,\s]|\b(?:million|billion|thousand|trillion|m|bn|k)\b/gi, "").toLowerCase();
