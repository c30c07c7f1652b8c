// A sentence that opens with "He" or "It" points back at the sentence before it, so on its own it is no
// question ("It is too reactive to remain free in air" — what is?). Where the sentence before makes the referent
// plain — it names one person, or it opens with the article's subject — the stem names the referent instead:
// "Oxygen is too reactive to remain free in air." Anything less certain is left to the dangling-reference filter.
import type { ArticleFacts, Fact, Sentence } from "./types";
import { wordTags } from "./nlp";
import { escapeRegExp, outsideQuotes, surnameOf } from "./util";
import { ORG_WORDS, PLACE_WORDS, SITE_WORDS } from "./entity-kinds";
import { firstSense } from "./wordnet";

/** The pronoun that opens a sentence (or follows a short opening phrase: "In 1774, he …") and what it stands for. */
export interface Lead {
  /** The opening pronoun, "" when the sentence opens with none. */
  pronoun: string;
  referent: string;
  /** An object "her"/"him" later in the sentence that stands for the person of the title ("Babbage showed her…"). */
  object?: { pronoun: string; referent: string };
}

/** An object "her"/"him": followed by what follows an object, not by the noun of a possessive ("her father"). */
const OBJECT = /\b(her|him)\b(?=\s+(?:a|an|the|to|by|in|at|on|with|for|from|as|and|that|how|about|into|up|down|out|off|back)\b|\s*[,.;:!?]|$)/;

// "she" names only a person whose first name is a woman's ("Marie Curie", not "Curie"), and "he" no such person:
// the names an article gives are mostly men's, so a "she" after one of them is likelier someone the extraction did
// not see than the man it would name
// ("In 1895 she married …", "In July 1914 his forces…": a year opens the sentence without a comma as often as with one)
const LEAD = /^((?:[\p{L}\p{N}_]+(?:\s[\p{L}\p{N}_]+){0,2},\s+|(?:In|By|After|Before|From|Until|Since)\s(?:(?:January|February|March|April|May|June|July|August|September|October|November|December)\s)?(?:\d{3,4}|_____)\s+)?)(He|It|His|Its|She|Her|he|it|his|its|she|her)(?![\p{L}\p{N}])/u;

/** "It is believed that …", "It was not until …", "It is possible to …": an "it" that stands for nothing. */
const EXPLETIVE_IT =
  /^it\s+(?:is|was|has been|had been|will be|would be|seems|seemed|appears|appeared|remains|remained|takes|took|became|becomes|follows|means)\s+(?:\w+\s+){0,3}?(?:that|not until|until|believed|thought|said|known|estimated|likely|unlikely|possible|impossible|necessary|important|clear|difficult|easy|hard|true|used|called|named)\b/i;

/**
 * "The Met Office issued a red warning. It was the first red warning for wind since 2014": an "it is/was the …" whose
 * words the sentence before used is the thing it named, not its subject.
 */
function restatesObject(rest: string, prev: string): boolean {
  const m = /^it\s+(?:is|was)\s+(?:the|a|an)\s+((?:[\p{L}-]+\s+){0,3}[\p{L}-]+)/iu.exec(rest);
  if (!m) return false;
  const before = ` ${prev.toLowerCase().replace(/[^\p{L}\s-]/gu, " ")} `;
  return m[1].toLowerCase().split(/\s+/).some((w) => w.length > 3 && !/^(?:first|last|only|most|largest|biggest|oldest|second|third)$/.test(w) && before.includes(` ${w} `));
}

const PERSONAL = new Set(["he", "his", "she", "her"]);
const FEMININE = new Set(["she", "her"]);

// "Her mother … was determined that Ada … . She arranged lessons": the sentence before is about a woman it does not
// name, so a "she" after it may be her as well as anyone it names
const WOMAN_NOUN = /^(?:mother|wife|daughter|sister|queen|grandmother|aunt|niece|widow|woman|girl|princess|duchess|countess|lady|empress|nun|actress|stepmother|bride)$/i;
const MAN_NOUN = /^(?:father|husband|son|brother|king|grandfather|uncle|nephew|widower|man|boy|prince|duke|earl|lord|emperor|monk|actor|stepfather|groom)$/i;

/** Whether a sentence opens with an unnamed person of the pronoun's sex: "Her mother, who …", "The old king …". */
function opensWithUnnamed(text: string, feminine: boolean): boolean {
  const m = /^(?:(?:her|his|their|its|the|a|an)\s+)?([\p{Ll}-]+)(?:\s+([\p{Ll}]+))?\b/iu.exec(text);
  const sex = feminine ? WOMAN_NOUN : MAN_NOUN;
  return !!m && (sex.test(m[1]) || (!!m[2] && sex.test(m[2])));
}

/** Whether a name opens with a first name the lexicon knows as a woman's. */
const womansName = (name: string) => wordTags(name.split(/\s+/)[0]).has("FemaleName");

/**
 * Whether a person is a woman, by first name or by what the article's own pronouns say of them: "Sharma, the world
 * number two, had won all eleven of her matches" names no one else, so its "her" is Sharma's. (Pronouns inside a
 * quotation are the speaker's and may mean anyone.)
 */
function womenOf(sentences: Sentence[], bySentence: Map<number, Fact[]>): (name: string) => boolean {
  const votes = new Map<string, { she: number; he: number }>();
  for (const s of sentences) {
    const facts = bySentence.get(s.index) ?? [];
    const people = peopleIn(facts);
    // (the person opens the sentence or is its subject, and nobody else is named in it, however the extraction read them: in "Romeo
    // kills Paris and dies beside her", the "her" is someone else's)
    if (people.length !== 1 || !(people[0].subject || people[0].start === s.start) || facts.some((f) => f.kind === "misc" && /^\p{Lu}/u.test(f.text))) continue;
    const after = outsideQuotes(s.text.slice(people[0].end - s.start));
    const she = /\b(?:she|her|herself)\b/i.test(after);
    const he = /\b(?:he|his|him|himself)\b/i.test(after);
    if (she === he) continue;
    const key = surnameOf(people[0].text).toLowerCase();
    const v = votes.get(key) ?? { she: 0, he: 0 };
    v[she ? "she" : "he"]++;
    votes.set(key, v);
  }
  // ("Ms Whitlock said…": a courtesy title says which she is, whatever her first name)
  const titled = new Map<string, boolean>();
  for (const s of sentences) for (const m of s.text.matchAll(/\b(Ms|Mrs|Miss|Mr)\.?\s+(\p{Lu}[\p{L}'’-]+)/gu)) titled.set(m[2].toLowerCase(), m[1] !== "Mr");
  return (name) => {
    const byTitle = titled.get(surnameOf(name).toLowerCase());
    if (byTitle !== undefined) return byTitle;
    if (womansName(name)) return true;
    const v = votes.get(surnameOf(name).toLowerCase());
    return !!v && v.she > 0 && v.he === 0 && !wordTags(name.split(/\s+/)[0]).has("MaleName");
  };
}

/**
 * The people a sentence names, one per surname ("Joseph Priestley" and "Priestley" are one) unless it gives the surname
 * alone and to two full names, or to one after a word of kin: in "Whitmore was the son of Augustus Whitmore and Ida Mae
 * Whitmore" each is someone else.
 */
function peopleIn(facts: Fact[], s?: Sentence): Fact[] {
  const bySurname = new Map<string, Fact[]>();
  const kin = (f: Fact) => !!s && /\b(?:(?:son|daughter|child|widow|wife|husband|brother|sister|father|mother|uncle|aunt|cousin|nephew|niece|grandson|granddaughter)(?:\s+of)?|father,|mother,|brother,|sister,|wife,|husband,)\s+$/i
    .test(s.text.slice(Math.max(0, f.start - s.start - 24), f.start - s.start));
  for (const f of facts) if (f.kind === "person") {
    const key = surnameOf(f.text).toLowerCase();
    bySurname.set(key, [...(bySurname.get(key) ?? []), f]);
  }
  return [...bySurname.values()].flatMap((group) => {
    // (a bare surname beside two full names is neither of them for sure; titles like "Khan" join no family)
    const full = new Set(group.filter((f) => /\s/.test(f.text)).map((f) => f.text));
    if ((full.size > 1 || group.some((f) => /\s/.test(f.text) && kin(f))) && group.some((f) => !/\s/.test(f.text))) return group.filter((f, k) => group.findIndex((g) => g.text === f.text) === k);
    return [group.reduce((a, b) => (b.text.length > a.text.length ? b : a))];
  });
}

/** The name a title opens with, if it opens with a first name: "Marie Curie: a life in science" → "Marie Curie". */
function personOpening(title: string, facts: ArticleFacts): string | undefined {
  const m = /^(\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+){1,2})(?=$|[\s:,–—-])/u.exec(title);
  // ("Florence Nightingale": a first name the lexicon knows as a city, where the article names the person in full)
  // ("Charles University", "Sydney Opera House": a first name opens many a body's or a building's name)
  const last = m?.[1].split(/\s+/).pop() ?? "";
  if (!m || ORG_WORDS.test(last) || PLACE_WORDS.test(last) || SITE_WORDS.test(last) || facts.facts.some((f) => f.kind !== "person" && f.text === m[1])) return undefined;
  return wordTags(m[1].split(/\s+/)[0]).has("FirstName") || facts.facts.some((f) => f.kind === "person" && f.text === m[1]) ? m[1] : undefined;
}

/** A biography of a woman: outside quotations the article says "she" and "her" far more often than "he", "his", "him". */
function toldOfAWoman(sentences: Sentence[]): boolean {
  const text = outsideQuotes(sentences.map((s) => s.text).join(" "));
  const count = (re: RegExp) => text.match(re)?.length ?? 0;
  const she = count(/\b(?:she|her|herself)\b/gi);
  return she >= 3 && she >= 3 * count(/\b(?:he|his|him|himself)\b/gi);
}

/** What the previous sentence is about when it opens with it: the article's subject or a named thing. */
function openingThing(s: Sentence, facts: Fact[], title: string | undefined): string | undefined {
  const lead = title ? /^(?:the\s+)?/i.exec(s.text)![0] : "";
  if (title && s.text.slice(lead.length).toLowerCase().startsWith(`${title.toLowerCase()} `)) return s.text.slice(0, lead.length + title.length);
  // (a name at the head followed by an aside is the subject too: "The World Wide Web, which many confuse with…, is")
  const aside = (f: Fact) => /^,\s(?:or|which|a|an|the)\s/.test(s.text.slice(f.end - s.start, f.end - s.start + 8));
  const first = facts.find((f) => f.kind !== "person" && (f.subject || aside(f)) && f.start - s.start <= 4);
  // (a people is no "it": "The Romans mastered the arch… It has three tiers" is the aqueduct; a band named after birds,
  // "The Ravens", may be)
  if (first?.kind === "misc" && /^\p{Lu}\p{Ll}+s$/u.test(first.text) && firstSense(first.text.slice(0, -1))?.lexFile === 18) return undefined;
  return first && /^(?:The\s+)?$/.test(s.text.slice(0, first.start - s.start)) ? s.text.slice(0, first.end - s.start) : undefined;
}

/** For each sentence that opens with a pronoun whose referent the sentence before makes plain: that referent. */
export function resolveLeads(sentences: Sentence[], facts: ArticleFacts): Map<number, Lead> {
  const bySentence = new Map<number, Fact[]>();
  for (const f of facts.facts) bySentence.set(f.sentence, [...(bySentence.get(f.sentence) ?? []), f]);
  const heading = sentences.find((s) => s.heading);
  const title = heading && heading.index === 0 ? heading.text.trim() : undefined;
  // a biography names its person in the title: "Marie Curie: a life in science"
  const titlePerson = title ? personOpening(title, facts) : undefined;
  const titleWoman = !!titlePerson && (womansName(titlePerson) || toldOfAWoman(sentences));
  const out = new Map<number, Lead>();
  const isWoman = womenOf(sentences, bySentence);
  for (let i = 1; i < sentences.length; i++) {
    const s = sentences[i];
    const prev = sentences[i - 1];
    if (s.heading) continue;
    const sameParagraph = !prev.heading && prev.paragraph === s.paragraph;
    const m = LEAD.exec(s.text);
    if (!m) continue;
    const pronoun = m[2].toLowerCase();
    const before = sameParagraph ? out.get(prev.index) : undefined;
    const prevFacts = bySentence.get(prev.index) ?? [];
    let referent: string | undefined;
    if (PERSONAL.has(pronoun)) {
      const feminine = FEMININE.has(pronoun);
      if (sameParagraph && opensWithUnnamed(prev.text, feminine)) continue;
      // the sentence before opened with the same pronoun as its subject: that person carries on ("She was the child
      // of Lord Byron and Annabella Milbanke. Her parents separated…" is still about her, not Milbanke)
      const carried = before && FEMININE.has(before.pronoun) === feminine && /^(?:he|she)$/.test(before.pronoun) && LEAD.exec(prev.text)?.[1] === "" ? before.referent : undefined;
      // a "she" asks for a woman's name, a "he" for any other (a surname alone says nothing either way)
      const named = peopleIn(prevFacts, prev);
      const people = sameParagraph ? named.filter((p) => (feminine ? isWoman(p.text) : !isWoman(p.text))) : [];
      // one person named, or the one at the head of the sentence; else the person the sentence before meant
      // (not a lone name in a phrase after the sentence's own "he": in "During his term, he backed the commission,
      // chaired by Desmond Tutu. He stepped down in 1999" the second "he" is still the first one's, not Tutu)
      const otherFirst = (p: Fact) => !p.subject && (feminine ? /\b(?:she|her)\b/i : /\b(?:he|his)\b/i).test(outsideQuotes(prev.text.slice(0, p.start - prev.start)));
      // (nor a person who acts on another of the pronoun's sex: in "Empress Elizabeth brought her to Russia. She
      // converted…", "she" is the woman brought)
      const actsOnAnother = (p: Fact) => { const o = OBJECT.exec(outsideQuotes(prev.text.slice(p.end - prev.start))); return !!o && (o[1] === "her") === feminine; };
      // (nor the first clause's subject where a second clause has its own: in "Peary received honours, but Henson returned
      // to obscurity. In 1912 he published a memoir" the "he" may be either)
      const secondSubject = (p: Fact) => /(?:,\s*(?:but|and|while|whereas|yet)|;)\s+$/.test(prev.text.slice(0, p.start - prev.start));
      // (nor someone who reports on another of the pronoun's sex: in "The historian Vincent Carretta pointed to records
      // suggesting that he was born in South Carolina. His surviving daughter…" the daughter is not Carretta's)
      // (a verb of saying or showing before "that he": "carvings that he saw" and "so impressed the court that he" are his own)
      const reportsOnAnother = (p: Fact) => new RegExp(`\\b(?:suggest|show|claim|argu|say|said|believ|thought|report|conclud|prov|assert|insist|doubt|question|ask)\\w*\\s+(?:that|whether|if)\\s+${feminine ? "she" : "he"}\\b`, "i").test(outsideQuotes(prev.text.slice(p.end - prev.start)));
      // (nor someone named as another's kin: in "Guru Nanak's father, Mehta Kalu, was an accountant. His elder sister…"
      // the sister is Guru Nanak's)
      const kinOfAnother = (p: Fact) => /\p{L}['’]s\s+(?:father|mother|son|daughter|wife|husband|brother|sister|uncle|aunt|grandfather|grandmother|teacher|friend|servant),?\s+$/u.test(prev.text.slice(0, p.start - prev.start));
      const found = people.length === 1 ? (otherFirst(people[0]) || reportsOnAnother(people[0]) || kinOfAnother(people[0]) ? undefined : people[0])
        : people.some(secondSubject) ? undefined : people.find((p) => p.subject);
      const subject = found && !actsOnAnother(found) ? found : undefined;
      referent = carried ?? subject?.text ?? (people.length === 0 && before && FEMININE.has(before.pronoun) === feminine && PERSONAL.has(before.pronoun) ? before.referent : undefined);
      // else, with nobody of the pronoun's kind named just before, the person of the title
      if (!referent && titlePerson && titleWoman === feminine && !named.some((p) => isWoman(p.text) === feminine || !/\s/.test(p.text))) referent = titlePerson;
    } else {
      if (!sameParagraph || EXPLETIVE_IT.test(s.text.slice(m[1].length)) || restatesObject(s.text.slice(m[1].length), prev.text)) continue;
      referent = openingThing(prev, prevFacts, title) ?? (before && !PERSONAL.has(before.pronoun) && /^it/i.test(prev.text) ? before.referent : undefined);
    }
    if (referent) out.set(s.index, { pronoun, referent });
  }
  if (titlePerson) nameObjects(sentences, bySentence, titlePerson, titleWoman, out);
  return out;
}

/**
 * In a biography, "Babbage showed her a small working part of his engine" shows the title's person: an object
 * "her" (a "him" in a man's) with no one of that sex named or described before it in the sentence. Anyone else
 * so named ("Her mother taught her…", "Mary Shelley sent her…") leaves the pronoun to the dangling filter.
 */
function nameObjects(sentences: Sentence[], bySentence: Map<number, Fact[]>, titlePerson: string, feminine: boolean, out: Map<number, Lead>): void {
  // ("Ada continued her studies with De Morgan, who taught her": a sentence that names her by any name is clear)
  const names = titlePerson.split(/\s+/).map((w) => new RegExp(`(?<![\\p{L}])${escapeRegExp(w)}(?![\\p{L}])`, "u"));
  for (const s of sentences) {
    if (s.heading) continue;
    const m = OBJECT.exec(s.text);
    if (!m || (m[1] === "her") !== feminine || names.some((n) => n.test(s.text))) continue;
    // ("The wars made him rich and gave him an army": a name for the second "him" only would read as two people)
    if (s.text.search(m[1] === "her" ? /\bher\b/ : /\bhim\b/) !== m.index) continue;
    const before = s.text.slice(0, m.index);
    const lead = out.get(s.index);
    // (an opening "she" that is not the title's person is someone else the "her" may be)
    if (lead && lead.referent !== titlePerson && FEMININE.has(lead.pronoun) === feminine) continue;
    // ("She grew up in a family that expected her to marry": with the sentence's subject named, its "her" is plain)
    if (lead && lead.referent === titlePerson && lead.pronoun) continue;
    if (!lead && LEAD.exec(s.text)) continue;
    const people = (bySentence.get(s.index) ?? []).filter((f) => f.kind === "person" && f.start - s.start < m.index);
    if (people.some((p) => womansName(p.text) === feminine && (feminine || p.text.includes(" ")))) continue;
    if (before.split(/[^\p{L}]+/u).some((w) => (feminine ? WOMAN_NOUN : MAN_NOUN).test(w))) continue;
    out.set(s.index, { ...(lead ?? { pronoun: "", referent: titlePerson }), object: { pronoun: m[1], referent: titlePerson } });
  }
}

/** The stem with its opening pronoun named: "It is a member of …" → "Oxygen is a member of …". */
export function applyLead(stem: string, lead: Lead | undefined): string {
  if (!lead) return stem;
  if (lead.object) {
    const o = lead.object;
    stem = stem.replace(OBJECT, (w) => (w === o.pronoun ? o.referent : w));
  }
  if (!lead.pronoun) return stem;
  const m = LEAD.exec(stem);
  if (!m || m[2].toLowerCase() !== lead.pronoun) return stem;
  const possessive = /^(?:his|its|her)$/.test(lead.pronoun);
  // a name opening the sentence keeps its capital; "the" inside it does not start one mid-sentence
  const name = m[1] ? lead.referent.replace(/^The\b/, "the") : lead.referent.replace(/^the\b/, "The");
  // ("the Beatles' best-known line-up": a plural name takes the apostrophe alone)
  const mark = /^the\s.*\p{Ll}s$/iu.test(name) ? "'" : "'s";
  return m[1] + name + (possessive ? mark : "") + stem.slice(m[0].length);
}
