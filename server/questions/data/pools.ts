import { escapeRegExp } from "../util";

// Shipped fallback distractors, used only when the article itself has too few of the same kind.
// Plain, well-known names so that a wrong option is plausible but never a synonym of the key.

export const COUNTRIES = (
  "France|Germany|Italy|Spain|Portugal|Poland|Ukraine|Russia|Turkey|Greece|Sweden|Norway|Finland|Denmark|Austria|Hungary|Romania|" +
  "Bulgaria|Serbia|Croatia|Georgia|Armenia|Azerbaijan|Iran|Iraq|Syria|Egypt|Israel|Jordan|Saudi Arabia|Pakistan|India|China|Japan|" +
  "South Korea|Vietnam|Thailand|Indonesia|Australia|New Zealand|Canada|Mexico|Brazil|Argentina|Chile|Peru|Colombia|Nigeria|Kenya|" +
  "Ethiopia|South Africa|Morocco|Algeria|Ireland|Belgium|Netherlands|Switzerland|Kazakhstan|Mongolia|Afghanistan|Cuba|Venezuela"
).split("|");

export const CITIES = (
  "London|Paris|Berlin|Madrid|Rome|Vienna|Warsaw|Prague|Budapest|Moscow|Kyiv|Istanbul|Athens|Lisbon|Amsterdam|Brussels|Stockholm|" +
  "Oslo|Copenhagen|Dublin|Edinburgh|Manchester|Chicago|Boston|New York|Los Angeles|San Francisco|Houston|Philadelphia|Seattle|Atlanta|" +
  "Toronto|Montreal|Sydney|Melbourne|Tokyo|Beijing|Shanghai|Delhi|Mumbai|Cairo|Tehran|Baghdad|Damascus|Tbilisi|Baku|Yerevan|Ankara|" +
  "Geneva|Munich|Hamburg|Milan|Naples|Barcelona|Lyon|Marseille|Kraków|Dallas|Denver|Miami|Detroit|Baltimore|Adelaide|Perth|Brisbane|Helsinki|Reykjavík|" +
  "Mexico City|Guadalajara|Monterrey|Puebla|Havana|Bogotá|Lima|Quito|Caracas|Santiago|Buenos Aires|São Paulo|Rio de Janeiro|" +
  "Lagos|Abuja|Nairobi|Addis Ababa|Johannesburg|Pretoria|Accra|Dakar|Kinshasa|Casablanca|Rabat|Khartoum|Dar es Salaam|Kampala|Brasília"
).split("|");

/**
 * Regions by neighbourhood: an option must be the same sort of region as the key, and near it — "the Caucasus" beside
 * the Balkans and Central Asia, not beside Normandy or the Atlantic. A region may belong to more than one group.
 */
export const REGION_GROUPS: Record<string, readonly string[]> = {
  europe: ["the Balkans", "Scandinavia", "the Baltics", "Central Europe", "Eastern Europe", "Western Europe", "Iberia", "the Low Countries"],
  nearEast: ["the Caucasus", "Central Asia", "Anatolia", "the Middle East", "the Levant", "the Balkans", "Crimea", "the Persian Gulf"],
  asia: ["South Asia", "Southeast Asia", "East Asia", "Central Asia", "the Middle East", "Siberia", "Indochina", "Kashmir", "Tibet"],
  africa: ["North Africa", "West Africa", "East Africa", "Southern Africa", "the Sahel", "the Horn of Africa", "the Maghreb"],
  americas: ["Latin America", "Central America", "the Caribbean", "Patagonia", "New England", "the Midwest", "the Amazon basin"],
  provinces: ["Bavaria", "Catalonia", "Tuscany", "Normandy", "Provence", "Brittany", "Lombardy", "Andalusia", "Saxony", "Flanders", "Silesia", "Transylvania", "Bohemia"],
  // English counties and old kingdoms: "landed in _____" | Yorkshire beside Kent, not Transylvania
  england: ["Yorkshire", "Kent", "Sussex", "Essex", "Cornwall", "Devon", "Norfolk", "Suffolk", "Lancashire", "Northumbria", "Wessex", "Mercia", "East Anglia", "Cumbria"],
  states: ["Texas", "California", "Florida", "Ohio", "Virginia", "Michigan", "Illinois", "Pennsylvania", "Arizona", "Oregon", "Alaska", "Quebec", "Ontario", "Alberta"],
  seas: ["the Pacific", "the Atlantic", "the Indian Ocean", "the Arctic Ocean", "the Mediterranean", "the Baltic", "the Black Sea", "the Caspian Sea", "the North Sea", "the Red Sea"],
};

export const REGIONS = [...new Set(Object.values(REGION_GROUPS).flat())];

/** Regions that share a group with the key (without "the"), nearest groups first; none for a region we do not know. */
export function neighbourRegions(key: string): string[] {
  const bare = (r: string) => r.replace(/^the /i, "").toLowerCase();
  const k = bare(key);
  const groups = Object.values(REGION_GROUPS).filter((g) => g.some((r) => bare(r) === k));
  return [...new Set(groups.flat())].filter((r) => bare(r) !== k);
}

/** Countries by neighbourhood: a wrong option from the key's own part of the world is no give-away ("Vietnam" beside England). */
export const COUNTRY_GROUPS: Record<string, readonly string[]> = {
  britishIsles: ["England", "Scotland", "Wales", "Ireland", "Northern Ireland"],
  europe: ["France", "Germany", "Italy", "Spain", "Portugal", "Poland", "Ukraine", "Russia", "Greece", "Sweden", "Norway", "Finland", "Denmark",
    "Austria", "Hungary", "Romania", "Bulgaria", "Serbia", "Croatia", "Ireland", "Belgium", "Netherlands", "Switzerland", "England", "Scotland",
    "Czech Republic", "Kosovo", "Bosnia and Herzegovina", "Yugoslavia", "Prussia", "Austria-Hungary", "Iceland"],
  nearEast: ["Georgia", "Armenia", "Azerbaijan", "Turkey", "Iran", "Iraq", "Syria", "Russia", "Ukraine", "Kazakhstan", "Israel", "Jordan", "Egypt",
    "Saudi Arabia", "Lebanon", "Ottoman Empire"],
  asia: ["Pakistan", "India", "China", "Japan", "South Korea", "North Korea", "Vietnam", "Thailand", "Indonesia", "Mongolia", "Afghanistan",
    "Kazakhstan", "Philippines", "Malaysia", "Bangladesh", "Iran", "Hong Kong", "Taiwan", "Tibet"],
  africa: ["Egypt", "Nigeria", "Kenya", "Ethiopia", "South Africa", "Morocco", "Algeria", "Ghana", "Tanzania", "Uganda", "Libya", "Sudan", "Tunisia",
    "South Sudan", "Somalia", "Rwanda", "Zambia", "Zimbabwe", "Mozambique", "Senegal", "Mali", "Cameroon", "Angola", "Namibia", "Botswana", "Madagascar"],
  americas: ["Canada", "Mexico", "Brazil", "Argentina", "Chile", "Peru", "Colombia", "Cuba", "Venezuela", "Ecuador", "Bolivia", "Paraguay", "Uruguay"],
  // (with the Pacific rim: Australia's neighbours in the news are Japan and South-East Asia as much as Fiji)
  oceania: ["Australia", "New Zealand", "Indonesia", "Papua New Guinea", "Fiji", "Japan", "Philippines", "Malaysia", "Singapore"],
  // the great powers are asked beside each other, whatever part of the world the story is about
  powers: ["United States", "United Kingdom", "France", "Germany", "Russia", "China", "Japan", "Soviet Union"],
};
const POWERS = new Set(COUNTRY_GROUPS.powers);
/** More states placed in their part of the world, only to tell a far-off option ("Qatar" beside Botswana): the groups
 * above stay the shipped options. */
const MORE_MEMBERS: Record<string, readonly string[]> = {
  europe: ["Slovakia", "Slovenia", "Lithuania", "Latvia", "Estonia", "Belarus", "Moldova", "Albania", "North Macedonia", "Montenegro", "Luxembourg", "Malta", "Cyprus"],
  nearEast: ["Qatar", "Kuwait", "Bahrain", "United Arab Emirates", "Oman", "Yemen"],
  asia: ["Sri Lanka", "Nepal", "Myanmar", "Cambodia", "Laos", "Singapore", "Bhutan", "Uzbekistan", "Kyrgyzstan", "Tajikistan", "Turkmenistan"],
  africa: ["Malawi", "Lesotho", "Eswatini", "Democratic Republic of the Congo", "Ivory Coast", "Burkina Faso", "Niger", "Chad", "Eritrea", "Djibouti",
    "Benin", "Togo", "Sierra Leone", "Liberia", "Guinea", "Gabon", "Mauritius"],
  americas: ["Guatemala", "Honduras", "Nicaragua", "Costa Rica", "Panama", "El Salvador", "Jamaica", "Haiti", "Dominican Republic", "Guyana"],
};
const PLACED_COUNTRIES: Record<string, readonly string[]> = Object.fromEntries(Object.entries(COUNTRY_GROUPS).map(([g, members]) => [g, [...members, ...(MORE_MEMBERS[g] ?? [])]]));

/** Cities by part of the world, for the same reason: Sydney beside Melbourne, not Marseille. */
export const CITY_GROUPS: Record<string, readonly string[]> = {
  britishIsles: ["London", "Edinburgh", "Manchester", "Dublin", "Glasgow", "Liverpool", "Birmingham", "Leeds", "Newcastle"],
  europe: ["Paris", "Berlin", "Madrid", "Rome", "Vienna", "Warsaw", "Prague", "Budapest", "Moscow", "Kyiv", "Istanbul", "Athens", "Lisbon",
    "Amsterdam", "Brussels", "Stockholm", "Oslo", "Copenhagen", "Dublin", "Edinburgh", "Geneva", "Munich", "Hamburg", "Milan", "Naples",
    "Barcelona", "Lyon", "Marseille", "Kraków", "London", "Manchester", "Helsinki", "Reykjavík"],
  // a country's own cities first: "Hospitals in _____" | Seville beside Córdoba and Valencia, not Seattle
  iberia: ["Madrid", "Barcelona", "Seville", "Valencia", "Bilbao", "Málaga", "Córdoba", "Granada", "Zaragoza", "Lisbon", "Porto"],
  italy: ["Rome", "Milan", "Naples", "Turin", "Florence", "Venice", "Bologna", "Genoa", "Palermo"],
  france: ["Paris", "Lyon", "Marseille", "Toulouse", "Nice", "Bordeaux", "Lille", "Strasbourg", "Nantes"],
  germany: ["Berlin", "Munich", "Hamburg", "Cologne", "Frankfurt", "Stuttgart", "Düsseldorf", "Dresden", "Leipzig"],
  nordic: ["Reykjavík", "Oslo", "Copenhagen", "Stockholm", "Helsinki", "Bergen", "Gothenburg", "Tórshavn"],
  northAmerica: ["Chicago", "Boston", "New York", "Los Angeles", "San Francisco", "Houston", "Philadelphia", "Seattle", "Atlanta", "Toronto",
    "Montreal", "Dallas", "Denver", "Miami", "Detroit", "Baltimore", "Washington", "New Orleans"],
  australia: ["Sydney", "Melbourne", "Adelaide", "Perth", "Brisbane", "Canberra", "Hobart", "Darwin"],
  asia: ["Tokyo", "Beijing", "Shanghai", "Delhi", "Mumbai", "Seoul", "Bangkok", "Karachi"],
  nearEast: ["Cairo", "Tehran", "Baghdad", "Damascus", "Tbilisi", "Baku", "Yerevan", "Ankara", "Istanbul", "Moscow", "Jerusalem", "Beirut"],
  latinAmerica: ["Mexico City", "Guadalajara", "Monterrey", "Puebla", "Havana", "Bogotá", "Lima", "Quito", "Caracas", "Santiago", "Buenos Aires", "São Paulo", "Rio de Janeiro", "Brasília"],
  africa: ["Cairo", "Lagos", "Abuja", "Nairobi", "Addis Ababa", "Johannesburg", "Pretoria", "Accra", "Dakar", "Kinshasa", "Casablanca", "Rabat", "Khartoum", "Dar es Salaam", "Kampala"],
};

const neighboursIn = (groups: Record<string, readonly string[]>, key: string, all: string[]) => {
  const near = Object.values(groups).filter((g) => g.includes(key));
  return near.length ? [...new Set(near.flat())].filter((c) => c !== key) : all;
};

/** The countries that share a group with the key; every shipped country for one we do not place. */
export const neighbourCountries = (key: string) => neighboursIn(COUNTRY_GROUPS, key, COUNTRIES);
/** The cities that share a group with the key; every shipped city for one we do not place. */
export const neighbourCities = (key: string) => neighboursIn(CITY_GROUPS, key, CITIES);

/**
 * A city we do not place is placed by a city its name holds ("City of London" → London) or, failing that, by the
 * cities the article names: "the medieval City of London" gets no Los Angeles.
 */
const PLACED_CITIES = new Set(Object.values(CITY_GROUPS).flat());
export function citiesNear(key: string, article: string): string[] {
  const known = (c: string) => PLACED_CITIES.has(c);
  if (known(key)) return neighbourCities(key);
  const inName = CITIES.find((c) => known(c) && new RegExp(`\\b${c}\\b`).test(key));
  if (inName) return neighbourCities(inName).filter((c) => c !== inName);
  let named = CITIES.filter((c) => known(c) && !key.includes(c) && new RegExp(`\\b${c}\\b`, "u").test(article));
  // (or by the capitals of the countries it names: "Cusco" in an article on Peru gets the cities of the Americas)
  if (!named.length) named = Object.entries(CAPITALS).filter(([country, city]) => known(city) && article.includes(country) && new RegExp(`\\b${country}\\b`, "u").test(article)).map(([, city]) => city);
  // (and by nothing else: a town placed nowhere, "the town of Harrowby", gets no famous city beside it)
  return named.length ? [...new Set(named.flatMap((c) => [c, ...neighbourCities(c)]))].filter((c) => !key.includes(c)) : [];
}

let capitalsCountry: Map<string, string> | undefined;
/** The country of each capital we know (the first named, where a city is the capital of several names of one state). */
const countryOfCapital = () => (capitalsCountry ??= new Map(Object.entries(CAPITALS).reverse().map(([country, city]) => [city, country])));

/** Two places we can both place that share no part of the world ("Uganda" beside Russia) make a give-away pair. */
export function farApart(a: string, b: string): boolean {
  // a great power is a fair wrong option anywhere
  if (POWERS.has(b)) return false;
  for (const groups of [PLACED_COUNTRIES, CITY_GROUPS]) {
    const ga = Object.values(groups).filter((g) => g.includes(a));
    const gb = Object.values(groups).filter((g) => g.includes(b));
    if (ga.length && gb.length) return !ga.some((g) => gb.includes(g));
  }
  // (a capital the cities' parts of the world leave out lies where its country does: no Yerevan beside Nairobi)
  const [ca, cb] = [countryOfCapital().get(a), countryOfCapital().get(b)];
  return !!ca && !!cb && farApart(ca, cb);
}

/** Names of one state: "America" is the United States, "Britain" the United Kingdom. */
const ALIASES: Record<string, string> = {
  America: "United States", USA: "United States", US: "United States", "U.S.": "United States", "United States of America": "United States",
  Britain: "United Kingdom", "Great Britain": "United Kingdom", UK: "United Kingdom", USSR: "Soviet Union", Holland: "Netherlands",
};
const canonical = (state: string) => ALIASES[state] ?? state;
export const sameState = (a: string, b: string) => a !== b && canonical(a) === canonical(b);
/** Whether `text` names the state under any of its names: "The US spent…" names the United States. */
const stateNames = new Map<string, RegExp>();
export const namesState = (text: string, state: string) => {
  const c = canonical(state);
  let re = stateNames.get(c);
  if (!re) {
    const names = [c, ...Object.keys(ALIASES).filter((a) => ALIASES[a] === c)].map(escapeRegExp);
    re = new RegExp(`(?<![\\p{L}.])(?:${names.join("|")})(?![\\p{L}])`, "u");
    stateNames.set(c, re);
  }
  return re.test(text);
};

/** States and the countries inside them: one is no wrong option beside the other ("United Kingdom" for England). */
const PARTS: Record<string, readonly string[]> = {
  "United Kingdom": ["England", "Scotland", "Wales", "Northern Ireland"],
  "Soviet Union": ["Russia", "Ukraine", "Georgia", "Armenia", "Azerbaijan", "Kazakhstan", "Belarus"],
  China: ["Hong Kong", "Tibet", "Macau"],
  Yugoslavia: ["Serbia", "Croatia", "Kosovo", "Bosnia and Herzegovina", "Slovenia", "Montenegro"],
};
export const partOf = (a: string, b: string) => !!PARTS[canonical(a)]?.includes(canonical(b)) || !!PARTS[canonical(b)]?.includes(canonical(a));
/** Whether `text` names a state that holds `place`, or a part of it: "the UK, _____ and the Netherlands" | England. */
export const partNamedIn = (text: string, place: string) =>
  Object.entries(PARTS).some(([state, parts]) => (parts.includes(canonical(place)) && namesState(text, state)) || (state === canonical(place) && parts.some((p) => namesState(text, p))));

/** States that no longer exist (or did not yet), with their years: no Soviet Union in a story of 1821. */
const LIFESPANS: Record<string, [number, number]> = {
  "Soviet Union": [1922, 1991], Yugoslavia: [1918, 1992], Czechoslovakia: [1918, 1992], "Ottoman Empire": [1299, 1922],
  Prussia: [1701, 1947], "Austria-Hungary": [1867, 1918], "East Germany": [1949, 1990], "West Germany": [1949, 1990], Kosovo: [2008, 9999],
  "Czech Republic": [1993, 9999], Bangladesh: [1971, 9999], Pakistan: [1947, 9999], "Bosnia and Herzegovina": [1992, 9999],
  "United States": [1776, 9999], Ukraine: [1991, 9999], Belarus: [1991, 9999], Kazakhstan: [1991, 9999], Kyrgyzstan: [1991, 9999],
  Uzbekistan: [1991, 9999], Israel: [1948, 9999], Belgium: [1830, 9999], "Saudi Arabia": [1932, 9999], Indonesia: [1945, 9999],
};
export const existedIn = (state: string, year: number) => {
  const life = LIFESPANS[canonical(state)];
  return !life || (year >= life[0] && year <= life[1]);
};

/** Well-known people by field, each with the year of birth, so that options come from the article's own era. */
const BORN: Record<"leaders" | "mathematics" | "physics" | "chemistry" | "life" | "astronomy" | "earth" | "writers" | "music" | "painting" | "architecture", string> = {
  leaders:
    "Alexander the Great:-356|Julius Caesar:-100|Augustus:-63|Attila:406|Charlemagne:742|Saladin:1137|Richard the Lionheart:1157|Innocent III:1161|Philip Augustus:1165|" +
    "Kublai Khan:1215|Tamerlane:1336|Henry VIII:1491|Suleiman the Magnificent:1494|Elizabeth I:1533|Louis XIV:1638|Peter the Great:1672|" +
    "Frederick the Great:1712|Catherine the Great:1729|George Washington:1732|George III:1738|Thomas Jefferson:1743|Louis XVI:1754|Napoleon Bonaparte:1769|" +
    "Abraham Lincoln:1809|Victoria:1819|Wilhelm II:1859|Nicholas II:1868|Otto von Bismarck:1815|Woodrow Wilson:1856|Theodore Roosevelt:1858|Vladimir Lenin:1870|Joseph Stalin:1878|" +
    "Mao Zedong:1893|Winston Churchill:1874|Franklin Roosevelt:1882|Charles de Gaulle:1890|" +
    "Mikhail Gorbachev:1931|Boris Yeltsin:1931|Helmut Kohl:1930|Jacques Chirac:1932|Margaret Thatcher:1925|Nelson Mandela:1918|" +
    "Angela Merkel:1954|Tony Blair:1953|Barack Obama:1961|Dmitry Medvedev:1965|Recep Tayyip Erdoğan:1954|Joe Biden:1942|" +
    "Xi Jinping:1953|Narendra Modi:1950|Emmanuel Macron:1977",
  // the sciences by field: a mathematician's wrong options are mathematicians, not Alexander Fleming
  mathematics:
    "Euclid:-325|Archimedes:-287|René Descartes:1596|Pierre de Fermat:1607|Blaise Pascal:1623|Isaac Newton:1643|Gottfried Leibniz:1646|" +
    "Leonhard Euler:1707|Joseph-Louis Lagrange:1736|Carl Friedrich Gauss:1777|Évariste Galois:1811|Bernhard Riemann:1826|Georg Cantor:1845|" +
    "Henri Poincaré:1854|David Hilbert:1862|Emmy Noether:1882|Srinivasa Ramanujan:1887|Kurt Gödel:1906|Alan Turing:1912",
  physics:
    "Archimedes:-287|Galileo Galilei:1564|Isaac Newton:1643|Michael Faraday:1791|James Clerk Maxwell:1831|Max Planck:1858|Marie Curie:1867|" +
    "Ernest Rutherford:1871|Albert Einstein:1879|Niels Bohr:1885|Werner Heisenberg:1901|Enrico Fermi:1901|Richard Feynman:1918",
  chemistry:
    "Robert Boyle:1627|Henry Cavendish:1731|Joseph Priestley:1733|Antoine Lavoisier:1743|John Dalton:1766|Amedeo Avogadro:1776|" +
    "Humphry Davy:1778|Dmitri Mendeleev:1834|Marie Curie:1867|Linus Pauling:1901",
  life:
    "Aristotle:-384|Ibn Sina:980|William Harvey:1578|Carl Linnaeus:1707|Edward Jenner:1749|Charles Darwin:1809|Gregor Mendel:1822|" +
    "Louis Pasteur:1822|Joseph Lister:1827|Robert Koch:1843|Alexander Fleming:1881|Jonas Salk:1914|Francis Crick:1916|Rosalind Franklin:1920",
  astronomy:
    "Ptolemy:100|Nicolaus Copernicus:1473|Tycho Brahe:1546|Galileo Galilei:1564|Johannes Kepler:1571|Edmond Halley:1656|" +
    "William Herschel:1738|Edwin Hubble:1889|Carl Sagan:1934",
  earth:
    "Robert Hooke:1635|Nicolas Steno:1638|James Hutton:1726|Georges Cuvier:1769|Charles Lyell:1797|Mary Anning:1799|Louis Agassiz:1807|" +
    "Alfred Wegener:1880",
  // the arts by craft: an architect's wrong options are architects, not Dostoevsky
  writers:
    "Homer:-750|Virgil:-70|Dante Alighieri:1265|Geoffrey Chaucer:1343|Miguel de Cervantes:1547|William Shakespeare:1564|Molière:1622|" +
    "Johann Wolfgang von Goethe:1749|Jane Austen:1775|Alexander Pushkin:1799|Victor Hugo:1802|Charles Dickens:1812|Fyodor Dostoevsky:1821|" +
    "Leo Tolstoy:1828|Mark Twain:1835|Virginia Woolf:1882|Franz Kafka:1883|Ernest Hemingway:1899|George Orwell:1903",
  music:
    "George Frideric Handel:1685|Johann Sebastian Bach:1685|Joseph Haydn:1732|Wolfgang Amadeus Mozart:1756|Ludwig van Beethoven:1770|" +
    "Franz Schubert:1797|Frédéric Chopin:1810|Richard Wagner:1813|Giuseppe Verdi:1813|Johannes Brahms:1833|Pyotr Tchaikovsky:1840|" +
    "Claude Debussy:1862|Igor Stravinsky:1882",
  painting:
    "Michelangelo:1475|Raphael:1483|Peter Paul Rubens:1577|Rembrandt:1606|Francisco Goya:1746|J. M. W. Turner:1775|Claude Monet:1840|" +
    "Pierre-Auguste Renoir:1841|Paul Cézanne:1839|Vincent van Gogh:1853|Pablo Picasso:1881|Salvador Dalí:1904|Frida Kahlo:1907",
  architecture:
    "Filippo Brunelleschi:1377|Andrea Palladio:1508|Christopher Wren:1632|Gustave Eiffel:1832|Daniel Burnham:1846|Antoni Gaudí:1852|" +
    "Louis Sullivan:1856|Frank Lloyd Wright:1867|Ludwig Mies van der Rohe:1886|Walter Gropius:1883",
};
/**
 * Leaders of Africa, Asia, the Near East and Latin America, by the part of the world in `COUNTRY_GROUPS` each led: a
 * story set there asks its leaders beside their own neighbours' (P. W. Botha beside de Klerk, not Jacques Chirac),
 * and a story set anywhere else never meets them.
 */
const REGIONAL_LEADERS: Record<string, string> = {
  africa:
    "Haile Selassie:1892|Jomo Kenyatta:1897|Kwame Nkrumah:1909|P. W. Botha:1916|Nelson Mandela:1918|" +
    "Julius Nyerere:1922|Kenneth Kaunda:1924|Robert Mugabe:1924|Thabo Mbeki:1942|Jacob Zuma:1942",
  asia:
    "Jawaharlal Nehru:1889|Ho Chi Minh:1890|Mao Zedong:1893|Sukarno:1901|Deng Xiaoping:1904|Indira Gandhi:1917|Lee Kuan Yew:1923|" +
    "Benazir Bhutto:1953|Narendra Modi:1950|Xi Jinping:1953",
  nearEast:
    "Mustafa Kemal Atatürk:1881|David Ben-Gurion:1886|Gamal Abdel Nasser:1918|Anwar Sadat:1918|Golda Meir:1898|Recep Tayyip Erdoğan:1954",
  americas: "Simón Bolívar:1783|Benito Juárez:1806|Getúlio Vargas:1882|Juan Perón:1895|Fidel Castro:1926|Luiz Inácio Lula da Silva:1945",
};
const parseBorn = (list: string) => list.split("|").map((e) => ({ name: e.slice(0, e.lastIndexOf(":")), born: Number(e.slice(e.lastIndexOf(":") + 1)) }));
/** The leaders a story set anywhere may meet; the regional ones below only in their own part of the world. */
export const WORLD_LEADERS = parseBorn(BORN.leaders);
const leaderByName = new Map(WORLD_LEADERS.map((p) => [p.name, p]));
/** The regional leaders by part of the world (one record per person, whichever lists name them). */
export const LEADERS_BY_REGION: Record<string, { name: string; born: number }[]> = Object.fromEntries(
  Object.entries(REGIONAL_LEADERS).map(([region, list]) => [region, parseBorn(list).map((p) => leaderByName.get(p.name) ?? (leaderByName.set(p.name, p), p))]),
);
export const PEOPLE_BY_FIELD = {
  leaders: [...leaderByName.values()],
  mathematics: parseBorn(BORN.mathematics),
  physics: parseBorn(BORN.physics),
  chemistry: parseBorn(BORN.chemistry),
  life: parseBorn(BORN.life),
  astronomy: parseBorn(BORN.astronomy),
  earth: parseBorn(BORN.earth),
  writers: parseBorn(BORN.writers),
  music: parseBorn(BORN.music),
  painting: parseBorn(BORN.painting),
  architecture: parseBorn(BORN.architecture),
};

/**
 * Poets, for "the poet _____" alone: no novelists beside a poet. (Not among the writers above, whose options they would
 * crowd with strangers: no Rilke beside a critic of architecture.)
 */
export const POETS = parseBorn("Homer:-750|Virgil:-70|Dante Alighieri:1265|Geoffrey Chaucer:1343|Johann Wolfgang von Goethe:1749|" +
  "William Wordsworth:1770|Lord Byron:1788|Alexander Pushkin:1799|Walt Whitman:1819|Emily Dickinson:1830|Rabindranath Tagore:1861|" +
  "W. B. Yeats:1865|Rainer Maria Rilke:1875|T. S. Eliot:1888|Anna Akhmatova:1889|Langston Hughes:1902|Pablo Neruda:1904");

/** The leaders above who reigned as kings, queens, emperors or sultans: a king's wrong options are other crowned heads. */
export const MONARCHS = new Set(("Alexander the Great|Augustus|Charlemagne|Saladin|Richard the Lionheart|Philip Augustus|Kublai Khan|Tamerlane|" +
  "Henry VIII|Suleiman the Magnificent|Elizabeth I|Louis XIV|Peter the Great|Frederick the Great|Catherine the Great|George III|Louis XVI|" +
  "Napoleon Bonaparte|Victoria|Wilhelm II|Nicholas II").split("|"));

/** Presidents of the United States by the year each first took office: "President _____" in an American story. */
export const US_PRESIDENTS = ("George Washington:1789|John Adams:1797|Thomas Jefferson:1801|James Madison:1809|James Monroe:1817|" +
  "John Quincy Adams:1825|Andrew Jackson:1829|Martin Van Buren:1837|John Tyler:1841|James K. Polk:1845|Zachary Taylor:1849|" +
  "Millard Fillmore:1850|Franklin Pierce:1853|James Buchanan:1857|Abraham Lincoln:1861|Andrew Johnson:1865|Ulysses S. Grant:1869|" +
  "Rutherford B. Hayes:1877|James A. Garfield:1881|Chester A. Arthur:1881|Grover Cleveland:1885|Benjamin Harrison:1889|" +
  "William McKinley:1897|Theodore Roosevelt:1901|William Howard Taft:1909|Woodrow Wilson:1913|Warren G. Harding:1921|" +
  "Calvin Coolidge:1923|Herbert Hoover:1929|Franklin D. Roosevelt:1933|Harry S. Truman:1945|Dwight D. Eisenhower:1953|" +
  "John F. Kennedy:1961|Lyndon B. Johnson:1963|Richard Nixon:1969|Gerald Ford:1974|Jimmy Carter:1977|Ronald Reagan:1981|" +
  "George H. W. Bush:1989|Bill Clinton:1993|George W. Bush:2001|Barack Obama:2009|Donald Trump:2017|Joe Biden:2021")
  .split("|").map((e) => ({ name: e.slice(0, e.lastIndexOf(":")), from: Number(e.slice(e.lastIndexOf(":") + 1)) }));

/** Every famous person shipped, once. */
export const FAMOUS_PEOPLE = [...new Map(Object.values(PEOPLE_BY_FIELD).flat().map((p) => [p.name, p])).values()];

/** Every scientist, once: for a stem that says "scientist" or "discovered" without naming the field. */
export const SCIENTISTS = [...new Map([...PEOPLE_BY_FIELD.mathematics, ...PEOPLE_BY_FIELD.physics, ...PEOPLE_BY_FIELD.chemistry, ...PEOPLE_BY_FIELD.life,
  ...PEOPLE_BY_FIELD.astronomy, ...PEOPLE_BY_FIELD.earth].map((p) => [p.name, p])).values()];

/** Capitals, so a city's distractors can be the capitals of countries the article names. */
export const CAPITALS: Record<string, string> = {
  Russia: "Moscow", Ukraine: "Kyiv", Armenia: "Yerevan", Azerbaijan: "Baku", Georgia: "Tbilisi", Turkey: "Ankara", Iran: "Tehran",
  Iraq: "Baghdad", Syria: "Damascus", Israel: "Jerusalem", Egypt: "Cairo", "Saudi Arabia": "Riyadh", France: "Paris", Germany: "Berlin",
  Italy: "Rome", Spain: "Madrid", Portugal: "Lisbon", Poland: "Warsaw", Austria: "Vienna", Hungary: "Budapest", Greece: "Athens",
  Sweden: "Stockholm", Norway: "Oslo", Finland: "Helsinki", Denmark: "Copenhagen", Netherlands: "Amsterdam", Belgium: "Brussels",
  Switzerland: "Bern", Ireland: "Dublin", "United Kingdom": "London", Britain: "London", England: "London", Scotland: "Edinburgh",
  Serbia: "Belgrade", Croatia: "Zagreb", Bosnia: "Sarajevo", Kosovo: "Pristina", Romania: "Bucharest", Bulgaria: "Sofia",
  Kazakhstan: "Astana", Mongolia: "Ulaanbaatar", China: "Beijing", Japan: "Tokyo", India: "New Delhi", Pakistan: "Islamabad",
  Afghanistan: "Kabul", "United States": "Washington", Canada: "Ottawa", Mexico: "Mexico City", Brazil: "Brasília", Argentina: "Buenos Aires",
  Australia: "Canberra", "New Zealand": "Wellington", Nigeria: "Abuja", Uganda: "Kampala", Sudan: "Khartoum", Ghana: "Accra", Senegal: "Dakar", "Democratic Republic of the Congo": "Kinshasa",
  Colombia: "Bogotá", Peru: "Lima", Venezuela: "Caracas", Ecuador: "Quito", Chile: "Santiago", Kenya: "Nairobi", Ethiopia: "Addis Ababa", "South Africa": "Pretoria",
  Morocco: "Rabat", Algeria: "Algiers", Libya: "Tripoli", Kuwait: "Kuwait City", Jordan: "Amman", Lebanon: "Beirut", Cuba: "Havana",
  Iceland: "Reykjavík",
};


export const ORGANISATIONS = (
  "United Nations|European Union|NATO|World Bank|World Health Organization|Red Cross|UNESCO|African Union|OPEC|Interpol|" +
  "International Monetary Fund|World Trade Organization|Council of Europe|Amnesty International|Greenpeace|Arab League|" +
  "Organization of American States|International Court of Justice|International Olympic Committee|UNICEF|" +
  "Harvard University|Oxford University|Stanford University|Yale University|Princeton University|Cambridge University|" +
  "Royal Society|National Academy of Sciences|Supreme Court|Federal Reserve"
).split("|");

export const MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"];

export const WORD_NUMBERS = ["one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty"];

/** Named features keep their form: a river for a river ("River Wend" → "River Tyne"). */
export const FEATURES: Record<string, string[]> = {
  River: ["River Thames", "River Severn", "River Trent", "River Tyne", "River Shannon", "River Clyde", "River Avon", "River Tees", "River Wear", "River Mersey"],
  Lake: ["Lake Geneva", "Lake Como", "Lake Victoria", "Lake Baikal", "Lake Superior", "Lake Erie", "Lake Ontario", "Lake Ladoga"],
  Mount: ["Mount Everest", "Mount Elbrus", "Mount Ararat", "Mount Kenya", "Mount Fuji", "Mount Olympus", "Mount Etna", "Mount Rainier"],
};

/** Bodies of the solar system: "Moon" is asked beside "Mars", never beside a city. */
export const CELESTIAL_BODIES = "Sun|Moon|Earth|Mercury|Venus|Mars|Jupiter|Saturn|Uranus|Neptune|Pluto".split("|");

/** Cities and lands of antiquity, the options for "Ancient _____" (no Paris beside ancient Rome). */
export const ANCIENT_PLACES = "Rome|Greece|Egypt|Athens|Sparta|Carthage|Babylon|Persia|Mesopotamia|Troy|Alexandria|Assyria|Phoenicia|Macedonia|Byzantium|China".split("|");

/** States that no longer exist, named as countries in history writing. */
export const FORMER_STATES = "Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Ottoman Empire|Austria-Hungary|Prussia".split("|");

/** Well-known companies with the year each was founded, for a company the article names beside too few others. */
const FOUNDED =
  "East India Company:1600|Dutch East India Company:1602|Hudson's Bay Company:1670|Siemens:1847|Bayer:1863|Nokia:1865|Nestlé:1866|" +
  "Standard Oil:1870|AT&T:1885|Westinghouse Electric:1886|Philips:1891|Ford Motor Company:1903|Rolls-Royce:1906|Shell:1907|" +
  "General Motors:1908|IBM:1911|Exxon:1911|Lockheed Corporation:1912|Boeing:1916|Douglas Aircraft Company:1921|North American Aviation:1928|" +
  "Grumman:1929|Unilever:1929|Toyota:1937|Volkswagen:1937|Hewlett-Packard:1939|Sony:1946|Microsoft:1975";
export const COMPANY_FOUNDED: Record<string, number> = Object.fromEntries(FOUNDED.split("|").map((e) => [e.slice(0, e.lastIndexOf(":")), Number(e.slice(e.lastIndexOf(":") + 1))]));
export const COMPANIES = Object.keys(COMPANY_FOUNDED);
/** Banks, advisers and firms whose names read like people's ("Morgan Stanley", "Goldman Sachs"): bodies, never options
 * for a person and never the first half of another body's name. */
export const FIRMS_NAMED_LIKE_PEOPLE = new Set(
  ("Goldman Sachs|Morgan Stanley|JPMorgan|JPMorgan Chase|J.P. Morgan|Merrill Lynch|Lehman Brothers|Charles Schwab|Wells Fargo|BNP Paribas|" +
    "Credit Suisse|Société Générale|Crédit Agricole|Lazard|Jefferies|Evercore|Rothschild|Nomura|Mizuho|Macquarie|Barclays|Santander|" +
    "Citigroup|Deloitte|KPMG|McKinsey|Accenture|Moody's|Fitch|Bain|Berenberg|Kepler Cheuvreux|Bernstein|Raymond James|Piper Sandler|" +
    "Stifel|Cowen|Ernst & Young|Marks & Spencer|Johnson & Johnson|Procter & Gamble|Sainsbury's|Morrisons|Lloyds|Coutts|Schroders")
    .split("|"),
);
/** Carmakers with the year each was founded, for a carmaker's options ("Norvik Motors" beside Nissan, not Westinghouse). */
export const CARMAKER_FOUNDED: Record<string, number> = {
  "Ford Motor Company": 1903, "General Motors": 1908, "Rolls-Royce": 1906, Toyota: 1937, Volkswagen: 1937, Renault: 1899, Fiat: 1899,
  BMW: 1916, Mazda: 1920, Nissan: 1933, "Tata Motors": 1945, Honda: 1948, "Hyundai Motor Company": 1967, Tesla: 2003,
};

/** Rivers by their bare names, as a text writes them before "river". */
export const RIVERS = "Danube|Rhine|Elbe|Oder|Volga|Dnieper|Thames|Seine|Loire|Po|Tiber|Nile|Amazon|Mississippi|Ganges|Yangtze|Don|Vistula|Neva|Tagus|Niger|Congo|Jordan|Zambezi|Mekong|Indus|Euphrates|Tigris".split("|");

/** Continents: "Asia" is asked beside "Africa", not beside "Texas". */
export const CONTINENTS = "Europe|Asia|Africa|North America|South America|Australia|Antarctica|Oceania".split("|");

