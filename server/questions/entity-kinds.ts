// What kind of name a run of capitalised words is: a person, a place (a country, a city, a region, a site), an
// organisation or another name (a law, a war, a prize). The words a name ends in say most; the tagger's tags the rest.
import type { EntityKind, Fact, Sentence } from "./types";
import { wordTags, type Token } from "./nlp";
import { firstSense, nounLemma } from "./wordnet";
import { CELESTIAL_BODIES, CONTINENTS, COUNTRIES, FIRMS_NAMED_LIKE_PEOPLE, FORMER_STATES, REGIONS } from "./data/pools";

const KNOWN_REGIONS = new Set(REGIONS.map((r) => r.replace(/^the /, "")));

export const has = (t: Token, ...tags: string[]) => tags.some((g) => t.tags.has(g));

/** A token without its possessive ending. */
export function strip(t: string): string {
  return t.replace(/['’]s?$/, "");
}

export const TITLES = /^(?:Madam|Alhaji|Alhaja|Comrade|MP|MSP|MEP|MLA|MPP|Midwife|Nurse|Kaumātua|Kaumatua|Kuia|Tun|Tunku|Tengku|Datuk|Dato|Dejazmach|Abuna|Dowager|Miss|Monsieur|Madame|Mademoiselle|Herr|Frau|President|Vice|Assistant|Acting|Prime|Minister|Chancellor|King|Queen|Prince|Princess|Emperor|Empress|Pope|Saint|Sir|Dame|Lord|Lady|Dr|Mr|Mrs|Ms|Prof|Professor|General|Gen|Colonel|Col|Captain|Capt|Major|Maj|Sgt|Sergeant|Lt|Cpl|Corporal|Pte|Adm|Cdr|Supt|Insp|Lieutenant|Admiral|Commodore|Sergeant|Senator|Sen|Governor|Gov|Mayor|Judge|Justice|Chief|Secretary|Ambassador|Bishop|Archbishop|Cardinal|Rev|Reverend|Father|Brother|Sister|Friar|Abbot|Abbess|Coach|Headteacher|Headmaster|Headmistress|Principal|Rabbi|Imam|Pastor|Detective|Director|Chairman|Chairwoman|Speaker|Deputy|Foreign|Defence|Defense|Interior|State|Former|Late|Commander|Marshal|Duke|Duchess|Count|Countess|Baron|Sheikh|Sultan|Emir|Mansa|Negus|Khedive|Shah|Tsar|Czar|Khan|Caliph|Chancellor|Premier|Leader|Head|Representative|Rep|Congressman|Congresswoman|Assemblyman|Minister-President|Commissioner|Councillor|Councilor|Cllr|Cr|Alderman|Protector|Viceroy|Vicereine|Envoy|Inspector|Superintendent|Sheriff|Magistrate|Prosecutor|Ombudsman|Spokesman|Spokeswoman|Spokesperson|Executive|Officer|Advocate|Constable)$/;

/** "Transport Infrastructure Ireland", "Historic England": public bodies named by what they look after, then a country. */
export const BODY_OPENERS = /^(?:Historic|Natural|Sport|Visit|Creative|Heritage|Tourism|Skills|Health|Transport|Education|Forestry|Water|Energy)$/;
export const ORG_WORDS = /^(?:Police|Rescue|Semiconductors?|Electronics|Technologies|Industries|Holdings|Pharmaceuticals|Laboratories|Labs|Software|Networks|Telecom|Petroleum|Chemicals|Studios|Motors|Railway|Railways|Railroad|Rail|Airlines?|Airways|Bank|Hospital|Trust|Institute|University|College|Institute|Institution|Organi[sz]ation|Company|Corporation|Party|Council|Committee|Bank|Church|Army|Navy|Legion|Corps|Regiment|Brigade|Battalion|Guard|Guards|Fleet|Union|League|Association|Society|Agency|Ministry|Department|Court|Parliament|Senate|Congress|Assembly|Museum|Gallery|Galleries|School|Academy|Foundation|Commission|Federation|Group|Inc|Bros|plc|PLC|LLC|GmbH|AG|SA|NV|SpA|AB|ASA|Oyj|Pvt|Bhd|Tbk|BV|Pty|KGaA|Ltd|Corp|Co|Club|Team|Press|Times|Post|News|Herald|Gazette|Tribune|Telegraph|Centre|Center|Centres|Centers|Office|Board|Panel|Service|Authority|Fund|Alliance|Coalition|Movement|Forum|Front|Brotherhood|Order|Empire|Dynasty|Government|Administration|Republic|Construction|Engineering|Builders|Newsagency|Newsagents|Bakery|Pharmacy|Butchers|Supermarket|Stores|Café|Cafe|Restaurant|Bistro|Diner|Contractors|Confederation|Diet|Survey|Practice|Surgery|Clinic|Partnership|Library|Libraries|Hospice|Ambulance|Secession)$/;
export const PLACE_WORDS = /^(?:Wall|Theatre|Theater|Monument|Stadium|Arena|Airport|Station|Palace|Castle|Cathedral|Abbey|Chapel|Minster|Garden|Gardens|Square|Tower|Dome|Superdome|Field|Stadion|River|Mountains?|Mount|Lake|Sea|Ocean|Island|Islands|Bay|Valley|Street|Avenue|Road|County|Province|Region|Park|Desert|Peninsula|Gulf|Strait|Canal|Coast|Forest|Plain|Plains|Square|Bridge|Beach|Falls|Harbour|Harbor|Basin|Hills?)$/;

/** What a built or laid-out place ends in: a theatre, a palace, a park, a street. */
export const SITE_WORDS = /^(?:Dam|Barrage|Tunnel|Tunnels|Tunnelling|Wall|Theatre|Theater|Monument|Memorial|Stadium|Arena|Airport|Station|Palace|Castle|Cathedral|Abbey|Chapel|Minster|Garden|Gardens|Square|Tower|Dome|Superdome|Stadion|Ground|Street|Avenue|Road|Park|Bridge|Opera|Hall|House|Quayside|Quay|Wharf|Pier|Docks|Prison|Gaol|Jail|Penitentiary|Barracks|Lighthouse|Gate|Pillar|Column|Statue|Common|Building|Buildings|Hotel|Temple|Mosque|Synagogue|Pagoda|Fortress|Mausoleum|Tomb|Zoo)$/;

/** Plural words that end a place's own name. */
const PLURAL_PLACES = /^(?:States|Islands|Isles|Hills|Falls|Heights|Plains|Mountains|Gardens|Docks|Woods|Lakes|Highlands|Lowlands|Keys|Territories|Provinces|Emirates|Netherlands|Philippines|Americas|Alps|Rockies|Andes|Balkans|Baltics|Midlands|Indies|Downs|Fields|Springs|Rapids|Flats|Sands|Narrows|Commons|Towers|Rocks|Moors|Glades|Parks|Meadows|Valleys|Forests|Wetlands|Cliffs|Caves|Lands|Marshes|Ponds|Pools|Waters|Straits|Banks)$/;

/** "Patriots", "Packers", "Steelers": a plural of a common noun (not "Orleans", "Wales"). */
function isPluralNoun(word: string): boolean {
  if (!/^\p{Lu}\p{Ll}+[^s]s$/u.test(word)) return false;
  const lemma = nounLemma(word);
  return (!!lemma && lemma !== word.toLowerCase()) || /ers$/.test(word);
}

/** "Russian", "Azerbaijani", "Western": adjectives of a place, not names. */
export function isDemonym(word: string, places: Set<string>): boolean {
  if (/^(?:Western|Eastern|Northern|Southern|European|African|Asian|American|Arab|Arabic|Latin|Soviet|Catholic|Protestant|Christian|Muslim|Islamic|Jewish|Buddhist|Hindu|Roman|Greek|English|French|German|Dutch|Spanish|Polish|Turkish|Irish|Scottish|Welsh|British|Swedish|Danish|Finnish|Chinese|Japanese|Portuguese|Vietnamese)$/.test(word)) return true;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(word)) return false;
  // ("Italian" from "Italy", "Kenyan" from "Kenya", "Sudanese" from "Sudan": each ending tried, not the shortest only)
  return ["n", "an", "ian", "i", "ese", "ish", "ic"].some((end) => {
    if (!word.endsWith(end)) return false;
    const stem = word.slice(0, -end.length);
    return [stem, `${stem}a`, `${stem}ia`, `${stem}y`, stem.replace(/i$/, "y")].some((p) => p.length > 2 && places.has(p));
  });
}

/** The words of an age that go before a country's name: "Victorian Britain", "Medieval France". */
export const AGES = /^(?:Victorian|Roman|Medieval|Tudor|Georgian|Norman|Saxon|Elizabethan|Edwardian|Stuart|Anglo-Saxon|Celtic|Ancient|Modern|Colonial|Imperial|Occupied|Nazi|Napoleonic|Revolutionary|Communist|Postwar|Post-war|Wartime|Regency|Viking|Moorish|Islamic|Habsburg)$/;

/** Titles a ship's or a thing's name may open with: "the barque Lady Constance". */
export const SHIP_TITLES = "Lady|Queen|King|Princess|Prince|Lord|Duke|Duchess|Empress|Emperor|Saint|St";
/** A craft or a work named right before a name: "the bomber Enola Gay", "the yacht Britannia", "her book Silent Spring",
 * "their newspaper, La Solidaridad". */
const CRAFT_OR_WORK_BEFORE = new RegExp(String.raw`(?:\b(?:HMS|USS|SS)|(?:\b(?:[Tt]he|[Aa]n?|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts|whose|[Oo]ur)|\p{L}['’]s)\s+(?:[\p{L}\d-]+\s+)?(?:book|novel|poem|play|film|album|song|painting|poster|print|portrait|sculpture|statue|ballet|opera|essay|magazine|newspaper|pamphlet|symphony|galleon|barque|brig|clipper|trawler|ketch|sloop|tug|bomber|ship|aircraft|airship|plane|airliner|jet|locomotive|yacht|boat|vessel|submarine|liner|frigate|schooner|steamer|steamship|rocket|spacecraft|capsule|lifeboat|barge|racehorse|seaplane|monoplane|biplane))(?:\s(?:${SHIP_TITLES}))?,?\s$`, "u");
export const afterCraftOrWork = (text: string, start: number) => CRAFT_OR_WORK_BEFORE.test(text.slice(Math.max(0, start - 30), start));

/** A peer's rank, which names him and then a place: "Baron Rutherford of Nelson". */
const PEERAGE_WORDS = "Baron|Baroness|Viscount|Viscountess|Earl|Marquess|Marchioness";
export const PEERAGES = new RegExp(`^(?:${PEERAGE_WORDS})$`);
const PEER_OF_BEFORE = new RegExp(`\\b(?:${PEERAGE_WORDS})\\s\\p{Lu}[\\p{L}'’-]+\\sof\\s$`, "u");
/** A rank's "of" right before a name: "made Count of Vidigueira", "the Duke of Wellington". */
export const RANK_OF = new RegExp(`\\b(?:${PEERAGE_WORDS}|Count|Countess|Duke|Duchess|Marquis|Prince|Princess)\\s+of\\s$`);

/** "the village of Ashcombe Vale", "now part of Milton Keynes", "the island of Flores": what a place is part of, or a town
 * or an island is called. */
export const afterTownOf = (text: string, start: number) =>
  /\b(?:part of|(?:towns?|townships?|hamlets?|parish(?:es)?|neighbou?rhoods?|city|cities|villages?|suburbs?|county|counties|provinces?|districts?|island|isle|commander(?:y|ies)|prefectures?) of)\s$/i.test(text.slice(Math.max(0, start - 18), start)) ||
  // ("Baron Rutherford of Nelson", "Baron Clive of Plassey": a peer's title names a place after his name)
  PEER_OF_BEFORE.test(text.slice(Math.max(0, start - 40), start)) ||
  // ("Gareth Prydderch, 58, of Tŷ Newydd": where a man of that age lives, his house or his town)
  /\p{L},\s\d{1,3},\s(?:of|from)\s$/u.test(text.slice(Math.max(0, start - 12), start)) ||
  // ("the trading cities of Timbuktu and Gao", "the villages of Oakhurst, Nether Combe, Pelling and…": every name of the list)
  TOWNS_OF_LIST.test(text.slice(Math.max(0, start - 60), start));
const TOWNS_OF_LIST = /\b(?:towns|townships|hamlets|parishes|neighbou?rhoods|cities|villages|ports|provinces|districts|suburbs|counties|islands|commanderies|prefectures) of\s(?:\p{Lu}[\p{L}'’-]*,?\s){0,5}\p{Lu}[\p{L}'’-]*(?:,\s(?:and\s)?|\sand\s)$/u;

/** A title only a person bears before a surname alone. */
export const COURTESY_TITLE = /^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Monsieur|Madame|Mademoiselle|Herr|Frau)$/;

/** Names of laws, wars, prizes and products: "Victoria Constitution Act", "Le Loutre's War", "Newcastle Brown Ale". */
const WORK_OR_EVENT = /^(?:Act|Acts|War|Wars|Treaty|Constitution|Revolution|Agreement|Accord|Accords|Convention|Declaration|Charter|Code|Prize|Award|Cup|Games|Olympics|Ale|Beer|Fire|Wildfire|Festival|Championship|Bowl|Trophy|Crisis|Rebellion|Uprising|Campaign|Battle|Siege|Massacre|Doctrine|Bill|Amendment|Protocol|Summit|Conference|Expedition|Offensive|Affair|Scandal|Telescope|Satellite|Rover|Probe|Spacecraft|Medal|Marathon|Tournament|Prix|Regatta|Scholars|Fellows|Laureates|Medalists|Prizewinners|Fleadh|Feis|Eisteddfod|Carnival|Biennale|Expo|Fringe|Gala|Parade|Fair|Letter|Letters|Manifesto|Law|Laws|Shield|Show|Fete|Fête|Plate)$/;

const NUMBERED_THING = /^(?:Grade|Type|Class|Phase|Stage|Level|Category|Part|Volume|Book|Chapter|Section|Article|Title|Schedule|Appendix|Apollo|Gemini|Vatican|Mark|Series|Division|Tier|Band|Zone|Unit|Form|Year|Act|Scene|Canto|Psalm|Vol|Factor|Model|Route|Platform|Room)$/;

/** "Ada Lovelace Day", "Independence Day", "Fashion Week" are days kept, not people ("Doris Day" is one). */
const dayOrWeek = (run: Token[]) =>
  run.length >= 2 && /^(?:Day|Days|Week|Eve)$/.test(strip(run[run.length - 1].text)) && !(run.length === 2 && has(run[0], "FirstName"));

export const isWorkOrEvent = (run: Token[]) =>
  WORK_OR_EVENT.test(strip(run[run.length - 1].text)) || dayOrWeek(run) || (run.length > 1 && /^(?:Battle|Siege|Treaty|Convention|Agreement|Declaration|Charter|Protocol|Act|Bill|War|Peace|Project|Operation|Programme|Program|Plan|Edict|Decree|Theory|Principles|Origin|Elements|Critique|Treatise|Essay|Discourse|Wealth|Annals|Chronicle|Chronicles|Storm|Hurricane|Cyclone|Typhoon)$/.test(run[0].text));

/** WordNet's noun files that hold no places: acts, animals, attributes, thoughts, words, events, feelings, foods, people,
 * plants, possessions, processes, quantities, states. */
const NOT_PLACE_SENSES = new Set([4, 5, 7, 9, 10, 11, 12, 13, 18, 20, 21, 22, 23, 26]);

export function kindOf(run: Token[]): { kind: EntityKind; unit?: string } {
  // "Safety of Life at Sea": where a name's "at" points is no part of what it names
  const at = run.findIndex((t) => t.text === "at");
  if (at > 0) return kindOf(run.slice(0, at));
  // ("a 1947 Ferguson TE20", "the Airbus A380": a maker's model, letters and digits, is a thing)
  if (isWorkOrEvent(run) || /^\p{Lu}{1,4}-?\d+\p{Lu}?$/u.test(run[run.length - 1].text)) return { kind: "misc" };
  // ("the Mad Queen of Madagascar", "the Red Baron": a word before a rank and its land is a nickname, neither the
  // land nor the holder's name)
  // ("Portrait of Adele Bloch-Bauer II", "View of Delft": a painting named for its sitter or its scene)
  if (run.length > 2 && /^(?:Portrait|Self-Portrait|View|Study|Allegory|Madonna)$/.test(run[0].text) && run[1].text === "of") return { kind: "misc" };
  const of = run.findIndex((t) => t.text === "of");
  if (of >= 2 && (TITLES.test(run[of - 1].text) || PEERAGES.test(run[of - 1].text))) return { kind: "misc" };
  const name = run.map((t) => strip(t.text)).join(" ");
  // "Mercury" and "Saturn" name programmes and rockets as often as planets: only a lone word of the rest is a body
  if (run.length === 1 && CELESTIAL_BODIES.includes(name) && !/^(?:Mercury|Saturn)$/.test(name)) return { kind: "place", unit: "celestial body" };
  if (FORMER_STATES.includes(name)) return { kind: "place", unit: "country" };
  if (FIRMS_NAMED_LIKE_PEOPLE.has(name)) return { kind: "org" };
  if (CONTINENTS.includes(name)) return { kind: "place", unit: "continent" };
  // "Victorian Britain", "Roman Britain", "Medieval France": a country in an age is a place, nobody's surname
  if (run.length === 2 && AGES.test(run[0].text) && isCountryToken(run[1], new Set())) return { kind: "place", unit: "region" };
  if (run.length === 1 && /^\p{Lu}{2,6}$/u.test(run[0].text) && !has(run[0], "Place", "Person")) return { kind: "org" };
  // "Historic England", "Natural England", "Sport Scotland": public bodies named by what they look after and a country
  // ("Transport Infrastructure Ireland": a word of what they look after between the two too)
  if (run.length >= 2 && run.length <= 3 && BODY_OPENERS.test(run[0].text) && has(run[run.length - 1], "Country")) return { kind: "org" };
  // a football club: "Newcastle United", "Bolton Wanderers" (a city's name and a club word)
  // ("Dellwood High": a high school by its town)
  if (run.length > 1 && /^(?:United|Rovers|Wanderers|Athletic|Albion|Hotspur|FC|High)$/.test(strip(run[run.length - 1].text))) return { kind: "org" };
  // ("Olympique Sainte-Marie", "Sporting Lisbon", "Dynamo Kyiv": a club named first by its word)
  if (run.length > 1 && /^(?:Olympique|Sporting|Racing|Dynamo|Dinamo|Spartak|Lokomotiv|Lokomotiva|Atlético|Deportivo|Borussia|Steaua|Partizan|Slavia|Sparta)$/.test(run[0].text)) return { kind: "org" };
  // a team is a town and a plural: "New England Patriots", "Green Bay Packers" (not "Canary Islands", "Golan Heights")
  const lastWord = run[run.length - 1].text;
  if (run.length > 1 && isPluralNoun(lastWord) && !has(run[run.length - 1], "Place") && !PLURAL_PLACES.test(lastWord) && (run.slice(0, -1).some((t) => has(t, "Place") || PLACE_WORDS.test(t.text)) || /^(?:New|San|Santa|St|Los|Las)$/.test(run[0].text))) return { kind: "org" };
  if (run.some((t) => ORG_WORDS.test(t.text)) && !/^(?:Republic|Empire)$/.test(run[run.length - 1].text)) return { kind: "org" };
  // ("Mrs Castle", "Dr Hall": a courtesy title makes a surname, whatever building it names)
  if (run.length === 2 && COURTESY_TITLE.test(run[0].text)) return { kind: "person" };
  // ("Franz Josef Land", "Queen Maud Land", "Arnhem Land": a land named after someone; "Edwin Land" is a person)
  if (run.length > 1 && run[run.length - 1].text === "Land" && !(run.length === 2 && has(run[0], "FirstName"))) return { kind: "place", unit: "region" };
  // a building or a park is asked beside other sites, not beside countries: "Great Theatre" | "Saxon Garden"
  if (run.length > 1 && SITE_WORDS.test(strip(run[run.length - 1].text))) return { kind: "place", unit: "site" };
  // "Mexico City", "Benin City": a city, whatever country its first word names
  // (not "Eastport City", a football club)
  if (run.length > 1 && strip(run[run.length - 1].text) === "City" && wordTags(strip(run[0].text)).has("Place")) return { kind: "place", unit: "city" };
  // ("Avenue Habib Bourguiba", "Rue de Rivoli", "Rua António Maria Cardoso": a street named first by its word is a site,
  // whatever names follow)
  if (run.length > 1 && /^(?:Avenue|Avenida|Rue|Rua|Boulevard|Calle|Carrer|Piazza|Plaza|Praça|Largo|Paseo|Ulica|Heol|Ffordd|Stryd)$/.test(run[0].text)) return { kind: "place", unit: "site" };
  if (run.some((t) => PLACE_WORDS.test(t.text)) || KNOWN_REGIONS.has(run.map((t) => strip(t.text)).join(" "))) return { kind: "place", unit: "region" };
  // a fort is a site like a castle ("Fort Clinch" beside "Fort Caroline", not beside North Carolina)
  if (run.length > 1 && /^(?:Fort|Castle|Camp)$/.test(run[0].text)) return { kind: "place", unit: "site" };
  // ("Cerro Corá", "Sierra Maestra", "Punta Arenas": the Spanish and Portuguese words for hill, range, point… too)
  if (run.length > 1 && /^(?:San|Santa|Santo|São|Sao|St|Saint|Los|Las|Port|Puerto|Porto|Rio|Río|Lake|Mount|Monte|Cape|New|Pons|Upper|Lower|Cerro|Sierra|Serra|Isla|Ilha|Ciudad|Bahía|Punta|Laguna|Lago|Vila|Cwm|Llyn|Afon)$/.test(run[0].text)) return { kind: "place" };
  const personish = run.some((t) => has(t, "Person")) && (run.length >= 2 || has(run[0], "LastName"));
  // "F. W. de Klerk", "T. S. Eliot": initials, then a surname
  if (run.length >= 2 && /^\p{Lu}$/u.test(run[0].text) && /^\p{Lu}\p{Ll}+$/u.test(run[run.length - 1].text) && !run.some((t) => ORG_WORDS.test(t.text) || PLACE_WORDS.test(t.text) || SITE_WORDS.test(t.text))) return { kind: "person" };
  // "Isabella of France", "Catherine of Aragon": a first name of a place is a royal person, not the place
  if (run.length >= 3 && run[1].text === "of" && has(run[0], "FirstName") && !has(run[0], "Place") && !PLACE_WORDS.test(run[0].text)) return { kind: "person" };
  // ("Ibn al-Haytham", "Musa ibn Nusayr": an Arabic "son of" or "daughter of" joins a person's names)
  // (not "Qal'at Ibn Salama", a castle named after one)
  if (run.length >= 2 && run.some((t, k) => (/^(?:ibn|bin|bint)$/.test(t.text) || (k === 0 && t.text === "Ibn")) && k < run.length - 1)) return { kind: "person" };
  // ("Don John of Austria": so is one after a Spanish or Portuguese honorific)
  if (run.length >= 4 && SPANISH_HONORIFIC.test(run[0].text) && run[2].text === "of" && has(run[1], "FirstName")) return { kind: "person" };
  // ("Miguel Hidalgo y Costilla", "Santiago Ramón y Cajal": a first name and two Spanish surnames joined by "y")
  if (run.length >= 4 && has(run[0], "FirstName") && !has(run[0], "Place") && run[run.length - 2].text === "y") return { kind: "person" };
  // ("Henri de Toulouse-Lautrec", "Leonardo da Vinci": a first name, a particle and a name that a place may share)
  if (run.length >= 3 && has(run[0], "FirstName") && !has(run[0], "Place") && /^(?:de|da|di|del|della|du|van|von|le|la)$/.test(run[1].text) &&
    !PLACE_WORDS.test(run[run.length - 1].text) && !ORG_WORDS.test(run[run.length - 1].text)) return { kind: "person" };
  // "Dwight D. Eisenhower": a first name leads, whatever the initial looks like
  if (run.length >= 2 && has(run[0], "FirstName") && !run.some((t) => has(t, "Place"))) return { kind: "person" };
  // "George Washington", "Grover Cleveland": a man's or woman's first name before a word that also names a place
  if (run.length === 2 && has(run[0], "MaleName", "FemaleName") && !has(run[0], "Place") && !PLACE_WORDS.test(run[1].text) && !SITE_WORDS.test(run[1].text)) return { kind: "person" };
  // "Philip II of Spain", "Henry IV": a regnal name
  // ("Saturn V" is a rocket: a body in space or a place takes no regnal number)
  // ("Grade II", "Phase III", "Vatican II": a numbered grade or stage is no ruler)
  if (run.length >= 2 && /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X|XI|XII|XIII|XIV|XV|XVI)$/.test(run[1].text) && /^\p{Lu}\p{Ll}+$/u.test(run[0].text) &&
    !CELESTIAL_BODIES.includes(run[0].text) && !has(run[0], "Place") && !NUMBERED_THING.test(run[0].text)) return { kind: "person" };
  if (personish && !run.some((t) => has(t, "Organization", "Place"))) return { kind: "person" };
  if (run.some((t) => has(t, "Organization", "SportsTeam", "Company", "School"))) return { kind: "org" };
  // "the Mamluks of Egypt", "the Normans of Sicily": a people of a place, not a place
  if (run.length >= 3 && run[1].text === "of" && /^\p{Lu}\p{Ll}+s$/u.test(run[0].text) && !PLURAL_PLACES.test(run[0].text) && !has(run[0], "Place")) return { kind: "misc" };
  // "the Zimbabwe Bird", "the Texas Ranger": a place before a common noun that names no place (an animal, an act, a
  // thought…) names a thing of that place
  const tail = run[run.length - 1];
  const tailSense = run.length > 1 && !has(tail, "Place") && !PLACE_WORDS.test(tail.text) && !SITE_WORDS.test(strip(tail.text)) ? firstSense(strip(tail.text).toLowerCase()) : undefined;
  if (tailSense && !tailSense.proper && NOT_PLACE_SENSES.has(tailSense.lexFile)) return { kind: "misc" };
  if (run.some((t) => has(t, "Place"))) {
    const unit = run.some((t) => has(t, "Country")) ? "country" : run.some((t) => has(t, "City")) ? "city" : run.some((t) => has(t, "Region")) ? "region" : undefined;
    return { kind: "place", unit };
  }
  if (personish) return { kind: "person" };
  return { kind: "misc" };
}

/** A run that reads as a person's full name: two or more plain name words, no place, body, title or regnal number. */
/** A Spanish or Portuguese honorific before a first name: "Don John of Austria" is one name, no man and his country. */
export const SPANISH_HONORIFIC = /^(?:Don|Dom|Doña|Dona)$/;

export function personBeforeOf(run: Token[]): boolean {
  return run.length >= 2 && run.every((x) => has(x, "ProperNoun") && !has(x, "Place", "Organization") && !ORG_WORDS.test(x.text) &&
    !PLACE_WORDS.test(x.text) && !SITE_WORDS.test(x.text) && !TITLES.test(x.text) && !/^(?:[IVX]+|Grand|Duchy|Kingdom|Principality|Emirate|Caliphate|Sultanate|Khanate|Holy|New|Old)$/.test(x.text));
}
export const isCountryToken = (t: Token | undefined, places: Set<string>) => !!t && (has(t, "Country") || COUNTRIES.includes(t.text) || /^(?:Britain|England|Scotland|Wales|America)$/.test(t.text) || (places.has(t.text) && has(t, "Place")));

/** Words for what a person is or does, as an appositive names them: "Gela Vasadze, a senior fellow". */
const PERSON_NOUNS = /^(?:analyst|expert|scientist|researcher|fellow|professor|lecturer|teacher|student|writer|author|journalist|reporter|editor|poet|novelist|historian|economist|lawyer|judge|doctor|nurse|farmer|worker|accountant|courier|driver|engineer|architect|artist|painter|singer|actor|actress|director|producer|composer|musician|player|coach|athlete|officer|soldier|general|commander|minister|president|leader|official|spokesman|spokeswoman|spokesperson|diplomat|ambassador|senator|politician|activist|founder|owner|manager|chief|head|member|resident|citizen|mother|father|son|daughter|wife|husband|widow|veteran|refugee|priest|bishop|monk|king|queen|prince|princess|emperor|pupil|mathematician|physicist|chemist|biologist|philosopher|inventor|explorer|pilot|astronaut|businessman|businesswoman|entrepreneur|banker|adviser|advisor|aide|deputy|secretary|governor|mayor|candidate|voter|survivor|witness|victim|pensioner|retiree|mechanic|shopkeeper|vendor|baker|chef|waiter|waitress|cleaner|guard|clerk|consultant|observer|commentator|columnist|scholar|specialist)s?$/i;

/**
 * An appositive after a name that says what person it is: "Creon, the current King of Thebes". `headOnly`: the word
 * must head the phrase (a lone name needs plain evidence: "the Salon, the official exhibition" is no official).
 */
export function appositivePerson(text: string, end: number, headOnly = false): boolean {
  // the noun of the appositive comes within a few words, before any preposition: "an independent analyst in…"
  // ("Anaru Tipene, the council's roading manager": a possessor may come first)
  const appositive = /^,\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)/u.exec(text.slice(end, end + 80));
  const words = appositive?.[1].split(/\s+/) ?? [];
  for (const [i, w] of words.entries()) {
    if (PHRASE_ENDS.test(w)) break;
    if (PERSON_NOUNS.test(w) && (!headOnly || i === words.length - 1 || PHRASE_ENDS.test(words[i + 1]))) return true;
  }
  return false;
}

/** Words for a written or drawn work, as an appositive names one: "the Periplus…, a Greek merchants' handbook". */
const WORK_NOUNS = /^(?:handbook|book|manual|guide|guidebook|text|poem|epic|chronicle|chronicles|treatise|novel|play|report|map|atlas|song|hymn|anthem|painting|film|document|manuscript|journal|diary|encyclopedia|encyclopaedia|dictionary|opera|symphony|concerto|sonata|quartet|suite|overture|essay|pamphlet|newspaper|magazine|textbook|scroll|codex|saga)$/i;

/** An appositive after a name that calls it a written or drawn work: ", a Greek merchants' handbook written in…"; or
 * one before it: "a merchant's handbook, the Periplus of the Erythraean Sea" (`start` given). */
export function appositiveWork(text: string, end: number, start?: number): boolean {
  // (a common noun: "the Polish National Opera, the Chamber Opera" is a list of names)
  // (and one right before the title: "his book The Physical Geography of the Sea", 'his essay "Nuestra América"')
  // (or after "his book" itself: "In his book Doubts Concerning Ptolemy he wrote")
  const before = start === undefined ? undefined : /(\p{Ll}+)(?:,\s+(?:the\s+)?|\s+(?:The\s+|["“]))$|\b(?:his|her|their|its)\s+(\p{Ll}+)\s+$/u.exec(text.slice(Math.max(0, start - 24), start));
  if (before && WORK_NOUNS.test(before[1] ?? before[2])) return true;
  // ('the "New World" symphony': a quoted name before a kind of work is the work's)
  const kindAfter = start !== undefined && /["“]$/.test(text.slice(start - 1, start)) ? /^["”]\s+(\p{Ll}+)/u.exec(text.slice(end, end + 24))?.[1] : undefined;
  if (kindAfter && WORK_NOUNS.test(kindAfter)) return true;
  const appositive = /^,\s+(?:a|an|the)\s+((?:[\p{L}'’-]+\s+){0,4}[\p{L}-]+)/u.exec(text.slice(end, end + 80));
  for (const w of appositive?.[1].split(/\s+/) ?? []) {
    if (PHRASE_ENDS.test(w)) break;
    if (WORK_NOUNS.test(w)) return true;
  }
  return false;
}

/** Words that end an appositive's noun phrase: a preposition or a relative. */
const PHRASE_ENDS = /^(?:of|in|at|for|from|with|on|by|to|and|who|which|that)$/;

/**
 * Context that says a name is a person's: an appositive ("Iveta Margaryan, an accountant aged 53"),
 * a relative "who" ("Valery Harutyunyan, who fled…"), or speech ("said Gela Vasadze", "Namazov told").
 */
export function describedAsPerson(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  const before = text.slice(Math.max(0, start - 40), start);
  if (appositivePerson(text, end)) return true;
  if (/^,\s+who\b/.test(after)) return true;
  // "Galileo Galilei was an Italian mathematician, physicist and astronomer"
  const predicate = /^\s+(?:was|is)\s+(?:a|an|the)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/u.exec(after)?.[1].split(/\s+/) ?? [];
  for (const w of predicate) {
    if (PHRASE_ENDS.test(w)) break;
    if (PERSON_NOUNS.test(w)) return true;
  }
  if (/^,?\s+(?:said|says|told|added|explained|argued|wrote|recalled|warned|insisted)\b/.test(after)) return true;
  return /\b(?:said|says|told|according to)\s+$/.test(before);
}

/** An acronym is what it stands for: "Treaty on European Union (TEU)" makes "TEU" a treaty, not an organisation. */
export function kindFromExpansion(facts: Fact[], text: string): Fact[] {
  const expanded = new Map<string, Fact>();
  for (const f of facts) {
    const acronym = /^\s*\((\p{Lu}{2,8})\)/u.exec(text.slice(f.end, f.end + 14))?.[1];
    if (acronym && acronym !== f.text) expanded.set(acronym, f);
  }
  // ("indole-3-acetic acid (IAA)": letters that stand for a common noun's words name a thing, no body)
  const ofCommonNoun = new Set([...text.matchAll(/\p{Ll}[\p{L}\d-]*\s+\((\p{Lu}{2,8})\)/gu)].map((m) => m[1]));
  for (const f of facts) {
    const long = expanded.get(f.text);
    if (long) {
      f.kind = long.kind;
      f.unit = long.unit;
    } else if (f.kind === "org" && ofCommonNoun.has(f.text)) [f.kind, f.unit] = ["misc", undefined];
  }
  return facts;
}

/** Words that open the names of regions, not of people: "British North America", "the Spanish New World". */
export const COMPASS_OR_AGE = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|New|Old|Great)$/;

/** The entity heads its clause (sentence start, or after a fronted phrase and comma) and a verb follows. */
export function isSubject(text: string, s: Sentence, start: number, tokens: Token[], at: number): boolean {
  const before = text.slice(s.start, start);
  const atHead = /^(?:the\s+)?$/i.test(before) || /^[^,"“”]{3,80},\s*(?:the\s+)?$/i.test(before);
  if (!atHead) return false;
  const next = tokens[at];
  if (!next || next.sentence !== s.index) return false;
  // "CAM plants often lose…": a plural before the clause's verb is the subject's noun, the name before it a modifier
  let k = at + 1;
  while (tokens[k]?.sentence === s.index && /^(?:often|also|usually|still|now|only|generally|typically|always|never|\p{Ll}+ly)$/u.test(tokens[k].text)) k++;
  const verbAfter = tokens[k]?.sentence === s.index && has(tokens[k], "Verb") && !has(tokens[k], "Noun", "Gerund", "Preposition");
  // ("Gandhi's acts have…" asks "Whose acts…?")
  const plainGap = text.slice(tokens[at - 1]?.end ?? start, next.start) === " " && !/['’]s$/.test(tokens[at - 1]?.text ?? "");
  if (plainGap && verbAfter && /^\p{Ll}{3,}s$/u.test(next.text) && !/^(?:was|has|does|goes)$/.test(next.text) && firstSense(next.text.slice(0, -1))) return false;
  return has(next, "Verb") && !has(next, "Gerund", "Participle") && text.slice(start, next.start).trim().length > 0 && !/,\s*$/.test(text.slice(start, next.start));
}

/** Words that make an office of a title: "Holy Roman Emperor", "Attorney General", "Deputy Prime Minister". */
const OFFICE_QUALIFIER = /^(?:Holy|Roman|Grand|Prime|Chief|Vice|Deputy|Lord|High|First|Supreme|Attorney|Solicitor|Surgeon|Secretary|Inspector|Postmaster|Lieutenant|Acting|Former|Crown|Prince|Emperor|King|Queen)$/;

/** An age, a style or a title a place is given: "a Renaissance palace", "the Iron Age", "a World Heritage Site", "one of
 * the New Seven Wonders of the World". */
const AGE_OR_STYLE = /^(?:(?:High|Early|Late|Italian|Northern|Carolingian)\s)?(?:Renaissance|Reformation|Counter-Reformation|Enlightenment|Baroque|Rococo|Romanesque|Gothic|Neoclassical|Romanticism|Modernism|Art Nouveau|Art Deco|Bronze Age|Iron Age|Stone Age|Middle Ages|Dark Ages|Ice Age|Industrial Revolution|World Heritage (?:Site|List)|(?:New )?Seven Wonders of the (?:Ancient |Modern )?World)$/;

/** Offices held "of" a place: "the Sharif of Mecca", "the Nizam of Hyderabad". */
const OFFICE_OF = /^(?:Sharif|Nizam|Nawab|Maharaja|Maharajah|Maharani|Rani|Raja|Rajah|Bey|Dey|Khedive|Emir|Amir|Sultan|Shah|Pasha|Doge|Elector|Margrave|Landgrave|Earl|Duke|Duchess|Prince|Princess|King|Queen|Emperor|Empress|Bishop|Archbishop|Patriarch|Governor|Mayor)$/;

/**
 * "misc" for a name read as a place or a person that is neither: a ruler's office, not the place it rules ("the Sharif
 * of Mecca"); a word made of two common words, a thing's name ("her Self-Portrait as…"); a stage of a language ("Old
 * Persian", "Middle English"); an age or a style ("Renaissance"). Otherwise undefined.
 */
export function namesNoPlaceOrPerson(words: string[], span: string, kind: EntityKind): "misc" | undefined {
  if (kind === "place" && words.length >= 3 && words[1] === "of" && OFFICE_OF.test(words[0])) return "misc";
  if ((kind === "place" || kind === "person") && AGE_OR_STYLE.test(span)) return "misc";
  // ("became Holy Roman Emperor", "the Attorney General": an office's words before a title, and no one's name)
  if (kind === "person" && words.length >= 2 && TITLES.test(words[words.length - 1]) && words.slice(0, -1).every((w) => OFFICE_QUALIFIER.test(w))) return "misc";
  if (kind !== "person") return undefined;
  if (/^\p{Lu}\p{Ll}+-\p{Lu}\p{Ll}+$/u.test(span) && span.split("-").every((w) => firstSense(w.toLowerCase()) && !firstSense(w.toLowerCase())!.proper)) return "misc";
  if (words.length === 2 && /^(?:Old|Middle|Early|Late|Classical|Modern|Proto)$/.test(words[0]) && /(?:an|ic|ish|ese|i|Norse|Greek|Latin|Dutch|French|Irish|Welsh)$/.test(words[1])) return "misc";
  return undefined;
}
