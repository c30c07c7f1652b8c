// Named entities, the titles before a name: "Russian President Vladimir Putin" is Vladimir Putin, "US Secretary of
// State Henry Kissinger" is Henry Kissinger, "Winger Sofia Marsh" is Sofia Marsh; "King Street" and "American
// Revolutionary War" keep their first words.
import type { Token } from "./nlp";
import { COMPASS_OR_AGE, COURTESY_TITLE, has, isDemonym, isWorkOrEvent, ORG_WORDS, PLACE_WORDS, SITE_WORDS, strip, TITLES } from "./entity-kinds";
import { firstSense } from "./wordnet";
import { placeSort } from "./place-sorts";
import { sexOfFirstName } from "./first-names";
import { COMPANY_AFTER_TITLE } from "./name-runs";

/** "Saint Pierre", "San Diego": a saint's title that begins a place's name. */
export const SAINTS = /^(?:Saint|St|San|Santa|Sainte)$/;
/** Titles only a person bears: "Count Paris" is a count, whatever city "Paris" also names. */
const PERSONAL_TITLE = /^(?:Tun|Tunku|Tengku|Datuk|Dejazmach|Miss|President|King|Queen|Prince|Princess|Emperor|Empress|Pope|Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Professor|General|Colonel|Captain|Admiral|Senator|Governor|Bishop|Cardinal|Father|Brother|Sister|Friar|Abbot|Duke|Duchess|Count|Countess|Baron|Chief)$/;

export interface TitlesTaken {
  /** a title came off the run */
  titled: boolean;
  /** one only a person bears ("Count", "Sister") */
  honoured: boolean;
  /** a demonym before a listed first name: "the American Frederick Townsend Ward" */
  listedAfterDemonym: boolean;
}

/** Takes the titles and demonyms off the front of a name's run of tokens (in place); `i0` is the run's first token in
 * `tokens`, `t` that token as read, `places` the article's place words. */
export function takeTitles(run: Token[], tokens: Token[], i0: number, t: Token, places: Set<string>): TitlesTaken {
  // titles and demonyms come off a person's name ("Russian President Vladimir Putin" → "Vladimir Putin"),
  // not off "American Revolutionary War"
  // ("the American Frederick Townsend Ward", which the tagger reads as a place: a demonym before a first name the name
  // lists know, and two words or three no place, is a person's nationality)
  const listedAfterDemonym = run.length >= 3 && run.length <= 4 && isDemonym(run[0].text, places) && !!sexOfFirstName(run[1].text) && !COMPASS_OR_AGE.test(run[1].text) &&
    run.slice(1).every((x) => !PLACE_WORDS.test(x.text) && !ORG_WORDS.test(x.text) && !placeSort(x.text));
  const hasPerson = run.some((x) => has(x, "Person", "FirstName")) || listedAfterDemonym;
  // ("the Norwegian Roald Amundsen": before two or three words no lexicon knows, a demonym is someone's country too)
  // ("the Spartan Gylippus": so is one such word after "the", but "the Western Xia" is a state)
  const theStranger = run.length === 2 && /^the$/i.test(tokens[i0 - 1]?.text ?? "") && !has(run[0], "FirstName") && !/^(?:Western|Eastern|Northern|Southern)$/.test(run[0].text) &&
    (isDemonym(run[0].text, places) || (firstSense(run[0].text)?.lexFile === 18 && !!firstSense(run[0].text)?.proper));
  // (no plural: "Ethiopian Orthodox Christians" are believers, no one's name)
  const strangers = (run.length >= 3 || theStranger) && run.length <= 4 && run.slice(1).every((x) => /^\p{Lu}\p{Ll}+$/u.test(x.text) && (!firstSense(x.text) || !!firstSense(x.text)?.proper) && !has(x, "Place", "Organization", "Demonym", "Plural") &&
    !isDemonym(x.text, places) && !COMPASS_OR_AGE.test(x.text)) &&
    !run.some((x) => ORG_WORDS.test(x.text) || PLACE_WORDS.test(x.text) || SITE_WORDS.test(x.text)) && !isWorkOrEvent(run);
  // ("the 1.98-metre Dutchman Anton Geesink": a man or woman of a nation is what the person is)
  const isTitle = (x: Token) => TITLES.test(x.text) || has(x, "Honorific") ||
    ((hasPerson || strangers) && (has(x, "Demonym", "Actor") || /^(?:Dutch|French|English|Scots|Irish|Welsh|Cornish|Manx)(?:man|woman)$/.test(x.text) || (x === run[0] && (theStranger || isDemonym(x.text, places)))));
  // "Russian President Vladimir Putin" → "Vladimir Putin"
  const firstName = run.findIndex((x) => has(x, "FirstName"));
  let titled = false;
  let honoured = false;
  // "US Secretary of State Henry Kissinger": a title "of" something, then a name of two words or more (whichever
  // of them the tagger takes for a first name: it reads "Henry" as a place and "Vance" as a first name)
  const titleOf = run.findIndex((x, k) => TITLES.test(x.text) && run[k + 1]?.text === "of");
  // ("Minister of Development and Technology" is an office whole: what follows an "and" is no name)
  if (titleOf >= 0 && run.length - (titleOf + 3) >= 2 && run[titleOf + 3].text !== "and" && (firstName < 0 || firstName > titleOf + 3) && !isWorkOrEvent(run) && !run.slice(titleOf + 3).some((x) => ORG_WORDS.test(x.text) || PLACE_WORDS.test(x.text))) {
    run.splice(0, titleOf + 3);
    titled = true;
  }
  // ("Saint Pierre" is a place's name, not a saint's title)
  // ("President Gamal Abdel Nasser": the name starts after the last title, whichever word the tagger knows)
  else if (firstName > 0 && run.slice(0, firstName).some(isTitle) && !SAINTS.test(run[0].text) && !isWorkOrEvent(run)) {
    // (but "Professor of Divinity David Tappan": what the title is "of" goes with it)
    const lastTitle = run.slice(0, firstName).findLastIndex(isTitle);
    const between = run.slice(lastTitle + 1, firstName);
    // ("Frenchman Jean-François Allard": a word joined to the first name by a hyphen is part of it)
    const joined = (x: Token) => run[run.indexOf(x) + 1]?.start === x.end + 1;
    run.splice(0, between.every((x) => x.text !== "of" && (!firstSense(x.text.toLowerCase()) || joined(x))) ? lastTitle + 1 : firstName);
    titled = true;
  }
  // "Winger Sofia Marsh cut inside": a word for a person that opens the sentence, before a name of two words, is a
  // calling ("Hunter Biden" keeps its first name)
  else if (run.length >= 3 && run[0] === t && (i0 === 0 || tokens[i0 - 1].sentence !== t.sentence) && !has(run[0], "FirstName", "Person") &&
    run.slice(1).every((x) => has(x, "ProperNoun") && !/\d/.test(x.text)) && !isWorkOrEvent(run) &&
    // ("Volcanologist", which WordNet lacks, the tagger knows for a doer)
    // ("Seamer Joe Atherton": nor a word it lacks before a first name and a surname)
    (firstSense(run[0].text) ? firstSense(run[0].text)?.lexFile === 18 && !firstSense(run[0].text)?.proper : has(run[0], "Actor") || (run.length === 3 && has(run[1], "FirstName") && !has(run[0], "LastName", "Place") &&
      // ("Ignaz Philipp Semmelweis", "Antonín Leopold Dvořák": a first name the lexicon lacks is no calling; a calling
      // ends like one)
      /\p{Ll}(?:er|or|ist|ian|man|woman|smith|wright)$/u.test(run[0].text)))) {
    run.shift();
    titled = true;
  }
  // a title word that names a building or a body is no title: "State House", "King Street", "Senate Hall"
  const lastWord = strip(run[run.length - 1].text);
  // ("Mrs Joan Castle" is Joan Castle, whatever building the surname names)
  const courtesyThenName = run.length >= 3 && COURTESY_TITLE.test(run[0].text) && !!sexOfFirstName(run[1].text);
  const namesAThing = !courtesyThenName && (SITE_WORDS.test(lastWord) || ORG_WORDS.test(lastWord) || PLACE_WORDS.test(lastWord) || isWorkOrEvent(run)); // "King William's War"
  // ("Shah Alam II", "Shah Jahan": a Mughal or Safavid ruler's name that opens with "Shah" keeps it)
  const shahsName = () => run[0].text === "Shah" && /^(?:Alam|Jahan|Abbas|Ismail|Rukh|Shuja|Zaman|Tahmasp)$/.test(run[1]?.text ?? "");
  while (run.length > 1 && !namesAThing && !SAINTS.test(run[0].text) && !COMPANY_AFTER_TITLE.test(run[1].text) && !shahsName() && (isTitle(run[0]) || (run.length > 2 && TITLES.test(run[1].text) && (has(run[0], "Demonym") || isDemonym(run[0].text, places))))) {
    const word = run.shift()!.text;
    titled = TITLES.test(word) || titled;
    if (PERSONAL_TITLE.test(word)) honoured = true;
  }
  return { titled, honoured, listedAfterDemonym };
}
