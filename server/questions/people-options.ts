// Wrong options for a person from shipped lists of famous people: only of the trade the stem names ("President
// _____", "the chemist _____", "Architect _____") and grown up and at work in the stem's time. Beside an analyst the
// stem says nothing of, Churchill or Darwin would be a give-away, so such a key gets none (the article's own people
// are asked first anyway).
import { COUNTRY_GROUPS, FAMOUS_PEOPLE, LEADERS_BY_REGION, MONARCHS, PEOPLE_BY_FIELD, POETS, SCIENTISTS, US_PRESIDENTS, WORLD_LEADERS } from "./data/pools";
import { POPES } from "./data/popes";
import { escapeRegExp, remembered, surnameOf } from "./util";
import { eraOf, middle, paragraphTime, personEra, reportOfTheWeek, todaysStory, yearsIn } from "./people-eras";

// ("general" is a soldier's rank, not the "general" of "general relativity" or "in general")
const LEADER_CUES = /\b(?:president|prime minister|minister|king|queen|emperor|empress|chancellor|(?<!\bin\s)general(?!\s+(?:relativity|public|elections?|assembly|strike|practitioners?|knowledge|theory|rules?|purpose|managers?|secretary|store|hospital|population|idea|sense|interest|agreement|consensus|trend|principles?|level|terms?)\b)|leader|senator|governor|mayor|prince|princess|khan|sultan|tsar|pope|army|military|(?<!\bprisoners? of\s)war|elect\w*)\b/i;
const SCIENCE_CUES = /\b(?:chemist|physicist|scientist|biologist|mathematician|inventor|engineer|astronomer|discover\w*(?!\s+(?:land|lands|island|islands|coast|coasts|continent|world|territor\w*|rivers?|route|passage|sea|seas|bay))|experiment\w*|theory|element|laboratory|force|motion|physics|gravity|energy|atom\w*|chemi\w*|biolog\w*|mathemat\w*|prime|theorem|law of)\b/i;
const ARTS_CUES: [keyof typeof PEOPLE_BY_FIELD, RegExp][] = [
  // ("one of the main architects of the Social Security Act" built no house: an architect of a capitalised thing is a
  // maker of a law or a plan)
  ["architecture", /\b(?:architects?(?!\s+of\s+(?:the\s+)?\p{Lu})|architecture|architectural)\b/iu],
  ["music", /\b(?:composers?|musicians?|pianists?|singers?|performers?|rappers?|symphony|opera|concerto|sonata)\b/i],
  ["painting", /\b(?:painters?|painting|paintings|sculptors?|portrait)\b/i],
  ["writers", /\b(?:writers?|poets?|novelists?|authors?|playwrights?|novel|poem|poetry|essay)\b/i],
];

/** Music of the last hundred years that is not classical: jazz, rock, pop, the blues. */
const POPULAR_MUSIC = /\b(?:jazz|rock(?: and roll|'n'roll)|pop (?:music|songs?|stars?|singers?)|blues|hip[- ]hop|rappers?|reggae|punk|saxophon(?:e|ist)s?|bands?|albums?)\b/i;

/** The sciences by the words of their stems, the most telling first. */
const SCIENCE_FIELDS: [keyof typeof PEOPLE_BY_FIELD, RegExp][] = [
  ["mathematics", /\b(?:mathematician|mathematics|mathematical|theorem|primes?|algebra|geometry|calculus|equations?|arithmetic|integers?)\b/i],
  // ("one of the most played sports on the planet": the planet that ends a clause is the world, no astronomy)
  ["astronomy", /\b(?:astronomer|astronomy|planets|planet(?!\s*[.,;:!?])|telescope|comets?|heliocentric|stars)\b/i],
  ["earth", /\b(?:geologist|geology|geological|rocks?(?!\s+(?:group|band|music|musicians?|stars?|singers?|concerts?|festival|and roll))|fossils?|strata|stratigraphy|earthquakes?|tectonics?|minerals?|continental drift)\b/i],
  ["chemistry", /\b(?:chemist|chemistry|chemical|elements?|compounds?|oxygen|hydrogen|gas|gases|reactions?|molecules?|molecular|atoms?|atomic|combustion)\b/i],
  ["life", /\b(?:biologist|biology|species|evolution|cells?|diseases?|bacteri\w*|virus\w*|immun\w*|medicine|medical|vaccines?|plague|physician|anatomy|botan\w*)\b/i],
  // ("force", "energy" and "light" are words of war and politics as much as of physics)
  ["physics", /\b(?:physicist|physics|motion|gravity|gravitation|relativity|quantum|electricity|electromagnet\w*|magnetism|optics)\b/i],
];

/** A stem that names the person's trade outside the sciences: "the historian _____ wrote about the plague" is no scientist;
 * nor is "Lumina's chief executive, _____, … trains 600 engineers" (a firm's people), nor "the archaeologist _____" or
 * "the French engineer _____" (no Crick, no Heisenberg: we ship no famous engineers or archaeologists), nor "Year 6
 * teacher _____, who adapted the script from Kenneth Grahame's 1908 novel" (no Kafka, no Woolf). */
const OTHER_TRADE_WORDS = "historian|journalist|explorer|navigator|mariner|sailor|missionary|conquistador|settler|colonist|pirate|privateer|lawyer|judge|priest|bishop|monk|merchant|trader|soldier|officer|diplomat|chronicler|philosopher|theologian|chief executive|executive|CEO|chairman|chairwoman|founder|co-founder|entrepreneur|businessman|businesswoman|investor|banker|spokesman|spokeswoman|spokesperson|engineer|inventor|archaeologist|anthropologist|egyptologist|geographer|linguist|economist|teacher|headteacher|head teacher|coach|farmer|joiner|builder|carpenter|plumber|electrician|volunteer|coordinator|caretaker|librarian|shopkeeper|postman|postwoman|midwife|beekeeper";
const OTHER_TRADE = new RegExp(`\\b(?:${OTHER_TRADE_WORDS})\\b`, "i");

/** "The army surgeon _____": a healer or a scientist before the blank, whatever army or war the stem names. */
const HEALER_BEFORE_BLANK = /\b(?:surgeon|doctor|physician|nurse|scientist|chemist|physicist|biologist|engineer|inventor)\s+_____/i;
const TRADE_BEFORE_BLANK = new RegExp(`\\b(?:${OTHER_TRADE_WORDS})\\s+_____`, "i");

type Field = keyof typeof PEOPLE_BY_FIELD | "science";

/** The art the stem names nearest its blank: "writer _____ … a scholar of architecture" asks for a writer. */
function nearestArt(context: string): Field | undefined {
  const blank = Math.max(0, context.indexOf("_____"));
  let best: Field | undefined;
  let bestDistance = Infinity;
  for (const [field, re] of ARTS_CUES) {
    for (const m of context.matchAll(new RegExp(re.source, "giu"))) {
      const d = Math.abs(m.index! - blank);
      if (d < bestDistance) [best, bestDistance] = [field, d];
    }
  }
  return best;
}

/** How often an article uses each science's words. */
const scienceWords = remembered((article: string) =>
  new Map(SCIENCE_FIELDS.map(([field, re]) => [field, article.match(new RegExp(re.source, "gi"))?.length ?? 0])), 4);

/** A stem that names the scientist's trade ("the geologist _____") says the field outright. */
const SCIENCE_TRADE = /\b(?:mathematician|astronomer|geologist|chemist|biologist|physician|physicist)s?\b/i;

/** A local office: a mayor or a councillor beside presidents and kings would stand out at a glance. */
const LOCAL_OFFICE = /\b(?:mayor|governor|councill?ors?|aldermen|alderman|sheriff|city council)\b/i;
const NATIONAL_OFFICE = /\b(?:president|prime minister|king|queen|emperor|empress|chancellor|tsar|sultan)\b/i;

/** A title before someone else's name: the "King" of "named after King Minos" says nothing of the blank's trade. */
const TITLED_NAME = /\b(?:King|Queen|Emperor|Empress|Prince|Princess|Tsar|Czar|Sultan|Khan|Pope|President|General|Governor|Senator|Mayor|Minister)\s+(?=\p{Lu}\p{L})/gu;

/** A club's or a society's president or chairman heads no state: "The chamber's president, _____, said" asks for no
 * Nelson Mandela. */
const BODY_HEAD = /\b(?:club|chamber|society|association|union|trust|league|committee|federation|guild|institute|college|school|company|board|branch|group|council|party|team)(?:['’]s)?\s+(?:vice[- ])?(?:president|chairman|chairwoman|leader)\b/gi;

function fieldOf(context: string, article = ""): Field | undefined {
  // ("The Venetian merchant _____ journeyed to the court of Kublai Khan": the trade before the blank outweighs a khan)
  if (TRADE_BEFORE_BLANK.test(context)) return undefined;
  // ("a one-armed veteran of the American Civil War": an old soldier, no cue for presidents and kings)
  const offices = context.replace(TITLED_NAME, "").replace(BODY_HEAD, "").replace(/\bveterans? of (?:the )?(?:\p{Lu}[\p{L}-]*\s)*Wars?\b/gu, "");
  if (LEADER_CUES.test(offices) && !HEALER_BEFORE_BLANK.test(context)) return LOCAL_OFFICE.test(offices) && !NATIONAL_OFFICE.test(offices) ? undefined : "leaders";
  const art = nearestArt(context);
  if (OTHER_TRADE.test(context)) return art;
  const science = SCIENCE_FIELDS.find(([, re]) => re.test(context))?.[0];
  if (science && article && !SCIENCE_TRADE.test(context)) {
    // a stem that touches another science in passing ("before Darwin's theory of evolution", in an article on
    // geology) asks for someone of the article's science, the one its words name far more often
    const counts = scienceWords(article);
    const [top, most] = [...counts].reduce((a, b) => (b[1] > a[1] ? b : a));
    if (top !== science && most >= 3 * Math.max(1, counts.get(science) ?? 0)) return top;
  }
  return science ?? (SCIENCE_CUES.test(context) ? "science" : art);
}

/** Whether an article names one of the famous people we ship, in full. */
const namesSomeoneFamous = remembered((article: string) => FAMOUS_PEOPLE.some((p) => p.name.includes(" ") && article.includes(p.name)), 4);

const NO_SURNAME_LAST = new Set(["Xi Jinping", "Kublai Khan", "Ibn Sina", "Mao Zedong", "Deng Xiaoping", "Ho Chi Minh", "Haile Selassie", "Lee Kuan Yew", "Luiz Inácio Lula da Silva"]);

/** The part of the world a story is set in: of the groups of countries (the great powers aside), the one it names most. */
const homeRegion = remembered((article: string): string | undefined => {
  const named = (c: string) => article.match(new RegExp(`\\b${escapeRegExp(c)}\\b`, "g"))?.length ?? 0;
  let home: string | undefined;
  let most = 0;
  for (const [region, countries] of Object.entries(COUNTRY_GROUPS)) {
    if (region === "powers" || region === "britishIsles") continue;
    const n = countries.reduce((sum, c) => sum + named(c), 0);
    if (n > most) [home, most] = [region, n];
  }
  return home && LEADERS_BY_REGION[home] ? home : undefined;
}, 4);
/** A poet named right beside the blank: "the poet _____", "_____, the poet". */
const POET_SLOT = /\bpoets?\s+(?:\p{L}+\s+)?_____|_____,\s+(?:an?\s+|the\s+)?(?:\p{L}+\s+)?poet\b/iu;
/** A crown right before the blank: "King _____ called a meeting" asks for a king, not a president. */
const CROWNED = /\b(?:King|Queen|Emperor|Empress|Tsar|Czar|Tsarina|Kaiser|Sultan)\s+_____/;

/** An office one is appointed or elected to, named beside the blank: "the Secretary at War, _____" asks for no queen. */
const OFFICE_SLOT = /\b(?:secretary|minister|chancellor|president|premier|senator|governor|mayor)\b(?:\s+\p{L}+){0,3},?\s+_____|_____,\s+(?:the\s+)?(?:\p{L}+\s+){0,2}(?:secretary|minister|chancellor|president|premier|senator|governor|mayor)\b/iu;

/** "President _____", "the American president _____": the title right before the blank asks for a president. */
const PRESIDENT_SLOT = /\bPresident\s+_____|\b(?:American|US|U\.S\.)\s+president\s+_____/;
/** "Russian President _____", "the French president _____": a president of another country. */
const FOREIGN_PRESIDENT = /\b(?!American\b)\p{Lu}\p{Ll}+(?:an|ian|ese|ish|ch|i)\s+[Pp]resident\s+_____/u;
const AMERICAN = /\b(?:United States|U\.S\.|US|America|American|Americans|Congress|White House)\b/;
const CAMPUS = /\b(?:university|universities|college|colleges)\b/gi;
/** How often an article speaks of a university or college, counted once per article. */
const campusWords = remembered((article: string) => article.match(CAMPUS)?.length ?? 0, 4);
/** "Pope _____" asks for a pope: a shipped one, or one the article itself calls "Pope". */
const POPE_SLOT = /\bPope\s+_____/;
const pope = (name: string) => POPES.find((p) => p.name === name);
const calledPope = (name: string, article: string) => new RegExp(`\\bPope\\s+${escapeRegExp(name)}\\b`).test(article);
/** "During the reign of _____" asks for a ruler: a crowned head we ship, a numbered one, or one the article titles so. */
const REIGN_SLOT = /\b(?:reign|rule)\s+of\s+_____/;
const RULER_TITLE = "(?:King|Queen|Emperor|Empress|Tsar|Czar|Tsarina|Kaiser|Sultan|Pharaoh|Shah|Oba|Caliph|Emir|Raja|Maharaja|Mansa|Negus)";
const ruler = (name: string, article: string) =>
  // (a pope's numeral makes no king: no "Pius V" beside "King _____")
  MONARCHS.has(name) || (/^\p{Lu}\p{Ll}+ [IVX]+(?: of \p{Lu}\p{Ll}+)?$/u.test(name) && !pope(name) && !calledPope(name, article)) || new RegExp(`\\b${RULER_TITLE}\\s+${escapeRegExp(name)}\\b`).test(article);
/** "Prince _____", "Count _____": a prince's wrong options are rulers, or people the article titles as nobles. */
const NOBLE_TITLE = "(?:Prince|Princess|Archduke|Archduchess|Grand Duke|Duke|Duchess|Count|Countess)";
const NOBLE_SLOT = new RegExp(`\\b${NOBLE_TITLE}\\s+_____`);
const noble = (name: string, article: string) => ruler(name, article) || new RegExp(`\\b${NOBLE_TITLE}\\s+${escapeRegExp(name)}\\b`).test(article);
const usPresident = (name: string) => US_PRESIDENTS.find((p) => p.name === name || (!name.includes(" ") && surnameOf(p.name) === name));

/**
 * Whether "President _____" asks for a president of the United States: a key who was one, or an American story that
 * is not about a college's presidents ("President _____'s long tenure transformed the college").
 */
function asksUsPresident(key: string, stem: string, article: string): boolean {
  if (!PRESIDENT_SLOT.test(stem) || FOREIGN_PRESIDENT.test(stem)) return false;
  if (usPresident(key)) return true;
  // (a famous leader who was no American president was another country's: "President Gamal Abdel Nasser")
  if (FAMOUS_PEOPLE.some((p) => p.name === key)) return false;
  // (a story set elsewhere that mentions America in passing asks for its own country's president: no George W. Bush
  // beside South Korea's Yoon Suk Yeol)
  return AMERICAN.test(article || stem) && !/\b(?:university|college)\b/i.test(stem) && campusWords(article) < 3 && !setElsewhere(article);
}
/** Whether a story names the countries of one part of the world (the great powers aside) more often than America. */
const setElsewhere = remembered((article: string) => {
  const home = homeRegion(article);
  if (!home) return false;
  const count = (re: RegExp) => article.match(re)?.length ?? 0;
  const local = COUNTRY_GROUPS[home].reduce((sum, c) => sum + count(new RegExp(`\\b${escapeRegExp(c)}\\b`, "g")), 0);
  return local > count(new RegExp(AMERICAN.source, "g"));
}, 4);

/** Whether the article calls one of its people a president: "President Samuel Webber", "Webber, the college's president". */
function calledPresident(name: string, article: string): boolean {
  const surname = escapeRegExp(surnameOf(name));
  return new RegExp(`\\bPresident\\s+(?:\\p{Lu}[\\p{L}.]*\\s+){0,3}${surname}\\b|${escapeRegExp(name)},?\\s+(?:the\\s+)?(?:[\\p{L}'’]+\\s+){0,2}president\\b`, "u").test(article);
}

/** The arts the article names just before a person's mentions: "performers Beyoncé and Bruno Mars" → music. */
function artsOfPerson(name: string, article: string): Set<Field> {
  const arts = new Set<Field>();
  // the words just before each mention: "architect Marek Budzyński", "architects Marek Budzyński and"
  for (let i = article.indexOf(name); i >= 0; i = article.indexOf(name, i + name.length)) {
    const before = article.slice(Math.max(0, i - 60), i);
    for (const [field, re] of ARTS_CUES) if (re.test(before)) arts.add(field);
  }
  return arts;
}

/**
 * A person of another trade than the one the stem names. A famous one we know the trade of (no Newton beside "the
 * Prime Minister _____"; any scientist beside a physicist); one of the article's own people beside an architect,
 * composer, painter or writer only if the article calls them one: no Adolf Hitler, named for his art collection
 * in an article on Warsaw, beside "designed by architects _____". Where the stem names no trade, an artist the
 * article names as one is no option for someone it does not: no singer Bruno Mars beside a quarterback or a
 * coach. (A poet asked about politics may still stand beside politicians: the stem asks for what the key did.)
 */
export function ofAnotherTrade(name: string, stem: string, article: string, key = ""): boolean {
  // beside "President _____", only presidents: no astronauts beside John F. Kennedy
  // (a college's presidents are the article's own people, whatever it calls them)
  if (article && asksUsPresident(key, stem, article)) return !usPresident(name) && !calledPresident(name, article);
  // beside "Pope _____", only popes: no Charlemagne beside Leo III
  if (POPE_SLOT.test(stem)) return !pope(name) && !calledPope(name, article);
  // beside "King _____" or "during the reign of _____", only rulers: no archaeologists beside the king who built Borobudur
  if (REIGN_SLOT.test(stem) || CROWNED.test(stem)) return !ruler(name, article);
  if (NOBLE_SLOT.test(stem)) return !noble(name, article);
  // ("she and the engineer _____": no head of state the article names beside a trade the stem gives)
  if (article && TRADE_BEFORE_BLANK.test(stem) && !/\b(?:president|king|queen|emperor)\b/i.test(stem) && (ruler(name, article) || calledPresident(name, article))) return true;
  const field = fieldOf(stem, article);
  if (!field) {
    if (!article || !key) return false;
    const keyArts = artsOfPerson(key, article);
    return [...artsOfPerson(name, article)].some((a) => !keyArts.has(a));
  }
  const art = ARTS_CUES.find(([f]) => f === field)?.[1];
  if (POETS.some((p) => p.name === name)) return field !== "writers";
  if (FAMOUS_PEOPLE.some((p) => p.name === name)) {
    const science = field === "science" || SCIENCE_FIELDS.some(([f]) => f === field);
    return !(science ? SCIENTISTS : PEOPLE_BY_FIELD[field]).some((p) => p.name === name);
  }
  if (!art || !article) return false;
  return !artsOfPerson(name, article).has(field);
}

/** The six office holders who took office nearest the stem's time, else the key's own, else the article's. */
function nearestInTime(holders: readonly { name: string; from: number }[], own: { from: number } | undefined, stem: string, article: string): string[] {
  const era = middle(yearsIn(stem), 1) ?? own?.from ?? eraOf(article);
  if (era === undefined) return [];
  return holders.filter((p) => p !== own).sort((a, b) => Math.abs(a.from - era) - Math.abs(b.from - era)).slice(0, 6).map((p) => p.name);
}

/** Famous people of the stem's field and time, as full names for a full-name key and as surnames for a surname. */
export function famousPeople(key: string, stem: string, article: string): string[] {
  if (asksUsPresident(key, stem, article)) {
    // the presidents nearest the stem's time (or the key's own): Lyndon B. Johnson and Dwight D. Eisenhower beside Kennedy
    const near = nearestInTime(US_PRESIDENTS, usPresident(key), stem, article);
    return key.includes(" ") ? near : near.map(surnameOf);
  }
  if (POPE_SLOT.test(stem)) {
    // the popes nearest the stem's time (or the key's own): Adrian I and Nicholas I beside Leo III
    return nearestInTime(POPES, pope(key), stem, article);
  }
  const field = fieldOf(stem, article);
  if (!field) return [];
  // a key we know is its own clock: Lenin's options are of Lenin's time when nothing else dates the stem
  const known = FAMOUS_PEOPLE.find((p) => p.name === key || (!key.includes(" ") && surnameOf(p.name) === key));
  // a leader in today's news about people nobody has heard of (a small country's election, a town's council) gets
  // no famous strangers: Tony Blair beside the leader of a party in the news is a give-away. World leaders fit a
  // famous key, an article that names someone famous itself, or a history (Genghis Khan's rivals beside a khan).
  const stemYear = middle(yearsIn(stem), 1);
  const era = stemYear ?? (known ? known.born + 40 : eraOf(article));
  // (an undated stem in a paragraph of another age than the article's middle, "…a history in Greek around 290 BC. …
  // Later authors, including Strabo and _____" in an article that dates digs of 1899 and 2003, is of no age we can
  // tell: no Tolstoy and Twain)
  const paragraphYear = stemYear === undefined && !known && era !== undefined ? paragraphTime(stem, article) : undefined;
  if (paragraphYear !== undefined && Math.abs(paragraphYear - era!) > 300) return [];
  // (nor a key the article dates a century or more away from its middle year: Shah Jahan, "who ruled from 1628", in
  // the history of his fort down to 1947 gets no Abraham Lincoln)
  const keysYear = stemYear === undefined && !known && era !== undefined && article ? personEra(key, article) : undefined;
  if (keysYear !== undefined && Math.abs(keysYear - era!) >= 100) return [];
  // an artist nobody has heard of gets famous ones only of a time the text gives, and only of the same kind of art: no
  // Schubert and Wagner beside the composer of a new film's score, no Debussy beside a jazz saxophonist of the 1970s
  // (the shipped composers are classical ones); in a report of the week, only of a time the stem gives: no Orwell
  // beside a children's author at a library's reopening "on Saturday", whose article dates only the library's founding
  if (!known && ARTS_CUES.some(([f]) => f === field) &&
    ((reportOfTheWeek(article) ? middle(yearsIn(stem), 1) : era) === undefined || (field === "music" && POPULAR_MUSIC.test(article)))) return [];
  // So does anyone else in a story of today: no Gustave Eiffel beside the landscape architect of a school garden.
  const recent = todaysStory(article) || (field === "leaders" && (era === undefined || era >= 1990));
  if (!known && article && recent && !namesSomeoneFamous(article)) return [];
  // grown up and at work then (a leader at 35 or more): no Einstein beside a computer scientist of 1965, no
  // 23-year-old Narendra Modi beside the prime ministers of 1973
  const youngest = field === "leaders" ? 35 : 20;
  const atWork = (p: { born: number }) => era === undefined || (era - p.born >= youngest && era - p.born < 80);
  // a stem that names no science ("_____ could not purify the drug") asks for someone of the key's own, if we know it:
  // bacteriologists beside Fleming, no mathematician
  const keysOwn = field === "science" && known ? SCIENCE_FIELDS.find(([f]) => PEOPLE_BY_FIELD[f].includes(known))?.[0] : undefined;
  // leaders of the story's own part of the world where we know three of the time (P. W. Botha beside de Klerk, not
  // Jacques Chirac); else the world leaders
  const home = field === "leaders" && article ? homeRegion(article) : undefined;
  const local = home ? LEADERS_BY_REGION[home] : [];
  // (a leader known only in his own part of the world gets none from elsewhere: no Stalin beside Jomo Kenyatta)
  if (field === "leaders" && known && !WORLD_LEADERS.includes(known) && local.filter((p) => p !== known && atWork(p)).length < 3) return [];
  const pool = keysOwn ? PEOPLE_BY_FIELD[keysOwn]
    : field === "leaders" ? (local.filter(atWork).length >= 3 ? local : WORLD_LEADERS)
    : field === "science" ? SCIENTISTS
    // ("led by the poet _____": poets, no Hemingway or Orwell)
    : field === "writers" && POET_SLOT.test(stem) ? POETS : PEOPLE_BY_FIELD[field];
  let people = pool.filter((p) => atWork(p) && (CROWNED.test(stem) || REIGN_SLOT.test(stem) ? MONARCHS.has(p.name) : !OFFICE_SLOT.test(stem) || !MONARCHS.has(p.name))).map((p) => p.name);
  // a field short of people of the time takes its own nearest within a century (geologists of 1800 beside Wegener),
  // else the other sciences' people of the time (Hooke and Pascal beside Newton)
  if (people.length < 3 && era !== undefined && field !== "leaders" && (known || !ARTS_CUES.some(([f]) => f === field))) {
    const near = pool.filter((p) => p.name !== key && Math.abs(p.born + 40 - era) <= 100).map((p) => p.name);
    people = near.length >= 3 ? near : SCIENTISTS.filter(atWork).map((p) => p.name);
  }
  if (key.includes(" ")) return people;
  // a surname key gets surnames: only names that have one ("Newton", not "Great" from "Peter the Great"), and not
  // "Jinping" from Xi Jinping, whose family name comes first, nor "Khan" from Kublai Khan, a title
  return people.filter((p) => / /.test(p) && !/ the |\b[IVX]+$/.test(p) && !NO_SURNAME_LAST.has(p)).map(surnameOf);
}

/**
 * The person an article is about: the one it names most often (by surname, or by first name where the article calls
 * them that: "Joan"), at least four times and more often than anyone else. The person a stem's "she" stands for, when it
 * is not the blank, is most likely this one.
 */
const heroOf = remembered((article: string) => {
  const counts = new Map<string, number>();
  const count = (word: string) => counts.get(word) ?? (counts.set(word, (article.match(new RegExp(`(?<![\\p{L}])${escapeRegExp(word)}(?![\\p{L}])`, "gu")) ?? []).length), counts.get(word)!);
  return (people: readonly string[]) => {
    const ranked = people
      .map((name) => ({ name, n: Math.max(...name.split(/\s+/).filter((w) => /^\p{Lu}\p{Ll}{2,}/u.test(w)).map(count), 0), full: count(name) }))
      .sort((a, b) => b.n - a.n);
    const family = (a: string, b: string) => a.includes(" ") && b.includes(" ") && surnameOf(a) === surnameOf(b);
    // (of one family, the one the article names in full most often: Harriet Tubman, not John Tubman)
    const first = ranked.reduce((a, b) => (b.n === a.n && family(a.name, b.name) && b.full > a.full ? b : a), ranked[0]);
    if (!first || first.n < 4) return undefined;
    // (the same person under a shorter name is no rival: "Joan" beside "Joan of Arc"; nor is one of the family the
    // article names in full less often: "John Tubman" beside "Harriet Tubman")
    const rival = ranked.some((r) => r !== first && r.n >= first.n && !(family(r.name, first.name) && r.full < first.full) && !first.name.includes(r.name) && !r.name.includes(first.name));
    if (rival) return undefined;
    // (a surname the family shares is the one of them the article names most by first name: "Noether" is Emmy
    // Noether, not her father Max)
    const kin = first.name.includes(" ") ? [] : people.filter((p) => p.includes(" ") && surnameOf(p) === first.name);
    return kin.length ? kin.reduce((a, b) => (count(b.split(/\s+/)[0]) > count(a.split(/\s+/)[0]) ? b : a)) : first.name;
  };
}, 4);
export const protagonist = (people: readonly string[], article: string) => heroOf(article)(people);
