// The other names an article gives one person ("Marie Curie was born Maria Skłodowska", "Joan of Arc, known in
// French as Jeanne d'Arc"): beside one of them, the other would be a second right answer.
import { escapeRegExp, remembered, surnameOf } from "./util";

const FULL_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s\\p{Lu}[\\p{L}'’.-]*)+";
/** A name with its particles: "Joan of Arc", "Jeanne d'Arc", "Leonardo da Vinci". */
const LOOSE_NAME = "\\p{Lu}[\\p{L}'’-]+(?:\\s(?:(?:of|de|du|da|von|van|der|the|la|le)\\s)?(?:\\p{Lu}|[dl]['’]\\p{Lu})[\\p{L}'’.-]*)+";
/**
 * The other names the article gives one person: "Lena Berg, née Holm", "Mother Teresa (born Anjezë Bojaxhiu)", and a
 * life titled "Marie Curie: …" that opens "Maria Skłodowska was born…". Beside one, the other would be a right answer.
 */
const otherNames = remembered((article: string): [string, string][] => {
  const pairs: [string, string][] = [];
  // ("Marie Curie was born Maria Skłodowska in Warsaw", "Sejong the Great was born Yi Do")
  for (const m of article.matchAll(new RegExp(`(${LOOSE_NAME}),?\\s\\(?(?:was\\s)?(?:born|née|nee)\\s(${FULL_NAME})`, "gu"))) pairs.push([m[1], m[2]]);
  // ("Joan of Arc, known in French as Jeanne d'Arc")
  // ("Ferdinand Magellan, a Portuguese navigator known in his own language as Fernao de Magalhaes")
  // ("its leader was Saloth Sar, who became known as Pol Pot": a name that ends the sentence leaves its full stop, and
  // the next sentence's words, behind)
  for (const m of article.matchAll(new RegExp(`(${LOOSE_NAME}),\\s(?:who\\s+(?:later\\s+)?(?:became|was|is)\\s+)?(?:an?\\s(?:[\\p{L}-]+\\s){1,3})?(?:(?:later|better|also)\\s+)?known\\s(?:in\\s(?:\\p{Lu}\\p{Ll}+|(?:his|her|their)\\sown\\s(?:language|country|tongue))\\s)?as\\s(${LOOSE_NAME})`, "gu"))) pairs.push([m[1], m[2].replace(/(\p{L}{2,})\.(?:\s.*)?$/u, "$1")]);
  // ("Enea Silvio Piccolomini, who later became Pope Pius II", "Cardinal Roncalli (later John XXIII)")
  for (const m of article.matchAll(new RegExp(`(${FULL_NAME}),?\\s(?:\\(|who\\s+)?later(?:\\s+became)?\\s+(?:(?:Pope|King|Queen|Emperor|Empress|Saint|Sir)\\s+)?(\\p{Lu}[\\p{L}'’-]+(?:\\s(?:\\p{Lu}[\\p{L}'’.-]*|[IVX]+))*)`, "gu"))) pairs.push([m[1], m[2]]);
  const [title, first] = article.split(/\n+/).map((l) => l.trim()).filter(Boolean);
  const titled = new RegExp(`^(${LOOSE_NAME})`, "u").exec(title ?? "")?.[1];
  const born = new RegExp(`^(${FULL_NAME}) was born\\b`, "u").exec(first ?? "")?.[1];
  if (titled && born && !born.includes(surnameOf(titled))) pairs.push([titled, born]);
  // ("Harriet Tubman" … "She was born Araminta Ross": a life's "she" or "he" is the one its title names)
  // ("His full name was Johannes Gensfleisch zur Laden zum Gutenberg")
  if (titled) for (const m of article.matchAll(new RegExp(`\\b(?:(?:She|He) was born|(?:Her|His) (?:full|real|birth|original) name was) (${LOOSE_NAME})`, "gu"))) pairs.push([titled, m[1].replace(/(\p{L}{2,})\.\s.*$/u, "$1")]);
  // ("older Western books often call her Sonya Kovalevsky or Sophie Kowalevski")
  if (titled) {
    for (const m of article.matchAll(new RegExp(`\\b(?:call|calls|called|knew|know)\\s+(?:her|him)\\s+(${LOOSE_NAME})(?:,?\\s+or\\s+(${LOOSE_NAME}))?`, "gu"))) {
      // (a name that ends the sentence leaves its full stop, and the next sentence's first word, behind)
      const bare = (name: string) => name.replace(/(\p{L}{2,})\.(?:\s.*)?$/u, "$1");
      pairs.push([titled, bare(m[1])]);
      if (m[2]) pairs.push([titled, bare(m[2])]);
    }
  }
  return pairs;
}, 4);

/** One person under another name: the key's own other name, or the other name of someone the stem names (in full,
 * or by one part of the name: "In 1903 Marie and _____ shared…" names Marie Curie, so not Maria Skłodowska). */
export function renamed(option: string, key: string, stem: string, article: string): boolean {
  // (a name's own words: not the "the" of "Sejong the Great")
  const named = (name: string) => name.split(/\s+/).some((part) => part.length > 2 && /^\p{Lu}/u.test(part) && new RegExp(`(?<![\\p{L}])${escapeRegExp(part)}(?![\\p{L}])`, "u").test(stem));
  return otherNames(article).some(([a, b]) => (option === a && (key === b || named(b))) || (option === b && (key === a || named(a))));
}

/** The other names the article gives the person a name (or a part of it, "Tubman") stands for: "Araminta Ross". */
export const alsoNamed = (name: string, option: string, article: string) =>
  otherNames(article).some(([x, y]) => (x.includes(name) && y === option) || (y.includes(name) && x === option));

/** An option that is another name of someone the stem names ("Sophie Kowalevski" beside "Sofia Kovalevskaya…"). */
export const otherNameOfStemPerson = (option: string, stem: string, article: string) =>
  otherNames(article).some(([x, y]) => (y === option && stem.includes(x)) || (x === option && stem.includes(y)));

/** Two names the article gives one person ("Piccolomini, who later became Pope Pius II"): no pair of options. */
export const oneBearer = (a: string, b: string, article: string) => otherNames(article).some(([x, y]) => (a === x && b === y) || (a === y && b === x));
