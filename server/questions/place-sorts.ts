// What sort of place a name is, finer than the tagger's units: a wrong option of another sort is a give-away
// ("St. Augustine" | North Carolina, United States: the only town among states), so options are asked of one sort.
import { remembered } from "./util";
import { SITE_WORDS } from "./entity-kinds";
import { CELESTIAL_BODIES, CITIES, CONTINENTS, COUNTRIES, COUNTRY_GROUPS, FORMER_STATES, REGIONS, RIVERS } from "./data/pools";

/** Places whose names take "the": "the United States", "the Netherlands", "the Republic of Ireland". */
export const TAKES_THE = /^(?:United|Soviet|European|Czech|Dominican|Central African)\b|(?:States|Netherlands|Philippines|Islands|Isles|Emirates|Bahamas|Maldives|Seychelles|Comoros|Gambia|Union|Republic)$|^(?:Republic|Kingdom|Democratic Republic) of\b/;

export type PlaceSort =
  | "country" | "state" | "division" | "city" | "region" | "continent" | "celestial body"
  | "galaxy" | "river" | "lake" | "water" | "island" | "land" | "site" | "colony";

/** First-level parts of federal countries, which a tagger reads as regions or countries, by country. */
const STATE_GROUPS: readonly (readonly string[])[] = [
  ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Hawaii|Idaho|Illinois|Indiana|Iowa|Kansas|" +
    "Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|" +
    "New Jersey|New Mexico|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|South Carolina|South Dakota|" +
    "Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming").split("|"),
  "New South Wales|Victoria|Queensland|South Australia|Western Australia|Tasmania".split("|"),
  "Ontario|Quebec|Nova Scotia|New Brunswick|Manitoba|British Columbia|Prince Edward Island|Saskatchewan|Alberta|Newfoundland".split("|"),
  "Bavaria|Saxony|Hesse|Brandenburg|Thuringia|Lower Saxony".split("|"),
  "Catalonia|Andalusia|Galicia|Castile|Aragon|Valencia".split("|"),
];
const STATES = new Set(STATE_GROUPS.flat());

/** The other states of the key's own country: New South Wales beside Queensland, not beside Texas. */
export const neighbourStates = (key: string): string[] => (STATE_GROUPS.find((g) => g.includes(key)) ?? []).filter((s) => s !== key);

/** Colonies of the European empires in the Americas, asked beside each other. */
const COLONIES = new Set(
  "New France|New Spain|New Netherland|New Sweden|New England|British America|Spanish Florida|French Louisiana|Rupert's Land|Thirteen Colonies|Acadia".split("|"),
);

/** Water, by a word of its name: a sea is asked beside seas, not beside a country. */
const isWater = (name: string) =>
  /\b(?:Sea|Ocean|Gulf|Bay|Strait|Lake|River|Channel|Sound|Lagoon|Mediterranean|Atlantic|Pacific|Baltic|Caspian|Adriatic|Aegean)\b/.test(name);

const ISLAND = /^(?:Island|Islands|Isle|Isles|Archipelago)$/;
const LAND = /^(?:Valley|Mountains?|Peninsula|Desert|Plains?|Basin|Hills?|Heights|Canyon|Forest|Woods|Highlands|Coast|Glacier|Delta|Steppe)$/;
const DIVISION = /^(?:County|District|Parish|Borough|Shire|Township|Prefecture|Oblast|Municipality|Voivodeship)$/;
const STATE_WORD = /^(?:State|Territory|Province|Colony)$/;
/** "Northern India", "North East England": part of a country is a region, not a country. */
const COMPASS = /^(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Upper|Lower|North-East|North East|South-East|North-West|South-West)\s/;

/**
 * The sort of a place named `name`, whose unit the article's tagging gave as `unit` (if any);
 * undefined when nothing tells (a "San Andreas", a "St. Lawrence").
 */
export const placeSort = (name: string, unit?: string): PlaceSort | undefined => sortByKey(`${name}|${unit ?? ""}`);
const sortByKey = remembered((key: string) => sortOf(key.slice(0, key.lastIndexOf("|")), key.slice(key.lastIndexOf("|") + 1) || undefined));

// (with the countries placed by part of the world, so that "Ghana" or "Rwanda" is a country among the options)
const KNOWN_COUNTRIES = new Set([...COUNTRIES, ...FORMER_STATES, ...Object.entries(COUNTRY_GROUPS).filter(([g]) => g !== "britishIsles").flatMap(([, g]) => g)]);
const KNOWN_CITIES = new Set(CITIES);
const KNOWN_REGIONS = new Set(REGIONS.map((r) => r.replace(/^the\s+/, "")));

function sortOf(name: string, unit?: string): PlaceSort | undefined {
  const bare = name.replace(/^the\s+/i, "");
  const words = bare.split(/\s+/);
  const last = words[words.length - 1];
  // ("the Great Lakes of North America", "the Iron Pillar of Delhi": what comes before "of" says the sort)
  const of = words.indexOf("of");
  if (of > 0 && !/^(?:Republic|Kingdom|Empire|Principality|Duchy|Grand|Isle|Isles|Island|Islands|Isthmus|Vale|Colony|Province|State|City|Port|Bay|Gulf|Sea|Lake|Strait|Cape|Mount|Valley|Plain|Plains)$/.test(words[0])) {
    const head = words.slice(0, of);
    if (SITE_WORDS.test(head[head.length - 1])) return "site";
    const headSort = of > 1 ? sortOf(head.join(" ")) : undefined;
    if (headSort) return headSort;
  }
  // ("Cahokia Mounds State Historic Site", "Yellowstone National Park": a protected site)
  if (unit === "site" || (words.length > 1 && /^(?:Field|Fort|Site|Mounds)$/.test(last))) return "site";
  // (a sort the article's own words gave it: "the Genil valley")
  if (unit === "land" || unit === "lake" || unit === "water" || unit === "island") return unit;
  if (unit === "celestial body" || (words.length === 1 && CELESTIAL_BODIES.includes(bare) && unit !== "city")) return "celestial body";
  // (the Milky Way is no town beside towns, nor a planet beside planets)
  if (bare === "Milky Way" || (words.length > 1 && /^(?:Galaxy|Nebula|Clouds?)$/.test(last))) return "galaxy";
  if (unit === "continent" || ((CONTINENTS.includes(bare) || bare === "Americas") && unit !== "country")) return "continent";
  if (unit === "river" || RIVERS.includes(bare) || /\bRiver\b/.test(bare)) return "river";
  // (a lake beside lakes, seas beside seas: no Lake Biwa beside the Pacific)
  if (/^(?:Lake|Loch)\s|\s(?:Lake|Lakes)$/.test(bare)) return "lake";
  if (isWater(bare)) return "water";
  // ("the Roman governor of Britain": the island, whose options are no towns; as a state it is the United Kingdom)
  if (ISLAND.test(last) || (bare === "Britain" || bare === "Great Britain") && unit !== "country") return "island";
  // ("the Isle of Man", "the Isthmus of Panama", "the Vale of York": what comes first says the sort)
  if (words.length > 2 && words[1] === "of" && ISLAND.test(words[0])) return "island";
  if (words.length > 1 && (LAND.test(last) || /^(?:Mount|Cape|Monte|Cerro|Sierra|Serra|Punta)$/.test(words[0]) || (words[1] === "of" && (LAND.test(words[0]) || /^(?:Isthmus|Vale)$/.test(words[0]))))) return "land";
  if (words.length > 1 && DIVISION.test(last)) return "division";
  if (COLONIES.has(bare) || /^Colony of\b/.test(bare)) return "colony";
  // Georgia the state or Georgia the country: the article's tagging tells
  if ((bare === "Georgia" && unit === "region") || STATES.has(bare) || (words.length > 1 && STATE_WORD.test(last)) || /^(?:Province|State) of\b/.test(bare)) return "state";
  const known = KNOWN_COUNTRIES.has(bare);
  if (!known && COMPASS.test(bare)) return "region";
  if (known || unit === "country" || /^(?:Kingdom|Republic|Empire|Principality|Duchy|Grand Duchy) of\b/.test(bare)) return "country";
  if (unit === "city" || KNOWN_CITIES.has(bare)) return "city";
  if (unit === "region" || KNOWN_REGIONS.has(bare)) return "region";
  return undefined;
}
