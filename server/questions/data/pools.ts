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
  "Geneva|Munich|Hamburg|Milan|Naples|Barcelona|Lyon|Marseille|Kraków|Dallas|Denver|Miami|Detroit|Baltimore|Adelaide|Perth|Brisbane"
).split("|");

export const REGIONS = (
  "Europe|Asia|Africa|North America|South America|the Middle East|Central Asia|the Balkans|Scandinavia|Siberia|the Caucasus|" +
  "the Mediterranean|the Pacific|the Atlantic|the Baltic|Anatolia|Bavaria|Catalonia|Tuscany|Normandy|Texas|California|Florida|Ohio"
).split("|");

/** Well-known people by field, so a politician's distractors are politicians. */
export const PEOPLE_BY_FIELD: Record<"leaders" | "science" | "arts", string[]> = {
  leaders: ("Winston Churchill|Charles de Gaulle|Franklin Roosevelt|Abraham Lincoln|Otto von Bismarck|Mikhail Gorbachev|Boris Yeltsin|" +
    "Angela Merkel|Margaret Thatcher|Nelson Mandela|Emmanuel Macron|Tony Blair|Barack Obama|George Washington|Thomas Jefferson|" +
    "Dmitry Medvedev|Jacques Chirac|Helmut Kohl|Recep Tayyip Erdoğan|Joe Biden|Xi Jinping|Narendra Modi").split("|"),
  science: ("Isaac Newton|Charles Darwin|Marie Curie|Albert Einstein|Michael Faraday|Antoine Lavoisier|Galileo Galilei|Louis Pasteur|" +
    "Robert Hooke|Henry Cavendish|Niels Bohr|James Watt|Alexander Fleming|Dmitri Mendeleev|Carl Linnaeus|Johannes Kepler").split("|"),
  arts: ("William Shakespeare|Leo Tolstoy|Jane Austen|Mark Twain|Victor Hugo|Ludwig van Beethoven|Wolfgang Amadeus Mozart|" +
    "Pablo Picasso|Charles Dickens|Johann Sebastian Bach|Claude Monet|Fyodor Dostoevsky|Virginia Woolf|Vincent van Gogh").split("|"),
};
export const PEOPLE = [...PEOPLE_BY_FIELD.leaders, ...PEOPLE_BY_FIELD.science, ...PEOPLE_BY_FIELD.arts];

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
  Australia: "Canberra", "New Zealand": "Wellington", Nigeria: "Abuja", Kenya: "Nairobi", Ethiopia: "Addis Ababa", "South Africa": "Pretoria",
  Morocco: "Rabat", Algeria: "Algiers", Libya: "Tripoli", Kuwait: "Kuwait City", Jordan: "Amman", Lebanon: "Beirut", Cuba: "Havana",
};

export const SURNAMES = (
  "Churchill|Lincoln|Bismarck|Gorbachev|Yeltsin|Merkel|Thatcher|Mandela|Macron|Blair|Obama|Jefferson|Newton|Darwin|" +
  "Curie|Einstein|Faraday|Lavoisier|Galileo|Pasteur|Hooke|Cavendish|Shakespeare|Tolstoy|Austen|Twain|Hugo|Beethoven|Mozart|" +
  "Picasso|Smith|Marx|Locke|Luther|Napoleon|Caesar|Roosevelt|Kennedy|Stalin"
).split("|");

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

/** States that no longer exist, named as countries in history writing. */
export const FORMER_STATES = "Soviet Union|USSR|Yugoslavia|Czechoslovakia|East Germany|West Germany|Ottoman Empire|Austria-Hungary|Prussia".split("|");

/** Well-known companies, for a company the article names beside too few others. */
export const COMPANIES = (
  "General Motors|Ford Motor Company|Boeing|Lockheed Corporation|IBM|Siemens|Westinghouse Electric|AT&T|Standard Oil|Shell|" +
  "Exxon|Toyota|Volkswagen|Microsoft|Sony|Philips|Nokia|Hewlett-Packard|Douglas Aircraft Company|North American Aviation|Grumman|" +
  "Rolls-Royce|Bayer|Nestlé|Unilever"
).split("|");

