// Which options are fair beside a key (no clash with it) and close to it in form (length and word count),
// so that no option is a give-away and the longest option is not the key.
import { hashString, normalize } from "./util";
import { sameState } from "./data/pools";
import { PLACE_WORDS } from "./entity-kinds";
import { familyWord } from "./name-families";

const wordCount = (s: string) => {
  let n = 1;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) === 32) n++;
  return n;
};

const itemHashes = new Map<string, number>();
/** hashString, remembered: pools are hashed once per process, not once per key. */
function itemHash(s: string): number {
  let h = itemHashes.get(s);
  if (h === undefined) {
    if (itemHashes.size > 50_000) itemHashes.clear();
    h = hashString(s);
    itemHashes.set(s, h);
  }
  return h;
}

const initials = (s: string) => s.split(/[\s-]+/).filter((w) => /^\p{Lu}/u.test(w)).map((w) => w[0]).join("");

/** British and American spellings of one word: "travellers"/"travelers", "colour"/"color", "organise"/"organize". */
const spelling = (s: string) => s.replace(/(\p{L})\1/gu, "$1").replace(/our\b/g, "or").replace(/is(e|ed|es|ing|ation)\b/g, "iz$1");

/** Whether `adjective` is made from `place` ("portuguese" from "portugal", "italian" from "italy"): a long shared opening and
 * an ending of a people's adjective. */
function demonymOf(adjective: string, place: string): boolean {
  if (adjective === place || place.length < 4) return false;
  return ["ese", "ian", "an", "ish", "i", "ic"].some((end) => {
    if (!adjective.endsWith(end)) return false;
    const stem = adjective.slice(0, -end.length);
    let n = 0;
    while (n < stem.length && stem[n] === place[n]) n++;
    // ("australian" is no "austria"'s: its stem "austral" goes on past what the two share)
    return stem.length >= 4 && n >= 4 && n >= stem.length - 1 && place.length - stem.length <= 3;
  });
}

/** Options that would be unfair: equal to the key, inside it, another spelling of it, sharing a name with it, or its acronym. */
export function clashes(key: string, option: string): boolean {
  const k = normalize(key);
  const o = normalize(option);
  if (!o || !k || o === k || k.includes(o) || o.includes(k) || spelling(o) === spelling(k) || sameState(key, option)) return true;
  // ("spokesman" and "spokeswoman", "chairman" and "chairperson": one calling, told apart by sex)
  const calling = (w: string) => w.replace(/(?:wo)?m[ae]n$|persons?$|people$/, "");
  if (/(?:man|men|person|people)$/.test(k) && calling(k).length > 3 && calling(k) === calling(o)) return true;
  // ("Lake Victoria" and "Lake Como", "Bete Giyorgis" and "Bete Maryam": names that open alike are two of one sort, told
  // apart by the rest)
  const [kWords, oWords] = [k.split(" "), o.split(" ")];
  // (a first name is no sort: "Vladimir Putin" and "Vladimir Lenin" share a name)
  const opening = key.split(/\s+/)[0];
  const sameOpening = kWords.length > 1 && oWords.length > 1 && kWords[0] === oWords[0] && (PLACE_WORDS.test(opening) || familyWord(opening));
  // (so are states that end on their sort: "Ottoman Empire" and "Safavid Empire"; "Roman Empire" and "Holy Roman Empire"
  // still share a name)
  const sameClosing = kWords.length > 1 && oWords.length > 1 && kWords.at(-1) === oWords.at(-1) && /^(?:empire|caliphate|sultanate)$/.test(kWords.at(-1)!);
  const kw = new Set(kWords.slice(sameOpening ? 1 : 0, sameClosing ? -1 : undefined).filter((w) => w.length > 3));
  // ("East Africa" and "West Africa" are two parts of one whole, told apart by the point of the compass)
  const compass = /^(?:north|south|east|west|northern|southern|eastern|western|central) /;
  const otherPart = compass.test(k) && compass.test(o) && k.replace(compass, "") === o.replace(compass, "");
  if (!otherPart && oWords.slice(sameOpening ? 1 : 0).some((w) => kw.has(w))) return true;
  // ("Portugal" and "Portuguese Angola": a country and a name made of its people's adjective are one place's)
  if (kWords.some((a) => oWords.some((b) => demonymOf(a, b) || demonymOf(b, a)))) return true;
  const ki = initials(key), oi = initials(option);
  if ((option.length <= 6 && option === option.toUpperCase() && ki === option) || (key.length <= 6 && key === key.toUpperCase() && oi === key)) return true;
  return false;
}

/** Pick `n` options close to the key in form; at least one no shorter than the key when possible. */
export function pickByForm(key: string, pool: readonly string[], n: number, avoid: string, seed: string, accept: (o: string) => boolean = () => true,
  apart: (a: string, b: string) => boolean = () => true): string[] {
  const words = key.split(/\s+/).length;
  const avoidN = ` ${normalize(avoid)} `;
  const cost = (p: string) => Math.abs(p.length - key.length) / Math.max(4, key.length) + Math.abs(wordCount(p) - words) * 0.6;
  // cheapest test first: order by form (ties broken by a hash seeded from the item), then check clashes
  // only until enough are found
  const seedHash = hashString(seed);
  const ranked = pool.map((p) => ({ p, c: cost(p), h: Math.imul(itemHash(p) ^ seedHash, 0x9e3779b1) >>> 0 })).sort((a, b) => a.c - b.c || a.h - b.h);
  const seen = new Set<string>();
  const ok: { p: string; c: number }[] = [];
  for (const r of ranked) {
    const np = normalize(r.p);
    // (the stem's "pathogens" rules out "pathogen" too)
    if (seen.has(np) || clashes(key, r.p) || (np.length > 2 && [np, `${np}s`, np.replace(/s$/, "")].some((v) => avoidN.includes(` ${v} `))) || !accept(r.p)) continue;
    // two options that are one thing or hold each other ("sunlight", "energy of sunlight"; "ICC", "International
    // Criminal Court") leave one of them a give-away
    if (ok.some((x) => clashes(x.p, r.p) || !apart(x.p, r.p))) continue;
    seen.add(np);
    ok.push(r);
    if (ok.length >= n && ok.slice(0, n).some((x) => x.p.length >= key.length)) break;
    if (ok.length >= n + 6) break;
  }
  const picked = ok.slice(0, n).map((x) => x.p);
  if (picked.length === n && picked.every((p) => p.length < key.length)) {
    const longer = ok.slice(n).find((x) => x.p.length >= key.length && x.c < 1.2);
    if (longer) picked[n - 1] = longer.p;
  }
  return picked;
}
