// Stage 6: flaw filters. Each rule names a flaw a teacher would reject an item for; `flaws` returns
// the ones an item has, and the pipeline keeps only items with none.
import type { Candidate, Fact, Sentence } from "./types";
import { BLANK } from "./candidates";
import { escapeRegExp, normalize, outsideQuotes } from "./util";
import { cutsTitle } from "./title-cuts";
import { wordTags } from "./nlp";
import { isInstruction, stepNumberBefore } from "./instructions";
import { SHIP_TITLES } from "./entity-kinds";

// ("There are 13 reserves in the city" points nowhere: an existential "there" is no place)
const DANGLING = /^(?:\p{L}+(?:\s\p{L}+){0,2},\s+(?:it|they|he|she|this|these|its|their|his|her)(?![\p{L}\p{N}])|\p{L}{2,}ly\s+(?:it|they|he|she)(?![\p{L}\p{N}])|\p{L}{3,}ing\s+(?:it|them|him|her|this|these)(?![\p{L}\p{N}])|you|your|we|our|i|my|it|its|this|these|that|those|they|them|their|he|him|his|she|her|such|both|the latter|the former|the same|how this|all this|in this|of this|at this|by this|for this|there(?!\s+(?:(?:also|still|now|once|already|only)\s+)?(?:is|are|was|were|has|have|had|will|remain|remains|remained|exist|exists|existed)\b)|here|also|then|thus|however|but|and|or|so|yet|instead|otherwise|meanwhile|still)(?![\p{L}\p{N}])/iu;

const PREPOSITION = "(?:in|on|at|of|for|by|with|from|to|during|after|before|since|until|under|through|into|over|like|about|against|despite|behind|within|without|toward|towards|among|across|around|beyond|amid)";
/** Words after "this/these/those" that make it a pronoun with a clause of its own, not a determiner. */
const NOT_A_NOUN = /^(?:is|was|are|were|has|had|have|will|would|can|could|may|might|should|must|does|did|do|and|or|but|which|who|whom|whose|that|of|in|on|at|to|for|by|with|from|as|is|be|been|being|not|also|all|days)$/;

/**
 * "… played a key role in that military maneuver", "this week", "these reforms": a demonstrative that points
 * at something outside the sentence. ("stated that the league…" is a conjunction; "those who…" restricts.)
 */
/** "The first, in the spring of 1918, was mild", "The second, which swept…": an ordinal standing for a noun of another sentence. */
const LONE_ORDINAL = /^The (?:first|second|third|fourth|fifth|last|next|other)(?:,|\s+(?:was|were|is|are|had|has|came|followed|began|lasted|struck|swept)\b)/;

export function danglingDemonstrative(stem: string): boolean {
  if (LONE_ORDINAL.test(stem)) return true;
  // "in that _____": the blank is the noun the demonstrative points with
  // quoted speech points at the speaker's own surroundings ("The railway made this valley," said…): leave it be
  stem = stem.replace(/“[^”]*”|"[^"]*"/g, (q) => " ".repeat(q.length));
  // "…turns into a gas. What is this change called?": the sentence before, quoted whole, is what "this" points at
  stem = stem.replace(/\s+What (?:is|are|was|were) (?:this|these)(?: \p{Ll}+)? called\?$/u, "");
  // "To address this, …", "because of these.": a demonstrative standing alone points outside the sentence
  if (/\b(?:this|these|those)\s*[,.;:!?]/i.test(stem)) return true;
  // "The answer is a hot spot": an answer, a reason or a result with "the" is the one to something said before
  if (/^(?:True or false: )?The (?:answer|reason|result|solution|explanation|secret|trick|catch|difference|problem|question) (?:is|was|lies)\b(?!\s+\p{Ll}+ed\b)/u.test(stem)) return true;
  // "During the same year, Booth donated…", "later that year", "The day is still a holiday": a time told in another
  // sentence (one the stem dates itself is fine: "the massacre of 1819 … later that year")
  if (/\b(?:(?:the|that|this) same|(?:later|earlier) that) (?:year|month|week|day|night|decade|season|spring|summer|autumn|winter)\b|^(?:True or false: )?The (?:day|year|month|night) (?!of\b|when\b|that\b|before\b|after\b)/i.test(stem) && !/\b(?:1\d{3}|20\d{2}|\d+ (?:BC|BCE|AD|CE))\b/.test(stem)) return true;
  // ("Ms Hennelly said the last option had been ruled out": one of a list another sentence gave)
  if (/\bthe (?:first|second|third|last|final|latter|former) (?:option|proposal|suggestion|idea|choice|alternative|request|item|one)\b(?!\s+(?:of|on|in|to|for)\b)/i.test(stem)) return true;
  // "Both buildings were added…": "both" before a plural it does not go on to name points back at two things
  if (/^(?:In which year (?:was|were) )?both\s+(?:the\s+)?\p{Ll}{3,}s\b(?!\s+and\b)/iu.test(stem)) return true;
  // "in these and most other states": pointing outside the sentence as well
  if (/\b(?:these|those)\s+(?:and|or)\s+(?:\p{Ll}+\s+)?others?\b/iu.test(stem)) return true;
  if (new RegExp(`(?:^|\\b${PREPOSITION}\\s+)(?:that|this|these|those)\\s+${BLANK}`, "i").test(stem) || new RegExp(`\\b(?:this|these|those)\\s+${BLANK}`, "i").test(stem)) return true;
  // "she suggested that such a _____ might compose music": "such" points back as "this" does (not "such as", nor the
  // "such a … that" of a result: "such a crowd that the gates shut")
  for (const m of stem.matchAll(new RegExp(`\\bsuch\\s+(?:an?\\s+)?(${BLANK}|[\\p{Ll}][\\p{Ll}-]*)(?![\\p{L}-])(?!(?:\\s+[\\p{L}-]+){0,3}\\s+that\\b)`, "giu"))) {
    const noun = m[1].replace(/(?:es|s)$/, "");
    if (m[1] === BLANK || (noun.length > 2 && !/^(?:as|that)$/.test(m[1]) && !stem.slice(0, m.index).toLowerCase().includes(noun))) return true;
  }
  const re = new RegExp(`(?:^|\\b(${PREPOSITION})\\s+|\\b)(this|these|those|that)\\s+([\\p{Ll}][\\p{Ll}-]*)`, "giu");
  for (const m of stem.matchAll(re)) {
    const [, prep, det, next] = m;
    const d = det.toLowerCase();
    if (NOT_A_NOUN.test(next)) continue;
    // idioms that point nowhere: "to this day", "in this way"
    if (/^(?:day|way)$/.test(next) && d === "this") continue;
    // "those recognized as…", "those Muslims who…": restrictive, the clause says who
    if (d === "those" && (/(?:ed|ing)$/.test(next) || /^\s*(?:[\p{L}-]+\s+){0,2}(?:who|which|that|whose|of)\b/u.test(stem.slice(m.index! + m[0].length - next.length + next.length)))) continue;
    // "that" is a demonstrative only after a preposition ("in that war"); elsewhere it is mostly a conjunction
    // or a relative pronoun ("said that troops…", "the plan that worked")
    if (d === "that" && !prep) continue;
    if (d === "that" && /^(?:the|a|an|he|she|it|they|we|i|you|his|her|its|their|our|there|this|these|those|some|many|no|one)$/.test(next)) continue;
    // the noun it points at is named earlier in the same sentence: "a treaty … this treaty"
    const head = stem.slice(0, m.index).toLowerCase();
    const noun = next.replace(/(?:es|s)$/, "");
    if (noun.length > 2 && head.includes(noun)) continue;
    return true;
  }
  return false;
}

const PERSONAL = /\b(?:he|she|him|her|his|hers|himself|herself)\b/i;
/** Capitalised words that open sentences or clauses, not names. */
const NOT_A_NAME = /^(?:After|Before|When|While|In|On|At|The|A|An|As|If|Because|Although|Though|During|Since|Once|Later|Then|For|With|By|From|Upon|Despite|Following|According|Having|Unlike|Until|Under|Over|Through|Many|Some|Most|Both|Each|Every|One|Two|Three|His|Her|He|She|It|They|There|This|That|These|Those|But|And|Yet|So|Also|However|Indeed|Still|Even|Only|Here|Now|What|Which|Where|Why|How|Not|No|Nor|Neither|All|Among|Perhaps|Today|Instead|Just|Without|Within|Soon|Few|Several|Such|Against|Like)$/;
/** News agencies in a credit line ("he told AFP") name no one. */
const AGENCY = /^(?:AFP|AP|Reuters|UPI|TASS|Xinhua|Bloomberg)$/;

/**
 * "…," he told AFP. / "After breathing the gas himself, he wrote: …": a he or she the stem never names. Cataphora
 * ("In his work Pneumatica, _____ observed") is fine: the blank or a name elsewhere in the stem is who is meant.
 */
/**
 * "When it is finished it will be…": a pronoun in an opening clause that the main clause does not name either. One
 * the main clause names is fine: "Because he published first, _____ is given priority", "When it came to…, Agassiz…".
 */
export function danglingClause(stem: string): boolean {
  const m = /^(?:when|while|once|after|before|because|although|though|if|until|unless)\s+(?:it|they|he|she)\b[^,]*(,\s*(\S+))?/i.exec(stem);
  // "As it rises it cools": the main clause follows with no comma and the same pronoun
  if (/^(?:as|when|while|once|after|before|because|if|until)\s+(it|they|he|she)\s+\p{Ll}+\s+\1\b/iu.test(stem)) return true;
  return !!m && (!m[1] || /^(?:it|they|he|she|its|their|his|her)$/i.test(m[2]));
}

/**
 * "The _____ pumps it into the aorta", "The ventricles, the lower chambers, pump it out": an object pronoun right
 * after the subject and its verb cannot mean the subject, and nothing else comes before it: what it stands for is in
 * another sentence. (After a preposition, a second noun or a clause — "add enzymes to the nectar and fan it" — it
 * may point inside.)
 */
export function danglingObject(stem: string): boolean {
  // an object, not a subject: what follows is a preposition, a particle or the end of a clause ("it spread" is no object)
  const m = new RegExp(`\\s(?:it|them)(?=\\s+(?:${PREPOSITION}|out|up|down|back|away|off|together|as|the|a|an)\\b|\\s*[,.;]|$)`).exec(stem);
  if (!m) return false;
  // (an apposition does not count: "The lower chambers, the ventricles, pump it out")
  // (a wh-word that opens the stem stands for the subject: "Who kept it with him…?")
  const before = stem.slice(0, m.index).replace(/,\s+(?:the|a|an)\s[^,]+,/g, "").replace(/^(?:Who|What|Which\s+\p{L}+)\s/u, `${BLANK} `).trim();
  const words = before.split(/\s+/);
  return words.length >= 2 && words.length <= 6 && !/[,;:()“”"]/.test(before) &&
    !new RegExp(`\\b(?:${PREPOSITION}|and|or|but|that|which|who|when|if|because|as|than|so)\\b`, "i").test(before);
}

export function unnamedPerson(stem: string, blankIsPerson: boolean): boolean {
  // "Who was trained by him and surpassed him?", "Who replaced him with…?": an object in the wh-word's own clause is
  // someone the stem lost (unless a name before it may be the one meant)
  const object = /^Who\s+\p{Ll}+\s+(?:him|her)\b|\b(?:by|with|to|from|for|than|under)\s+(?:him|her)\b/u.exec(outsideQuotes(stem));
  if (/^Who\b/.test(stem) && object && !/\s\p{Lu}/u.test(outsideQuotes(stem).slice(3, object.index + object[0].length))) return true;
  // ("Philip replaced him with…", "_____ replaced him": the object of the subject's own verb is not the subject)
  if (/^(?:\p{Lu}[\p{L}'’-]*(?:\s\p{Lu}[\p{L}'’-]*){0,3}|_____)\s+\p{Ll}+(?:ed|d)\s+(?:him|her)\s+(?:with|as|for|in|to)\b/u.test(stem)) return true;
  const outside = outsideQuotes(stem);
  if (!PERSONAL.test(outside) || (blankIsPerson && outside.includes(BLANK)) || /\bwho\b/i.test(outside)) return false;
  const capitals = (outside.match(/\p{Lu}[\p{L}'’.-]*/gu) ?? []).map((w) => w.replace(/\.$/, ""));
  return !capitals.some((w) => !NOT_A_NAME.test(w) && !AGENCY.test(w));
}

/** The blank falls inside quotation marks: a speaker's wording, not a fact of the article. */
export function insideQuotation(before: string): boolean {
  const count = (re: RegExp) => (before.match(re) ?? []).length;
  return count(/“/g) > count(/”/g) || count(/"/g) % 2 === 1;
}

/** The fact stands in a quotation of four words or fewer: "a “ministering angel”", "the “Lady with the Lamp”". */
export function inScareQuotes(text: string, s: Sentence | undefined, f: Fact): boolean {
  if (!s || !insideQuotation(text.slice(s.start, f.start))) return false;
  const open = Math.max(text.lastIndexOf("“", f.start), text.lastIndexOf('"', f.start - 1));
  const close = /["”]/.exec(text.slice(f.end, s.end));
  return !!close && open >= s.start && text.slice(open + 1, f.end + close.index).trim().split(/\s+/).length <= 4;
}

/** The fact is part, not the whole, of a quotation of at most `words` words: 'a "Palace without a Rival"'. */
function partOfQuote(text: string, f: Fact, words: number): boolean {
  const open = Math.max(text.lastIndexOf("“", f.start), text.lastIndexOf('"', f.start - 1));
  const close = /["”]/.exec(text.slice(f.end, f.end + 400));
  if (open < 0 || !close) return false;
  // (the whole quotation, with its article and its punctuation: 'Al-Khazneh, "the Treasury"', 'French for "Red Khmers,"')
  // (a capital "The" is the title's own: 'his findings in "The _____"' asks for part of one)
  const whole = /^(?:(?:the|a|an)\s+)?$/.test(text.slice(open + 1, f.start)) && /^[,.;:!?]?$/.test(text.slice(f.end, f.end + close.index));
  return !whole && text.slice(open + 1, f.end + close.index).trim().split(/\s+/).length <= words;
}

const initialsOf = (words: string[]) => words.filter((w) => !/^(?:of|the|and|for|on|in|de|du|la)$/i.test(w)).map((w) => w[0]).join("").toUpperCase();

/** The key is an acronym spelled out in the stem, or a name whose acronym the stem writes. */
export function acronymGiveaway(key: string, stem: string): boolean {
  const words = (t: string): string[] => t.match(/[\p{L}][\p{L}'’-]*/gu) ?? [];
  const acronyms = (t: string): string[] => t.match(/\b\p{Lu}{2,6}\b/gu) ?? [];
  const names = (t: string) => (t.match(/\p{Lu}[\p{L}'’-]*(?:\s+(?:(?:of|the|and|for|on|in)\s+)*\p{Lu}[\p{L}'’-]*)+/gu) ?? []).map((n) => initialsOf(words(n)));
  if (/^\p{Lu}{2,6}$/u.test(key)) return names(stem).some((i) => i.includes(key));
  const mine = initialsOf(words(key));
  return mine.length >= 2 && acronyms(stem).includes(mine);
}

export type Flaw =
  | "dangling-reference"
  | "key-in-stem"
  | "stem-too-short"
  | "stem-too-long"
  | "broken-blank"
  | "unbalanced"
  | "not-a-sentence"
  | "bad-options"
  | "key-not-in-source"
  | "unattributed-quote"
  | "unnamed-person"
  | "quoted-wording"
  | "asked-in-source"
  | "instruction"
  | "another-name"
  | "garbled";

/** "I" as the speaker, not a ruler's or a type's numeral ("Charles I was", "Type I fibres"). */
const FIRST_PERSON_I = /(?<!\p{Lu}[\p{L}.]*\s)\bI(?:\s+\p{Ll}|['’](?:m|d|ve|ll)\b)/u;

const SHIP_TITLE_BEFORE = new RegExp(`(?:^|\\s)(?:${SHIP_TITLES}|Sir)\\s$`);

const TIME_THEN_PRONOUN = /^(?:In|By|On|After|Before|From|Until|Since|During)\s(?:[\p{L}\d]+\s){0,3}?\d{3,4}\s+(?:he|she|his|her|they|their)\b/u;

/** The stem as a reader sees it, without the "True or false:" lead-in. */
function stemOf(c: Candidate): string {
  return c.prompt.replace(/^True or false:\s*/, "");
}

export function flaws(c: Candidate, text: string): Flaw[] {
  const out: Flaw[] = [];
  const stem = stemOf(c);
  const words = stem.split(/\s+/).length;
  const source = text.slice(c.sourceStart, c.sourceEnd);
  if (c.type !== "order" && c.type !== "quote" && (DANGLING.test(stem) || danglingDemonstrative(stem) || danglingClause(stem) || danglingObject(stem))) out.push("dangling-reference");
  if (c.type !== "order" && c.type !== "quote" && unnamedPerson(stem, c.fact?.kind === "person")) out.push("unnamed-person");
  // ("True or false: In January 1757 his army captured the town": whose army a statement means is no part of it to judge;
  // a blank's sentence keeps its clue in the options, a statement has none)
  if (c.type === "tf" && TIME_THEN_PRONOUN.test(stem)) out.push("dangling-reference");
  // "overcooked on my first visit": a first person outside quotation marks is a speaker the stem lost (not the "we" of
  // everyone: "the air we breathe")
  // (and "I knew _____ would get there first": a sentence of a quotation the one before opened; not "Charles I was")
  if (c.type !== "order" && c.type !== "quote" && (/\b(?:me|my)\b/.test(outsideQuotes(stem)) || FIRST_PERSON_I.test(outsideQuotes(stem)))) out.push("dangling-reference");
  // a common noun blanked out of a quotation ("with the _____ it's possible", "my _____ felt light") asks for the
  // speaker's choice of word; names, numbers and dates in a quotation are still facts
  // (so is part of a short quoted name or motto, 'a "Palace without a _____"', and a name of no known kind in one, often
  // a word a quotation opens with: '"_____ at will, forward!" → Weapons')
  // (a sentence inside a quotation the sentence before opened is the speaker's wording too: '"Milk alone does not pay.
  // _____ who stay with us will eat in the pub…" → People')
  const paragraphStart = text.lastIndexOf("\n", c.sourceStart) + 1;
  const quoted = c.fact && (insideQuotation(text.slice(c.sourceStart, c.fact.start)) ||
    (insideQuotation(text.slice(paragraphStart, c.sourceStart)) && !/["“”]/.test(text.slice(c.sourceStart, c.fact.start))));
  if (c.fact && c.type !== "tf" && c.type !== "order" && quoted && (c.fact.kind === "term" || partOfQuote(text, c.fact, c.fact.kind === "misc" ? Infinity : 6))) out.push("quoted-wording");
  if (c.type !== "order" && c.type !== "tf" && typeof c.answer === "string") {
    const k = normalize(c.answer);
    const s = normalize(stem.replace(BLANK, " "));
    // inside another word counts too: "two" in "network" reads as a hint to some
    // (a lone digit as a word of its own too: "_____ is prime because 1 and 5 are its only factors")
    if (/^\d$/.test(k) && ` ${s} `.includes(` ${k} `)) out.push("key-in-stem");
    else if (k.length > 1 && (` ${s} `.includes(` ${k} `) || (k.length > 2 && s.includes(k)))) out.push("key-in-stem");
    // a surname alone gives a person away
    if (c.fact?.kind === "person" && c.answer.includes(" ")) {
      const last = normalize(c.answer.split(/\s+/).pop()!);
      if (last.length > 2 && ` ${s} `.includes(` ${last} `)) out.push("key-in-stem");
    }
    // ("Oxygen is also used…, and _____ is a vital treatment → medical oxygen | carbon, ozone, water": a term's head the
    // stem names, and no other option shares, gives the key away)
    // (the head alone or after an adjective, not in another compound of it: "a _____, design engineer or project manager
    // → construction manager")
    const head = k.split(" ").pop()!;
    const alone = (before: string) => !before || /^(?:the|a|an|of|and|or|in|on|with|by|for|to|from|is|was|are|were|as)$/.test(before) || wordTags(before).has("Adjective");
    if (c.type === "mc" && c.fact?.kind === "term" && k.includes(" ") && head.length > 3 &&
      [...` ${s} `.matchAll(new RegExp(`(\\S*) ${escapeRegExp(head)}(?= )`, "g"))].some((m) => alone(m[1])) &&
      (c.options ?? []).filter((o) => normalize(o) !== k).every((o) => !` ${normalize(o)} `.includes(` ${head} `))) out.push("key-in-stem");
    if (!normalize(source).includes(k)) out.push("key-not-in-source");
    // "the _____, the Collective Security Treaty Organization": an acronym and its expansion give each other away
    if (acronymGiveaway(c.answer, stem)) out.push("key-in-stem");
  }
  // the article's own question ("What, then, is the proper relationship…?") states no fact to test
  if (c.type !== "order" && c.type !== "quote" && /\?["”’)]*$/.test(source.trim())) out.push("asked-in-source");
  // "José Rizal's full name was _____", "Marie Curie was born _____": what asks the stem's own person's other name has
  // no other people for options, and is no fact to type
  if (c.fact?.kind === "person" && /\b(?:(?:full|real|birth|original|maiden|given|baptismal|Christian) name (?:was|is)|was born|née|nee)\s+_____/.test(stemOf(c))) out.push("another-name");
  // nor does a lesson's task ("Name the enzyme in saliva…", "Homework: draw and label a cross-section…")
  if (c.type !== "order" && c.type !== "quote" && isInstruction(source, stepNumberBefore(text, c.sourceStart))) out.push("instruction");
  if (c.type !== "order" && c.type !== "quote") {
    if (words < 6) out.push("stem-too-short");
    if (words > 60) out.push("stem-too-long");
    if (!/^[\p{Lu}"“‘'(_\d]/u.test(stem)) out.push("not-a-sentence");
    if (!/[.?!"”’')]$/.test(stem)) out.push("not-a-sentence");
  }
  if (stem.includes(BLANK)) {
    const i = stem.indexOf(BLANK);
    const before = stem[i - 1] ?? " ";
    const after = stem[i + BLANK.length] ?? " ";
    // ("the _____–Baltic Sea Canal": an en dash joins a compound as a hyphen does)
    // ("alkalis produce _____− ions → OH": an ion's charge; "version 7.4._____ → 2": the last part of a version)
    if (/[\p{L}\d–-]/u.test(before) || /[\p{L}\d–+−⁺⁻-]/u.test(after) && !/['’]/.test(after)) out.push("broken-blank");
    if (/\d\.$/.test(stem.slice(0, i))) out.push("broken-blank");
    // a product cut before its model number: "with _____ 7 350 chip → AMD's Ryzen AI", "in _____ 744 → PEP"
    if (/^\p{Lu}/u.test(String(c.answer)) && c.fact && c.fact.kind !== "person" && c.fact.kind !== "place" &&
      /^\s(?!(?:1[0-9]|20)\d\d\b)\d+(?:\.\d+)*\p{Lu}?(?:\s\d+)?(?=[\s,;:.)])(?!\s*(?:%|per\b|percent|million|billion|thousand|years?\b|days?\b|hours?\b|minutes?\b|weeks?\b|months?\b|people\b|points\b|goals\b|times\b|seats\b|votes\b))/u.test(stem.slice(i + BLANK.length))) out.push("broken-blank");
    if (stem.indexOf(BLANK, i + 1) >= 0) out.push("broken-blank");
    // a name cut before its number: "the _____ I and IB rockets" (Saturn I), "_____ II" (World War II)
    if (/^\p{Lu}/u.test(String(c.answer)) && /^\s(?:I{1,3}|IV|VI{0,3}|IX|X{1,3})[A-Z]?\b(?!['’])/.test(stem.slice(i + BLANK.length))) out.push("broken-blank");
    // a blank in part of a short quoted name ("known as “little _____”", "“A Primer for _____”") asks for a word of a
    // nickname or a title, not a fact (a whole quoted name is fine: "called “_____” or “Jaxsons”")
    for (const q of stem.matchAll(/["“]([^"“”]*)["”]/g)) {
      const words = q[1].trim().split(/\s+/).map((w) => w.replace(/[,.;:!?]+$/, ""));
      if (!q[1].includes(BLANK) || words.length < 2) continue;
      const named = /\b(?:known as|called|named|nicknamed|dubbed|titled|entitled)\s*$/i.test(stem.slice(0, q.index));
      const title = words.length >= 3 && words.every((w) => w === BLANK || w.length < 4 || /^\p{Lu}/u.test(w));
      if (named || title) out.push("broken-blank");
    }
    if (cutsTitle(stem.slice(0, i), String(c.answer), stem.slice(i + BLANK.length))) out.push("broken-blank");
    // ("De _____ pointed to… → Wit": a surname cut after its particle is half a name)
    if (/^\p{Lu}/u.test(String(c.answer)) && /(?:^|\s)(?:De|Van|Von|Da|Di|Du|Le|La|Der|Den|Del|Della)\s$/.test(stem.slice(0, i))) out.push("broken-blank");
    // ("the wreck of the Lady _____ → Constance": a thing's name cut after its title word is half a name)
    if (c.fact?.kind === "misc" && SHIP_TITLE_BEFORE.test(stem.slice(0, i))) out.push("broken-blank");
    // ("thousands of _____ dollars → US", "the _____ dollar and the rand": a country before its currency names the money,
    // and asks nothing)
    if (c.fact?.kind === "place" && /^\s(?:dollars?|pounds?|rand|francs?|pesos?|rupees?|euros?|yen|yuan|shillings?|marks?|cents?)\b/.test(stem.slice(i + BLANK.length))) out.push("broken-blank");
    // so does a blank in part of a title written without quotation marks: "a book titled _____ into the Causes of…"
    const titled = /\b(?:titled|entitled)\s+([^,.;:!?]*)/i.exec(stem);
    if (titled && titled[1].includes(BLANK) && titled[1].trim() !== BLANK) out.push("broken-blank");
    // an acronym in brackets, "(_____)", or a name in a short aside, "(UChicago, Chicago, or _____)", asks for a
    // label, not a fact
    const open = stem.lastIndexOf("(", i);
    const close = stem.indexOf(")", i);
    if (open >= 0 && close > i && stem.lastIndexOf(")", i) < open && stem.slice(open + 1, close).split(/\s+/).length <= 5) out.push("broken-blank");
  }
  // text that lost something on its way here: "at most ." (a formula dropped), "gravitational.:2–10:79 High-energy"
  // (a page reference glued to the next sentence)
  if (/\s[.,;:!?](?:\s|$)/.test(stem) || /[.!?][:;]\S/.test(stem) || /\b(?:if|of|the|a|an|is|to)\s+(?:is|are|was|were)\b/i.test(stem)) out.push("garbled");
  // a stem that is nothing but a quotation gives no context of who says it
  if (c.type !== "quote" && /^["“][^"“”]+["”]$/.test(stem.trim())) out.push("unattributed-quote");
  const count = (re: RegExp) => (stem.match(re) ?? []).length;
  if (/[[\]]/.test(stem) || count(/\(/g) !== count(/\)/g) || count(/[“]/g) !== count(/[”]/g) || count(/"/g) % 2 === 1) out.push("unbalanced");
  if (c.type === "mc" || c.type === "number" || c.type === "quote") {
    const opts = c.options ?? [];
    const norm = opts.map(normalize);
    // a quote's speaker is one of the people the article quotes or names: where it names only three, three options
    // beat a famous stranger as the fourth
    const fair = c.type === "quote" ? opts.length >= 3 && opts.length <= 4 : opts.length === 4;
    if (!fair || new Set(norm).size !== opts.length || norm.filter((o) => o === normalize(String(c.answer))).length !== 1) out.push("bad-options");
  }
  return out;
}

export function keep(c: Candidate, text: string): boolean {
  return flaws(c, text).length === 0;
}
