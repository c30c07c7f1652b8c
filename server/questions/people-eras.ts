// When the people of an article lived: the years a stem or a sentence names (years before Christ as negative ones,
// centuries as their middle years, named ages), the article's own time, and whether it is a report of today.
import { NOT_A_COUNT } from "./numbers";
import { escapeRegExp, remembered, surnameOf } from "./util";
import { splitSentences } from "./sentences";
import { BLANK } from "./candidates";

/** Named ages, as a text writes them, by a year in their middle. */
const ERA_YEAR: Record<string, number> = { "Middle Ages": 1250, medieval: 1250, Medieval: 1250, Renaissance: 1500, Enlightenment: 1750, "Victorian era": 1870, Victorian: 1870, "Gilded Age": 1885 };
const ERAS = new RegExp(`\\b(?:${Object.keys(ERA_YEAR).join("|")})\\b`, "g");

const FIRST_MILLENNIUM = new RegExp(`\\b(?:In|Around|From|By)\\s([1-9]\\d{2})\\b${NOT_A_COUNT}`, "gu");

const ORDINALS = ["first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh", "twelfth", "thirteenth", "fourteenth", "fifteenth", "sixteenth", "seventeenth", "eighteenth", "nineteenth", "twentieth"];
const CENTURY_WORDS = new RegExp(`\\b(${ORDINALS.join("|")})[- ]century\\b(?!\\s+BC)`, "gi");
/** Two or more centuries written once: "in the sixteenth and seventeenth centuries", "the 16th to 18th centuries". */
const ORDINAL = `(?:${ORDINALS.join("|")}|\\d{1,2}(?:st|nd|rd|th))`;
const CENTURIES = new RegExp(`\\b${ORDINAL}(?:(?:,|,? and|,? or| to| and the)\\s+${ORDINAL})+\\s+centuries\\b(?!\\s+BC)`, "gi");
const ORDINAL_EACH = new RegExp(ORDINAL, "gi");
const centuryYear = (ordinal: string) => (/^\d/.test(ordinal) ? parseInt(ordinal, 10) : ORDINALS.indexOf(ordinal.toLowerCase()) + 1) * 100 - 50;

const ANCIENT_YEAR = /\b(\d{1,4})\s?(BCE?|AD|CE)\b|\bAD\s?(\d{1,4})\b/g;

/** The years a text names (1000–2099), and its centuries as their middle years ("17th century" → 1650). */
export function yearsIn(text: string): number[] {
  // ("AD 60", "40 BC": the years of antiquity, before Christ as negative ones)
  const ancient = [...text.matchAll(ANCIENT_YEAR)].map((m) => (m[3] ? Number(m[3]) : /^BC/.test(m[2]) ? -Number(m[1]) : Number(m[1])));
  text = text.replace(ANCIENT_YEAR, " ");
  const years = [...ancient, ...(text.match(/\b(?:1\d{3}|20\d{2})\b/g) ?? []).map(Number)];
  // ("Around 760 the writer…", "In 863 the brothers…": a year of the first millennium, where no count follows)
  for (const m of text.matchAll(FIRST_MILLENNIUM)) years.push(Number(m[1]));
  for (const m of text.matchAll(/\b(\d{1,2})(?:st|nd|rd|th)[- ]century\b/gi)) years.push((Number(m[1]) - 1) * 100 + 50);
  for (const m of text.matchAll(CENTURY_WORDS)) years.push(ORDINALS.indexOf(m[1].toLowerCase()) * 100 + 50);
  for (const m of text.matchAll(CENTURIES)) for (const o of m[0].match(ORDINAL_EACH) ?? []) years.push(centuryYear(o));
  // a named age dates a stem as well as a year: no Belgium "throughout the Middle Ages"
  for (const m of text.matchAll(ERAS)) years.push(ERA_YEAR[m[0]]);
  return years.sort((a, b) => a - b);
}
export const middle = (years: number[], least: number) => (years.length >= least ? years[years.length >> 1] : undefined);

/** The article's time: the middle one of the years it writes, if it writes a few. */
export const eraOf = remembered((article: string) => middle(yearsIn(article), 2), 4);

/** The years of the sentences that name someone, by full name or surname ("A study published in 2023 by … Skowronek"). */
function yearsOfPerson(name: string, article: string): number[] {
  const names = name.includes(" ") ? [name, surnameOf(name)] : [name];
  const re = new RegExp(`\\b(?:${names.map(escapeRegExp).join("|")})\\b`, "u");
  return datedSentences(article).filter(([s]) => re.test(s)).flatMap(([, years]) => years);
}
/** The article's sentences that name a year, with their years, read once per article. */
const datedSentences = remembered((article: string): [string, number[]][] =>
  splitSentences(article).map((s): [string, number[]] => [s.text, yearsIn(s.text)]).filter(([, years]) => years.length > 0), 4);

/** The time of someone the article dates: the earliest year of the sentences that name them (the life comes before the
 * legacy: a painting of 1878 does not move a grand duke of 1410). */
export const personEra = (name: string, article: string) => {
  const years = yearsOfPerson(name, article);
  return years.length ? Math.min(...years) : undefined;
};

/**
 * The time of the stem's paragraph up to the stem, when the stem names none: the years of the latest dated sentence
 * before it ("…a history in Greek around 290 BC. … Later authors, including Strabo and _____, added details" is of
 * antiquity, whatever else the article dates). A story's time carries on until the paragraph ends.
 */
export function paragraphTime(stem: string, article: string): number | undefined {
  const piece = stem.split(BLANK).map((p) => p.trim()).sort((a, b) => b.length - a.length)[0] ?? "";
  const at = piece.length >= 20 ? article.indexOf(piece) : -1;
  if (at < 0) return undefined;
  const before = article.slice(article.lastIndexOf("\n", at) + 1, at);
  const dated = splitSentences(before).map((x) => yearsIn(x.text)).filter((ys) => ys.length > 0);
  return dated.length ? middle(dated[dated.length - 1], 1) : undefined;
}

/** Someone the article places only centuries from the stem's time: no foreign minister of 2022 beside a mariner of 1486.
 * A stem with no year of its own goes by the key's years: no painter of 1878 beside a grand duke of 1410. */
export function ofAnotherTime(name: string, stem: string, article: string, key = ""): boolean {
  if (!article) return false;
  const at = middle(yearsIn(stem), 1);
  const when = at ?? (key ? personEra(key, article) : undefined);
  if (when === undefined) return false;
  const theirs = yearsOfPerson(name, article);
  return theirs.length > 0 && theirs.every((y) => Math.abs(y - when) > 150);
}

const WEEKDAY = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)";
/** A report of the week: "reopened on Saturday". */
export const reportOfTheWeek = remembered((article: string) => new RegExp(`\\bon ${WEEKDAY}\\b`).test(article), 4);

/** A story of today: every year or decade it writes is 1990 or later ("1940s" dates a story as much as "1943"). */
export const todaysStory = remembered((article: string) => {
  const years = (article.match(/\b(?:1\d{3}|20\d{2})(?=s?\b)/g) ?? []).map(Number);
  // a report that gives no year at all tells its time by the day: "on Thursday", "this year"
  const byTheDay = new RegExp(`\\b(?:on|last|next|this) ${WEEKDAY}\\b|\\b(?:this|last|next) (?:year|month|week)\\b|\\byesterday\\b`).test(article);
  // (a report of the week may look back: "a pub since the 1600s", if most of its years are recent)
  const recent = years.filter((y) => y >= 1990).length;
  return years.length > 0 ? recent === years.length || (byTheDay && recent * 2 >= years.length) : byTheDay;
}, 4);

/** The stem's year or century, else the article's. */
export const stemEra = (stem: string, article: string) => middle(yearsIn(stem), 1) ?? eraOf(article);

