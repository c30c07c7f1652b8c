// One name, one kind, across the article: the kinds extraction gave each mention, reconciled ("Priestley" is a
// person when "Joseph Priestley" is; "Holt" is the club when "Holt United" is; "the Rosetta Stone" is nobody).
import type { Fact, EntityKind } from "./types";
import { AGES, afterCraftOrWork, afterTownOf, appositiveWork, ORG_WORDS } from "./entity-kinds";
import { firstSense, nounLemma } from "./wordnet";
import { orgKind, type OrgKind } from "./org-kinds";
import { placeSort } from "./place-sorts";
import { unifyFamilies } from "./name-families";
import { sexOfFirstName } from "./first-names";

/** The capitals of a name's words: "Samagi Jana Balawegaya" → "SJB". */
const initialsOf = (name: string) => name.split(/\s+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** The sort of place a lower-case word after a name says it is: "the Genil valley", "the Darro river". */
const GEOGRAPHIC_NOUNS: Record<string, string> = Object.assign(Object.create(null), {
  hill: "land", hills: "land", valley: "land", mountain: "land", mountains: "land", plain: "land", plateau: "land", desert: "land",
  forest: "land", peninsula: "land", coast: "land", river: "river", lake: "lake", sea: "water", bay: "water", gulf: "water",
  strait: "water", island: "island", islands: "island",
});

/** ", a small uninhabited island in …": an appositive that names a sort of place, the noun heading its phrase (not
 * ", a site outside the city"). */
const PLACE_APPOSITIVE = /^,\s(?:a|an)\s(?:(?!(?:the|of|in|outside|inside|beyond|near|from|on|at|to|by|with|for)\s)[\p{Ll}-]+\s){0,3}(island|islands|village|town|city|port|hamlet|hill|valley|mountain|peninsula|river|lake|bay)(?=[,.;:)]|\s(?:in|on|off|of|near|north|south|east|west|that|which|where|with|at|between|about|some|and)\b)/u;

/** A name a thing is called by: "the test known as Ivy Mike", "The rarest variety, Semper Augustus,". The noun before
 * it is no person, no place and no time (a man known as X is a man; "In a statement, Smith" opens no appositive). */
function calledThing(text: string, start: number, name: string): boolean {
  const before = text.slice(Math.max(0, start - 50), start);
  // ("The skip, Brian Castell,": after a comma, only a name that opens on no first name; a role may be any noun)
  const noun = /\b(\p{Ll}+)\s(?:known as|called|named|nicknamed|dubbed)\s(?:the\s)?$/u.exec(before)?.[1] ??
    (sexOfFirstName(name.split(" ")[0]) ? undefined : /(?:^|[.!?]\s+)(?:The|A|An)\s(?:\p{Ll}+\s){0,2}(\p{Ll}+),\s$/u.exec(before)?.[1]);
  const sense = noun ? firstSense(noun) : null;
  // (nor a person, a place, a time or a number: "a mother of seven named Florence Owens Thompson")
  return !!sense && ![18, 15, 23, 28].includes(sense.lexFile) && !/^(?:one|man|woman|boy|girl|son|daughter)$/.test(noun!);
}

/** An office held "of" a department: "Superintendent of", "Minister of the" (no noble's "Duke of", who is a person). */
const OFFICE_OF = /\b(?:Superintendent|Secretary|Minister|Chancellor|Director|Commissioner|Inspector|President|Board|Department|Ministry|Office|Minister-President|Undersecretary|Controller|Comptroller|Surveyor|Master|Keeper|Paymaster|Postmaster)(?:-General)?\s+of\s+(?:the\s+)?$/;

/** What stands before a name that is what letters stand for, a title given, or what a word means: "VOC stood for …",
 * "the title …", 'French for "…"'. */
const CALLED_NOT_PERSON = /\b(?:(?:stood|stands?|short)\s+for|(?:title|rank|epithet|honorific)(?:\s+of)?)\s+["“]?$|\b(?:for|meaning|means|meant|translated as|translates as)\s+["“]$/;

/** One name, one kind: "Priestley" is a person when "Joseph Priestley" is. */
export function retypeByName(facts: Fact[], titleWords: Set<string>, text: string, honouredNames: Set<string>): Fact[] {
  const kindByWord = new Map<string, EntityKind>();
  for (const f of facts) {
    // (what a person is "of" is a place: "Spain" of "Philip II of Spain"; and an epithet no one's name: "Lionheart" of
    // "Richard the Lionheart")
    if (f.kind === "person" && f.text.includes(" ")) for (const w of f.text.replace(/\s+(?:of|the)\s.*$/, "").split(/\s+/)) kindByWord.set(w, "person");
  }
  // "Holt beat Rovers 3-0" after "Holt United": the first word of a club's or a firm's name, alone, is that body, of
  // the sort its full name says (so asked "Which club…?"; a name of no known sort stays a name)
  const orgByFirst = new Map<string, OrgKind>();
  for (const f of facts) {
    const first = f.text.split(/\s+/)[0];
    // (a club or a firm only: "Harlowe Academy" is named after a town that the article also calls "Harlowe")
    const sort = f.kind === "org" && f.text.includes(" ") ? orgKind(f.text) : undefined;
    if ((sort === "club" || sort === "company") && /^\p{Lu}\p{Ll}+$/u.test(first) && !ORG_WORDS.test(first) && !orgByFirst.has(first)) orgByFirst.set(first, sort);
  }
  // "in Holt", "travelled to Paris": a name after a word of place is the place, whatever else it names
  const afterPlaceWord = (f: Fact) => /\b(?:in|at|from|near|to|into|of|around|outside|across|towards?)\s+$/i.test(text.slice(Math.max(0, f.start - 10), f.start));
  const votes = new Map<string, Map<EntityKind, number>>();
  for (const f of facts) {
    const v = votes.get(f.text) ?? new Map();
    v.set(f.kind as EntityKind, (v.get(f.kind as EntityKind) ?? 0) + 1);
    votes.set(f.text, v);
  }
  // "the Rosetta Stone": a name the article writes after "the" is nobody's, in its title or in quotation marks too
  const afterThe = new Set(facts.filter((f) => f.kind !== "person" && f.text.includes(" ") && /\bthe\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start))).map((f) => f.text));
  // ("the Inca state", "Inca engineers": a name the article only ever writes before a common noun is a people's or a
  // culture's, not a place to ask beside towns; a known city or country is still one: "London buses")
  // (twice at least, each time before a noun: "The US abandoned" is the country)
  const attributive = new Map<string, number>();
  for (const f of facts) {
    if ((f.kind !== "place" && f.kind !== "misc") || f.text.includes(" ")) continue;
    const next = /^\s(\p{Ll}+)/u.exec(text.slice(f.start + f.text.length, f.start + f.text.length + 30))?.[1];
    attributive.set(f.text, next && nounLemma(next) && (attributive.get(f.text) ?? 0) >= 0 ? (attributive.get(f.text) ?? 0) + 1 : -1);
  }
  // ("the Genil valley", "the Sabika hill": a name the article only writes before a word for land or water is of that
  // sort, a valley's or a hill's, no town beside Granada)
  const sortByNoun = new Map<string, string | null>();
  for (const f of facts) {
    if ((f.kind !== "place" && f.kind !== "misc") || f.text.includes(" ")) continue;
    const noun = /^\s(\p{Ll}+)/u.exec(text.slice(f.end, f.end + 16))?.[1] ?? "";
    const sort = GEOGRAPHIC_NOUNS[noun];
    // (one mention before any other word, or another sort, and the name is of no sort)
    const before = sortByNoun.has(f.text) ? sortByNoun.get(f.text) : sort;
    sortByNoun.set(f.text, sort && before === sort ? sort : null);
  }
  const scoredSides = new Set([...text.matchAll(/\b(\p{Lu}\p{Ll}+) \d{1,3}\s?[–-]\s?\d{1,3}\b/gu)].map((m) => m[1]));
  const surnames = new Set(facts.filter((f) => f.kind === "person" && f.text.includes(" ")).map((f) => f.text.replace(/\s+(?:of|the)\s.*$/, "").split(/\s+/).pop()!));
  // (a lone surname too: "Mrs Castle" is "Castle")
  const personWords = new Set(facts.filter((f) => f.kind === "person").map((f) => f.text.split(/\s+/).pop()!));
  const firstWords = new Set(facts.filter((f) => f.kind === "person" && f.text.includes(" ")).map((f) => f.text.split(/\s+/)[0]));
  // ("Bao Lin slept…" after "a male named Bao Lin": an animal is an animal wherever the article names it)
  const animals = new Set(facts.filter((f) => f.unit === "animal").map((f) => f.text));
  // ("the village of Ashcombe Vale": a place wherever the article names it, a quotation's first words too)
  // ("whose book Silent Spring": a work or a craft wherever the article names it)
  const worksNamed = new Set(facts.filter((f) => f.kind === "misc" && afterCraftOrWork(text, f.start)).map((f) => f.text));
  const worksByAppositive = new Set(facts.filter((f) => (f.kind === "place" || f.kind === "person") && appositiveWork(text, f.end, f.start)).map((f) => f.text));
  const townsNamed = new Set(facts.filter((f) => f.kind === "place" && afterTownOf(text, f.start)).map((f) => f.text));
  // ('has nicknamed "Big Bertha"': a nickname in quotation marks is a thing's, wherever the article names it again)
  const nicknames = new Set(facts.filter((f) => /\b(?:nicknamed|dubbed)\s+["“]$/.test(text.slice(Math.max(0, f.start - 12), f.start))).map((f) => f.text));
  const inStateOrCountry = (f: Fact) =>
    text.slice(f.end, f.end + 2) === ", " && facts.some((p) => p.start === f.end + 2 && p.kind === "place" && (p.unit === "region" || p.unit === "country"));
  for (const f of facts) {
    // ("Harvard" stays the university in an article titled "Harvard University", whatever John Harvard did)
    // ("a Sherpa from Nepal" is what a man was, whoever else is named Sherpa)
    if (f.kind === "misc" && !f.text.includes(" ") && kindByWord.get(f.text) === "person" && !titleWords.has(f.text) && !/(?:^|\s)an?\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start)) &&
      !afterPlaceWord(f)) f.kind = "person";
    // ("de Klerk" is a person when "F. W. de Klerk" is)
    if (f.kind === "misc" && /^\p{Ll}+\s\p{Lu}/u.test(f.text) && facts.some((p) => p.kind === "person" && p.text.endsWith(` ${f.text}`))) f.kind = "person";
    // ("San Martín believed…" is José de San Martín, not a town named for a saint; "in San Martín" stays the town)
    if (f.kind === "place" && f.text.includes(" ") && !afterPlaceWord(f) && facts.some((p) => p.kind === "person" && p.text.endsWith(` ${f.text}`))) [f.kind, f.unit] = ["person", undefined];
    // ("Bingham returned with further expeditions" after "the explorer Hiram Bingham": a surname the article gives a
    // person is that person, not a small town of the name; a known city or country stays the place: "Washington")
    if (f.kind === "place" && !f.text.includes(" ") && surnames.has(f.text) && !afterPlaceWord(f) && !placeSort(f.text, f.unit) && !titleWords.has(f.text)) [f.kind, f.unit] = ["person", undefined];
    // ("Kanō saw judo as…" after "Kanō Jigorō": so is the first word of a person's name that no list knows for a first
    // name, which is the family name written first, whatever city it spells)
    if (f.kind === "place" && !f.text.includes(" ") && firstWords.has(f.text) && !sexOfFirstName(f.text) && !afterPlaceWord(f) && !titleWords.has(f.text) &&
      !/^(?:North|South|East|West|New|Great|Saint|St|San|Santa)$/.test(f.text)) [f.kind, f.unit] = ["person", undefined];
    // ("Maureen Castle's cottage" beside "Mrs Castle": a first name and a surname the article gives a person is someone,
    // whatever building the surname names)
    if (f.kind === "place" && /^\S+ \S+$/.test(f.text) && sexOfFirstName(f.text.split(" ")[0]) && personWords.has(f.text.split(" ")[1])) [f.kind, f.unit] = ["person", undefined];
    // ("Romeo kills Paris" after "Count Paris": the count again, not the city a sentence travels to)
    if (f.kind === "place" && honouredNames.has(f.text) && !afterPlaceWord(f)) [f.kind, f.unit] = ["person", undefined];
    const sort = orgByFirst.get(f.text);
    // ("a derby in Holt" is the town)
    if (sort && (f.kind === "misc" || f.kind === "person") && kindByWord.get(f.text) !== "person" && !titleWords.has(f.text) &&
      !afterPlaceWord(f)) {
      f.kind = "org";
      f.unit = sort;
    }
    const v = votes.get(f.text)!;
    const best = [...v.entries()].filter(([k]) => k !== "misc").sort((a, b) => b[1] - a[1])[0];
    if (f.kind === "misc" && best) f.kind = best[0];
    if (f.kind === "place" && (attributive.get(f.text) ?? 0) >= 2 && !placeSort(f.text, f.unit)) [f.kind, f.unit] = ["misc", undefined];
    if (f.kind === "place" && !f.unit && sortByNoun.get(f.text)) f.unit = sortByNoun.get(f.text)!;
    // ("beating Kilcrean 24–17": a lone name the article gives a score is a side's, no one's, unless someone bears it)
    if (f.kind === "person" && /^\p{Lu}\p{Ll}+$/u.test(f.text) && !sexOfFirstName(f.text) && !surnames.has(f.text) && scoredSides.has(f.text)) [f.kind, f.unit] = ["org", "club"];
    if (animals.has(f.text)) [f.kind, f.unit] = ["misc", "animal"];
    // ("57,000 Tonga people": a name before "people" or "language" is a people's, no country)
    if (f.kind === "place" && /^\s(?:people|peoples|tribes?|clans?|language|speakers)\b/.test(text.slice(f.end, f.end + 12))) [f.kind, f.unit] = ["misc", undefined];
    // ("the Edwardian building": the name of an age alone is no place)
    if (f.kind === "place" && AGES.test(f.text)) [f.kind, f.unit] = ["misc", undefined];
    if (f.kind === "person" && townsNamed.has(f.text)) [f.kind, f.unit] = ["place", undefined];
    if (f.kind === "person" && (worksNamed.has(f.text) || nicknames.has(f.text))) f.kind = "misc";
    if (f.kind === "person" && afterThe.has(f.text)) f.kind = "misc";
    // "a king known as the Oba" beside "Oba Esigie": a word the article writes after "the" and before names is a title
    // ('"Father of the Nation"': so is a common noun the article writes after "the", capitalised in a title)
    if (f.kind === "person" && !f.text.includes(" ") && /\bthe\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start)) &&
      (firstWords.has(f.text) || (firstSense(f.text.toLowerCase()) && !firstSense(f.text.toLowerCase())?.proper))) f.kind = "misc";
    // ("The BaYei, who arrived from the north": a word with a people's prefix, after "the", is a people, no one)
    if (f.kind === "person" && /^(?:Ba|Ama|Aba|Wa|Ova|Ma|Va|Bo)\p{Lu}\p{Ll}+$/u.test(f.text) && /\bthe\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start))) f.kind = "misc";
    // ("the British Superintendent of Trade", "Secretary of State": what an office is "of" is a department, no one)
    // ("Minister of Development and Technology": words of a dictionary joined by "and" too)
    if (f.kind === "person" && OFFICE_OF.test(text.slice(Math.max(0, f.start - 40), f.start)) &&
      f.text.split(/\s+/).every((w) => /^(?:and|of|the)$/.test(w) || firstSense(w.toLowerCase())) && (!f.text.includes(" ") || / and /.test(f.text))) f.kind = "misc";
    // ("who represents Ellerby East": a name the article writes alone for a place or a thing, then a point of the compass,
    // is a part of that place, no one's surname: "Rebecca West" stays a person)
    const ward = /^(\S+) (?:East|West|North|South|Central|Upper|Lower)$/.exec(f.text)?.[1];
    if ((f.kind === "person" || f.kind === "misc") && ward && facts.some((p) => p.text === ward && p.kind !== "person") && !sexOfFirstName(ward)) [f.kind, f.unit] = ["place", undefined];
    // ("a farm near Little Staverton": a name of no known first name after a word of place is the place; so is any name
    // there before a comma and a state or a country: "her house in Glen Echo, Maryland")
    if ((f.kind === "person" || f.kind === "misc") && /\b(?:near|in|at|outside|around)\s+$/.test(text.slice(Math.max(0, f.start - 8), f.start)) &&
      ((f.kind === "person" && f.text.includes(" ") && !sexOfFirstName(f.text.split(/\s+/)[0])) || inStateOrCountry(f))) [f.kind, f.unit] = ["place", undefined];
    // ("near Bridge Creek and Moore, Oklahoma": a name after a place and "and", before a comma and a state, is a town too)
    if (f.kind === "person" && inStateOrCountry(f) && facts.some((p) => p.kind === "place" && text.slice(p.end, f.start) === " and ")) [f.kind, f.unit] = ["place", undefined];
    // ("The Periplus of the Erythraean Sea, a Greek merchants' handbook": an appositive that calls a name a book or a
    // map makes it a work, whatever word it ends in)
    // (wherever the article names it: 'the "New World" symphony' is no place in "From the New World" either)
    if ((f.kind === "place" || f.kind === "person") && worksByAppositive.has(f.text)) [f.kind, f.unit] = ["misc", undefined];
    // ("Ailsa Craig, a small uninhabited island in the Firth of Clyde": an appositive that calls a name a place makes it one)
    const placeNoun = f.kind === "person" || f.kind === "misc" ? PLACE_APPOSITIVE.exec(text.slice(f.end, f.end + 60))?.[1] : undefined;
    if (placeNoun) [f.kind, f.unit] = ["place", GEOGRAPHIC_NOUNS[placeNoun] ?? (/^(?:village|town|city|port|hamlet)$/.test(placeNoun) ? "city" : undefined)];
    // ("the hydrogen bomb test known as Ivy Mike", "The rarest variety, Semper Augustus, …": a name a thing is called
    // by is no one's, whatever first name it opens with)
    if (f.kind === "person" && calledThing(text, f.start, f.text)) f.kind = "misc";
    // ("Prague's Franz Josef station", "the Kennedy airport": a name before a word for a site is the site's, no one)
    if (f.kind === "person" && /^\s(?:station|airport|bridge|square|street|stadium|hospital|library|museum|park|tower|road|avenue|memorial|cathedral|church|hall|canal|dam)\b/.test(text.slice(f.end, f.end + 12))) [f.kind, f.unit] = ["misc", undefined];
    // ("Little Ashby's summer fete": an English village's name opens on "Little" or "Upper", no first name, or names a
    // building of the place: "Little Ashby Fire Station")
    const village = /^(?:Little|Much|Upper|Lower|Nether|Great) (\p{Lu}\p{Ll}+)$/u.exec(f.text)?.[1];
    if (village && (f.kind === "person" || f.kind === "misc")) {
      const namesPlace = facts.some((p) => p.kind === "place" && p.text.startsWith(`${f.text} `));
      const someonesSurname = facts.some((p) => p.kind === "person" && p.text !== f.text && p.text.endsWith(` ${village}`));
      if ((namesPlace || (f.kind === "person" && !sexOfFirstName(village))) && !someonesSurname) [f.kind, f.unit] = ["place", undefined];
    }
    // ("also known as the Dandi March or Salt Satyagraha": the other names of a thing are a thing's)
    const namedBefore = /\bknown as\s+(?:the\s+)?(\p{Lu}[\p{L}'’ -]*?)\s+or\s+$/u.exec(text.slice(Math.max(0, f.start - 60), f.start))?.[1];
    if (f.kind === "person" && namedBefore && facts.some((p) => p.text === namedBefore && p.kind !== "person")) f.kind = "misc";
    // ("the initials VOC stood for Vergaan Onder Corruptie": what letters stand for is words, no one)
    // ("given the title Grand Marshal of Ayacucho": a title or a rank is what someone was called, no one)
    // ("French for "Red Khmers"": nor what a name means)
    if (f.kind === "person" && CALLED_NOT_PERSON.test(text.slice(Math.max(0, f.start - 16), f.start))) f.kind = "misc";
    // "Islamists", "Varsovians": a group of people, not a person
    // "Baptists", "Roman Catholics": a group of people is not a person to name
    // (not "Evans", "Adams" or "Jordans", surnames WordNet knows as people's)
    const surname = () => { const sense = firstSense(f.text.split(/\s+/).pop()!); return !!sense?.proper && sense.lexFile === 18; };
    if (f.kind === "person" && /(?:^|\s)\p{Lu}\p{Ll}+(?:ists|ians|ans|ites|ics)$/u.test(f.text) && !surname()) f.kind = "misc";
    // ("the Israelites", "the Canaanites": a people, no body to ask "Which organisation…?" of)
    if (f.kind === "org" && /^\p{Lu}\p{Ll}+(?:ites|ians)$/u.test(f.text) && !ORG_WORDS.test(f.text) && !orgKind(f.text)) [f.kind, f.unit] = ["misc", undefined];
    // ("the GIL", "PEP": letters in capitals are an abbreviation, no one's first name, whatever list knows "Gil")
    if (f.kind === "person" && /^\p{Lu}{2,6}$/u.test(f.text) && !text.includes(f.text.charAt(0) + f.text.slice(1).toLowerCase())) f.kind = /\bthe\s$/i.test(text.slice(Math.max(0, f.start - 4), f.start)) ? "misc" : "org";
    // "Prospective Jurors" (a title's words): a name ends in no plural of a common noun
    const last = f.text.split(/\s+/).pop()!;
    if (f.kind === "person" && /^\p{Lu}\p{Ll}+s$/u.test(last) && nounLemma(last) === last.toLowerCase().replace(/s$/, "") && !firstSense(last)?.proper) f.kind = "misc";
  }
  // ("Washington, D.C.": initials after a place and a comma are part of its name, no place of their own)
  const partOfPlace = (f: Fact) => /^(?:\p{Lu}\.){2,}$/u.test(f.text) && facts.some((p) => p.kind === "place" && p.end + 2 === f.start && text.slice(p.end, f.start) === ", ");
  // ("the Church of Our Lady Mary of Zion": a name after "Our Lady" is the rest of a church's name, no one to ask for)
  const afterOurLady = (f: Fact) => /\bOur (?:Lady|Lord|Saviour|Savior)\s+$/.test(text.slice(Math.max(0, f.start - 16), f.start));
  facts = facts.filter((f) => !partOfPlace(f) && !afterOurLady(f));
  // ("The main opposition Samagi Jana Balawegaya (SJB)": a name whose initials the article gives in brackets is a body's,
  // no one's, and so are the initials)
  const bodies = new Set<string>();
  for (const f of facts) {
    const letters = /^\s\((\p{Lu}{2,6})\)/u.exec(text.slice(f.end, f.end + 10))?.[1];
    if (f.kind === "person" && letters && initialsOf(f.text) === letters) bodies.add(f.text).add(letters);
  }
  for (const f of facts) if (f.kind === "person" && bodies.has(f.text)) [f.kind, f.unit] = ["org", undefined];
  // ("Cimentos Atlântico shareholders" after "Portugal's Cimentos Atlântico SA": a firm's name without its legal form)
  const firms = new Set(facts.filter((f) => f.kind === "org" && orgKind(f.text) === "company").map((f) => f.text.replace(/\s+(?:Inc|Ltd|LLC|plc|PLC|GmbH|AG|SA|NV|SpA|AB|ASA|Oyj|Pvt|Bhd|Tbk|BV|Pty|Corp|Co)\.?$/, "")));
  // ("Shares in Cimentos Atlântico jumped": after a word of place too, when it is no place the lists know)
  for (const f of facts) if ((f.kind === "person" || f.kind === "misc" || (f.kind === "place" && !placeSort(f.text, f.unit))) && firms.has(f.text)) [f.kind, f.unit] = ["org", "company"];
  // ("Bete Maryam" beside "Bete Giyorgis": a family of names is of one kind)
  unifyFamilies(facts);
  // ("from Cusco" after "the city of Cusco": one place, one sort)
  const unitOf = new Map(facts.filter((f) => f.kind === "place" && f.unit).map((f) => [f.text, f.unit]));
  for (const f of facts) if (f.kind === "place" && !f.unit && unitOf.has(f.text)) f.unit = unitOf.get(f.text);
  return facts;
}
