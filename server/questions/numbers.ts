// Facts, part 2: numbers with their units, dates and years, found by pattern in each sentence.
import { wordTags } from "./nlp";
import type { Fact, NumberKind, Sentence } from "./types";

const MONTH = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
const WORD_NUMBERS: Record<string, number> = {
  two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19, twenty: 20,
  thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90, hundred: 100, dozen: 12,
};
const WORDNUM = `(?:${Object.keys(WORD_NUMBERS).join("|")})`;
/** What stands before the whole of a share: "nine in", "7,000 out of". */
const SHARE_OF = new RegExp(`\\b(?:\\d[\\d,]*|${WORDNUM})\\s+(?:in|out of)\\s+$`, "i");
// ("₹38 lakh", "₹2 crore": the Indian hundred thousand and ten million are scales too)
const SCALE = "(?:\\s(?:hundred|thousand|million|billion|trillion|lakh|crore))?";
const NUM = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";
/** Nouns a number labels rather than counts: "type 2", "stage 3", "category 5", "chapter 11". */
const LABEL_NOUN = /\b(?:type|grade|stage|level|phase|class|category|step|chapter|page|room|article|section|platform|gate|flight|route|channel|track|lane|block|ward|size|version|model|series|part|act|scene|verse|volume|no\.)\s$/i;

/** After three figures: no noun of what they count ("in 751 cases"), only a word that carries the sentence on. */
export const NOT_A_COUNT = "(?![.,]\\d)(?!\\s*(?:%|per\\s?cent))(?!\\s+(?!(?:the|a|an|he|she|it|they|his|her|its|their|and|but|or|when|after|before|under|with|at|on|in|into|to|for|by|during|as|against|while|where|until)\\b)\\p{L})";
/** What comes before the first year of a reign: "who ruled from", "the dynasty, which lasted from". */
const REIGN_FROM = "\\b(?:ruled|reigned|governed|lived|dynasty|reign|alone)\\b[^.;]{0,20}?\\bfrom\\s";

/** Nouns after a 4-digit number that make it a count, not a year. */
const COUNT_NOUN = /^\s+(?:people|persons|men|women|children|troops|soldiers|students|members|km|kilometres|kilometers|miles|metres|meters|feet|ft|m|kg|tons|tonnes|pounds|dollars|euros|years|days|hours|units|votes|copies|species|acres|hectares|square|words|pages|employees|workers|residents|inhabitants|households|cases|deaths|ships|aircraft|cars|vehicles|times|points|games|yards)\b/;

interface Pattern {
  kind: NumberKind;
  re: RegExp;
  value: (m: RegExpExecArray) => number | undefined;
}

const yearOf = (s: string) => {
  const m = /\d{3,4}/.exec(s);
  return m ? Number(m[0]) : undefined;
};
/** The first number a text writes, in figures or words, times its scale ("2.5 million", "nine"). */
export const parseNum = (s: string): number | undefined => {
  const m = new RegExp(NUM).exec(s);
  if (m) {
    let v = Number(m[0].replace(/,/g, ""));
    if (/billion/i.test(s)) v *= 1e9;
    else if (/million/i.test(s)) v *= 1e6;
    else if (/thousand/i.test(s)) v *= 1e3;
    else if (/crore/i.test(s)) v *= 1e7;
    else if (/lakh/i.test(s)) v *= 1e5;
    return v;
  }
  // (whole words: "sixty" is no "six"; "twenty-two" is 22, "two hundred" 200)
  const w = WORDS_RE.exec(s);
  if (!w) return undefined;
  const [a, b] = [WORD_NUMBERS[w[1].toLowerCase()], w[2] ? WORD_NUMBERS[w[2].toLowerCase()] : undefined];
  const v = b === undefined ? a : b === 100 ? a * 100 : a >= 20 && a % 10 === 0 && b < 10 ? a + b : a;
  return /billion/i.test(s) ? v * 1e9 : /million/i.test(s) ? v * 1e6 : /thousand/i.test(s) ? v * 1e3 : v;
};
/** A sum's value with its short scale: "£22.5m" is 22,500,000. */
const moneyValue = (s: string) => {
  const v = parseNum(s);
  const short = /\d(bn|m|k)$/.exec(s)?.[1];
  return v === undefined || !short ? v : v * (short === "bn" ? 1e9 : short === "m" ? 1e6 : 1e3);
};
const WORDS_RE = new RegExp(`\\b(${WORDNUM})(?:[\\s-](${WORDNUM}))?\\b`, "i");

// ("R14.2 million", "R30,000", "KSh 450,000", "Rs 5,000": a rand, shilling or rupee sum; a bare "R458" is a road)
const RAND_OR_SHILLING = `\\bR(?=\\d{1,3}(?:[.,]\\d|\\s(?:million|billion)))(?:${NUM})${SCALE}|\\b(?:KSh|Ksh|Rs\\.?)\\s?(?:${NUM})${SCALE}`;

// Order matters: earlier patterns claim their characters first.
const PATTERNS: Pattern[] = [
  { kind: "date", re: new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?,?\\s\\d{4}\\b`, "g"), value: (m) => yearOf(m[0].slice(-4)) },
  // ("20 May 325": a day of the first millennium too)
  { kind: "date", re: new RegExp(`\\b\\d{1,2}\\s${MONTH}\\s(?:\\d{4}\\b|[1-9]\\d{2}\\b${NOT_A_COUNT})`, "gu"), value: (m) => yearOf(m[0].slice(-4)) },
  { kind: "date", re: new RegExp(`\\b${MONTH}\\s\\d{4}\\b`, "g"), value: (m) => yearOf(m[0].slice(-4)) },
  // a day of the year without its year ("the final on May 17", "on 4 July"): a date, not a count of 17
  // ("in August 30 BC": a month and a year before Christ, no day)
  { kind: "date", re: new RegExp(`\\b${MONTH}\\s\\d{1,2}(?:st|nd|rd|th)?\\b(?![,.]?\\d)(?!\\s(?:BCE|BC|AD|CE)\\b)|\\b\\d{1,2}(?:st|nd|rd|th)?\\s${MONTH}(?!\\s?\\d)`, "g"), value: () => undefined },
  { kind: "century", re: /\b(?:\d{1,2}(?:st|nd|rd|th)|first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty-first)\s(?:century|millennium)(?:\s(?:BCE|BC|AD|CE))?/gi, value: (m) => parseInt(m[0], 10) || undefined },
  { kind: "decade", re: /\b(?:1[0-9]|20)\d0s\b/g, value: (m) => Number(m[0].slice(0, 4)) },
  { kind: "percent", re: new RegExp(`(?:${NUM})\\s?(?:%|percent\\b|per cent\\b)`, "g"), value: (m) => parseNum(m[0]) },
  // ("£22.5m", "$1.8bn", "€450k": a newspaper's short scale after a sum is part of it)
  { kind: "money", re: new RegExp(`(?:US|NZ|A|C|HK|J|R)?[$€£¥₹₦₱₩₺₽]\\s?(?:${NUM})(?:(?:bn|m|k)\\b|${SCALE})|\\bGH[¢₵]\\s?(?:${NUM})${SCALE}|${RAND_OR_SHILLING}|\\b(?:${NUM})${SCALE}\\s(?:dollars|euros|pounds|yen|rubles|roubles|rupees|rand|shillings|pesos|francs|yuan|naira)\\b`, "g"), value: (m) => moneyValue(m[0]) },
  { kind: "year", re: /\b(?:AD\s)?(?:1[0-9]{3}|20[0-9]{2})(?:\s(?:BCE|BC|AD|CE))?\b(?![.,]\d)(?!%)/g, value: (m) => yearOf(m[0]) },
  { kind: "year", re: /\b\d{2,3}\s(?:BCE|BC|AD|CE)\b/g, value: (m) => yearOf(m[0]) },
  // ("around 2560 BC": a year before Christ may have four figures above 2099)
  { kind: "year", re: /\b\d{4}\s(?:BCE|BC)\b/g, value: (m) => yearOf(m[0]) },
  // "the Battle of Talas in 751", "around the year 552": three figures after "in", "since" or "the year" with no
  // noun of what they count ("in 751 cases" is a count) are a year of the first millennium
  // (so are "From 726 the empire…", "Around 760 the writer…", and both ends of a reign: "who ruled from 610 to 641")
  { kind: "year", re: new RegExp(`(?<=${REIGN_FROM})[1-9]\\d{2}(?=\\s+to\\s+[1-9]\\d{2,3}\\b)|(?<=${REIGN_FROM}[1-9]\\d{2,3}\\s+to\\s)[1-9]\\d{2}\\b(?![.,]\\d)`, "gu"), value: (m) => yearOf(m[0]) },
  // ("He was born around 965 in Basra": so are three figures a birth or a death is dated by)
  { kind: "year", re: new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Uu]ntil|the year|From|Around|[Aa]round the year|(?:born|died)(?:\\s(?:in|around|about|circa|c\\.))?)\\s)[1-9]\\d{2}\\b${NOT_A_COUNT}`, "gu"), value: (m) => yearOf(m[0]) },
  { kind: "count", re: new RegExp(`\\b(?:${NUM})${SCALE}(?![\\d%])|\\b${WORDNUM}(?:[\\s-]${WORDNUM})?${SCALE}\\b`, "gi"), value: (m) => parseNum(m[0]) },
];

/** Words of time a year may follow: "the year 1455", "the spring 1902". */
const TIME_NOUN = /^(?:year|years|end|start|beginning|middle|spring|summer|autumn|fall|winter|season|decade|century|period|era|age|time)$/;

/** Numbers, dates and years in one sentence, as absolute spans. */
export function extractNumbers(s: Sentence): Fact[] {
  const taken: [number, number][] = [];
  const out: Fact[] = [];
  const free = (a: number, b: number) => taken.every(([x, y]) => b <= x || a >= y);
  for (const p of PATTERNS) {
    p.re.lastIndex = 0;
    let m: RegExpExecArray | null;
    while ((m = p.re.exec(s.text))) {
      const a = m.index;
      const b = a + m[0].length;
      if (!free(a, b)) continue;
      // one end of a range or score ("1641–1679", "15–1", "2003–04") is not a fact on its own
      if (/[–—-]\s?$/.test(s.text.slice(Math.max(0, a - 2), a)) && /\d/.test(s.text.slice(Math.max(0, a - 3), a)) || /^\s?[–—-]\s?\d/.test(s.text.slice(b, b + 3))) continue;
      // ("10 to the power of 63": nor is either figure of a power)
      if (/^\s+to\s+the\s+power\b/.test(s.text.slice(b, b + 20)) || /\bto\s+the\s+power\s+of\s+$/.test(s.text.slice(Math.max(0, a - 20), a))) continue;
      // ("the Social War of 91 to 88 BC": nor is the first year of a span before Christ, which the era after it dates)
      if (/^\d+$/.test(m[0]) && /^\s+to\s+\d{1,4}\s(?:BCE|BC)\b/.test(s.text.slice(b, b + 16))) continue;
      // "1⁄3 normal pressure", "3/4 of the vote": one part of a fraction is no number on its own
      if (/\d\s?[⁄/]$/.test(s.text.slice(Math.max(0, a - 2), a)) || /^[⁄/]\s?\d/.test(s.text.slice(b, b + 2))) continue;
      // ("boards of 9×9 or 13×13", "4 x 5 metres": one side of a size is no number on its own)
      // ("2.1 × 10^170": nor is a part of a number written in powers of ten)
      if (/\d\s?[×x]\s?$|\^$/.test(s.text.slice(Math.max(0, a - 4), a)) || /^\s?[×x]\s?\d/.test(s.text.slice(b, b + 4))) continue;
      // "60 km (37 mi)": a conversion right after gives the answer away
      // ("KSh 450,000 (roughly $3,450)", "₹38 lakh (about 3.8 million rupees)": so does one into another currency)
      if (/^\s?[\p{L}°%]*\s?\(\s?(?:(?:roughly|about|around|approximately|some|nearly|almost|over|c\.)\s)?(?:US|NZ|A|C)?[$€£¥₹]?\d[\d.,]*(?![\d.,])(?!\s?(?:%|per\s?cent))/u.test(s.text.slice(b, b + 40))) continue;
      let kind = p.kind;
      const after = s.text.slice(b, b + 30);
      // ("In 2018 members of the union voted": a sentence's opening "In" dates it, whatever noun follows)
      if (kind === "year" && COUNT_NOUN.test(after) && !/^\s*In\s$/.test(s.text.slice(0, a))) kind = "count";
      // ("the asteroid 1455 Mitchella", "the locomotive 4472 Flying Scotsman": a thing's number before its name is a
      // label, no year; nor a count where the number is too large for a year: "the asteroid 5383 Leavitt")
      const labelled = /\b[Tt]he\s(\p{Ll}+)\s$/u.exec(s.text.slice(Math.max(0, a - 24), a))?.[1];
      if ((kind === "year" || kind === "count") && /^\d+$/.test(m[0]) && labelled && !TIME_NOUN.test(labelled) && /^\s\p{Lu}\p{Ll}/u.test(after) && wordTags(labelled).has("Noun") && !wordTags(labelled).has("Adjective")) {
        taken.push([a, b]);
        continue;
      }
      if (kind === "count") {
        // parts of identifiers, list markers, "one" as a pronoun: not facts worth asking
        // ("X.25", "V.90": a standard's name)
        if (/^[\p{L}]/u.test(s.text.slice(b, b + 1)) || /[\p{L}]-?$|\p{L}\.$/u.test(s.text.slice(Math.max(0, a - 2), a))) continue;
        if (/^\d$/.test(m[0]) && !/^\s+\p{Ll}/u.test(after)) continue;
        // "7:30 a.m.", "a 3:1 ratio": one part of a time or ratio is no number of things
        if (/\d:$/.test(s.text.slice(Math.max(0, a - 2), a)) || /^:\d/.test(s.text.slice(b, b + 2))) continue;
        // "Black '47": a year cut to two figures in a name
        if (/['’]$/.test(s.text.slice(Math.max(0, a - 1), a))) continue;
        // "from 8.30 am", "before 11 pm": a time of day is no number of things ("16.60" would be among its options)
        if (/^\s?(?:am|pm|a\.m\.|p\.m\.|o'clock|o’clock)(?!\p{L})/iu.test(after)) continue;
        // ("At 8.32 on the morning of 18 May": so is a clock time after "at")
        if (/^\d{1,2}[.:]\d{2}$/.test(m[0]) && /\b[Aa]t\s$/.test(s.text.slice(Math.max(0, a - 3), a))) continue;
        // "the naming of a new racing eight": a number in words after "a" and its adjectives is a thing (a boat, a team)
        if (/^\p{L}+$/u.test(m[0]) && /\ban?\s(?:\p{Ll}+\s){1,2}$/u.test(s.text.slice(Math.max(0, a - 24), a)) && !/\b(?<!figure )of\s$/.test(s.text.slice(Math.max(0, a - 10), a)) && !/^\s+\p{Ll}+s\b/u.test(after)) continue;
        if (/(?:^|[\s(])\p{Lu}{1,2}\s$/u.test(s.text.slice(Math.max(0, a - 4), a))) continue; // "O 2", "CO 2": formulas
        // "LHS 2271 b", "Apollo 11", "Route 66": a number right after a name is part of the name (a sentence's
        // first word is no name unless it is an acronym: "About 40", "Over 2,000" are counts)
        // ("iOS 16", "macOS 15": a name may open on a small letter before its capital)
        // ("Python 3.13 also contains…": an opening word that is no preposition, adverb, determiner or adjective, before a
        // version's decimal, is a name too; "Apollo 8 was…" stays a number to ask)
        const nameBefore = /(?:^|\s)(\p{Lu}[\p{L}-]*|\p{Ll}{1,2}\p{Lu}[\p{L}]*)\s$/u.exec(s.text.slice(Math.max(0, a - 24), a));
        const opensSentence = !!nameBefore && s.text.slice(0, a).trim() === nameBefore[1];
        const openerTags = opensSentence ? wordTags(nameBefore[1].toLowerCase()) : undefined;
        const nameOpens = !!openerTags && /\./.test(m[0]) && !["Preposition", "Adverb", "Determiner", "Adjective", "Conjunction", "Value", "Pronoun"].some((g) => openerTags.has(g));
        if (nameBefore && (!opensSentence || /^\p{Lu}{2,}$/u.test(nameBefore[1]) || nameOpens)) continue;
        // "type 2 diabetes", "a category 5 storm", "stage 3": a label, not a number of things (its options would
        // be made-up labels: "type 4 diabetes")
        if (LABEL_NOUN.test(s.text.slice(Math.max(0, a - 12), a))) continue;
        if (/^(?:two|three)$/i.test(m[0]) && !/^\s+\p{Ll}+s\b/u.test(after)) continue;
        // "The two branches meet at Khartoum": "the" before a number in words points back at things already counted
        if (/^\p{L}+$/u.test(m[0]) && /\b(?:the|these|those)\s$/i.test(s.text.slice(Math.max(0, a - 6), a))) continue;
        // "nine in ten homes", "one out of five": the whole a share is of; the share ("nine") is the fact
        if (SHARE_OF.test(s.text.slice(Math.max(0, a - 16), a))) continue;
      }
      taken.push([a, b]);
      const unit = kind === "count" ? /^\s+([\p{Ll}-]+)/u.exec(after)?.[1] : undefined;
      out.push({ kind, text: m[0], start: s.start + a, end: s.start + b, sentence: s.index, value: p.value(m), unit });
    }
  }
  return out.sort((x, y) => x.start - y.start);
}

const NOTHING_COUNTED = new RegExp(`^${NOT_A_COUNT}`, "u");
const THREE_FIGURES = /^[1-9]\d{2}$/;

/**
 * "In 773 and 774 he besieged Pavia", "it was 812 before Byzantium…", "around 660, Wu…": in an article dated by
 * years of three figures, another three figures within its span, with no counted noun after them, are a year too.
 */
export function yearsOfTheEra(numbers: Fact[], text: string): Fact[] {
  // ("at the Battle of Talas in 751 taught…": after "in", three figures before a verb are a year)
  for (const n of numbers) {
    if (n.kind === "count" && THREE_FIGURES.test(n.text) && n.unit && /\b[Ii]n\s$/.test(text.slice(Math.max(0, n.start - 3), n.start)) && wordTags(n.unit).has("PastTense")) [n.kind, n.unit] = ["year", undefined];
  }
  const early = numbers.filter((n) => n.kind === "year" && THREE_FIGURES.test(n.text)).map((n) => n.value!);
  // ("In 136 Zhang Heng was sent to govern…": in such an article, three figures after an opening "In" and before a name)
  if (early.length) {
    for (const n of numbers) {
      if (n.kind === "count" && THREE_FIGURES.test(n.text) && /(?:^|\s)In\s$/.test(text.slice(Math.max(0, n.start - 4), n.start)) && /^\s\p{Lu}\p{Ll}/u.test(text.slice(n.end, n.end + 3))) [n.kind, n.unit] = ["year", undefined];
    }
  }
  if (early.length < 2) return datedElsewhere(numbers, text, early.length);
  const [lo, hi] = [Math.min(...early) - 100, Math.max(...early) + 100];
  for (const n of numbers) {
    if (n.kind !== "count" || !THREE_FIGURES.test(n.text) || n.value! < lo || n.value! > hi) continue;
    // ("the Council of Chalcedon of 451": so are three figures dating a name)
    if (!/\b(?:and|or|to|around|about|by|was|until|before|after|c\.)\s$/.test(text.slice(Math.max(0, n.start - 8), n.start)) &&
      !/\p{Lu}\p{Ll}+ of\s$/u.test(text.slice(Math.max(0, n.start - 24), n.start))) continue;
    if (NOTHING_COUNTED.test(text.slice(n.end, n.end + 30))) [n.kind, n.unit] = ["year", undefined];
  }
  return datedElsewhere(numbers, text, early.length);
}

/** "after 751 Chinese armies never again…" beside "before 751", "In late 755 the general…": in an article dated by
 * years of three figures, three figures it dates by elsewhere, after a word of time, or any after "late" or "early",
 * are that year. */
function datedElsewhere(numbers: Fact[], text: string, early: number): Fact[] {
  if (!early) return numbers;
  const dated = new Set(numbers.filter((n) => n.kind === "year" || n.kind === "date").map((n) => n.value));
  for (const n of numbers) {
    if (n.kind !== "count" || !THREE_FIGURES.test(n.text)) continue;
    const before = /\b(\p{L}+)\s$/u.exec(text.slice(Math.max(0, n.start - 10), n.start))?.[1].toLowerCase() ?? "";
    if ((dated.has(n.value) && /^(?:after|before|in|by|since|until)$/.test(before)) || /^(?:late|early|mid)$/.test(before)) [n.kind, n.unit] = ["year", undefined];
  }
  return numbers;
}

export function numberKindOf(f: Fact): NumberKind | undefined {
  return ["year", "date", "decade", "century", "percent", "money", "count", "ordinal"].includes(f.kind) ? (f.kind as NumberKind) : undefined;
}
