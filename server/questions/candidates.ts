// Stage 4: candidate items. Turns each fact into a question: a wh-question where the fact is the
// subject heading its sentence ("Who proved that air …?"), otherwise a cloze ("In _____, Yerevan …"),
// plus true/false statements, ordering of dated events and quote → speaker. Options come later.
import type { ArticleFacts, Candidate, Fact, QuestionKind, Sentence } from "./types";
import { numberKindOf } from "./numbers";
import { normalize, squash, surnameOf } from "./util";
import { applyLead, resolveLeads, type Lead } from "./pronouns";
import { TITLES } from "./entity-kinds";
import { orgKind, type OrgKind } from "./org-kinds";
import { firstSense, isDictionaryWord } from "./wordnet";

export { eventText, orderCandidate } from "./order-events";

export const BLANK = "_____";

/** What to call an organisation of a known sort in a question: "Which party won…?", not "Which organisation won…?". */
const ORG_NOUN: Partial<Record<OrgKind, string>> = { company: "company", party: "party", club: "club", court: "court", publisher: "publisher" };

/** The wh-word for a subject that can be asked about: a person, an organisation or a country. */
function whWord(f: Fact): string {
  if (f.kind === "person") return "who";
  // an empire or a dynasty is a state or a house, no organisation: "Which empire was linked by…?" (nor is the Ottoman
  // Empire a country)
  const polity = /\b(?:Empire|Dynasty|Republic|Kingdom|Caliphate|Sultanate)$/.exec(f.text)?.[0];
  if (polity) return `which ${polity.toLowerCase()}`;
  if (f.kind !== "org") return "which country";
  // (and a railway or a canal is a way, whoever runs it: "Which railway is the longest line in the world?")
  const way = /\b(?:Railway|Railroad|Canal)$/.exec(f.text)?.[0];
  if (way) return `which ${way.toLowerCase()}`;
  // (a short name takes the sort of the full name it shortens: "Holt" for "Holt United")
  const kind = orgKind(f.text) ?? (f.unit as OrgKind | undefined);
  const school = /\b(?:University|College|Academy)\b/.exec(f.text)?.[0].toLowerCase() ?? "school";
  return `which ${kind === "school" ? school : (kind && ORG_NOUN[kind]) ?? "organisation"}`;
}

const cap = (s: string) => (/^\p{Ll}\p{Lu}/u.test(s) ? s : s.charAt(0).toUpperCase() + s.slice(1));

/** Shortens a long sentence to the clause around `rel` (";"-separated), keeping the key inside. */
function clauseAround(text: string, rel: number, relEnd: number): { text: string; offset: number } {
  // ("Its students include the writer Franz Kafka, …; the chemist Jaroslav Heyrovský, …; and Carl and Gerty Cori…":
  // semicolons that end on "; and" part the items of a list, and an item alone is no sentence; one "; and" joins clauses)
  if (text.split(/\s+/).length <= 40 || /;[^;]+;\s+and\s/.test(text)) return { text, offset: 0 };
  let a = 0;
  for (const m of text.matchAll(/;\s+/g)) {
    const b = m.index!;
    if (b >= relEnd) {
      const part = text.slice(a, b + 1).replace(/;$/, ".");
      return part.split(/\s+/).length >= 6 ? { text: part, offset: a } : { text, offset: 0 };
    }
    a = b + m[0].length;
  }
  if (a > 0 && a <= rel) {
    const part = text.slice(a);
    return part.split(/\s+/).length >= 6 ? { text: cap(part), offset: a } : { text, offset: 0 };
  }
  return { text, offset: 0 };
}

const PARTICIPLE = "(?:\\w+ed|built|born|founded|made|held|won|written|given|known|taken|begun|sold|bought|fought|signed|seen|laid|set|drawn|chosen|shown|thrown|torn|worn|sworn|struck|hung|elected|awarded|published|opened)";

const PASSIVE_IN_YEAR = new RegExp(`^(.+?)\\s+(was|were)\\s+(${PARTICIPLE}\\b[^,;]*?)\\s+in\\s+((?:AD\\s)?\\d{3,4}(?:\\s(?:BCE|BC|AD|CE))?)\\.$`);

/**
 * The words after a subject go on into a second clause with its own subject: "…were made, and 49 are known to
 * survive", "…was assassinated and a formidable insurgency was formed". A wh-question over both asks two things.
 */
const SECOND_CLAUSE = new RegExp([
  /;|\s(?:and|but|while|whereas|yet)\s+(?:an?|the|its|his|her|their|he|she|it|they|we|this|these|\d[\d,.]*|\p{Lu}[\p{L}-]*)\s+(?:[\p{L}-]+\s+){0,3}?(?:was|were|is|are|has|have|had|will|would|can|could|did|does|became|remained)\b/u.source,
  // "…, and the first doses reached Cameroon", "…, and together they stretch…": a comma and a subject open a clause
  // whatever its verb
  // ("…, and two years later he married…")
  /,\s(?:and|but|yet)\s+(?:(?:\p{Ll}+\s+){0,3}(?:he|she|it|they|we)|the|an?|its|his|her|their|this|these)\s/u.source,
  /\s(?:and|but)\s+(?:\p{Ll}+\s+)?(?:he|she|they|we)\s/u.source,
  // ("…the letter on 23 September and that same night, helped by a student, he found the planet": a subject after the
  // phrases that open the clause)
  /\s(?:and|but|yet)\s[^;]*?,\s(?:he|she|they|we)\s+\p{Ll}{3,}/u.source,
  // "…filled the arena, and organisers said…": a comma, a noun and a verb of saying or in the past
  /,\s(?:and|but|yet)\s+\p{Ll}+s\s+(?:said|say|told|added|\p{Ll}{3,}ed)\b/u.source,
  // ("…, followed by India, and potatoes are increasingly important": a plural and a form of "be" or "have")
  /,\s(?:and|but|yet)\s+\p{Ll}+s\s+(?:are|were|have|had|will|would|can|could)\b/u.source,
  // "…in battle, and Malcolm becomes king", "…in 1980, and Harrison died…": a comma, a name and a verb
  // ("…, and Nzinga took power", "…, and Shaka's half-brother Sigujana…": a past the tagger knows by heart, a possessor)
  // ("…, and Lili'uokalani became queen": a name with an apostrophe too)
  /,\s(?:and|but|yet)\s+\p{Lu}[\p{Ll}'’]+(?:\s\p{Lu}\p{Ll}+)?\s+(?:\p{Ll}{2,}(?:s|ed)|took|made|became|went|came|gave|won|lost|left|fled|led|fought|began|saw|sent|held|kept|met|ran|rose|fell|wrote|built|brought|found|got|had)\s/u.source,
  /,\s(?:and|but|yet)\s+\p{Lu}\p{Ll}+['’]s\s/u.source,
  // ("…built about 1,086 miles and the Central Pacific about 690 miles": so do a name and a number)
  /\s(?:and|while)\s+(?:the\s+)?\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}-]+){0,2}\s+(?:(?:about|around|nearly|almost|some|roughly|only|just|over)\s+)?\d/u.source,
  // "Paul Klee arrived in 1921 and Wassily Kandinsky in 1922": a name and a time after "and" share the verb before
  /\s(?:and|while)\s+\p{Lu}\p{Ll}+(?:\s\p{Lu}[\p{L}-]+){0,2}\s+(?:in|on|at|by)\s+(?:\d|\p{Lu})/u.source,
  // "…hired him, and in March 1813 Faraday became…": a comma, "and" and an adverbial open a clause of their own
  /,\s(?:and|but|yet)\s+(?:in|on|at|by|after|before|during|within|from|over|under|until|when|while|once|there)\s/u.source,
  // "…were officially executed, and many more died in prison": a quantity opens a clause of its own
  /,\s(?:and|but|yet)\s+(?:many|most|some|few|several|others|all|none)\s/u.source,
  // "…died or went missing, and flooding of the plant caused meltdowns": so does any subject and its verb in -ed
  // (not an adverb before the subject's own second verb: "…, and later planned a bigger one")
  /,\s(?:and|but|yet)\s+(?:the\s+)?(?!(?:later|then|also|soon|eventually|finally|still|often|never|always|again|once|now|thus|so)\s)(?!\p{Ll}+ly\s)\p{Ll}+(?:\s+(?:of|at|in)\s+[^,;]+?)?\s+\p{Ll}{3,}ed\b/u.source,
  // "…homes were flooded and 1,200 residents spent the night…": a second figure is a second count
  // ("between 1949 and 1961" is one span)
  /(?<!\bbetween\s+\S+)\s(?:and|but|while)\s+(?:(?:about|some|nearly|almost|around|over|more than|fewer than)\s+)?\d/u.source,
].join("|"), "u");

/** "How many passengers used the line?", "In which year was the bridge built?" — or undefined. */
function numberQuestion(f: Fact, s: Sentence): string | undefined {
  if (!/\.$/.test(s.text) || /["“”]/.test(s.text)) return undefined;
  const rel = f.start - s.start;
  if (f.kind === "count" && f.subject && f.unit) {
    const after = s.text.slice(rel + f.text.length).replace(/^\s+/, "");
    if (!after.startsWith(f.unit + " ") || SECOND_CLAUSE.test(after)) return undefined;
    return `How many ${after.replace(/\.$/, "?")}`;
  }
  if (f.kind === "year") {
    const m = PASSIVE_IN_YEAR.exec(s.text);
    if (!m || m[4] !== f.text || /^(?:it|he|she|they|this|these|that|those|there)\b/i.test(m[1]) || m[1].split(/\s+/).length > 8 || /,/.test(m[1])) return undefined;
    // ("His son succeeded him but was captured in 1689": a clause before the "was" is no subject of it)
    if (/\s(?:but|and|or|yet|then)$/i.test(m[1])) return undefined;
    if (/\d/.test(m[3]) || m[3].split(/\s+/).length > 8) return undefined;
    // ("Mixed doubles curling was added…": a capital that only opens the sentence goes)
    const opener = /^(\p{Lu}\p{Ll}+) \p{Ll}/u.exec(m[1])?.[1];
    const common = !!opener && isDictionaryWord(opener) && !firstSense(opener)?.proper;
    const subject = common || /^(?:The|A|An|Its|His|Her|Their|Both|All|Each|Many|Some|Most|Several)\b/.test(m[1]) ? m[1][0].toLowerCase() + m[1].slice(1) : m[1];
    return `In which year ${m[2]} ${subject} ${m[3]}?`;
  }
  return undefined;
}

/** "During the same year, Booth donated…": an opening time told in another sentence, which the question can do without. */
const OPENING_TIME = /^(?:(?:During|In) (?:the|that) same|(?:That|The|This) same|(?:Later|Earlier) (?:in )?(?:that|the same)) (?:year|month|week|day|decade|season|spring|summer|autumn|winter),\s+(?=\S+(?:\s+\S+){5})/;
// (a word written with a small first letter and a capital after it stays as written: "pH", "iPhone", "mRNA")
const withoutOpeningTime = (prompt: string) => prompt.replace(OPENING_TIME, "").replace(/^\p{Ll}(?!\p{Lu})/u, (c) => c.toUpperCase());

/** The stem for a fact in its sentence: wh-question when safe, cloze otherwise. */
export function stemFor(f: Fact, s: Sentence): { prompt: string; wh: boolean } {
  const stem = stemInSentence(f, s);
  return { ...stem, prompt: withoutOpeningTime(stem.prompt) };
}

function stemInSentence(f: Fact, s: Sentence): { prompt: string; wh: boolean } {
  const rel = f.start - s.start;
  const relEnd = f.end - s.start;
  const numeric = numberQuestion(f, s);
  if (numeric) return { prompt: squash(numeric), wh: true };
  const askable = f.kind === "person" || f.kind === "org" || (f.kind === "place" && f.unit === "country");
  // inside brackets a name is an aside, not the subject: "(currently …, who) sets the agenda" is no question
  const inBrackets = s.text.slice(0, rel).split("(").length > s.text.slice(0, rel).split(")").length;
  // "As arranged by his father, who married…" reads "who" as the father's: after a word for a person and a comma, a
  // blank asks
  const wordBefore = /(\p{Ll}{3,}),\s*$/u.exec(s.text.slice(0, rel))?.[1];
  const afterPerson = f.kind === "person" && !!wordBefore && firstSense(wordBefore)?.lexFile === 18;
  // ("Wren did design the new cathedral": an emphatic "did" reads oddly as "Who did design…?"; the blank keeps the text's)
  const emphatic = /^\s+did\s+(?!not\b)\p{Ll}/u.test(s.text.slice(relEnd));
  // ("Prosecuting, Rebecca Aldous told the court…": a court's word for a role is no opening for "who")
  const roleOpening = /^\p{Lu}\p{Ll}+ing,\s*$/u.test(s.text.slice(0, rel));
  // ("George Eliot was the pen name of…", "The GIL is a mechanism…": what the sentence calls the subject is a name or a
  // thing, so "Who was the pen name…?" and "Who is a mechanism…?" read wrong; the blank keeps the text's)
  const calledAName = /^\s+(?:is|was)\s+(?:the|a|an|her|his|their)\s+(?:\p{Ll}+\s+)?(?:name|pen name|stage name|pseudonym|alias|nickname|title|mechanism|system|process|method|device|term|word)\b/u.test(s.text.slice(relEnd));
  if (f.subject && askable && !inBrackets && !afterPerson && !emphatic && !roleOpening && !calledAName && /\.$/.test(s.text) && !/["“”]/.test(s.text) && !SECOND_CLAUSE.test(s.text.slice(relEnd))) {
    const before = s.text.slice(0, rel).replace(/\bthe\s+$/i, "").replace(/^the\s+$/i, "");
    let after = s.text.slice(relEnd).replace(/\.$/, "?");
    let word = whWord(f);
    // "Gandhi's acts have…" asks "Whose acts have…?", not "Who's acts"
    if (/^['’]s\b/.test(after)) {
      after = after.slice(2);
      word = f.kind === "person" ? "whose" : `${word}'s`;
    }
    const wh = before ? before + word : cap(word);
    return { prompt: squash(wh + after), wh: true };
  }
  const { text, offset } = clauseAround(s.text, rel, relEnd);
  const prompt = text.slice(0, rel - offset) + BLANK + text.slice(relEnd - offset);
  return { prompt: squash(prompt), wh: false };
}

/** Whether a word is said with a vowel first, as far as "a" or "an" goes: "an orphan", "an hour", "a union", "a one-off". */
// (and figures said so: "an 83-year-old", "an 11-metre", "an 18th-century"; "a 180-year-old")
export const takesAn = (word: string) =>
  (/^(?:[aeio]|u(?!ni|s[aeiu]|r[aeiou]|t[aeiou])|hour|honest|honou?r|heir)/i.test(word) && !/^(?:one|once|eu)/i.test(word)) || /^(?:8|1[18](?!\d))/.test(word);

/**
 * "an _____ who grows into a woman | orphan girl, child, close friend": the article before the blank tells which option
 * fits. Where the options would take different ones, the stem says "a(n)", as item writers do.
 */
export function neutralArticle(prompt: string, options: readonly string[]): string {
  const m = new RegExp(`\\b(a|an|A|An) ${BLANK}`).exec(prompt);
  if (!m || new Set(options.map((o) => takesAn(o))).size < 2) return prompt;
  return prompt.slice(0, m.index) + (m[1].startsWith("A") ? "A(n)" : "a(n)") + prompt.slice(m.index + m[1].length);
}

export function explain(s: Sentence): string {
  const t = s.text.length > 180 ? s.text.slice(0, 177).replace(/\s+\S*$/, "") + "…" : s.text;
  return `The article says: “${t.replace(/^["“]|["”]$/g, "")}”`;
}

function acceptFor(f: Fact): string[] {
  const a = new Set<string>([f.text]);
  const bare = f.text.replace(/^the\s+/i, "");
  a.add(bare);
  // (a ruler goes by no numeral alone: "Charles II" is not "II")
  if (f.kind === "person" && f.text.includes(" ") && !/\s(?:[IVX]+|the\s+\p{Lu}\p{Ll}+)$/u.test(f.text)) a.add(surnameOf(f.text));
  if (/\d,\d/.test(f.text)) a.add(f.text.replace(/,/g, ""));
  return [...a];
}

/**
 * "Moreover, the prime numbers have…", "As a result, the league…": a word that links the sentence to the one before
 * adds nothing to a question on its own. (A sentence opened by "However", "But" or "Thus" leans on the one before
 * it, and the dangling-reference filter leaves it out: measured on the SQuAD windows, its items hit a human answer
 * a third of the time, against half for the rest.)
 */
const CONNECTIVE =
  /^(?:Moreover|Furthermore|Nevertheless|Nonetheless|Therefore|Consequently|Indeed|Besides|Likewise|Similarly|Additionally|In addition|In fact|As a result|In turn|By contrast|In contrast|On the other hand),\s+/;
export function dropConnective(stem: string): string {
  // ('(A _____ publication said …".)': a sentence the article puts in brackets is one without them)
  if (/^\([^()]*\)\.?$/.test(stem)) {
    stem = stem.slice(1).replace(/\)\.?$/, "");
    if (!/[.!?]["”’]?$/.test(stem)) stem += ".";
  }
  const m = CONNECTIVE.exec(stem);
  return m ? cap(stem.slice(m[0].length)) : stem;
}

/** "This change is called evaporation.", "These are known as aquifers.": a name for what the sentence before describes. */
const NAMING = /^(This|These)(?:\s+(\p{Ll}+))?\s+(is|are|was|were)\s+(?:also\s+|often\s+|sometimes\s+|commonly\s+|usually\s+)?(?:called|known as|termed|named|referred to as)\s+(?:an?\s+|the\s+)?$/u;

/**
 * The sentence before and "What is this change called?" for the name a naming sentence gives, or undefined. Such a
 * sentence is a science text's central fact, and on its own its "this" points nowhere.
 */
function namingStem(f: Fact, s: Sentence, prev: Sentence | undefined, lead: Lead | undefined): string | undefined {
  const rel = f.start - s.start;
  const m = NAMING.exec(s.text.slice(0, rel));
  if (!m || f.kind !== "term" || s.text.slice(rel + f.text.length).trim() !== ".") return undefined;
  if (!prev || prev.paragraph !== s.paragraph || prev.heading || !/\.$/.test(prev.text) || /["“”]/.test(prev.text) || prev.text.split(/\s+/).length > 40) return undefined;
  const [, det, noun, verb] = m;
  return `${applyLead(prev.text, lead)} What ${verb} ${det.toLowerCase()}${noun ? ` ${noun}` : ""} called?`;
}

/**
 * "some of the best medical facilities in _____", "one of the largest institutions in _____", "the best facilities in
 * Poland and _____": the place a superlative ranks within is its yardstick, not a fact of the article (and a guess).
 * ("most of the rain in _____" is a share, no superlative: the place is the fact.)
 */
const SUPERLATIVE_SCOPE = /\b(?:best|worst|most(?!\s+of\b)|least(?!\s+of\b)|(?:larg|bigg|great|old|long|high|tall|small|fin|rich|busi|earli|deep|wid|strong|fast|warm|cold|hott|wett|dri|sever|poor|new|young|low)est)\b[\p{Ll}-]*(?:\s+[\p{Ll}-]+){0,4}\s+(?:in|across|of)\s+(?:all\s+of\s+)?(?:the\s+)?(?:\p{Lu}[\p{L}-]*\s+and\s+)?$/u;

/** Kinds of place a name goes with: "the island of São Tomé", "the port of Mocha". */
const PLACE_KINDS = /^(?:island|isle|city|town|village|port|province|region|state|county|kingdom|empire|republic|district|river|lake|valley|peninsula|bay|coast|gulf|strait|sea|harbour|harbor|capital)$/;

/**
 * A lone common noun that only says what kind of thing a name is: "The _____ has also brought disaster → river" after
 * "the Mississippi River"; "merchants based on the _____ of São Tomé → island". The name is the fact, the kind a guess.
 */
function kindForAName(f: Fact, s: Sentence, kinds: Set<string>): boolean {
  if (!/^\p{Ll}+$/u.test(f.text) || !/\bthe\s$/i.test(s.text.slice(Math.max(0, f.start - s.start - 4), f.start - s.start))) return false;
  const after = s.text.slice(f.end - s.start);
  return (PLACE_KINDS.test(f.text) && /^\s+of\s+\p{Lu}/u.test(after)) || (kinds.has(f.text) && !/^\s+of\b/.test(after));
}

/** One candidate per (fact, sentence): the kind of item follows the kind of fact. */
export function factCandidates(facts: ArticleFacts, sentences: Sentence[], leads: Map<number, Lead> = resolveLeads(sentences, facts)): Candidate[] {
  const out: Candidate[] = [];
  const personAt = new Set(facts.facts.filter((e) => e.kind === "person").map((e) => e.start));
  // the kinds of thing the article's names call themselves: "river" of "Mississippi River", "kingdom" of "Kingdom of Kongo"
  const kinds = new Set(facts.facts.filter((e) => e.kind !== "term" && e.text.includes(" ")).flatMap((e) => {
    const w = e.text.split(" ");
    return [w[w.length - 1], ...(w[1] === "of" ? [w[0]] : [])].map((x) => x.toLowerCase());
  }));
  for (const f of facts.facts) {
    const s = sentences[f.sentence];
    if (!s || s.heading || facts.fragments?.has(s.index)) continue;
    // a calling right before a name ("striker Danny Okafor", "the Austrian scientist Karl von Frisch") labels the
    // person: asked alone it is a guess (it stays an option for other callings)
    // ("Political scientist Dr Claire Owusu": a title may stand between)
    const title = /^ ([\p{L}.]+) /u.exec(s.text.slice(f.end - s.start));
    if (f.kind === "term" && s.text[f.end - s.start] === " " && (personAt.has(f.end + 1) || (!!title && TITLES.test(title[1].replace(/\.$/, "")) && personAt.has(f.end + title[0].length)))) continue;
    // ("The town's _____, Daniel Forde, called…" of "MP": so does a word for a person before a comma and the name)
    if ((f.kind === "term" || /^\p{Lu}{2,}$/u.test(f.text)) && s.text.slice(f.end - s.start, f.end - s.start + 2) === ", " && personAt.has(f.end + 2) && firstSense(f.text.split(" ").pop()!)?.lexFile === 18) continue;
    if (f.kind === "place" && SUPERLATIVE_SCOPE.test(s.text.slice(0, f.start - s.start))) continue;
    if (f.kind === "term" && kindForAName(f, s, kinds)) continue;
    // ("140 Friesian and Jersey cows", "Shetland ponies": a place's name before an animal names a breed, no place to ask)
    const beast = /^\s+(\p{Ll}+)/u.exec(s.text.slice(f.end - s.start))?.[1];
    if (f.kind === "place" && beast && firstSense(beast.replace(/s$/, ""))?.lexFile === 5 && !firstSense(beast.replace(/s$/, ""))?.proper) continue;
    const prev = sentences[s.index - 1];
    const naming = namingStem(f, s, prev, leads.get(s.index - 1));
    const stem = stemFor(f, s);
    const prompt = naming ?? dropConnective(applyLead(stem.prompt, leads.get(s.index)));
    const wh = stem.wh || !!naming;
    const type: QuestionKind = numberKindOf(f) ? "number" : "mc";
    out.push({
      type,
      prompt,
      answer: f.text,
      fact: f,
      // the proof of a name is the sentence that describes the thing and the one that names it
      sourceStart: naming ? prev.start : s.start,
      sourceEnd: s.end,
      sentenceIndex: s.index,
      alsoUses: naming ? prev.index : undefined,
      answerStart: f.start,
      accept: acceptFor(f),
      explanation: explain(naming ? { ...s, text: `${prev.text} ${s.text}` } : s),
      score: wh ? 0.03 : 0,
      factKey: `${normalize(f.text)}`,
    });
  }
  return out;
}

/** "True or false" statements: the sentence as written, or with one fact swapped for a distractor. */

/** Quote → speaker: only quotes the text attributes to a named person. */
export function quoteCandidates(facts: ArticleFacts, sentences: Sentence[], text: string): Candidate[] {
  return facts.quotes.map((q) => {
    const words = q.text.split(/\s+/);
    const shown = words.length > 28 ? words.slice(0, 25).join(" ").replace(/[,;:]$/, "") + " …" : q.text;
    const a = sentences[q.sentence];
    const b = sentences[q.lastSentence];
    return {
      type: "quote" as const,
      // (the quote's own comma or full stop gives way to the question mark: "…my baby”?", not "…my baby.”?")
      prompt: `Who said: “${shown.replace(/[,.]$/, "")}”?`,
      answer: q.speaker,
      sourceStart: a.start,
      sourceEnd: b.end,
      sentenceIndex: a.index,
      answerStart: q.speakerStart,
      explanation: `${q.speaker} is quoted saying this in the article.`,
      score: 0,
      factKey: `quote:${normalize(q.text).slice(0, 40)}`,
      fact: { kind: "person", text: q.speaker, start: q.speakerStart, end: q.speakerStart + q.speaker.length, sentence: a.index },
      accept: [q.speaker],
      // the sentence text is needed by the filters; keep a reference through sourceStart/End
    } satisfies Candidate;
  }).filter((c) => text.slice(c.sourceStart, c.sourceEnd).includes(c.answer as string));
}
