// Facts, part 1: named entities (people, places, organisations, other proper names) chunked from the
// tagged tokens: runs of capitalised words ("University of Chicago", "Nagorno-Karabakh"), without
// leading titles ("President", "Prime Minister"), demonyms ("Russian") or "the", and without "'s".
import type { Fact, Sentence } from "./types";
import { wordTags, type Token } from "./nlp";
import { BODY_OPENERS, afterCraftOrWork, afterTownOf, RANK_OF, appositivePerson, COURTESY_TITLE, describedAsPerson, has, kindFromExpansion, isCountryToken, isDemonym, isSubject, isWorkOrEvent, kindOf, namesNoPlaceOrPerson, ORG_WORDS, PLACE_WORDS, SITE_WORDS, strip, TITLES } from "./entity-kinds";
import { firstSense, isDictionaryWord, isVerb } from "./wordnet";
import { CONTINENTS, COUNTRIES, RIVERS } from "./data/pools";
import { placeSort } from "./place-sorts";
import { escapeRegExp, NAMED_BEFORE, SURNAME_PARTICLES } from "./util";
import { CONNECTORS, readRun } from "./name-run-reader";
import { retypeByName } from "./entity-retype";
import { AGENCIES, KIN_OR_FRIEND, NOT_NAMES, PLACE_OPENERS, isCap, namedAsKin, namesSeenMidSentence, nounGoesOn, properToken } from "./name-runs";
import { SAINTS, takeTitles } from "./name-titles";
import { sexOfFirstName } from "./first-names";

/** Words that end a place's name and are common surnames too: "Jane Hill", "Tom Bridge" may be people; "Bell Street",
 * "Union Station" are not. */
const SURNAME_PLACE_WORDS = /^(?:Wall|Castle|Tower|Field|Lake|Bay|Park|Forest|Bridge|Beach|Hills?)$/;
const isAddressWord = (w: string) => w === "Lane" || (PLACE_WORDS.test(w) && !SURNAME_PLACE_WORDS.test(w));

export function extractEntities(text: string, sentences: Sentence[], tokens: Token[]): Fact[] {
  const midCaps = namesSeenMidSentence(tokens);
  const places = new Set(tokens.filter((t) => has(t, "Place", "Country", "City")).map((t) => t.text));
  // words the article also writes in lower case ("teaching", "wall") are common nouns with a capital
  const lowerWords = new Set(tokens.filter((t) => /^\p{Ll}/u.test(t.text)).map((t) => t.text));
  const facts: Fact[] = [];
  // lone city names a title made a person's ("Count Paris"), for the name's other mentions
  const honouredNames = new Set<string>();
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const first = i === 0 || tokens[i - 1].sentence !== t.sentence || /["“(]$/.test(text.slice(tokens[i - 1].end, t.start));
    // a capitalised common noun opening its sentence is part of the name it runs into: "World War II began…"
    const nx = tokens[i + 1];
    // ("Mount Sella last erupted…": the lexicon reads an opening "Mount" as the verb)
    // ("Hollins Homes, which…": nor does a word the dictionary does not know, that the lexicon takes for a plural)
    const leads = first && isCap(t) && /^\p{Lu}\p{Ll}+$/u.test(t.text) && (PLACE_OPENERS.test(t.text) || BODY_OPENERS.test(t.text) || has(t, "Noun") && !has(t, "Pronoun", "Adjective", "Verb", "Adverb") && (!has(t, "Plural") || !firstSense(t.text.toLowerCase()))) &&
      !NOT_NAMES.has(t.text) && !TITLES.test(t.text) && !!nx && nx.sentence === t.sentence && text.slice(t.end, nx.start) === " " &&
      (properToken(nx, false, midCaps) || (nx.text === "&" && !!tokens[i + 2] && properToken(tokens[i + 2], false, midCaps)) ||
        // ("Abd al-Rahman ibn Khaldun was…": an Arabic article joined by a hyphen goes on with the name)
        (/^(?:al|el|ad|an|ar|as|at|az|ash|ud|ul|ur)$/.test(nx.text) && text.slice(nx.end, nx.end + 1) === "-" && !!tokens[i + 2] && properToken(tokens[i + 2], false, midCaps))) && !TITLES.test(nx.text) &&
      // ("Economist Jane Doe" is a role before a name; "Jomo Kenyatta", a first name the lexicon does not know, opens it)
      (!has(nx, "Person", "FirstName", "Honorific") || !firstSense(t.text));
    if (!leads && !properToken(t, first, midCaps)) {
      i++;
      continue;
    }
    const i0 = i;
    const { run, end: j, possessiveAt, firm } = readRun(tokens, i, text, midCaps, places);
    i = j;
    // a possessive inside a run ends the possessor ("NASA's Langley Research Center"), unless one word
    // follows: "Hadrian's Wall" is one name; and unless an acronym after it spells the whole name:
    // "Children's Memorial Health Institute (CMHI)"
    const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(run[run.length - 1].end, run[run.length - 1].end + 14))?.[1];
    const spelledOut = !!acronym && acronym === run.map((x) => x.text[0]).filter((c) => /\p{Lu}/u.test(c)).join("");
    // and unless the possessor is no name the article uses on its own: "Hudson's Bay Company" is one name
    const possessor = possessiveAt ? strip(run[possessiveAt - 1].text).replace(/['’]s$/, "") : "";
    // ("Sirikwa Girls' High School", "Young Farmers' Club": nor is a plural common noun, whoever's it is)
    const commonPlural = !!possessor && /s$/.test(possessor) && !has(run[possessiveAt - 1], "Place", "Person", "FirstName") && !firstSense(possessor.toLowerCase())?.proper &&
      !!firstSense(possessor.toLowerCase());
    const possessorAlone = !!possessor && !commonPlural && new RegExp(`\\b${escapeRegExp(possessor)}\\b(?!['’]s)`).test(text);
    // a country's man or woman is the country's whatever the article says of it ("Ethiopia's Tesfaye Alemu finished")
    const possessorCountry = !!possessor && isCountryToken({ ...run[possessiveAt - 1], text: possessor }, new Set());
    // ("Jane Marcet's Conversations on Chemistry": so does a first name and a surname)
    const possessorPerson = possessiveAt === 2 && has(run[0], "FirstName") && !has(run[0], "Place");
    if (possessiveAt && run.length - possessiveAt >= 2 && !spelledOut && (possessorAlone || possessorCountry || possessorPerson)) run.splice(0, possessiveAt);
    // ("Sun's Kuomintang" where the article names Sun and the Kuomintang alone: the possessor and his party are two names;
    // "Hadrian's Wall" and "Van Diemen's Land", named after someone by a common noun, stay whole)
    else if (possessiveAt && run.length - possessiveAt === 1 && possessorAlone && !PLACE_WORDS.test(run[possessiveAt].text) && !SITE_WORDS.test(run[possessiveAt].text) &&
      !ORG_WORDS.test(run[possessiveAt].text) && !isWorkOrEvent(run) && (!firstSense(run[possessiveAt].text.toLowerCase()) || !!firstSense(run[possessiveAt].text.toLowerCase())?.proper) && text.split(new RegExp(`(?<!['’]s )\\b${escapeRegExp(run[possessiveAt].text)}\\b`)).length > 1) run.splice(0, possessiveAt);
    // "the United Kingdom's GVA": an abbreviation after a possessive is the possessor's thing, not part of a name
    // ("Norvik's European chief executive": a demonym after a possessive says where the possessor's man works)
    // ("Johann Joseph Fux's Gradus ad Parnassum": so does a title's first word after a person's full name, not a war's
    // "Tom Reilly's War")
    else if (possessiveAt && run.length - possessiveAt === 1 && (/^\p{Lu}{2,}$/u.test(run[run.length - 1].text) || isDemonym(run[run.length - 1].text, places) ||
      (possessiveAt >= 2 && has(run[0], "FirstName") && !has(run[0], "Place") && !isWorkOrEvent(run)))) run.splice(possessiveAt);
    const { titled, honoured, listedAfterDemonym } = takeTitles(run, tokens, i0, t, places);
    // a preposition written with a capital ("…, In South Africa in the fight…") opens no name
    const opensWithPreposition = run.length > 1 && (/^(?:In|On|At|By|From|With|To|During|Since|After|Before|Under|Across|Throughout)$/.test(run[0].text) ||
      /^(?:In|On|At|From|With|Under)\s$/.test(text.slice(sentences[t.sentence]?.start ?? 0, run[0].start)));
    while (run.length > 1 && /^(?:In|On|At|By|From|With|To|During|Since|After|Before|Under|Across|Throughout)$/.test(run[0].text)) run.shift();
    // ("At Cornell McClintock developed…": after an opening preposition, a name and the surname of someone the article
    // names in full elsewhere are a place and the subject)
    const subject = run[1]?.text ?? "";
    const elsewhere = opensWithPreposition && run.length === 2 ? text.replace(text.slice(run[0].start, run[1].end), "") : "";
    if (elsewhere && /^\p{Lu}[\p{L}'’-]+$/u.test(subject) && new RegExp(`\\b\\p{Lu}\\p{Ll}+ ${escapeRegExp(subject)}\\b`, "u").test(elsewhere) &&
      !elsewhere.includes(`${run[0].text} ${subject}`) && !has(run[0], "FirstName")) {
      i = tokens.indexOf(run[1]);
      run.pop();
    }
    // "In Egypt Caesar took the side of…": a country, then a name the article uses alone, are two names
    // (a point of the compass is no country of its own: "South Korea" stays whole where the article says "Korea" too)
    // ("In Europe Rizal became…": so are a continent and a name)
    if (run.length === 2 && (has(run[0], "Country") || COUNTRIES.includes(run[0].text) || CONTINENTS.includes(run[0].text) || placeSort(run[0].text) === "country") && !has(run[0], "FirstName") && !/^(?:North|South|East|West|New|Great)$/.test(run[0].text) && !PLACE_WORDS.test(run[1].text) && !ORG_WORDS.test(run[1].text) &&
      !SITE_WORDS.test(run[1].text) && (!firstSense(run[1].text) || !!firstSense(run[1].text)?.proper) && new RegExp(`(?<!${escapeRegExp(run[0].text)}\\s)\\b${escapeRegExp(run[1].text)}\\b`).test(text)) {
      i = tokens.indexOf(run[1]);
      run.pop();
    }
    while (run.length && (CONNECTORS.has(run[0].text) || run[0].text === "the")) run.shift();
    while (run.length && (CONNECTORS.has(run[run.length - 1].text) || run[run.length - 1].text === "the")) run.pop();
    if (!run.length) continue;
    // "Mandela and de Klerk": a lower-case particle before a surname, after no capitalised word, is the surname's
    const particle = tokens[i0 - 1];
    if (particle && particle.sentence === t.sentence && SURNAME_PARTICLES.includes(particle.text) &&
      run[0] === t && text.slice(particle.end, t.start) === " " && !(tokens[i0 - 2]?.sentence === t.sentence && isCap(tokens[i0 - 2]))) run.unshift(particle);
    const last = run[run.length - 1];
    // a compound modifier such as "Moscow-brokered"; but "Chen Wei-ling," is a name whose given name has a hyphen
    const hyphenTail = run.length >= 2 ? /^-\p{Ll}+(?=[,.;:)]|\s+(?:said|says|told|who|and)\b)/u.exec(text.slice(last.end, last.end + 24))?.[0] ?? "" : "";
    if (!hyphenTail && /^-/.test(text.slice(last.end, last.end + 1)) && /^-\p{Ll}/u.test(text.slice(last.end, last.end + 2))) continue;
    // ("the European Commissioner for industry, Hanna Lindqvist": a demonym and a title are an office, not a name)
    // (the tagger takes "Philippines" for a demonym: a country is none)
    // ("West African pilgrims": a point of the compass before a demonym is an adjective too)
    const demonym = (x: Token) => (has(x, "Demonym") && placeSort(x.text) !== "country") || isDemonym(x.text, places);
    if (run.every((x) => demonym(x) || TITLES.test(x.text)) || (run.length === 2 && /^(?:North|South|East|West|Central)$/.test(run[0].text) && demonym(run[1]))) continue;
    // ("including United States Marshal for the District": so are a country and a title after it)
    const titleAt = run.findIndex((x) => TITLES.test(x.text));
    const country = run.slice(0, titleAt).map((x) => x.text).join(" ");
    if (titleAt > 0 && run.slice(titleAt).every((x) => TITLES.test(x.text)) && (placeSort(country) === "country" || (titleAt === 1 && has(run[0], "Country")))) continue;
    if (AGENCIES.test(run.map((x) => x.text).join(" "))) continue;
    if (run.length === 1 && /\d/.test(run[0].text)) continue; // "A2", "V-2": labels, not names
    const initial = run[0] === t && (i0 === 0 || tokens[i0 - 1].sentence !== t.sentence);
    if (run.length === 1 && !has(run[0], "Person", "Place") && (initial || !has(run[0], "ProperNoun")) && lowerWords.has(strip(run[0].text).toLowerCase())) continue;
    // "Rich countries will pay": a sentence's first word that is an adjective written small, before a plural, is no
    // first name ("Trump supporters" keeps its name: "trump" is no adjective)
    const nextWord = tokens[i0 + 1];
    const openerBeforePlural = run.length === 1 && initial && nextWord?.sentence === t.sentence && text.slice(run[0].end, nextWord.start) === " " && /^\p{Ll}+s$/u.test(nextWord.text);
    if (openerBeforePlural && has(nextWord, "Plural") && wordTags(run[0].text.toLowerCase()).has("Adjective")) continue;
    // ("Rail services across the region were suspended": nor is a common noun the article never writes with a capital
    // elsewhere, before a plural the tagger read as a verb and a preposition)
    if (openerBeforePlural && !has(run[0], "Place", "Person") && !midCaps.has(strip(run[0].text)) && firstSense(run[0].text.toLowerCase())?.proper === false &&
      firstSense(nextWord.text.replace(/s$/, ""))?.proper === false && has(tokens[i0 + 2] ?? nextWord, "Preposition")) continue;
    // "Name the technique…", "Explain what…": a sentence that opens on a verb's bare form before a determiner bids
    if (run.length === 1 && initial && nextWord?.sentence === t.sentence && /^(?:the|a|an|your|each|every|this|these|what|how|why|which)$/.test(nextWord.text) && wordTags(run[0].text.toLowerCase()).has("Infinitive")) continue;
    if (/^(?:Anglo|Franco|Sino|Russo|Austro|Indo|Afro|Euro|Judeo|Greco|Pan)-\p{Lu}\p{Ll}+$/u.test(text.slice(run[0].start, last.end))) continue;
    if (/--|—/.test(text.slice(run[0].start, last.end))) continue;
    // a lone "Palace", "War", "Park" is a common noun with a capital
    // (so is a lone "City" for "the City of London", or "State")
    if (run.length === 1 && (ORG_WORDS.test(strip(run[0].text)) || PLACE_WORDS.test(strip(run[0].text)) || /^(?:War|Wars|Revolution|Treaty|Act|Law|Prize|Award|Cup|Games|Olympics|City|Town|Village|Borough|Kingdom|State|Capital)$/.test(strip(run[0].text)))) continue;
    if (run.length === 1 && has(run[0], "Adjective") && !has(run[0], "ProperNoun")) continue;
    // ("Key term — Partially permeable membrane:", "Stage 2 — Early expanding:": a label's first word after a dash is
    // written with a capital like a sentence's; a word a dictionary knows, not as a name, is none)
    if (run.length === 1 && /[—–]\s$/.test(text.slice(Math.max(0, run[0].start - 2), run[0].start)) && /^\s\p{Ll}/u.test(text.slice(run[0].end, run[0].end + 2)) &&
      isDictionaryWord(run[0].text) && !firstSense(run[0].text.toLowerCase())?.proper && !has(run[0], "Person", "Place")) continue;
    const nextTok = tokens[j];
    // "known as the Calvin cycle,", "the Krebs cycle": a name and the common noun after it that the article gives as a
    // name, or that WordNet knows together, are one term
    if (run.length <= 2 && nextTok && nextTok.sentence === t.sentence && text.slice(last.end, nextTok.start) === " " && /^\p{Ll}{3,}$/u.test(nextTok.text) && (has(nextTok, "Noun") || !!firstSense(nextTok.text)) &&
      // ("the Vistula river" is a place)
      !PLACE_WORDS.test(nextTok.text.charAt(0).toUpperCase() + nextTok.text.slice(1)) &&
      ((NAMED_BEFORE.test(text.slice(sentences[t.sentence].start, run[0].start)) && /^[,.;:)]/.test(text.slice(nextTok.end, nextTok.end + 1))) ||
        (!!firstSense(`${text.slice(run[0].start, last.end)} ${nextTok.text}`) && !nounGoesOn(tokens, j, text)))) {
      // ("some B and T cells": a letter before "and" shares the noun, and "B and _____ → T cells" is a cut phrase)
      if (/(?<![\p{L}\p{N}])\p{Lu}\s+(?:and|or)\s+$/u.test(text.slice(Math.max(0, run[0].start - 8), run[0].start))) {
        i = j + 1;
        continue;
      }
      const sentence = sentences[t.sentence];
      facts.push({ kind: "term", text: text.slice(run[0].start, nextTok.end), start: run[0].start, end: nextTok.end, sentence: t.sentence, subject: sentence ? isSubject(text, sentence, run[0].start, tokens, j + 1) : false });
      i = j + 1;
      continue;
    }
    if (run.length === 1 && nextTok && nextTok.sentence === t.sentence && text.slice(last.end, nextTok.start) === " " &&
      /^\p{Ll}/u.test(nextTok.text) && has(nextTok, "Noun") && !has(nextTok, "Pronoun", "Verb") && !has(run[0], "Place", "Person")) continue;
    // a quotation opens like a sentence: "Thoreau had advised, “Resign.”" names nobody
    if (run.length === 1 && /["“‘']$/.test(text.slice(Math.max(0, run[0].start - 1), run[0].start)) && has(run[0], "Verb", "Adjective", "Adverb") &&
      !has(run[0], "Place", "Person", "Organization")) continue;
    // ("Central and South America", "North and South Korea": a point of the compass that shares the name after "and" is
    // no name alone)
    if (run.length === 1 && /^(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)$/.test(run[0].text) &&
      /^\s+(?:and|or)\s+(?:North|South|East|West|Central|Northern|Southern|Eastern|Western|Upper|Lower)\s+\p{Lu}/u.test(text.slice(run[0].end, run[0].end + 40))) continue;
    // ("3. Close the switch and record…": a numbered step's bare verb before its object is an instruction, no name)
    if (run.length === 1 && /^(?:the|a|an|your|each|all|both)$/.test(tokens[j]?.text ?? "") && tokens[j]?.sentence === t.sentence &&
      (/^(?:\d{1,2}[.)]|[-•*])\s*$/.test(text.slice(sentences[t.sentence]?.start ?? run[0].start, run[0].start)) || (sentences[t.sentence]?.listed && sentences[t.sentence].start === run[0].start)) &&
      isVerb(run[0].text) && !has(run[0], "Person", "Place")) continue;
    // ("KSh 450,000", "Rs 5,000": a currency's letters before a sum are part of the sum)
    if (run.length === 1 && /^(?:KSh|Ksh|Rs|INR|ZAR|USD|EUR|GBP|NZD|AUD|CAD|CHF)$/.test(run[0].text) && /^\.?\s?\d/.test(text.slice(run[0].end, run[0].end + 3))) continue;
    // "Week", "Day", "Article" alone are not names
    if (run.length === 1 && /^(?:Week|Day|Year|Month|Article|Section|Chapter|Part|Phase|Stage|Game|Round|Page)$/.test(run[0].text)) continue;
    // "9 degrees Celsius": a temperature scale is a unit, not a name to ask for
    if (run.length === 1 && /^(?:Celsius|Fahrenheit|Kelvin|Centigrade)$/.test(run[0].text)) continue;
    // "Deputy Mayor for Transport Tomas Lindqvist": after an office's "for", the words before a name of two are its brief;
    // two words or fewer are the brief alone ("Under-Secretary of State for Scientific Research")
    const office = run[0] === t && tokens[i0 - 1]?.text === "for" && tokens[i0 - 2]?.sentence === t.sentence && TITLES.test(tokens[i0 - 2].text);
    const brief = office && run.length <= 2;
    if (office && run.length >= 3) run.splice(0, run.length - 2);
    // ("al-Abbas ibn Abd al-Muttalib", "el-Sisi": an Arabic article joined by a hyphen opens the name)
    const arabicArticle = /(?<![\p{L}-])(?:al|el|ad|an|ar|as|at|az|ash|ud|ul|ur)-$/u.exec(text.slice(Math.max(0, run[0].start - 4), run[0].start))?.[0] ?? "";
    const start = run[0].start - arabicArticle.length;
    let span = text.slice(start, last.end + hyphenTail.length);
    span = span.replace(/['’]s$|['’]$/, "");
    // ("the store Liberty & Co., whose fabrics…": a firm's abbreviation keeps its point inside a sentence)
    if (/\b(?:Co|Ltd|Inc|Bros|Corp)$/.test(span) && /^\.(?:,|\s\p{Ll})/u.test(text.slice(start + span.length, start + span.length + 3))) span += ".";
    if (span.length < 2 || /^\p{Lu}$/u.test(span)) continue;
    let { kind, unit } = kindOf(run);
    if (listedAfterDemonym && kind === "place") [kind, unit] = ["person", undefined];
    if (kind === "misc" && run.length === 1 && placeSort(span) === "country") [kind, unit] = ["place", "country"];
    // "Wonderful Adventures of Mrs. Seacole": words that are no title nor name, "of" a titled person, name a work
    const ofAt = run.findIndex((x) => x.text === "of");
    if (kind === "person" && ofAt > 0 && /^(?:Mr|Mrs|Ms|Miss|Dr)$/.test(run[ofAt + 1]?.text ?? "") && !run.slice(0, ofAt).some((x) => TITLES.test(x.text) || has(x, "FirstName", "Person"))) kind = "misc";
    // Australia is a continent beside other continents ("Africa, Asia and Australia"), else the country: "lobbying by
    // Australia" asks for Japan or New Zealand, not Antarctica
    if (unit === "continent" && span === "Australia" && !CONTINENTS.some((c) => c !== span && sentences[t.sentence]?.text.includes(c))) unit = "country";
    // ("he was made Count of Vidigueira": a name no dictionary knows after a rank's "of" is the rank's land)
    const rankLand = kind === "misc" && run.length <= 2 && RANK_OF.test(text.slice(Math.max(0, start - 16), start));
    if (rankLand) [kind, unit] = ["place", undefined];
    // "President Eisenhower", "Dr Debus": a title makes a person
    if (!rankLand && (kind === "misc" || (kind === "place" && !unit)) && titled && run.length <= 3) kind = "person";
    // "Count Paris", "President Lincoln": a title only a person bears, before a lone city's name, makes the city's
    // name a person's (not "Former Yugoslavia")
    // ("the King of Spain", "the Bishop of Rome" are no men named Spain or Rome; "the Duke of Wellington" is Wellington)
    const ruledPlace = rankLand || kind === "place" && honoured && /\bof\s$/.test(text.slice(Math.max(0, start - 4), start)) && (unit === "country" || /\b(?:King|Queen|Emperor|Empress|Bishop|Archbishop|Prince|Princess|Sultan|Tsar|Pope|Patriarch|Governor|Mayor|President)\s+of\s$/.test(text.slice(Math.max(0, start - 16), start)));
    if (kind === "place" && honoured && run.length === 1 && !ruledPlace) {
      [kind, unit] = ["person", undefined];
      honouredNames.add(span);
    }
    const prevTok = tokens[i0 - 1];
    // "President Grover Cleveland": a titled first name makes a person, whatever city the surname also names
    const titledBefore = titled || (!!prevTok && prevTok.sentence === t.sentence && TITLES.test(prevTok.text) && !SAINTS.test(prevTok.text));
    if (kind === "place" && titledBefore && run.length >= 2 && has(run[0], "FirstName")) kind = "person";
    // ("Jane Hill, 54, said…", "Prosecuting, Helen Marsh told the court": a first name and a surname that names a place
    // is a person's when an age, a verb of saying or an appositive for a person follows)
    // (not a street or a station, nor a name after a word of place: "a midwife from Bell Street, who…")
    if (kind === "place" && run.length === 2 && !!sexOfFirstName(strip(run[0].text)) && !wordTags(strip(run[0].text)).has("Place") && !isAddressWord(strip(run[1].text)) &&
      !/\b(?:from|in|at|on|near|of|to|into|along|across|outside)\s$/.test(text.slice(Math.max(0, start - 8), start)) &&
      (describedAsPerson(text, start, last.end) || /^,\s\d{1,3},/.test(text.slice(last.end, last.end + 6)))) [kind, unit] = ["person", undefined];
    // ("Station mechanic Bethan Griffiths-Ward, 41, said": two or three plain name words and an age after them are a
    // person's, whatever the tagger makes of names it does not know)
    if (kind !== "person" && run.length >= 2 && run.length <= 3 && /^,\s\d{1,3},\s/.test(text.slice(last.end + hyphenTail.length, last.end + hyphenTail.length + 7)) &&
      !run.some((x) => ORG_WORDS.test(strip(x.text)) || PLACE_WORDS.test(strip(x.text)) || SITE_WORDS.test(strip(x.text)) || has(x, "Country", "City")) &&
      !/\b(?:from|in|at|on|near|of|to|into|along|across|outside)\s$/.test(text.slice(Math.max(0, start - 8), start))) [kind, unit] = ["person", undefined];
    // ("Shivaji Bhonsle (1630–1680) built…": a name of words no dictionary knows, with a span of years after it, is a life)
    if ((kind === "misc" || (kind === "place" && !unit)) && run.length >= 2 && run.length <= 4 && !isWorkOrEvent(run) &&
      /^\s\((?:c\.\s?|born\s|b\.\s)?\d{3,4}\s?[–-]\s?(?:c\.\s?)?\d{2,4}\)/.test(text.slice(last.end, last.end + 20)) &&
      run.every((x) => /^\p{Lu}/u.test(x.text) && !ORG_WORDS.test(strip(x.text)) && !PLACE_WORDS.test(strip(x.text)) && (has(x, "FirstName") || !firstSense(strip(x.text).toLowerCase())))) [kind, unit] = ["person", undefined];
    // ("Gareth Jones, 49, a sheep farmer from Cwm Bach": where a person named just before, in an appositive, is from is
    // a place)
    const origin = (kind === "person" || kind === "misc") && !titledBefore ? /\p{L},\s(?:\d{1,3},\s)?(?:a|an)\s(?:[\p{L}-]+\s){0,3}([\p{L}-]+)\s(?:from|in)\s$/u.exec(text.slice(Math.max(0, start - 60), start)) : null;
    if (origin && (has(prevTok ?? t, "Actor") || /(?:er|or|ist|ian|ant|ent|man|woman)$/.test(origin[1]))) [kind, unit] = ["place", undefined];
    // "Professor Kenji Morita", "Dr. Ana Ruiz": an honorific only a person bears, whatever the tagger knows of the name
    if (kind === "misc" && run.length >= 2 && run.length <= 3 && !!prevTok && prevTok.sentence === t.sentence && /^(?:Dr|Mr|Mrs|Ms|Prof|Professor|Sir|Dame)$/.test(prevTok.text)) kind = "person";
    // ("the American writer Washington Irving": so does one before a name that goes on with a person's name)
    if ((kind === "misc" || (kind === "place" && run.slice(1).some((x) => has(x, "Person")))) && run.length >= 2 && run.length <= 3 && prevTok && prevTok.sentence === t.sentence && /^\p{Ll}/u.test(prevTok.text) && isRoleNoun(prevTok)) [kind, unit] = ["person", undefined];
    if (kind === "misc" && run.length >= 2 && run.length <= 3 && describedAsPerson(text, start, last.end)) kind = "person";
    // "his friend Banquo", "Banquo's son Fleance", "Duncan's sons, Malcolm and…", "Macduff, who…", "Creon, the current
    // King": a lone name is a person's only on such plain evidence (a ship or a horse has no friends and no sons)
    if (kind === "misc" && run.length === 1 && ((!!prevTok && prevTok.sentence === t.sentence && KIN_OR_FRIEND.test(prevTok.text) && /^,?\s$/.test(text.slice(prevTok.end, start))) ||
      // ("a nurse from Reading, who lost…": after a word of place the "who" is the person's before it)
      (/^,\s+who\s/.test(text.slice(last.end, last.end + 8)) && !/\b(?:from|in|at|near|of|to|outside)\s$/.test(text.slice(Math.max(0, start - 8), start))) ||
      appositivePerson(text, last.end, true))) kind = "person";
    // ("created by Kanō Jigorō, who was born…": a name of two or three words with a "who" after it is a person's, whatever
    // city its first word spells)
    // (not "Koorinda Heights, who won the previous two pennants": a side named by a place, whose words the dictionary knows)
    if (kind === "place" && run.length >= 2 && run.length <= 3 && run.every((x) => !firstSense(x.text.toLowerCase()) || !!firstSense(x.text.toLowerCase())?.proper) &&
      !run.some((x) => PLACE_WORDS.test(x.text) || SITE_WORDS.test(x.text)) && /^,\s+who\s/.test(text.slice(last.end, last.end + 8)) &&
      !/\b(?:from|in|at|near|of|to|outside)\s$/.test(text.slice(Math.max(0, start - 8), start))) [kind, unit] = ["person", undefined];
    // "a nobleman called Paris", "a boy named Jack": what a person is called is a person's name, whatever city it names
    if (kind === "place" && run.length <= 2 && /\b(?:man|woman|boy|girl|nobleman|noblewoman|knight|servant|friend|son|daughter|brother|sister|cousin|lord|lady|merchant|soldier|child|baby|character|youth|priest|monk|farmer|sailor|student|teacher|doctor|husband|wife) (?:called|named) $/.test(text.slice(Math.max(0, start - 24), start))) {
      kind = "person";
      unit = undefined;
    }
    // "a four-year-old male named Bao Lin", "a dog called Rex": an animal's name is nobody's
    const callee = /\b(\p{L}+),?\s(?:named|called|nicknamed)\s$/u.exec(text.slice(Math.max(0, start - 30), start))?.[1];
    // ("Colin, a Hermann's tortoise,": so is one an appositive calls an animal)
    const animalNoun = /^,\s+an?\s+(?:[\p{L}'’-]+\s+){0,3}?(\p{Ll}{3,})[,.]/u.exec(text.slice(last.end, last.end + 60))?.[1];
    if ((callee && (callee === "cub" || firstSense(callee)?.lexFile === 5)) || (animalNoun && firstSense(animalNoun)?.lexFile === 5)) [kind, unit] = ["misc", "animal"];
    // ("The ward, named Willow Ward": and what a thing is named is no person's name)
    // (a thing, a place or a body: not "a mother of seven named Florence Owens Thompson")
    else if (callee && kind === "person" && THING_FILES.has(firstSense(callee)?.lexFile ?? -1) && !firstSense(callee)?.proper) kind = "misc";
    // ("an Atlantic 85 called Morwenna Mary", "a Boeing 747 named City of Derry": a model's number before the name)
    else if (kind === "person" && /\p{Lu}\p{Ll}+\s\d{1,4}[A-Z]?,?\s(?:named|called)\s$/u.test(text.slice(Math.max(0, start - 30), start))) kind = "misc";
    // ("Hagia Sophia", "Agios Nikolaos": a building or a town named for a saint, in Greek)
    if (run.length >= 2 && /^(?:Hagia|Hagios|Agia|Agios)$/.test(run[0].text)) [kind, unit] = ["place", "site"];
    // "the astronauts Neil Armstrong and Buzz Aldrin": a name joined to a person's by "and" is another person's
    // ("Edmund Hillary of New Zealand and Tenzing Norgay": the person's place between them changes nothing)
    const prevFact = facts[facts.length - 1];
    const placed = prevFact?.kind === "place" && facts[facts.length - 2]?.kind === "person" && /^\s+(?:of|from)\s+$/.test(text.slice(facts[facts.length - 2].end, prevFact.start));
    const partner = placed ? facts[facts.length - 2] : prevFact;
    if (kind === "misc" && run.length >= 2 && run.length <= 3 && partner?.kind === "person" && partner.text.includes(" ") && /^\s+and\s+$/.test(text.slice(prevFact.end, start)) &&
      !isWorkOrEvent(run)) kind = "person";
    // ("his sons, Malcolm and Donalbain": so is a lone name joined to a lone name of kin)
    if (kind === "misc" && run.length === 1 && prevFact?.kind === "person" && !prevFact.text.includes(" ") && /^\s+and\s+$/.test(text.slice(prevFact.end, start)) &&
      namedAsKin(text, prevFact.start)) kind = "person";
    // "Ethiopia's Tesfaye Alemu finished second": two words the dictionary does not know, owned by a country, are a
    // person of that country
    if (kind === "misc" && run.length === 2 && possessorCountry && run.every((x) => !firstSense(strip(x.text)))) kind = "person";
    // "public courts in Moss Side": two everyday words after "in" are a district, not a man named Side
    if (kind === "person" && run.length === 2 && !titledBefore && !has(run[0], "FirstName") && run.every((x) => firstSense(strip(x.text))) &&
      /\b(?:in|at|near|around)\s$/.test(text.slice(Math.max(0, start - 7), start)) && !describedAsPerson(text, start, last.end)) {
      kind = "place";
      unit = undefined;
    }
    // "now part of Milton Keynes", "the town of Bletchley": what a place is part of, or a town is called, is a place
    // (not "part of Mrs Castle's family")
    if ((kind === "person" || kind === "misc") && !titledBefore && !COURTESY_TITLE.test(run[0].text) && afterTownOf(text, start)) {
      kind = "place";
      unit = undefined;
    }
    // "a spokeswoman for the group Wild Not Caged", "the Dutch drinks group Brouwers Groep", "campaigning under the name
    // Save Millfield": what a group or a firm is called is a body
    if ((kind === "person" || kind === "misc") && !titledBefore && /\b(?:(?:[Tt]he|[Aa]n?)(?:\s[\p{L}-]+){0,2}\s(?:group|campaign|charity|organi[sz]ation|firm|company|contractor|developer|operator|band|movement|association|society|coalition|alliance|network),?|under the (?:name|banner)|spokes(?:man|woman|person) for(?: the)?)\s$/u.test(text.slice(Math.max(0, start - 40), start))) [kind, unit] = ["org", undefined];
    // "the firm's best-known beer, Kettleby Gold": a name set beside someone's thing is the thing's
    // ("fitted to a Rolls-Royce car", "a Massey Ferguson 35": after "a", a name before a thing's noun or a model's
    // number is a make, nobody's name)
    if (kind === "person" && /\b(?:a|an)\s$/i.test(text.slice(Math.max(0, start - 3), start))) {
      const after = /^\s(\p{Ll}+|\d[\d/.-]*)\b/u.exec(text.slice(last.end + hyphenTail.length, last.end + hyphenTail.length + 24))?.[1];
      if (after && (/^\d/.test(after) || (THING_FILES.has(firstSense(after)?.lexFile ?? -1) && wordTags(after).has("Noun") && !wordTags(after).has("Pronoun") && !wordTags(after).has("Verb")))) kind = "misc";
    }
    const owned = kind === "person" ? /(?:['’]s|\b(?:its|his|her|their|our|my))\s+(?:[\p{L}-]+\s+){0,2}(\p{Ll}+),\s$/u.exec(text.slice(Math.max(0, start - 50), start))?.[1] : undefined;
    // (not a man of an age: "The lifeboat's helm, Gethin ap Rhys, 34,")
    if (owned && [5, 6, 10, 13].includes(firstSense(owned)?.lexFile ?? -1) && !/^,\s\d{1,3},/.test(text.slice(last.end, last.end + 6))) kind = "misc";
    // 'nicknamed "Big Bertha"', "Great Moravia": a name alone in quotation marks, or one led by "Great", is nobody's
    if (kind === "person" && ((/["“]$/.test(text.slice(start - 1, start)) && /^["”]/.test(text.slice(start + span.length))) || run[0].text === "Great")) kind = "misc";
    // whatever the words around it say, a law, a war or a project is not a person
    if (isWorkOrEvent(run)) kind = "misc";
    // a firm named after two people ("Harland and Wolff") is no person
    if (firm) [kind, unit] = ["org", undefined];
    // "the Greens", "the Broncos": no one's name follows "the"; a plural after it is a party, a team or a people.
    // "Australian Greens", "Young Turks": a people's adjective before a plural is a party or a movement (not "Bethan
    // Hughes, 63,": a woman of an age)
    if (kind === "person" && /[^s]s$/.test(span) && (/\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start)) ||
      (/^(?:\p{Lu}\p{Ll}+(?:an|ian|ish|ese|ic|i)|Young|Old|New|Free)\s\p{Lu}\p{Ll}+[^s]s$/u.test(span) && !/^,\s\d{1,3},/.test(text.slice(start + span.length, start + span.length + 6))))) kind = "org";
    // "the wildlife of the Maasai Mara": no one's full name follows "the" either
    else if (kind === "person" && run.length >= 2 && !titledBefore && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start))) kind = "misc";
    // "the carrier USS Hornet", "HMS Beagle": a ship is nobody
    if (kind === "person" && /^(?:USS|HMS|RMS|SS|HMAS|HMCS|MV|RV)\s/.test(span)) kind = "misc";
    // "a Sherpa from Nepal": a lone word after "a" is what someone is, not who
    if (kind === "person" && run.length === 1 && /(?:^|\s)an?\s$/i.test(text.slice(Math.max(0, start - 4), start))) kind = "misc";
    // "Gandhi's Satyagraha": a person's thing, not the person
    if (kind === "person" && /['’]s\s/.test(span)) kind = "misc";
    if (brief && kind === "person" && !has(run[0], "FirstName")) kind = "misc";
    // "Apollo 8, who…", "Gemini 12": a name that ends in a number is a mission's or a model's, no one's
    if (kind === "person" && /^\d+$/.test(last.text)) kind = "misc";
    // (an office "of" a place, a work's name, a stage of a language: no place and nobody)
    const thing = namesNoPlaceOrPerson(run.map((x) => x.text), span, kind);
    if (thing) [kind, unit] = [thing, undefined];
    // "the ship John of London", "the B-29 bomber Enola Gay", "whose book Silent Spring": a craft's or a work's name names no one
    if (afterCraftOrWork(text, start)) kind = "misc";
    // "King of Thebes", "Governor of Bengal": what a ruler is "of" is a place
    if (run.length <= 2 && /\b(?:King|Queen|Emperor|Empress|Duke|Duchess|Prince|Princess|Kingdom|Governor|Mayor|Bishop|Archbishop|Sultan|Emir|Shah|Tsar|Czar) of\s$/i.test(text.slice(Math.max(0, start - 16), start)) &&
      (kind === "person" || kind === "misc")) kind = "place";
    // "the Vistula river": a river's name, whatever else the word could be
    if (/^\s+rivers?\b/.test(text.slice(last.end, last.end + 8)) && (kind === "place" || kind === "misc")) {
      kind = "place";
      unit = "river";
    }
    // "Two great rivers, the Nile and the Niger": a river that shares a country's name, after "the", where the sentence
    // speaks of rivers
    if (run.length === 1 && RIVERS.includes(span) && (COUNTRIES.includes(span) || has(run[0], "Country")) && /\bthe\s$/i.test(text.slice(Math.max(0, start - 4), start)) && /\brivers?\b/i.test(sentences[t.sentence]?.text ?? "")) {
      kind = "place";
      unit = "river";
    }
    const sentence = sentences[t.sentence];
    facts.push({
      kind,
      unit,
      text: span,
      start,
      end: start + span.length,
      sentence: t.sentence,
      subject: sentence ? isSubject(text, sentence, start, tokens, j) : false,
    });
  }
  const title = sentences.find((s) => s.heading && s.index === 0)?.text ?? "";
  // (a title that is a person's name gives its words to the person: "Galileo" in a life of "Galileo Galilei")
  const titleIsPerson = facts.some((f) => f.kind === "person" && f.text === title.trim());
  return retypeByName(kindFromExpansion(facts, text), new Set(titleIsPerson ? [] : title.split(/\s+/)), text, honouredNames);
}

/** WordNet's files of artifacts, groups, places and objects, whose names are nobody's. */
const THING_FILES = new Set([6, 14, 15, 17]);

/** "explorer Roald Amundsen", "courier Ramil Iskenderov": a role noun before a name. */
function isRoleNoun(t: Token): boolean {
  if (has(t, "Actor")) return true;
  // ("the inner Solar System": an adjective is no calling)
  if (has(t, "Adjective") && !has(t, "Noun")) return false;
  // ("the Main Current or North Atlantic Drift": "or" and "for" are no callings)
  return t.text.length > 3 && /(?:ist|ian|or|er|ant|ent)$/.test(t.text) && !/^(?:whether|however|river|center|centre|corner|border|quarter|water|summer|winter|number|member|order|floor|door|tower|either|never|other|under|after|over|rather|later|per|prior|major|minor|inner|outer|upper|lower|former|latter|elder|government|agent|event|content|extent|percent|parent|current|recent|present|plant|giant)$/.test(t.text);
}
