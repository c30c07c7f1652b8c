// The forms a person's name takes as an option: the one word of a full name (a surname, or the name itself where a
// family name comes first), first names beside a first name, and titles that are nobody's name.
import { wordTags } from "./nlp";
import { TITLES } from "./entity-kinds";
import { sexOfFirstName } from "./first-names";
import { familyNameFirst, remembered, surnameOf } from "./util";

/** Titles written after a name ("Genghis Khan", "Reza Shah"), which are nobody's surname. */
// (and a ruler's numeral: the "II" of "Charles II" is nobody's surname)
export const TITLE_AFTER_NAME = /^(?:Khan|Shah|Sultan|Caliph|Tsar|Czar|Sheikh|Pasha|Bey|Emir|Khagan|[IVX]+)$/;

/** The word a one-word option takes from a full name: "Synesius" of "Synesius of Cyrene", "Louis" of "Louis the Pious" (no "Pious" beside "Carloman"), else the surname. */
export const ownSurname = (name: string) => surnameOf(name.replace(/\s+(?:of|the)\s.*$/, ""));

/**
 * One-word options for a one-word name: the names the article itself uses alone where it has enough of them ("Gaozong"
 * gets "Taizong" and "Ruizong", not "Zetian" of "Wu Zetian"), else every name's own word.
 */
export function oneWordNames(names: string[], key: string, n: number): string[] {
  const lone = names.filter((t) => !t.includes(" ") && t !== key && !TITLE_AFTER_NAME.test(t));
  // ("Marquis" of "Marquis of Santa Cruz" is a title, no name)
  // ("Theresa" of "Maria Theresa", "Antonia" of "Maria Antonia": a double first name has no surname to give; "Shelley"
  // of "Mary Shelley" is one, though the lexicon knows it as a woman's name too)
  const twoFirstNames = (t: string) => /^(?:Maria|Marie|Anna|Ana|Anne) \S+$/.test(t) && wordTags(t.split(" ")[1]).has("FemaleName");
  // ("Malli" of "Choe Malli" is a given name, and "Choe", a family name written first, is not how English calls him)
  // ("ad-Din" of "Nur ad-Din" is half of an honorific, "ibn Ayyub" a father's name: no one is called by them alone)
  return lone.length >= n ? lone
    // ("Muslim" of "Abu Muslim": a name that opens on "father of" is called by the whole of it)
    : names.filter((t) => (!/^\S+\sof\s/.test(t) || !TITLES.test(t.split(" ")[0])) && !twoFirstNames(t) && !familyNameFirst(t) && !/^(?:Abu|Abū|Umm|Ibn|Bin)\s/.test(t)).map(ownSurname)
      .filter((t) => !TITLE_AFTER_NAME.test(t) && !/^(?:\p{Ll}{1,2}-(?:Din|Dīn|Dawla|Daula|Mulk|Islam)|(?:ibn|bin|bint|ben)\s.*)$/u.test(t));
}

/** The capitalised words an article writes right after a title ("Lord Byron", "Friar Laurence"), read once per article. */
export const namesAfterTitles = remembered((text: string): Set<string> => {
  const out = new Set<string>();
  for (const m of text.matchAll(/(\S+)\s+(?=(\p{Lu}[\p{L}-]*))/gu)) if (TITLES.test(m[1].replace(/\.$/, ""))) out.add(m[2]);
  return out;
}, 4);

/** A word the lexicon knows as a first name and not as a family name: "Pierre", not "Curie" or "Newton". */
export const firstNameOnly = (word: string) => {
  const tags = wordTags(word);
  return tags.has("FirstName") && !tags.has("LastName");
};


/**
 * The first names of the article's people, for a key that is one: "Wilbur", "Otto", "Charlie" beside "Orville". No
 * woman's name beside a man's, nor a man's beside a woman's: "when he slipped" would give it away.
 */
export function firstNamesOf(names: string[], key: string, loneNames = false): string[] {
  const keySex = sexOfFirstName(key);
  const out: string[] = [];
  for (const name of names) {
    // ("Don Antonio Ruffo": a Spanish or Italian honorific before a first name is none)
    const first = name.split(" ")[/^(?:Don|Doña|Dona|Dom|Dame|Sir)\s+\S+\s/.test(name) ? 1 : 0];
    // (the first word of a full name is a first name, known to the lexicon or not; so is a name used alone beside a
    // key the lexicon does not know either: "Hoelun" beside "Toghrul")
    // ("Yang" of "Yang Xiuqing" is his family name)
    if (first === key || (!name.includes(" ") && !loneNames && !firstNameOnly(first)) || familyNameFirst(name) || out.includes(first)) continue;
    const s = sexOfFirstName(first);
    if (keySex && s && s !== keySex) continue;
    out.push(first);
  }
  return out;
}
