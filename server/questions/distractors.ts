// Stage 5: distractors of the same kind as the key — people for people, places for places, years for
// years, numbers in the same format and magnitude — first from the article, then from shipped data.
// Never the key, a part of it or a synonym of it; close in length so the longest option is no tell.
import type { Fact } from "./types";
import { escapeRegExp, familyNameFirst, normalize, outsideQuotes, remembered, STOPWORDS, surnameOf } from "./util";
import { firstSense } from "./wordnet";
import { termDistractors } from "./term-distractors";
import { clashes, pickByForm } from "./option-form";
import { BLANK } from "./candidates";
import { sexOfFirstName } from "./first-names";
import { SAYS_MAN, SAYS_WOMAN, sexBesideBlank, sexOfPronounAfterBlank, someoneElseBesideBlank, kinSexes, kinBeforeBlank } from "./stem-sex";
import { ANCIENT_PLACES, CAPITALS, CARMAKER_FOUNDED, CELESTIAL_BODIES, CITIES, COMPANIES, COMPANY_FOUNDED, CONTINENTS, COUNTRIES, FEATURES, MONARCHS, ORGANISATIONS, RIVERS, existedIn, farApart, namesState, citiesNear, neighbourCountries, neighbourRegions, partNamedIn, partOf } from "./data/pools";
import { famousPeople, ofAnotherTrade, protagonist } from "./people-options";
import { alsoNamed, oneBearer, otherNameOfStemPerson, renamed } from "./other-names";
import { middle, ofAnotherTime, stemEra, yearsIn } from "./people-eras";
import { orgKind } from "./org-kinds";
import { oneState, polityOptions } from "./polities";
import { familyOf } from "./name-families";
import { TAKES_THE, neighbourStates, placeSort } from "./place-sorts";
import { COMPASS_OR_AGE, COURTESY_TITLE, PLACE_WORDS, TITLES } from "./entity-kinds";
import { TITLE_AFTER_NAME, firstNameOnly, firstNamesOf, namesAfterTitles, oneWordNames, ownSurname } from "./name-forms";

/** Shipped names of the key's kind; for people, of the field the stem names and the article's era. */
function fallbackPool(f: Fact, context: string, article: string): string[] {
  switch (f.kind) {
    case "person":
      // (a quotation's words name no field: "survived … a world war" in a rowing club's story asks for no Lenin)
      return /^Who said:/.test(context) ? [] : famousPeople(f.text, context, article);
    case "place":
      // ("the Lake District" is a region, no lake)
      if (FEATURES[f.text.split(" ")[0]] && !NOT_A_FEATURE.test(f.text)) return townsClub(f.text, article) ? [] : FEATURES[f.text.split(" ")[0]];
      if (placeSort(f.text, f.unit) === "state") return neighbourStates(f.text);
      if (f.unit === "city") return citiesNear(f.text, article);
      if (f.unit === "celestial body") return CELESTIAL_BODIES;
      if (f.unit === "river") return RIVERS;
      if (f.unit === "continent") return CONTINENTS;
      // a region we do not know gets options from the article only: a mixed list would hold a giveaway
      // a site (a theatre, a park) is one of the article's: no shipped list of buildings would fit
      if (f.unit === "site") return [];
      if (f.unit === "country") {
        // a state of the stem's (or the article's) time
        const year = stemEra(context, article);
        return neighbourCountries(f.text).filter((c) => year === undefined || existedIn(c, year));
      }
      return f.unit === "region" ? neighbourRegions(f.text) : [...COUNTRIES, ...CITIES];
    case "org":
      // a "… Corporation" may be a college's board or a think tank ("Harvard Corporation", "RAND Corporation"):
      // only a name sold as a business gets famous companies beside it
      if (orgKind(f.text) === "company") {
        if (/\bCorporation$/.test(f.text) && !COMPANIES.includes(f.text)) return [];
        // ("Ravenbeck Community Shop Ltd", "Green Mountain Holdings LLC": a village's shop or a landlord is no peer of
        // Westinghouse)
        if (/\b(?:Community|Ltd|Limited|CIC|Co-op|Co-operative|Cooperative|LLC|Holdings|Properties|Partners|Associates|Enterprises)\b/.test(f.text) && !COMPANIES.includes(f.text)) return [];
        // companies that existed by then: no Westinghouse beside a fur company of 1750
        const year = stemEra(context, article);
        // a carmaker ("… Motors", "the carmaker _____") beside carmakers only
        const cars = /\bMotors?\b|\bAutomobiles?\b/.test(f.text) || /\b(?:carmaker|car maker|automaker|car manufacturer|car company)\b/i.test(context);
        const founded = cars ? CARMAKER_FOUNDED : COMPANY_FOUNDED;
        return Object.keys(founded).filter((c) => year === undefined || founded[c] <= year);
      }
      return ORGANISATIONS;
    default:
      return [];
  }
}

/** Every fact of the pools, once per pools. */
const poolFactsOf = new WeakMap<Pools, Fact[]>();
function poolFacts(pools: Pools): Fact[] {
  let all = poolFactsOf.get(pools);
  if (!all) poolFactsOf.set(pools, (all = [...pools.values()].flatMap((byUnit) => byUnit.get("*") ?? [])));
  return all;
}

/** The article's facts grouped for distractor look-ups: kind → unit ("*" = any) → unique texts. */
export type Pools = Map<string, Map<string, Fact[]>>;

export function buildPools(facts: readonly Fact[]): Pools {
  const pools: Pools = new Map();
  const seen = new Set<string>();
  for (const f of facts) {
    const key = `${f.kind}|${normalize(f.text)}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const byUnit = pools.get(f.kind) ?? new Map<string, Fact[]>();
    pools.set(f.kind, byUnit);
    for (const u of ["*", f.unit ?? "?"]) byUnit.set(u, [...(byUnit.get(u) ?? []), f]);
  }
  return pools;
}

const texts = (fs: readonly Fact[]) => fs.map((f) => f.text.replace(/^the\s+/i, ""));
/** The stem keeps its own "the": "the Balkans" from the pool becomes "Balkans". */
const bare = (pool: readonly string[]) => pool.map((p) => p.replace(/^the\s+/i, ""));

/**
 * Two names of no known sort are of one sort when they end alike: "Denver Broncos" and "Dallas Cowboys" (teams and
 * peoples end in a plural), "Ennahda Movement" and "Gülen Movement"; "Roman Catholic Church" and "Federation of
 * Australia" are not.
 */
function sameShape(a: string, b: string): boolean {
  const last = (s: string) => s.split(/\s+/).pop() ?? "";
  const [la, lb] = [last(a), last(b)];
  const plural = (w: string) => /^\p{Lu}\p{Ll}+[^s]s$/u.test(w);
  return la === lb || (plural(la) && plural(lb));
}

/** A ruler's name: "Charles I", "William the Lion". Beside one, an architect or an inventor of the article is no option. */
const REGNAL = /^\p{Lu}\p{Ll}+ (?:[IVX]+|the \p{Lu}\p{Ll}+)$/u;

const DIVINE = /^(?:Jesus|Jesus Christ|Christ|God|Allah|Satan|Lucifer|Buddha|Gautama Buddha|Muhammad|Mohammed|Moses|Abraham|Virgin Mary|Holy Spirit|Vishnu|Shiva|Krishna|Zeus|Jupiter|Odin|Thor|Ra|Osiris|Isis)$/;

/** The words of a place's name that say its sort or its part of a region ("River", "North", "United"), not which it is. */
const sortOfPlace = (w: string) => PLACE_WORDS.test(w) || COMPASS_OR_AGE.test(w) || /^(?:City|County|State|Province|Region|Saint|Port|Fort|Cape|Kingdom|Republic|Empire|United|Holy|Royal)$/.test(w);

/** Cities that are some country's capital, the only fair options for "the capital, _____". */
const CAPITAL_CITIES = new Set(Object.values(CAPITALS));

/** "The diarist _____", "Lord Mayor, Sir _____", "General _____": the stem says what the person was, and it is no ruler. */
function callingBefore(stem: string): boolean {
  const m = new RegExp(`(?:\\b(\\p{Ll}{4,}),?\\s|\\b(?:Sir|Dame|General|Admiral|Captain|Colonel|Dr|Mayor|Bishop|Professor)\\s)${BLANK}`, "u").exec(stem);
  return !!m && (!m[1] || (firstSense(m[1])?.lexFile === 18 && !/^(?:king|queen|emperor|empress|ruler|monarch|prince|princess|sultan|tsar|czar|khan|pharaoh|shah)$/.test(m[1])));
}

/** Entity and term distractors: same kind (and subkind) from the article, then shipped names. */
export function entityDistractors(key: Fact, pools: Pools, stem: string, n = 3, text = ""): string[] {
  const seed = `${key.text}@${key.start}`;
  // an option that fits the same slot elsewhere in the article ("Russian troops" for "Russian _____") could be right too
  const before = / (\S+) $/.exec(text.slice(Math.max(0, key.start - 30), key.start))?.[1];
  const after = /^ (\S+) /.exec(text.slice(key.end, key.end + 30))?.[1];
  // ("the" and "in" are no slot: "the Chamber Opera" does not fit "the _____ building")
  const slotWord = (w: string | undefined) => (w && !STOPWORDS.has(w.toLowerCase()) ? w : undefined);
  // (nor is a person's title: "Sir Mortimer Wheeler" is the best wrong answer for "Sir _____, the director-general")
  const [beforeWord, afterWord] = [key.kind === "person" && TITLES.test(before ?? "") ? undefined : slotWord(before), slotWord(after)];
  const fitsSlot = (o: string) => !!text && ((beforeWord && text.includes(`${beforeWord} ${o}`)) || (afterWord && text.includes(`${o} ${afterWord}`)));
  // no option may share a name with the stem ("Vladimir Putin" when the stem says "Putin")
  const stemWords = new Set(normalize(stem).split(" ").filter((w) => w.length > 3));
  // an organisation gets options of its own sort: companies for a company, not a committee; one of no known sort
  // ("Obama Foundation") gets none of a known sort (no colleges)
  const keyOrg = key.kind === "org" ? orgKind(key.text) : undefined;
  // the rest of the key's own name is no wrong answer: "Galilei" beside "Galileo" when the article says "Galileo Galilei"
  const keyWords = normalize(key.text).split(" ");
  const ownName = new Set(key.kind !== "person" ? [] : (pools.get("person")?.get("*") ?? [])
    .map((p) => normalize(p.text).split(" "))
    .filter((ws) => ws.length > keyWords.length && keyWords.every((w) => ws.includes(w)))
    .flat());
  // ("goods from China, Russia and _____": no "Ming China" either; a place's sort, "River", "Lake", is no name)
  const stemNames = new Set([...stem.matchAll(/\b\p{Lu}\p{Ll}{3,}\b/gu)].map((m) => m[0]).filter((w) => !sortOfPlace(w)));
  const namesClash = (o: string) => key.kind === "person" ? normalize(o).split(" ").some((w) => stemWords.has(w) || ownName.has(w)) || renamed(o, key.text, stem, text)
    : key.kind === "place" && o.split(/\s+/).some((w) => stemNames.has(w) && !key.text.includes(w));
  // a building is no wrong option for a town, nor a state for a town, nor a valley for a state
  const unitOf = new Map((pools.get("place")?.get("*") ?? []).map((p) => [p.text.replace(/^the\s+/i, ""), p.unit]));
  const keySort = key.kind === "place" ? placeSort(key.text, key.unit) : undefined;
  // a state of the stem's time, the article's own names too: no United States "in 1713"
  const era = keySort === "country" ? stemEra(stem, text) : undefined;
  // "embargo oil shipments to the _____": a country that takes "the" beside those that do ("the France" is no sentence),
  // and the other way round ("in Soviet Union")
  const theBefore = keySort === "country" && new RegExp(`\\bthe ${BLANK}`, "i").test(stem);
  // (few modern countries take "the": beside one after "the", any of them, near or far; not beside "the Kingdom of Benin")
  const theCountry = theBefore && THE_COUNTRIES.includes(key.text.replace(/ of America$/, ""));
  const sameArticle = (o: string) => TAKES_THE.test(key.text) ? !theBefore || TAKES_THE.test(o) : theBefore || !TAKES_THE.test(o);
  // "the capital, _____": only capitals are fair (no Marseille beside Reykjavík)
  // ("Kenya's capital and largest city is _____")
  const asksCapital = keySort === "city" && new RegExp(`\\bcapital(?: city)?(?: of [\\p{L} ]+?)?,?\\s${BLANK}|\\bcapital(?: and (?:largest|biggest|chief) city)? (?:is|was|became|remains) ${BLANK}|${BLANK},? (?:is|was|became|remains) (?:the|its) (?:\\p{Ll}+ )?capital`, "u").test(stem);
  // "Ancient _____": a city or land of antiquity, whatever its sort (Athens, Egypt beside Rome; no Paris)
  // (so is a city of antiquity in an article dated before Christ: "Spartan fear of _____' growing power" gets no Prague)
  const ancient = key.kind === "place" && (new RegExp(`\\bancient ${BLANK}`, "i").test(stem) || (ANCIENT_PLACES.includes(key.text) && !STILL_STATES.test(key.text) && (datedBeforeChrist(text) || (middle(yearsIn(stem), 1) ?? Infinity) < 500)));
  // a historic state beside states of its sort and time: no "Ottoman Empire | Azerbaijan, Cyprus, Lebanon"
  const polities = key.kind === "place" || key.kind === "org" || key.kind === "misc" ? polityOptions(key.text, stemEra(stem, text), poolFacts(pools).map((f) => f.text), stem) : undefined;
  const sameSort = (o: string) =>
    polities ? true
    : ancient ? ANCIENT_PLACES.includes(o)
    : asksCapital && !CAPITAL_CITIES.has(o) ? false
    : key.kind === "org" ? (keyOrg ? orgKind(o) === keyOrg : !orgKind(o) && sameShape(key.text, o))
    : key.kind === "place" ? placeSort(o, unitOf.get(o)) === keySort && !partOf(key.text, o) && (!farApart(key.text, o) || (theCountry && TAKES_THE.test(o))) &&
      (keySort !== "country" || ((era === undefined || existedIn(o, era)) && !namesState(stem, o) && !partNamedIn(stem, o) && sameArticle(o) && STATE_FORM.test(o) === STATE_FORM.test(key.text)))
    // (and no ruler where the stem gives the key another calling: no "Charles II" beside "The diarist _____")
    : key.kind === "person" ? !ofAnotherTrade(o, stem, text, key.text) && !ofAnotherTime(o, stem, text, key.text) && (REGNAL.test(key.text) ? REGNAL.test(o) || MONARCHS.has(o) : !(REGNAL.test(o) && callingBefore(stem)))
    : true;
  // "when _____ won the title by beating her older sister": a stem that says "she" or "her sister" of a woman asks for
  // women (and "he" or "his" of a man for men), as far as the lexicon knows the first names; an object "him" is
  // someone else ("a customer named _____ gave him tickets"), and so is anyone in a quotation
  // (a title or a word of kin beside the blank says it of any name, a one-word name too: no "Ferdinand de Lesseps" beside
  // "Empress _____", no man beside "his wife, _____"; so does a lone "she" or "he" after the blank with nobody named
  // between; and since the shipped rulers and the names the lexicon does not know are mostly men's, a woman's options
  // then are names the lexicon knows as women's: no "Suleiman" beside a queen, no "Honorius" beside Theodora)
  // (a name the lexicon does not know may have its sex in the article: "his future wife Börte", "Hoelun and her children")
  const people = pools.get("person")?.get("*") ?? [];
  // ("Ms _____ → Voss | Rao, Lindholm": a surname is of the sex of the article's people who bear it, "Sunita Rao")
  const bearersSex = (surname: string) => {
    const sexes = new Set(people.filter((p) => p.text.includes(" ") && surnameOf(p.text) === surname).map((p) => sexOfFirstName(p.text.split(" ")[0])));
    return sexes.size === 1 ? [...sexes][0] : undefined;
  };
  // (only beside a surname: beside a first name, "Johnson" of "Katherine Johnson" is no woman's name; a surname is no
  // first name either)
  const keyIsSurname = key.kind === "person" && !key.text.includes(" ") && people.some((p) => p.text.includes(" ") && surnameOf(p.text) === key.text);
  const sexOf = (name: string) => {
    const first = name.split(/\s+/)[0];
    return (!name.includes(" ") && keyIsSurname ? bearersSex(name) : undefined) ?? sexOfFirstName(first) ?? kinSexes(text).get(first);
  };
  const lexiconSex = key.kind === "person" && key.text.includes(" ") ? sexOf(key.text) : undefined;
  // ("Who was an American aviator who became the first woman to…?": the "who" a question opens on is its blank)
  const asked = stem.replace(/^Who\b/, BLANK);
  // (a pronoun after the blank that the key's first name contradicts is someone else's: "With the navigator _____, she
  // set out…")
  const pronounAfter = (sex: "f" | "m" | undefined) => (!lexiconSex || sex === lexiconSex ? sex : undefined);
  const stemSex = key.kind !== "person" ? undefined
    : sexBesideBlank(asked) ?? pronounAfter(sexOfPronounAfterBlank(asked, people.map((p) => p.text).filter((t) => t !== key.text)));
  const keySex = stemSex ?? lexiconSex;
  const saysSex = keySex && (stemSex || (keySex === "f" ? SAYS_WOMAN : SAYS_MAN).test(outsideQuotes(stem)));
  const otherSex = (o: string) => !!saysSex && (stemSex === "f" ? sexOf(o) !== "f" : (stemSex || o.includes(" ")) && !!sexOf(o) && sexOf(o) !== keySex);
  // ("In 1428 she asked _____": the "she" who is not the blank is most likely the one the article is about)
  const hero = key.kind === "person" && text && someoneElseBesideBlank(asked) ? protagonist(people.map((p) => p.text), text) : undefined;
  // (under any name the article gives her: "Araminta Ross" is Harriet Tubman)
  // ("Johannes Gensfleisch zur Laden zum Gutenberg" is Johannes Gutenberg: the same first name and surname)
  const sameEnds = (a: string, b: string) => a.includes(" ") && b.includes(" ") && a.split(" ")[0] === b.split(" ")[0] && a.split(" ").pop() === b.split(" ").pop();
  const isHero = (o: string) => !!hero && (hero.includes(o) || o.includes(hero) || alsoNamed(hero, o, text) || sameEnds(hero, o));
  // (a god or a prophet the article names is no wrong answer beside the people of a history: no "Jesus Christ" beside
  // the leaders of a rebellion)
  // (nor, beside a god, a person: "visions of God the Father and _____ → Jesus Christ" is no question of people)
  const divine = (o: string) => key.kind === "person" && DIVINE.test(o) !== DIVINE.test(key.text);
  const fair = (o: string) => !fitsSlot(o) && !namesClash(o) && sameSort(o) && !otherSex(o) && !isHero(o) && !divine(o) && (key.kind !== "person" || !otherNameOfStemPerson(o, stem, text));
  // (no two names of one person: "Enea Silvio Piccolomini" and "Pius II")
  // (nor two names of one state: "Khwarazmian Empire" and "Khwarezmid Empire")
  const distinctBearers = (a: string, b: string) => (key.kind !== "person" ? !oneState(a, b) : !oneBearer(a, b, text));
  const pickFair = (pool: string[], k: number, avoid: string) => pickByForm(key.text, pool, k, avoid, seed, fair, distinctBearers);
  if (polities) return polities.reduce<string[]>((got, tier) => (got.length >= n ? got : [...got, ...pickFair(tier.filter((t) => !got.some((g) => g === t || oneState(g, t))), n - got.length, `${stem} ${got.join(" ")}`)]), []);
  const byUnit = pools.get(key.kind);
  const sameKind = byUnit?.get("*") ?? [];
  if (key.kind === "term") return termDistractors(key, sameKind, stem, fair, n, text);
  // ("Lake Victoria" beside lakes; "Bete Giyorgis" beside the article's other "Bete" churches)
  const family = familyOf(key.text, poolFacts(pools));
  const feature = FEATURES[key.text.split(" ")[0]] && !NOT_A_FEATURE.test(key.text) ? key.text.split(" ")[0] + " " : family ? `${family} ` : "";
  const sameForm = (fs: Fact[]) => (feature ? fs.filter((f) => f.text.startsWith(feature)) : fs);
  const oneWord = key.kind === "person" && !key.text.includes(" ");
  // "Three years later Pierre was killed": a first name gets first names, of the key's sex where the lexicon knows both
  // (one the article also writes as somebody's surname is theirs: "Heath" of "Ted Heath", "Roy" of "Olivier Roy")
  // (so is one written after a title: "Lord Byron", "Mrs Dalloway")
  const titled = (name: string) => namesAfterTitles(text).has(name);
  // ("Lennie", which the lexicon does not know, is a first name where the article writes "Lennie Small")
  const firstOfSomeone = people.some((p) => p.text.includes(" ") && p.text.split(" ")[0] === key.text && !TITLE_AFTER_NAME.test(ownSurname(p.text)) && !familyNameFirst(p.text));
  // (but "Zhang" of "Zhang Qian", in an article that calls everyone else by the surname alone, is how it calls him:
  // a family name written first)
  const alone = (word: string) => people.some((p) => p.text === word);
  const bySurname = () => people.some((p) => p.text.includes(" ") && (alone(ownSurname(p.text)) || alone(p.text.split(" ").pop()!))) &&
    !people.some((p) => p.text.includes(" ") && p.text.split(" ")[0] !== key.text && alone(p.text.split(" ")[0]));
  // ("her infant brother, _____ → Stanislaus": a first name the lists know, after a word of kin, is one)
  const kinsName = () => kinBeforeBlank(stem) && !!sexOfFirstName(key.text);
  const firstName = oneWord && (firstNameOnly(key.text) || (firstOfSomeone && !bySurname()) || kinsName()) && !keyIsSurname && !titled(key.text);
  const surnameOnly = oneWord && !firstName;
  const fullName = key.kind === "person" && key.text.includes(" ");
  // a surname key gets surnames: not a first name the article uses alone ("Pierre" beside "Becquerel")
  const asForm = (fs: Fact[]) =>
    // ("Genghis Khan": a name before a title written after it is no first name)
    firstName ? firstNamesOf(texts(fs).filter((t) => (t.includes(" ") ? !TITLE_AFTER_NAME.test(ownSurname(t)) : !titled(t))), key.text, !firstNameOnly(key.text))
    // ("Toghrul Khan of the Keraite", "Genghis Khan": no tribe and no title is anyone's surname)
    : surnameOnly ? oneWordNames(texts(fs).filter((t) => t.includes(" ") || !firstNameOnly(t) || titled(t)), key.text, n)
    // ("San Martín" is the end of "José de San Martín": one man, and beside full names, his full name)
    // ("Mrs Castle" is a surname with a title, no full name beside "Priya Shah")
    : fullName ? texts(fs).filter((t, _, all) => t.includes(" ") && !COURTESY_TITLE.test(t.split(" ")[0]) && !all.some((u) => u.endsWith(` ${t}`)))
    : texts(fs);
  const own = asForm(sameForm(key.unit ? byUnit?.get(key.unit) ?? [] : sameKind));
  // ("his mother, Betsy Teape | John Mill, Joseph Jacquard…": one woman among men is the odd one out, said or not): a key
  // of the sex the article names fewer of gets the article's people of its sex, where it has enough of them
  const sexes = lexiconSex && !saysSex ? own.map(sexOf).filter((x) => x) : [];
  const fewer = 2 * sexes.filter((x) => x === lexiconSex).length < sexes.length;
  const ofKeysSex = fewer ? pickFair(own.filter((o) => sexOf(o) === lexiconSex), n, stem) : [];
  let out = ofKeysSex.length === n ? ofKeysSex : pickFair(own, n, stem);
  const more = (pool: string[]) => {
    if (out.length >= n) return;
    const extra = pickFair(pool, n - out.length, `${stem} ${out.join(" ")}`);
    out = [...out, ...extra.filter((m) => !out.some((o) => clashes(o, m) || !distinctBearers(o, m)))];
  };
  // a city: first the capitals of the countries the article names
  if (key.kind === "place" && key.unit === "city") more((pools.get("place")?.get("*") ?? []).map((p) => CAPITALS[p.text]).filter((c): c is string => !!c));
  // shipped organisations are of known sorts; one of no known sort takes its options from the article alone
  // (and famous people come as full names or surnames, no first names)
  if (ancient) more(ANCIENT_PLACES);
  if (theCountry) more(THE_COUNTRIES);
  if ((key.kind !== "org" || keyOrg) && !firstName) more(bare(fallbackPool(key, stem, text)));
  // a site takes no country or city to make up the number
  if (key.unit !== "site") more(asForm(sameForm(sameKind)));
  return out.slice(0, n);
}


/** A state named by its form: "Sultanate of Oman" is odd beside "Tanzania, Zimbabwe". */
const STATE_FORM = /^(?:Kingdom|Sultanate|Emirate|Principality|Grand Duchy|Duchy|Caliphate|Khanate) of /;

/** A town named after a feature, as its club or its school shows: "Mount Lorne Rovers" play at Mount Lorne, no mountain. */
const townsClub = (name: string, article: string) =>
  new RegExp(`\\b${escapeRegExp(name)}\\s(?:Rovers|United|Athletic|Wanderers|Football|Netball|Cricket|Rugby|Golf|Bowls|Tennis|FC|Primary|High|Town|Shire|Borough|Parish|Community)\\b`).test(article);

/** A land named after its features: "the Lake District" is no lake, "Mount Vernon District" no mountain. */
const NOT_A_FEATURE = / (?:District|Country|Region|Area|Province|County)$/;

/** Countries whose names take "the" and that every reader knows as countries. */
const THE_COUNTRIES = ["United States", "United Kingdom", "Soviet Union", "Netherlands", "Philippines", "Czech Republic"];

/** Lands of antiquity that are countries still: the article's own era decides their options. */
const STILL_STATES = /^(?:China|Egypt|Greece)$/;

/** The article gives years before Christ ("431 BC"), read once per article. */
const datedBeforeChrist = remembered((text: string): boolean => /\b\d{2,4}\s(?:BC|BCE)\b/.test(text), 4);



export { numberDistractors } from "./number-distractors";
