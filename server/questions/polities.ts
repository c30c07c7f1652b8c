// Historic states named by their sort ("Ottoman Empire", "Abbasid Caliphate", "Delhi Sultanate"): their options are
// states of the same sort and of the same time, not the modern countries of the key's part of the world (no
// "Ottoman Empire | Azerbaijan, Cyprus, Lebanon").

/** A state's sort word at the end of its name. */
const POLITY = /\s(Empire|Caliphate|Sultanate)$/;
/** Whether a name is of a historic state: "Mongol Empire" (which the kinds leave unsorted) gets options all the same. */
export const isPolity = (name: string) => POLITY.test(name);

type Part = "west" | "asia" | "africa" | "americas";

/** Well-known states of each sort: first and last year (before Christ negative) and part of the world. */
const POLITIES: Record<string, [number, number, Part]> = {
  "Akkadian Empire": [-2334, -2154, "west"], "Hittite Empire": [-1650, -1180, "west"], "Neo-Assyrian Empire": [-911, -609, "west"],
  "Neo-Babylonian Empire": [-626, -539, "west"], "Achaemenid Empire": [-550, -330, "west"], "Seleucid Empire": [-312, -63, "west"],
  "Maurya Empire": [-322, -185, "asia"], "Parthian Empire": [-247, 224, "west"], "Roman Empire": [-27, 476, "west"],
  "Kushan Empire": [30, 375, "asia"], "Aksumite Empire": [100, 940, "africa"], "Sasanian Empire": [224, 651, "west"],
  "Ghana Empire": [300, 1200, "africa"], "Gupta Empire": [320, 550, "asia"], "Byzantine Empire": [330, 1453, "west"],
  "Tibetan Empire": [618, 842, "asia"], "Carolingian Empire": [800, 888, "west"], "Khmer Empire": [802, 1431, "asia"],
  "Holy Roman Empire": [962, 1806, "west"], "Seljuk Empire": [1037, 1194, "west"], "Khwarazmian Empire": [1077, 1231, "asia"],
  "Benin Empire": [1180, 1897, "africa"], "Latin Empire": [1204, 1261, "west"], "Mongol Empire": [1206, 1368, "asia"],
  "Mali Empire": [1235, 1670, "africa"], "Ottoman Empire": [1299, 1922, "west"], "Vijayanagara Empire": [1336, 1646, "asia"],
  "Timurid Empire": [1370, 1507, "asia"], "Portuguese Empire": [1415, 1999, "west"], "Aztec Empire": [1428, 1521, "americas"],
  "Inca Empire": [1438, 1533, "americas"], "Songhai Empire": [1464, 1591, "africa"], "Spanish Empire": [1492, 1976, "west"],
  "Safavid Empire": [1501, 1736, "west"], "Mughal Empire": [1526, 1857, "asia"], "British Empire": [1600, 1997, "west"],
  "Maratha Empire": [1674, 1818, "asia"], "Russian Empire": [1721, 1917, "west"], "Sikh Empire": [1799, 1849, "asia"],
  "Austrian Empire": [1804, 1867, "west"], "Austro-Hungarian Empire": [1867, 1918, "west"], "German Empire": [1871, 1918, "west"],
  "Rashidun Caliphate": [632, 661, "west"], "Umayyad Caliphate": [661, 750, "west"], "Abbasid Caliphate": [750, 1258, "west"],
  "Fatimid Caliphate": [909, 1171, "west"], "Almohad Caliphate": [1121, 1269, "west"], "Sokoto Caliphate": [1804, 1903, "africa"],
  "Ayyubid Sultanate": [1171, 1260, "west"], "Delhi Sultanate": [1206, 1526, "asia"], "Mamluk Sultanate": [1250, 1517, "west"],
  "Bengal Sultanate": [1352, 1576, "asia"], "Malacca Sultanate": [1400, 1511, "asia"], "Adal Sultanate": [1415, 1577, "africa"],
};

/** The land a state is named for, where the stem may name it instead: "capturing Tunis from Spain" rules out the Spanish Empire. */
const LAND_OF: Record<string, string> = {
  Spanish: "Spain", Portuguese: "Portugal", British: "Britain|England|United Kingdom", Russian: "Russia", German: "Germany|Prussia",
  Austrian: "Austria", "Austro-Hungarian": "Austria|Hungary", Roman: "Rome", Mongol: "Mongolia", Ghana: "Ghana", Mali: "Mali", Benin: "Benin",
};

/** Names of one state, or of one state and its own continuation: no "Eastern Roman Empire | Byzantine Empire". */
const ONE_STATE = [
  ["Roman Empire", "Byzantine Empire", "Eastern Roman Empire", "Western Roman Empire"],
  ["Achaemenid Empire", "Persian Empire", "First Persian Empire", "Achaemenid Persian Empire"],
  ["Austrian Empire", "Austro-Hungarian Empire", "Habsburg Empire"],
  ["Khwarazmian Empire", "Khwarezmid Empire", "Khwarezmian Empire", "Khwarazmid Empire"],
  ["Ottoman Empire", "Turkish Empire"], ["Mughal Empire", "Mogul Empire"], ["Sasanian Empire", "Sassanid Empire", "Neo-Persian Empire"],
];
export const oneState = (a: string, b: string) => ONE_STATE.some((g) => g.includes(a) && g.includes(b));

/**
 * Options for a historic state in the order to try them, or undefined when the key is none: the article's own states of its sort first
 * ("Safavid Empire" beside "Ottoman Empire"), then shipped ones that stood in the stem's year (the article's when the
 * stem has none), those of the key's part of the world first. A year outside the key's own years says nothing of its
 * time ("the Roman Empire's roads are still used in 2020"): then its contemporaries.
 */
export function polityOptions(key: string, year: number | undefined, articleNames: readonly string[], stem = ""): string[][] | undefined {
  const sort = POLITY.exec(key)?.[1];
  if (!sort) return undefined;
  const named = (name: string) => {
    const land = LAND_OF[name.replace(POLITY, "").split(" ").pop()!];
    return !!land && new RegExp(`\\b(?:${land})\\b`).test(stem);
  };
  const own = articleNames.filter((a) => a !== key && POLITY.exec(a)?.[1] === sort && !oneState(a, key));
  const span = POLITIES[key];
  const at = year !== undefined && (!span || (span[0] <= year && year <= span[1])) ? year : undefined;
  const stood = ([from, to]: [number, number, Part]) => (at !== undefined ? from <= at && at <= to : !!span && from <= span[1] && span[0] <= to);
  const shipped = Object.entries(POLITIES).filter(([name, life]) => name !== key && POLITY.exec(name)?.[1] === sort && stood(life) && !named(name) && !oneState(name, key));
  const near = span ? shipped.filter(([, life]) => life[2] === span[2]) : shipped;
  return [own, near.map(([name]) => name), shipped.map(([name]) => name)];
}
