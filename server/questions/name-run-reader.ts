// Reading the run of capitalised words a name is made of: where it goes on past a connector ("University of
// Chicago"), an initial ("J. Tuzo Wilson"), a nickname or an "and" ("Harland and Wolff"), and where it ends
// ("Dr Claire Owusu | of Harwick University"). What the run names is judged in entities.ts.
import type { Token } from "./nlp";
import { has, isCountryToken, ORG_WORDS, PEERAGES, personBeforeOf, SPANISH_HONORIFIC, strip, TITLES } from "./entity-kinds";
import { JOINED_BY_AND, OFFICE_HEADS, bodyAfter, firmOfTwoNames, groupAfter, isCap, officeListAfterComma, officeTailAfterAnd, orgTailAfterAnd, personPart, properToken } from "./name-runs";
import { firstSense } from "./wordnet";
import { FIRMS_NAMED_LIKE_PEOPLE } from "./data/pools";
import { sexOfFirstName } from "./first-names";

// ("Umkhonto we Sizwe", "Moët et Chandon": a foreign "and" or "of" between two capitalised words joins one name; so does
// a Japanese "no", a German "am", a Māori "ki" or a Portuguese "do": "Fujiwara no Nobutaka", "Frankfurt am Main", "Ngāti Pūkenga ki
// Waitao", "Movimento das Forças Armadas")
export const CONNECTORS = new Set(["of", "for", "upon", "de", "du", "da", "von", "van", "der", "den", "zu", "zur", "zum", "e", "al", "bin", "ibn", "mac", "ap", "la", "le", "del", "della", "delle", "degli", "dei", "des", "y", "on", "we", "et", "und", "no", "am", "ki", "do", "dos", "das"]);
/** What a name of one word is followed by to tell one bearer from another: "Pliny the Elder", "Ivan the Terrible". */
const EPITHETS = /^(?:Great|Elder|Younger|Terrible|Conqueror|Confessor|Bold|Pious|Wise|Lionheart|Magnificent|Navigator|Unready|Venerable|Fat|Bald|Lion)$/;
/** Two connectors in a row inside one name: "María de la Concepción", "Frankfurt an der Oder", "Johannes van der Waals". */
const FIRST_OF_TWO = new Set(["de", "van", "von", "an", "ob"]);
const SECOND_OF_TWO = new Set(["la", "las", "los", "der", "den", "des", "le"]);
/** Arabic articles joined by a hyphen: "Muhammed edh-Dhib", "Abd al-Rahman". */
const HYPHENED_ARTICLES = new Set(["al", "el", "ed", "edh", "ad", "ash", "as", "an", "ar", "at", "az", "ul", "ud"]);
/** Connectors that also join two separate names in running text. */
const LOOSE_CONNECTORS = new Set(["for", "on", "upon"]);
/** What a treaty or a law is "on" is part of its name: "Treaty on European Union", "Convention on the Rights of the Child". */
/** Buildings named after two saints: "the Peter and Paul Fortress", "the Cyril and Methodius Cathedral". */
const SAINTS_BUILDINGS = /^(?:Fortress|Cathedral|Church|Chapel|Abbey|Monastery|Basilica|Priory|Convent)$/;
const DOCUMENTS = /^(?:Treaty|Convention|Agreement|Declaration|Act|Charter|Protocol|Directive|Regulation)$/;
/** What a book of essays or talks is "on" is part of its title: "Conversations on Chemistry", "Lectures on Physics". */
const DISCOURSES = /^(?:Conversations|Essay|Essays|Lectures|Discourse|Discourses|Treatise|Reflections|Dialogue|Dialogues|Observations|Meditations|Thoughts|Remarks|Notes)$/;

/** A first name and a surname at least (after any titles): "Luca Marchetti", not "Catherine" or "Johannes". */
const fullName = (run: Token[]) => {
  const named = personPart(run);
  // ("Maureen Castle of Orchard Lane": a first name the lists know, whatever the tagger made of it; "Owner Raj Sandhu of
  // Prairie Glass": two names after a word for a person)
  const called = named.length === 2 && named[0] === run[1] && firstSense(run[0].text.toLowerCase())?.lexFile === 18;
  return named.length >= 2 && (has(named[0], "FirstName") || !!sexOfFirstName(named[0].text) || called) && !named.some((x) => CONNECTORS.has(x.text));
};

/** The run of tokens a name starting at `i` is made of, the index after it, where a possessive sits in it, and
 * whether it names a firm of two surnames ("Harland and Wolff"). */
export function readRun(tokens: Token[], i: number, text: string, midCaps: Set<string>, places: Set<string>): { run: Token[]; end: number; possessiveAt: number; firm: boolean } {
  const t = tokens[i];
  const run: Token[] = [t];
  const i0 = i;
  let possessiveAt = 0;
  let firm = false;
  let j = i + 1;
  while (j < tokens.length && tokens[j].sentence === t.sentence) {
    const prev = run[run.length - 1];
    const gap = text.slice(prev.end, tokens[j].start);
    // punctuation ends the name, except after an initial ("John F. Kennedy") or "St." ("St. Johns River")
    // ("F. W. de Klerk", "T. S. Eliot": initials one after another open a name)
    // ("J. Tuzo Wilson": so does a lone initial before a name of two words)
    const twoAfter = tokens[j + 1]?.sentence === t.sentence && text.slice(tokens[j].end, tokens[j + 1].start) === " " && properToken(tokens[j + 1], false, midCaps);
    const abbreviated = gap === ". " && ((/^\p{Lu}$/u.test(prev.text) && (run.length > 1 || /^\p{Lu}$/u.test(tokens[j].text) || (twoAfter && isCap(tokens[j])))) || /^(?:St|Mt|Ft|Pt|Mr|Mrs|Ms|Dr)$/.test(prev.text));
    // 'John L. "Jack" Swigert': a nickname in quotes stays inside the name it interrupts
    if (/^\.?\s["“]$/.test(gap) && isCap(tokens[j]) && tokens[j + 1]?.sentence === t.sentence && /^["”]\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) &&
      properToken(tokens[j + 1], false, midCaps) && has(run[0], "FirstName")) {
      run.push(tokens[j], tokens[j + 1]);
      j += 2;
      continue;
    }
    // "Fred W. Haise Jr.": the suffix ends the name and is no name of its own
    if (gap === " " && /^(?:Jr|Sr)$/.test(tokens[j].text) && run.length >= 2) {
      j++;
      break;
    }
    // "Partita No. 2", "Symphony No. 9": a numbered work keeps its number
    if (prev.text === "No" && run.length >= 2 && gap === ". " && /^\d+$/.test(tokens[j].text)) {
      run.push(tokens[j]);
      j++;
      break;
    }
    // ("Department of Forestry, Fisheries and the Environment": what an office is for may be a list, commas and all)
    if (gap === ", " && run.some((x) => OFFICE_HEADS.test(x.text)) && run.some((x) => x.text === "of" || x.text === "for")) {
      const n = officeListAfterComma(tokens, j, text, midCaps);
      if (n > 0) {
        run.push(...tokens.slice(j, j + n));
        j += n;
        break;
      }
    }
    // "Seven Years' War": a plural's possessive apostrophe sits in the gap
    const pluralPossessive = /^['’] $/.test(gap) && /s$/.test(prev.text) && properToken(tokens[j], false, midCaps);
    if (!/^[\s-]?$/.test(gap) && !abbreviated && !pluralPossessive) break;
    if ((/['’]s$/.test(prev.text) || pluralPossessive) && properToken(tokens[j], false, midCaps)) possessiveAt = run.length;
    // "the president of Harvard Joseph Willard": a first and last name after a name that is no person's is another name
    const nextNext = tokens[j + 1];
    // (a name the article keeps using on its own, not "Adolphus Clay Bartlett", whose first name the tagger may not know)
    if (has(tokens[j], "FirstName") && !has(prev, "Person", "FirstName", "Honorific") && !TITLES.test(prev.text) && !/^\p{Lu}\.?$/u.test(prev.text) &&
      nextNext?.sentence === t.sentence && has(nextNext, "Person") && text.split(prev.text).length > 3) break;
    // "During the First World War Earhart worked…": a war's name ends before a name no dictionary knows
    if (/^(?:War|Wars)$/.test(prev.text) && run.length >= 2 && gap === " " && isCap(tokens[j]) && (!firstSense(tokens[j].text) || !!firstSense(tokens[j].text)?.proper)) break;
    if (properToken(tokens[j], false, midCaps) && !has(tokens[j], "Honorific")) {
      run.push(tokens[j]);
      j++;
    } else if (tokens[j].text === "March" && gap === " " && !(tokens[j + 1]?.sentence === t.sentence && /^\d/.test(tokens[j + 1].text))) {
      // ("the Salt March", "the Long March": a march after a name, with no day or year after it, is the march's name)
      run.push(tokens[j]);
      j++;
    } else if (/^(?:April|May|June|August)$/.test(tokens[j].text) && gap === " " && has(prev, "FirstName") && tokens[j + 1]?.sentence === t.sentence &&
      text.slice(tokens[j].end, tokens[j + 1].start) === " " && properToken(tokens[j + 1], false, midCaps)) {
      run.push(tokens[j]); // "Johann August Ephraim Goeze": a month's name between names is a middle name
      j++;
    } else if (tokens[j].text === "I" && gap === " " && has(prev, "FirstName") && run.length === 1) {
      run.push(tokens[j]); // "Charles I was imprisoned": a regnal number, not the pronoun
      j++;
      // ("Francisco I. Madero": an initial, when a surname no dictionary knows follows it in the same sentence; not
      // "succeeded him as Catherine I. Peter, who…", "Joseph I. Placing…")
      if (!(tokens[j]?.sentence === t.sentence && text.slice(tokens[j - 1].end, tokens[j].start) === ". " && properToken(tokens[j], false, midCaps) &&
        !has(tokens[j], "FirstName") && !firstSense(strip(tokens[j].text).toLowerCase()) && !/\p{Ll}(?:ing|ed)$/u.test(tokens[j].text))) break;
    } else if (tokens[j].text === "of" && j + 1 < tokens.length && properToken(tokens[j + 1], false, midCaps) && /^\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) &&
      [" ", "-"].some((d) => firstSense(`${prev.text}${d}of${d}${tokens[j + 1].text}`.toLowerCase())?.proper === false)) {
      run.push(tokens[j], tokens[j + 1]); // "Fallowfield Tug of War Club": "tug of war" is one common noun, no name and what it is of
      j += 2;
    } else if (tokens[j].text === "of" && run.length === 2 && PEERAGES.test(run[0].text)) {
      break; // "Baron Rutherford of Nelson": a peer's title names him and then a place
    } else if (tokens[j].text === "of" && personBeforeOf(SPANISH_HONORIFIC.test(run[0].text) ? personPart(run) : run) && isCountryToken(tokens[j + 1], places)) {
      break; // "Friedrich Ratzel of Germany" is a man and his country, not one name
    } else if (tokens[j].text === "of" && personBeforeOf(personPart(run)) && (bodyAfter(tokens, j, midCaps) || fullName(run))) {
      // "Dr Claire Owusu of Harwick University" is a woman and where she works; so is a first name and surname before
      // any "of" ("Luca Marchetti of the Veloce Italia team": only a lone first name takes one, "Catherine of Aragon")
      break;
    } else if (tokens[j].text === "of" && ORG_WORDS.test(run[run.length - 1].text) && !!tokens[j + 2] && tokens[j + 2].sentence === tokens[j].sentence &&
      properToken(tokens[j + 1], false, midCaps) && properToken(tokens[j + 2], false, midCaps) && [tokens[j + 1], tokens[j + 2]].some((x) => has(x, "FirstName", "Person")) &&
      !/^(?:Church|Society|Order|Sisters|Brothers|Congregation|Knights)$/.test(run[run.length - 1].text)) {
      break; // "the Indian National Army of Subhas Chandra Bose" is a body and the man who led it
    } else if (/^(?:Le|La|Du|Des|Van|Von|Del|Della|Di)$/.test(tokens[j].text) && gap === " " && j + 1 < tokens.length && tokens[j + 1].sentence === t.sentence &&
      text.slice(tokens[j].end, tokens[j + 1].start) === " " && properToken(tokens[j + 1], false, midCaps) && !ORG_WORDS.test(run[run.length - 1].text)) {
      // ("Antoine-Auguste Le Blanc", "Jean de La Fontaine": a particle of a surname written with a capital)
      run.push(tokens[j], tokens[j + 1]);
      j += 2;
    } else if (CONNECTORS.has(tokens[j].text) && j + 1 < tokens.length && properToken(tokens[j + 1], false, midCaps) &&
      // (an Italian "de'" keeps its apostrophe: "Gabriele de' Mussi", "Lorenzo de' Medici")
      (/^\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) || (/^(?:de|da|dei)$/.test(tokens[j].text) && /^['’]\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start)))) &&
      // "Committee for State Security" is one name; "fled Karabakh for Armenia" is two places
      (!LOOSE_CONNECTORS.has(tokens[j].text) || run.some((x) => ORG_WORDS.test(x.text) || DOCUMENTS.test(x.text) || DISCOURSES.test(x.text))) &&
      // ("advisers include Deutsche Bank for Holzmann": what a body acts "for" is another name when it is one word no
      // dictionary knows and the name ends there; "Bank for International Settlements", "Commissioner for Refugees" stay)
      !(tokens[j].text === "for" && !firstSense(tokens[j + 1].text.toLowerCase()) && !(tokens[j + 2]?.sentence === t.sentence && text.slice(tokens[j + 1].end, tokens[j + 2].start) === " " && properToken(tokens[j + 2], false, midCaps)))) {
      run.push(tokens[j], tokens[j + 1]);
      j += 2;
    } else if (FIRST_OF_TWO.has(tokens[j].text) && SECOND_OF_TWO.has(tokens[j + 1]?.text ?? "") && j + 2 < tokens.length && properToken(tokens[j + 2], false, midCaps) &&
      tokens.slice(j, j + 3).every((x, k) => k === 0 || text.slice(tokens[j + k - 1].end, x.start) === " ")) {
      run.push(tokens[j], tokens[j + 1], tokens[j + 2]);
      j += 3;
    } else if (/^(?:ibn|bin|bint)$/.test(tokens[j].text) && HYPHENED_ARTICLES.has(tokens[j + 1]?.text ?? "") && j + 2 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start) === " " &&
      text.slice(tokens[j + 1].end, tokens[j + 2].start) === "-" && properToken(tokens[j + 2], false, midCaps)) {
      run.push(tokens[j], tokens[j + 1], tokens[j + 2]); // "Abu Ali al-Hasan ibn al-Haytham": "son of" the father's name, article and all
      j += 3;
    } else if (HYPHENED_ARTICLES.has(tokens[j].text) && j + 1 < tokens.length && text.slice(tokens[j].end, tokens[j + 1].start) === "-" && properToken(tokens[j + 1], false, midCaps)) {
      run.push(tokens[j], tokens[j + 1]);
      j += 2;
    } else if (tokens[j].text === "on" && tokens[j + 1]?.text === "the" && j + 2 < tokens.length && run.some((x) => DOCUMENTS.test(x.text)) &&
      properToken(tokens[j + 2], false, midCaps)) {
      run.push(tokens[j], tokens[j + 1], tokens[j + 2]); // "Treaty on the Functioning of the European Union"
      j += 3;
    } else if (tokens[j].text === "&" && run.length <= 2 && j + 1 < tokens.length && properToken(tokens[j + 1], false, midCaps)) {
      run.push(tokens[j], tokens[j + 1]); // "Hartwell & Dunn", "Marks & Spencer": a firm
      firm = true;
      j += 2;
    } else if (tokens[j].text === "and" && run.length === 1 && firmOfTwoNames(tokens, i0, j, midCaps, text)) {
      run.push(tokens[j], tokens[j + 1]); // "built by Harland and Wolff": a firm, not two people
      firm = true;
      j += 2;
    } else if (tokens[j].text === "and" && JOINED_BY_AND.has(`${prev.text} and ${tokens[j + 1]?.text}`) && j + 1 < tokens.length) {
      run.push(tokens[j], tokens[j + 1]); // "Bosnia and Herzegovina" is one country
      j += 2;
    } else if (tokens[j].text === "and" && run.length === 1 && has(prev, "FirstName") && has(tokens[j + 1] ?? t, "FirstName") && j + 2 < tokens.length &&
      SAINTS_BUILDINGS.test(tokens[j + 2].text) && text.slice(tokens[j + 1].end, tokens[j + 2].start) === " ") {
      run.push(tokens[j], tokens[j + 1], tokens[j + 2]); // "the Peter and Paul Fortress": two saints name one building
      j += 3;
    } else if (tokens[j].text === "and" && !run.some((x) => ORG_WORDS.test(x.text)) && !fullName(run) && !FIRMS_NAMED_LIKE_PEOPLE.has(run.map((x) => x.text).join(" ")) &&
      orgTailAfterAnd(tokens, j, midCaps, text) > 0) {
      // ("President Ronald Reagan and Congress" are a man and a body)
      // "National Aeronautics and Space Administration" is one organisation
      const n = orgTailAfterAnd(tokens, j, midCaps, text);
      run.push(...tokens.slice(j, j + 1 + n));
      j += 1 + n;
    } else if (tokens[j].text === "and" && run.some((x) => OFFICE_HEADS.test(x.text)) && officeTailAfterAnd(tokens, j, midCaps, text) > 0 &&
      // ("Birmingham Museum and Art Gallery": so does a second body word after the first)
      (run.some((x) => x.text === "for" || x.text === "of" || x.text === "on") || (OFFICE_HEADS.test(prev.text) && OFFICE_HEADS.test(tokens[j + officeTailAfterAnd(tokens, j, midCaps, text)].text)))) {
      // "Office for Product Safety and Standards", "Department of Health and Social Care": what an office is for runs
      // past an "and"
      const n = officeTailAfterAnd(tokens, j, midCaps, text);
      run.push(...tokens.slice(j, j + 1 + n));
      j += 1 + n;
    } else if (tokens[j].text === "the" && (has(prev, "FirstName") || EPITHETS.test(tokens[j + 1]?.text ?? "")) && (run.filter((x) => !TITLES.test(x.text) && !has(x, "Honorific")).length === 1 || /^(?:Elder|Younger)$/.test(tokens[j + 1]?.text ?? "")) && properToken(tokens[j + 1] ?? t, false, midCaps) && j + 1 < tokens.length) {
      run.push(tokens[j], tokens[j + 1]); // "William the Conqueror", "Alexander the Great"
      j += 2;
    } else if (tokens[j].text === "of" && tokens[j + 1]?.text === "the" && j + 2 < tokens.length && properToken(tokens[j + 2], false, midCaps) &&
      // "Dr. Ana Ruiz of the University of Lima" is a woman and where she works, not one name
      !(personBeforeOf(personPart(run)) && (bodyAfter(tokens, j + 1, midCaps) || fullName(run))) && !groupAfter(tokens, j + 1)) {
      run.push(tokens[j], tokens[j + 1], tokens[j + 2]); // "Tomb of the Unknown Soldier"
      j += 3;
    } else if (tokens[j].text === "and" && tokens[j + 1]?.text === "of" && tokens[j + 2]?.text === "the" && j + 3 < tokens.length &&
      run.some((x) => DOCUMENTS.test(x.text)) && properToken(tokens[j + 3], false, midCaps)) {
      run.push(...tokens.slice(j, j + 4)); // "Declaration of the Rights of Man and of the Citizen"
      j += 4;
    } else if (tokens[j].text === "in" && /^(?:Prize|Award|Medal|Olympiad)$/.test(prev.text) && j + 1 < tokens.length && properToken(tokens[j + 1], false, midCaps) &&
      !has(tokens[j + 1], "Place", "Person", "Organization") &&
      /^\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start))) {
      // "the Nobel Prize in Physiology or Medicine": what a prize is in is part of its name, an "or" and all
      const both = /^(?:or|and)$/.test(tokens[j + 2]?.text ?? "") && j + 3 < tokens.length && properToken(tokens[j + 3], false, midCaps);
      run.push(...tokens.slice(j, both ? j + 4 : j + 2));
      j += both ? 4 : 2;
    } else if (tokens[j].text === "at" && run.some((x) => x.text === "of") && j + 1 < tokens.length && properToken(tokens[j + 1], false, midCaps) &&
      /^\s$/.test(text.slice(tokens[j].end, tokens[j + 1].start)) && !has(tokens[j + 1], "Place", "Person", "Organization")) {
      run.push(tokens[j], tokens[j + 1]); // "the Safety of Life at Sea convention": a title's "at" is part of it
      j += 2;
    } else if (/^\d{1,3}$/.test(tokens[j].text) && gap === " " && has(prev, "ProperNoun") && !has(prev, "Place", "Person") &&
      // (not "Dellwood High's 960 students": a count of the owner's things)
      !/['’]s$/.test(prev.text) && !(tokens[j + 1]?.sentence === t.sentence && /^\p{Ll}/u.test(tokens[j + 1].text) && has(tokens[j + 1], "Plural"))) {
      run.push(tokens[j]); // "Super Bowl 50", "Apollo 11"
      j++;
      break;
    } else break;
  }
  // ("his String Quartet Op. 76 No. 3": an abbreviation before a number ends no name; the work is the words before it)
  while (run.length > 1 && /^(?:Op|No|Nos|Vol|Fig|BWV|K)$/.test(run[run.length - 1].text) && /^\.?\s*\d/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 4))) {
    run.pop();
    j--;
  }
  // ("the scroll Along the River During the Qingming Festival": a preposition with a capital is a title's word, and
  // no name ends on one)
  while (run.length > 1 && /^(?:During|Along|Before|After|Under|Over|Into|From|Between|Among|Without|Through|Beyond|Against)$/.test(run[run.length - 1].text)) {
    run.pop();
    j--;
  }
  // ("the Eishō-ji Buddhist temple": a faith's adjective before a common noun says what the place is, no part of its name;
  // not "Abu Muslim sent…", and not after another adjective: "a Calvinistic Methodist congregation")
  if (run.length > 1 && /^(?:Buddhist|Hindu|Christian|Catholic|Anglican|Methodist|Baptist|Muslim|Jewish|Orthodox|Protestant|Shinto|Sikh|Jain|Taoist|Zen)$/.test(run[run.length - 1].text) &&
    tokens[j]?.sentence === t.sentence && /^\p{Ll}+$/u.test(tokens[j].text) && has(tokens[j], "Noun") && !has(tokens[j], "Verb", "Pronoun") &&
    text.slice(run[run.length - 1].end, tokens[j].start) === " " && !/^(?:ibn|bin|Abu|Abd)$|(?:ic|al)$/.test(run[run.length - 2].text)) {
    run.pop();
    j--;
  }
  return { run, end: j, possessiveAt, firm };
}
