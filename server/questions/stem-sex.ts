// What a stem says of the sex of the person its blank stands for, so that the wrong options can be of the same sex:
// "Empress _____", "his wife, _____", "_____, the first woman to…", "_____ told the council that she…".
import { BLANK } from "./candidates";
import { outsideQuotes, remembered } from "./util";
import { wordTags } from "./nlp";

/** What a stem says of a woman or a man it asks for: "she", "her own", "her older sister"; "he", "his". */
export const SAYS_WOMAN = /\b(?:she|herself|women's|woman|girl|her(?=\s+(?!(?:a|an|the|to|by|in|at|on|with|for|from|as|and|that|into|up|out|back)\b)\p{L}))\b/iu;
export const SAYS_MAN = /\b(?:he|his|himself|men's)\b/i;

// (a title followed by a first name: "Mr", "Lord" or "Duke" come before family names and titles, whose sex the
// lexicon does not know)
/** Words of kin, written once for the stem's blank and for the article's names. */
const WOMAN_FAMILY = "wife|mother|daughter|sister|widow|grandmother|aunt|niece|stepmother|bride";
const MAN_FAMILY = "husband|father|son|brother|widower|grandfather|uncle|nephew|stepfather";
const WOMAN_BEFORE = new RegExp(`(?:\\b(?:Empress|Queen|Princess|Tsarina|Dame|Lady|Duchess|Countess|Baroness|Madame|Mrs|Ms|Miss)\\.?|\\b(?:${WOMAN_FAMILY})s?(?:,|:| was| is| named| called)?) ${BLANK}`);
const MAN_BEFORE = new RegExp(`(?:\\b(?:Emperor|King|Prince|Tsar|Sir|Lord|Duke|Baron|Mr)\\.?|\\b(?:dauphin|${MAN_FAMILY})s?(?:,|:| was| is| named| called)?) ${BLANK}`);
/** "her infant brother, _____", "his daughter named _____": kin are called by their first names. */
const KIN_BEFORE_BLANK = new RegExp(`\\b(?:${WOMAN_FAMILY}|${MAN_FAMILY})s?(?:,|:| named| called)? ${BLANK}`);
export const kinBeforeBlank = (stem: string) => KIN_BEFORE_BLANK.test(stem);
// an appositive right after the blank, in its own clause: "_____, the daughter of…", "_____, 44, a man who…"
// (another person's kin is not the blank's: "_____, the general whose son…")
// (so is what the blank "was": "_____ was an American aviator who became the first woman to…")
const APPOSITIVE = `${BLANK}(?:, (?:\\d+, )?(?:the |a |an |who was (?:the |a |an )?)?| (?:was|is) (?:the |a |an ))(?:(?!whose |his |her |their |married |to )[\\p{L}-]+ ){0,6}?`;
const WOMAN_AFTER = new RegExp(`${APPOSITIVE}(?:wife|mother|daughter|sister|widow|woman|girl|actress|queen|empress|princess|heiress|grandmother|aunt|niece|bride)\\b`, "u");
const MAN_AFTER = new RegExp(`${APPOSITIVE}(?:husband|father|son|brother|widower|man|boy|actor|king|emperor|prince|grandfather|uncle|nephew)\\b`, "u");

// whom a woman or a man married: "In 1836 she married _____"
const WIFE = new RegExp(`\\b(?:he|[Hh]e later|[Hh]e then) married ${BLANK}`);
const HUSBAND = new RegExp(`\\b(?:she|[Ss]he later|[Ss]he then) married ${BLANK}`);

// a birth name is its bearer's: "Ada Lovelace, born _____ in London"
// ("Juana Inés de la Cruz was born _____": the particles of a name are part of it)
const BORN_AS = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+)(?: (?:(?:de|del|de la|da|van|von|der|du|di|le|la) )?\\p{Lu}[\\p{L}'’-]+)*,? (?:was )?(?:born|née) ${BLANK}`, "u");
// whom a named woman or man married is the other: "In 1879 Emmeline Goulden married _____"
const MARRIED = new RegExp(`(?:^|[^\\p{L}])(\\p{Lu}\\p{Ll}+)(?: \\p{Lu}[\\p{L}'’-]+)* (?:later |then )?married ${BLANK}`, "u");

/** The sex the words beside the blank give it: a title or a word of kin before it, an appositive after it. */
export function sexBesideBlank(stem: string): "f" | "m" | undefined {
  const clause = stem.replace(/;.*$/, "");
  const bearer = BORN_AS.exec(clause)?.[1];
  if (bearer) {
    const tags = wordTags(bearer);
    if (tags.has("FemaleName") !== tags.has("MaleName")) return tags.has("FemaleName") ? "f" : "m";
  }
  const spouse = MARRIED.exec(clause)?.[1];
  if (spouse) {
    const tags = wordTags(spouse);
    if (tags.has("FemaleName") !== tags.has("MaleName")) return tags.has("FemaleName") ? "m" : "f";
  }
  if (WIFE.test(clause)) return "f";
  if (HUSBAND.test(clause)) return "m";
  if (WOMAN_BEFORE.test(clause) || WOMAN_AFTER.test(clause)) return "f";
  if (MAN_BEFORE.test(clause) || MAN_AFTER.test(clause)) return "m";
  return undefined;
}

/**
 * "_____ told the council that she would rather die": a "she" (or a "he") after the blank, with no other person named
 * between them, is the blank's (the first one after it, and none inside a quotation).
 */
export function sexOfPronounAfterBlank(stem: string, otherNames: readonly string[]): "f" | "m" | undefined {
  const plain = outsideQuotes(stem);
  const at = plain.indexOf(BLANK);
  if (at < 0) return undefined;
  const after = plain.slice(at + BLANK.length);
  const woman = SAYS_WOMAN.exec(after), man = SAYS_MAN.exec(after);
  if (!woman && !man) return undefined;
  // (the first one after it: "_____ and her children … killed by Temüjin and his brothers")
  const isWoman = !!woman && (!man || woman.index < man.index);
  const between = after.slice(0, (isWoman ? woman : man)!.index);
  if (otherNames.some((n) => between.includes(n))) return undefined;
  return isWoman ? "f" : "m";
}

// ("With the navigator _____, she set out", "five years after _____'s crossing, she took off": the subject of the clause
// after an opening phrase that ends on the blank or its possession; not "When _____ arrived, she…", the blank's own)
const SUBJECT_AFTER_OPENING = new RegExp(`(?:^|,)[^,;]*${BLANK}(?:['’]s\\s[^,;]*)?,\\s+(?:he|she)\\b`);
// ("her elderly mother, _____": whose mother is someone else too)
const OWNER_BEFORE = new RegExp(`\\b(?:her|his)\\s+(?:[\\p{Ll}-]+\\s+){0,2}[\\p{Ll}-]+,?\\s+${BLANK}`, "iu");
/** An object "her" or "him", not the possessive of a noun ("her father"). */
const OBJECT_PRONOUN = /\b(?:him|her)\b(?=\s+(?:a|an|the|to|by|in|at|on|with|for|from|as|and|that|how|into|up|down|out|off|back|home|away)\b|\s*[,.;:!?)]|$)/i;

/**
 * "In 1428 she asked _____", "_____ made no serious attempt to free her", "her mother, _____", "With the navigator
 * _____, she set out": a "she" or "he" before the blank in its own clause, an object "her" or "him" anywhere in it, the
 * owner of what the blank is, or the subject after an opening phrase that holds the blank, is someone other than it.
 * (A "she" after the blank is mostly the blank's own: "_____ told the council that she…".)
 */
export function someoneElseBesideBlank(stem: string): boolean {
  const plain = outsideQuotes(stem);
  const at = plain.indexOf(BLANK);
  if (at < 0) return false;
  const start = Math.max(...[",", ";", ":", "—", "("].map((p) => plain.lastIndexOf(p, at))) + 1;
  const end = plain.slice(at).search(/[,;:—(]/);
  const clause = plain.slice(start, end < 0 ? plain.length : at + end);
  const blank = at - start;
  if (SUBJECT_AFTER_OPENING.test(plain)) return true;
  return /\b(?:he|she)\b/i.test(clause.slice(0, blank)) || OBJECT_PRONOUN.test(clause.replace(BLANK, " ")) || OWNER_BEFORE.test(plain);
}

const WOMAN_KIN = `half-sister|${WOMAN_FAMILY}|queen|empress|princess`;
const MAN_KIN = `half-brother|${MAN_FAMILY}|king|emperor|prince`;
/** The words with a capital or without: "Queen Mary" as well as "his wife Mary". */
const eitherCase = (words: string) => words.split("|").map((w) => `[${w[0].toUpperCase()}${w[0]}]${w.slice(1)}`).join("|");
const NAME = "\\p{Lu}[\\p{L}'’-]+";
// "his future wife Börte", "half-brothers named Begter and Belgutei", "her husband, Nelson Davis," (not a clause after
// a comma: "urged on by his wife, Macbeth murders…")
const KIN_BEFORE = new RegExp(`\\b(${eitherCase(WOMAN_KIN)}|${eitherCase(MAN_KIN)})(?:s)?(?: named|,(?= ${NAME}(?:,? (?:and )?${NAME})*[,.;:)]))? (${NAME})(?: and (${NAME}))?`, "gu");
// "Hoelun and her children", "Temüjin and his brothers"
const OWN_KIN_AFTER = new RegExp(`(?<![\\p{L}])(${NAME}) (?:and|with) (her|his) (?:own )?(?:children|family|husband|wife|sons?|daughters?|brothers?|sisters?|mother|father)\\b`, "gu");
const WOMAN_KIN_RE = new RegExp(`^(?:${WOMAN_KIN})$`);

/**
 * The sex the article itself gives the people it names by a word of kin or a title ("his future wife Börte", "Hoelun
 * and her children"), for names the lexicon does not know: one word of a name to "f" or "m" (none where it says both).
 */
export const kinSexes = remembered((article: string) => {
  const votes = new Map<string, Set<"f" | "m">>();
  const vote = (name: string | undefined, sex: "f" | "m") => { if (name) votes.set(name, (votes.get(name) ?? new Set()).add(sex)); };
  for (const m of article.matchAll(KIN_BEFORE)) {
    const sex = WOMAN_KIN_RE.test(m[1].toLowerCase()) ? "f" : "m";
    vote(m[2], sex);
    // (only a plural takes the name after "and" too: "his wife Ann and Tom" is not two wives)
    if (m[0].startsWith(`${m[1]}s`)) vote(m[3], sex);
  }
  for (const m of article.matchAll(OWN_KIN_AFTER)) vote(m[1], m[2] === "her" ? "f" : "m");
  return new Map([...votes].filter(([, s]) => s.size === 1).map(([name, s]) => [name, [...s][0]]));
}, 4);
