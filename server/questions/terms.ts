// Facts, part 4: key terms — short common-noun phrases ("mercuric oxide", "photosynthesis") that a
// teacher might ask for when a sentence has no name or number. Generic nouns are left out.
import type { Fact, Sentence } from "./types";
import type { Token } from "./nlp";
import { escapeRegExp, STOPWORDS } from "./util";
import { firstSense, isOnlyVerb, isVerb } from "./wordnet";
import { IRREGULAR_PAST, bareVerbAfterObject, canBeVerb, verbInRun, verbEndsOpenedClause, verbOfOpeningPlural, isAdjOnly, isNoun, pastOfVerb, pluralReadAsVerb, tokenBefore, wedgedBetweenVerbs } from "./term-verbs";
import { AUXILIARY, BREAKERS, CLAUSE_HEADS, GENERIC, KEPT_DOING, SAME_PAST, PLACE_ADVERB, PLURAL_MODIFIERS, PRAISE, QUANTITY, SAYING, SPENT, SUBORDINATE_THE, TIME_ADVERB, JUDGING_SUPERLATIVE, VAGUE, VERB_LIKE, inIdiom, isVerdict, weighs } from "./term-words";
import { DETERMINER, type TermRun, dropKindWord, dropTrailingVerb, extendWithOf, hasFiniteVerb, isAdj, opensClause } from "./term-runs";

export { retagNouns } from "./term-verbs";


/** A capitalised sentence opener is a name, not a common noun, when the article capitalises it where no sentence
 * begins or WordNet knows it mostly as a name ("Britain ceded the colony"). */
function isName(text: string, word: string): boolean {
  return new RegExp(`[\\p{Ll},;] ${escapeRegExp(word)}\\b`, "u").test(text) || !!firstSense(word)?.proper;
}

/** Adjectives that judge or describe a person or a thing rather than name its kind. */
const EVALUATIVE = /^(?:poor|rich|wealthy|dead|curious|beloved|heavy|skilled|famous|brave|cruel|angry|unjust|loyal|faithful|humble|proud|wise|clever|bold|fierce|gentle|ordinary|mysterious|newborn|terrible|wonderful|beautiful|ugly|lucky|unlucky|elderly|frightened|grateful|successful|talented|generous|greedy|honest|lazy|weary|hungry|exhausted|injured|wounded|sick|tired|worried|excited|delighted|furious|desperate|jealous|ambitious|devout|pious|notorious|legendary|respected|popular|wretched|ruthless|determined)$/;

export function extractTerms(text: string, tokens: Token[], sentences: Sentence[]): Fact[] {
  const out: Fact[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    // a capitalised common noun may open its sentence: "Packet mode communication may be…"
    // ("Jawed vertebrates have…": so may an adjective made of a past form, before its noun)
    const opener = (i === 0 || tokens[i - 1].sentence !== t.sentence) && /^\p{Lu}\p{Ll}/u.test(t.text) && (isNoun(t) || (/ed$/.test(t.text) && t.tags.has("Adjective") && isNoun(tokens[i + 1] ?? t))) && !t.tags.has("Person") && !t.tags.has("Place") && !t.tags.has("Organization") &&
      !STOPWORDS.has(t.text.toLowerCase()) && !isName(text, t.text);
    // ("Close the switch and record the readings": a sentence's bare verb before its object is an instruction, no thing)
    // (a numbered step too: "3. Close the switch")
    const leads = /^(?:\d{1,2}[.)]\s*|[-•*]\s*)?$/.test(text.slice(sentences[t.sentence]?.start ?? t.start, t.start));
    if (leads && /^\p{Lu}/u.test(t.text) && t.tags.has("Infinitive") && /^(?:the|a|an|your|each|all|both)$/.test(tokens[i + 1]?.text ?? "")) {
      i++;
      continue;
    }
    // the back half of a hyphenated word ("three-man spacecraft") is no start: "man spacecraft" is not a phrase
    const afterHyphen = /[\p{L}\p{N}][-–]$/u.test(text.slice(Math.max(0, t.start - 2), t.start));
    if ((!opener && !/^\p{Ll}/u.test(t.text)) || !(isAdj(t) || isNoun(t)) || STOPWORDS.has(t.text) || BREAKERS.has(t.text) || sentences[t.sentence]?.heading || afterHyphen) {
      i++;
      continue;
    }
    // "of much larger mass", "the third-most abundant element": after a word of degree the adjective is the point
    // of the phrase ("larger", "abundant"), and the noun no term on its own
    const prevTok = tokens[i - 1]?.sentence === t.sentence ? tokens[i - 1] : undefined;
    const degree = !!prevTok && /^(?:much|far|more|less|most|least|\p{L}+-most)$/iu.test(prevTok.text) && isAdj(t) && !isNoun(t);
    const run: Token[] = [t];
    let j = i + 1;
    while (j < tokens.length && tokens[j].sentence === t.sentence && /^[\s-]$/.test(text.slice(run[run.length - 1].end, tokens[j].start)) &&
      /^\p{Ll}/u.test(tokens[j].text) && (isAdj(tokens[j]) || isNoun(tokens[j])) && !STOPWORDS.has(tokens[j].text) && !BREAKERS.has(tokens[j].text)) {
      // noun compounds take singular modifiers: "many ways people have…" is two phrases
      if (isNoun(run[run.length - 1]) && run[run.length - 1].tags.has("Plural") && isNoun(tokens[j])) break;
      // ("his descendants still paint": an adverb of time after a plural opens what the plural does)
      // ("the last rink still playing": and one before a participle, whatever noun it follows)
      if ((run[run.length - 1].tags.has("Plural") || /\p{Ll}ing$/u.test(tokens[j + 1]?.text ?? "")) && TIME_ADVERB.test(tokens[j].text)) break;
      if (CLAUSE_HEADS.test(run[run.length - 1].text)) break;
      // "covered by water hundreds of kilometres deep": a round quantity opens a measure, it modifies nothing before it;
      // "the point underground where…": an adverb of place after a noun says where, it is no part of the name
      if (QUANTITY.test(tokens[j].text) || (PLACE_ADVERB.test(tokens[j].text) && isNoun(run[run.length - 1]))) break;
      // "spent his time collecting beetles": after time spent, a word in -ing opens what was done with it
      if (SPENT.test(run[run.length - 1].text) && /ing$/.test(tokens[j].text)) break;
      run.push(tokens[j]);
      j++;
    }
    // "the tall stone arches that people picture": a plural the tagger reads as a verb, before "that" or "which", is
    // the phrase's head (not a verb of saying: "the study finds that")
    let misread: Token | undefined = tokens[j];
    if (misread && misread.sentence === t.sentence && text.slice(run[run.length - 1].end, misread.start) === " " && misread.tags.has("PresentTense") && /^\p{Ll}+[^s]s$/u.test(misread.text) &&
      /^(?:that|which)$/.test(tokens[j + 1]?.text ?? "") && !SAYING.test(misread.text.slice(0, -1)) && !VERB_LIKE.test(misread.text) && isNoun(run[run.length - 1]) && firstSense(misread.text)) {
      run.push(misread);
      j++;
    } else misread = undefined;
    // ("Doctors recommend regular blood tests, …": after the clause's verb, one in -s before a comma is the head)
    const verbPlural = misread ? undefined : pluralReadAsVerb(tokens, i, j, text);
    if (verbPlural === "take") {
      misread = tokens[j];
      run.push(tokens[j++]);
    }
    const from = i;
    i = j;
    if (verbPlural === "cut") continue;
    if (degree) continue;
    // "the right and left atria", "the red and white flag": an adjective shares the noun with the one before "and";
    // the phrase without it is half a name, and its blank ("the right and _____") half a question
    const joined = prevTok && /^(?:and|or)$/.test(prevTok.text) ? tokens[from - 2] : undefined;
    if (joined?.sentence === t.sentence && isAdjOnly(joined) && isAdjOnly(t) && text.slice(joined.end, prevTok!.start) === " ") continue;
    // "Keeping the system working", "kept the engines running": after keep, leave or find and its object, a word in
    // -ing says what the thing was left doing; it is no part of the thing's name
    const kept = (at: number) => KEPT_DOING.test(text.slice(Math.max(0, at - 40), at));
    // (nor does the adverb open a term: "still playing" is what a thing is doing)
    if (run.length === 2 && TIME_ADVERB.test(run[0].text) && /ing$/.test(run[1].text)) continue;
    if (run.length > 1 && /ing$/.test(run[run.length - 1].text) && kept(run[0].start)) run.pop();
    else if (run.length === 1 && /ing$/.test(t.text) && prevTok && isNoun(prevTok) && kept(prevTok.start)) continue;
    // "Outside of the classroom teachers may accompany…": with no comma after an opening phrase, a compound that
    // runs into a modal is the phrase's last noun and the sentence's subject, not one thing
    const opening = text.slice(sentences[t.sentence].start, t.start);
    if (run.length > 1 && /^(?:Outside|Inside|Within|Beyond|After|Before|During|In|At|On|For|From|Among|Across|Through|Throughout)(?: of)? (?:the |a |an )?$/.test(opening) &&
      tokens[j]?.sentence === t.sentence && /^(?:can|could|may|might|must|shall|should|will|would)$/.test(tokens[j].text)) continue;
    const nextTok = tokens[j];
    // ("is to pressure the lazy", "in order to market the drug": after such a "to", a lone word that can be a verb,
    // before its object, is the verb)
    if (run.length === 1 && prevTok?.text === "to" && /\b(?:is|are|was|were|be|order|able|want|wants|wanted|need|needs|needed|tried|try|tries|began|helps?|helped)\s+to\s+$/.test(text.slice(Math.max(0, t.start - 16), t.start)) &&
      !!nextTok && nextTok.sentence === t.sentence && DETERMINER.test(nextTok.text) && isVerb(t.text)) continue;
    const termRun: TermRun = { text, tokens, sentences, run, t, from, j, nextTok, prevTok, opener };
    if (verbPlural !== "take") dropTrailingVerb(termRun);
    const sentenceSoFar = run.length ? text.slice(sentences[t.sentence].start, run[0].start) : "";
    const doing = bareVerbAfterObject(run, sentenceSoFar, nextTok);
    if (doing > 0) run.splice(doing);
    else if (verbOfOpeningPlural(run, sentenceSoFar)) run.shift();
    else if (run.length && verbEndsOpenedClause(run, sentenceSoFar, text.slice(run[run.length - 1].end, run[run.length - 1].end + 3))) run.pop();
    // ("until it was washed overboard", "brought the game home": an adverb of place ends no name; it says where
    // something went)
    if (run.length > 1 && (PLACE_ADVERB.test(run[run.length - 1].text) ||
      (run[run.length - 1].text === "home" && /\b(?:brought|took|sent|carried|bring|take|send|carry)\s+(?:the|their|his|her|its)\s+$/.test(sentenceSoFar)))) run.pop();
    while (run.length && !isNoun(run[run.length - 1]) && run[run.length - 1] !== misread) run.pop();
    // ("has long puzzled researchers", "have recently joined forces": after an auxiliary, a past form in the run is the
    // verb, and only what follows it is a thing)
    const participle = /^(?:has|have|had|having)$/i.test(prevTok?.text ?? "") ? run.findIndex((r, k) => k < run.length - 1 && /\p{Ll}{3,}ed$/u.test(r.text)) : -1;
    if (participle >= 0) run.splice(0, participle + 1);
    // "the island's civil protection agency": a possessor is no part of what it owns, so the phrase starts after it
    const owner = run.findLastIndex((r, k) => k < run.length - 1 && /\p{L}['’]s$/u.test(r.text));
    if (owner >= 0) run.splice(0, owner + 1);
    dropKindWord(run, prevTok);
    // keep the head and at most two modifiers; from a longer run only the head and one ("modern day population growth":
    // "day population growth" would be a cut phrase, "population growth" is one)
    if (run.length > 3) run.splice(0, run.length - 2);
    // never keep the back half of a hyphenated word ("modern-day population growth" is not "day population growth")
    while (run.length > 1 && /[\p{L}\p{N}][-–]$/u.test(text.slice(Math.max(0, run[0].start - 2), run[0].start))) run.shift();
    const ofEnd = extendWithOf(termRun);
    if (ofEnd !== undefined) i = ofEnd;
    // ("a key enzyme": "key" says how much it matters, not what it is, whether or not the tagger reads it as a noun)
    while (run.length > 1 && ((run[0].tags.has("Adjective") || run[0].text === "key") && /^(?:many|much|more|most|fewer|fewest|less|other|such|several|multiple|various|new|old|major|main|large|small|few|same|different|certain|own|whole|entire|good|bad|high|low|first|last|recent|current|possible|only|key|real|actual|huge|great|little|partial|known|individual|single|sole|mere|diverse|respective|worthy|nearby|likely|unlikely|next|distinct|necessary|related|modern|final|overall|proper|particular|significant|important|valuable|wider|young|special|tiny)$/.test(run[0].text) ||
      // ("a poor merchant", "the dead sailors", "a heavy drinker": a word of praise, blame or state says how the
      // thing was, not what it is; the stem keeps it)
      (run[0].tags.has("Adjective") && EVALUATIVE.test(run[0].text)))) run.shift();
    // ("tested how long cryptobiosis can last": the word after "how" is the question's, not the thing's)
    if (run.length > 1 && /\bhow $/i.test(text.slice(Math.max(0, run[0].start - 4), run[0].start))) run.shift();
    // "years of handling radioactive material": a verb in -ing before an adjective and a noun takes them as its object
    // ("teaching methods", "swimming pool" are compounds: no adjective between)
    const verbBase = run[0]?.text.replace(/ing$/, "") ?? "";
    const gerund = /\p{L}{3}ing$/u.test(run[0]?.text ?? "") && (canBeVerb(verbBase) || canBeVerb(`${verbBase}e`));
    if (run.length > 2 && gerund && isAdjOnly(run[1])) run.shift();
    // "Filling swimming pools, washing cars and watering gardens are banned": in a list of things done, each item
    // opens on its verb
    else if (run.length > 1 && gerund && /^(?:,\s+|\s+(?:and|or)\s+)\p{Ll}{3,}ing\s/u.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 40))) run.shift();
    // "100 billion tonnes of carbon": what a number counts in is a unit, and what it measures the term
    const counted = tokenBefore(tokens, run[0]?.start ?? 0);
    if (run.length && counted && (counted.tags.has("Value") || /^\d/.test(counted.text)) && counted.sentence === t.sentence) {
      const of = run.findIndex((r) => r.text === "of");
      if (of > 0 && of < run.length - 1) run.splice(0, of + 1);
      // ("228,000 square kilometres": a unit on its own is what the number is in, no term; WordNet's noun.quantity)
      else if (of < 0 && firstSense(run[run.length - 1].text)?.lexFile === 23) continue;
    }
    // "walkers were damaging crops": after a form of "be", a verb in -ing before a noun is the verb, and the noun its object
    if (run.length > 1 && gerund && run[0] === t && /^(?:is|are|was|were|be|been|am)$/.test(prevTok?.text ?? "") && isNoun(run[1])) run.shift();
    // "that walking causes better sleep": a verb in -ing that opens a clause is its subject, and a word in -s after it
    // that can be a verb is the clause's verb, which takes the adjective and noun after it as its object
    const gerundBefore = !!prevTok && /\p{Ll}{3}ing$/u.test(prevTok.text) && prevTok.tags.has("Gerund") && text.slice(prevTok.end, t.start) === " " &&
      (/^(?:that|which|because|if|when|while|whether|since)$/i.test(tokenBefore(tokens, prevTok.start)?.text ?? "") || opensClause(text, tokens, sentences, prevTok, false));
    if (run.length > 2 && run[0] === t && gerundBefore && /\p{Ll}{2}s$/u.test(t.text) && canBeVerb(t.text) && isAdjOnly(run[1])) run.shift();
    // "to win back customers", "to pay off debts": a verb's particle opens no term
    if (run.length > 1 && run[0] === t && /^(?:back|out|up|off|down|away|over)$/.test(t.text) && prevTok?.tags.has("Verb") && text.slice(prevTok.end, t.start) === " ") run.shift();
    // "to stop it flowing back", "the troops pulling out": after a verb in -ing, "back" or "out" is an adverb, no noun
    if (run.length === 2 && /ing$/.test(run[0].text) && /^(?:back|forward|away|out|up|down|off|home|over|apart|together)$/.test(run[1].text)) continue;
    // "They first capture carbon dioxide": after "they" or "we" (and an adverb), a word that can be a verb is one
    // ("they open their stomata at night and store carbon dioxide": so is one after "and" in the clause they lead)
    if (run.length > 1 && canBeVerb(run[0].text)) {
      const clauseBefore = text.slice(sentences[t.sentence].start, run[0].start);
      if (/\b(?:[Tt]hey|[Ww]e|[Yy]ou|I)(?:\s+\p{Ll}+ly|\s+(?:first|then|also|often|still|never|always|later|now|only))?\s+$/u.test(clauseBefore.slice(-20)) ||
        (!/s$/.test(run[0].text) && /\b(?:[Tt]hey|[Ww]e|[Yy]ou|I)\s+\p{Ll}+[^,;:.]*\s(?:and|or)\s+(?:then\s+)?$/u.test(clauseBefore))) run.shift();
    }
    // "Plants in deserts store water": a compound takes no plural modifier, so a word that can be a verb right after a
    // plural noun is that noun's verb
    // ("in deserts store": after a preposition or a determiner a word in -s is a noun, whatever the tagger says)
    // ("sales team", "sports car": a few plurals do modify)
    const pluralBefore = !!prevTok && /\p{Ll}{2}s$/u.test(prevTok.text) && !PLURAL_MODIFIERS.test(prevTok.text) &&
      ((isNoun(prevTok) && prevTok.tags.has("Plural")) || /^(?:in|on|at|of|for|from|with|by|the|their|its|many|some|most|all|two|three|four|five|six|\d+)$/.test(tokenBefore(tokens, prevTok.start)?.text ?? ""));
    const verbAfterPlural = run[0] === t && pluralBefore && text.slice(prevTok!.end, t.start) === " " && !/s$/.test(t.text) && canBeVerb(t.text);
    if (run.length > 1 && verbAfterPlural) run.shift();
    // ("The four sides face north": so is a lone one)
    else if (run.length === 1 && verbAfterPlural) continue;
    // "mucus to entangle microorganisms": a verb the tagger joined to its object is no modifier; nor is a word that
    // can be a verb right after "that"/"which"/"who" ("the computers that direct traffic")
    while (run.length > 1 && isOnlyVerb(run[0].text)) run.shift();
    // "the pattern that water vapour leaves.": a relative clause that ends on a word in -s ends on its verb, and the
    // words before it are its subject (so "water" is no verb either)
    const lastText = run[run.length - 1]?.text ?? "";
    // ("As the disease progresses, sputum…": so does a clause opened by "as", "when", "while"…)
    // ("when the listener moves and the source stays still": so does one before "and" and the next clause's subject)
    const clauseVerb = run.length > 1 && /[^s]s$/.test(lastText) && canBeVerb(lastText) &&
      /^(?:[,.;:)]| and (?:the|a|an|its|their|his|her) )/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 12)) &&
      (/^(?:that|which)$/i.test(prevTok?.text ?? "") || SUBORDINATE_THE.test(text.slice(Math.max(0, run[0].start - 16), run[0].start)));
    // "their price rose at every stage", "Warm air rises.": a noun opening its clause and the verb after it, which the
    // tagger read as one compound ("rose" and "rises" are nouns too)
    // (a word in -s only where a clause truly opens and ends on it: "detect and correct individual flaws," and
    // "Residential construction practices, technologies…" are lists of things)
    const subjectVerb = run.length > 1 && isNoun(run[run.length - 2]) &&
      ((IRREGULAR_PAST.test(lastText) && opensClause(text, tokens, sentences, run[0], true) &&
        (/^[,.;:]/.test(text.slice(run[run.length - 1].end)) || (nextTok?.sentence === t.sentence && (nextTok.tags.has("Preposition") || nextTok.tags.has("Adverb") || /^(?:to|by|at|in|on|from|into|over|after|during)$/.test(nextTok.text))))) ||
        (/[^s]s$/.test(lastText) && canBeVerb(lastText) && !run[run.length - 2].tags.has("Plural") && !run[run.length - 2].tags.has("Adjective") &&
          opensClause(text, tokens, sentences, run[0], false) && /^[.;]/.test(text.slice(run[run.length - 1].end))));
    // "Guilt drives Lady Macbeth to…", "Heat dries the dough": a noun opening its clause, then a word in -s before a name
    // or a determiner is the noun's verb and its object
    const verbBeforeObject = run.length > 1 && /\p{Ll}[^s]s$/u.test(lastText) && canBeVerb(lastText) && isNoun(run[run.length - 2]) && !run[run.length - 2].tags.has("Plural") &&
      !run[run.length - 2].tags.has("Adjective") && nextTok?.sentence === t.sentence && text.slice(run[run.length - 1].end, nextTok.start) === " " &&
      (/^\p{Lu}/u.test(nextTok.text) || /^(?:the|a|an|his|her|their|its|our|my|your|this|these|those|that)$/.test(nextTok.text)) && opensClause(text, tokens, sentences, run[0], false);
    if ((clauseVerb || subjectVerb || verbBeforeObject) && run[run.length - 1] !== misread) run.pop();
    // ("Prices rose by 5 percent": "rose" right after a plural noun is its verb on its own)
    if (run.length === 1 && IRREGULAR_PAST.test(run[0].text) && prevTok && isNoun(prevTok) && text.slice(prevTok.end, run[0].start) === " ") continue;
    // ("which used orchestras": so is a past form there)
    else if (run.length > 1 && run[0] === t && /^(?:that|which|who)$/i.test(prevTok?.text ?? "") && (canBeVerb(run[0].text) || (/ed$/.test(run[0].text) && pastOfVerb(run[0].text)))) run.shift();
    // ("his time collecting beetles": the beetles, not "collecting beetles")
    if (run.length > 1 && run[0] === t && SPENT.test(prevTok?.text ?? "") && /ing$/.test(t.text)) run.shift();
    // "the hotter, softer rock": an adjective after another and a comma shares the noun with it; the noun alone is the term
    while (run.length > 1 && run[0].tags.has("Adjective") && !isNoun(run[0]) && /\p{L}{3,},\s$/u.test(text.slice(Math.max(0, run[0].start - 12), run[0].start)) &&
      isAdjOnly(tokenBefore(tokens, run[0].start))) run.shift();
    // "their preceding timeline", "the former colony": a phrase that points back at another sentence is no term
    if (run.length > 1 && /^(?:preceding|previous|former|latter|aforementioned|above)$/i.test(run[0].text)) continue;
    // "In recent years beekeepers have…": a plural of time modifies no noun; it ends a phrase of time
    if (run.length > 1 && /^(?:years|months|weeks|days|decades|centuries|hours|minutes)$/.test(run[0].text)) run.shift();
    // "swallowed by a larger cell", "should see better returns": a comparative measures against something outside the
    // phrase, so it stays in the stem and the noun is the term ("higher education" is a name for a thing: WordNet has it)
    if (run.length > 1 && run[0].tags.has("Comparative") && !isNoun(run[0]) && !firstSense(`${run[0].text} ${run[1].text}`.toLowerCase())) run.shift();
    // "a remarkable relay system": praise is the writer's, not part of the thing's name (a phrase of two words keeps
    // it: "a remarkable education" says nothing without it)
    // (nor is the writer's sense of size: "carves immense cavities", "enormous volumes of basalt")
    if (run.length > 1 && ((run.length >= 3 && PRAISE.test(run[0].text)) || /^(?:immense|enormous|tremendous|gigantic|colossal)$/.test(run[0].text)) && !isNoun(run[0])) run.shift();
    if (run.length === 2 && !isNoun(run[0]) && isVerdict(run.map((r) => r.text), text.slice(Math.max(0, run[0].start - 24), run[0].start))) continue;
    // "does not mean animals", "will name them": after "not" or a modal, a word that can be a verb is one
    // (so is one after a bare verb and "and": "detect and correct individual flaws")
    if (run.length > 1 && run[0] === t && (/^(?:not|never|cannot|will|would|can|could|should|must|may|might)$/.test(prevTok?.text ?? "") ||
      (prevTok?.text === "and" && !!tokens[from - 2]?.tags.has("Infinitive") && tokens[from - 2].sentence === t.sentence)) && canBeVerb(t.text)) run.shift();
    // "heavy coal burning trapped smoke": a past form right after the noun that ends a subject with no verb yet is the
    // clause's verb, and the noun after it its object
    if (run.length > 1 && run[0] === t && /ed$/.test(t.text) && prevTok && text.slice(prevTok.end, t.start) === " " && (isNoun(prevTok) || prevTok.tags.has("Gerund")) &&
      pastOfVerb(t.text) && !hasFiniteVerb(tokens, from, t.sentence)) run.shift();
    // "the change has hit trade hard": after "has", a verb's past form is the verb, and the noun after it its object
    if (run.length > 1 && run[0] === t && /^(?:has|have|had)$/.test(prevTok?.text ?? "") && (SAME_PAST.test(t.text) || IRREGULAR_PAST.test(t.text) || (/ed$/.test(t.text) && pastOfVerb(t.text)))) run.shift();
    // "Some of us still jump", "his descendants still paint", "Nkrumah soon split": an adverb and a verb after a pronoun,
    // a plural subject or a name are no thing
    if (run.length > 1 && TIME_ADVERB.test(run[0].text) && (/\b(?:[Tt]hey|[Ww]e|[Yy]ou|I|of us|of them|of you)\s+$/.test(text.slice(Math.max(0, run[0].start - 12), run[0].start)) ||
      (!!prevTok && prevTok.tags.has("Plural") && isNoun(prevTok)) || (!!prevTok && /^\p{Lu}\p{Ll}/u.test(prevTok.text) && prevTok.tags.has("Noun") && canBeVerb(run[1].text)) ||
      // ("…is dormant, and still releases gases": after "and", an adverb and a verb's -s form are the clause's second verb)
      (prevTok?.text === "and" && run.length === 2 && /[^s]s$/.test(run[1].text) && canBeVerb(run[1].text) && !run[1].tags.has("Possessive")))) continue;
    // "to win the city back": a verb's particle ends no thing's name
    if (run.length > 1 && /^(?:back|out|up|off|down|away)$/.test(run[run.length - 1].text)) continue;
    // "the disease pernicious anaemia": a word for a kind of illness before the illness's own name is no part of it
    if (run.length > 2 && isAdjOnly(run[1]) && firstSense(run[0].text)?.lexFile === 26 && isNoun(run[0])) run.shift();
    // "the others stay on", "the rest follow": a word for the other ones is no term, nor the verb after it
    if (!run.length || /^(?:others|rest|remainder|latter|former)$/i.test(run[0].text)) continue;
    // "The famous words "And yet it moves"": what a quotation is called is no term
    if (/^(?:words|phrase|line|lines|motto|slogan|remark|saying|cry)$/.test(run[run.length - 1].text) && /^\s*["“]/.test(text.slice(run[run.length - 1].end, run[run.length - 1].end + 3))) continue;
    // "as a lone scientist martyred by religion": a past participle before "by" is a verb of its own
    if (run.length > 1 && /ed$/.test(run[run.length - 1].text) && tokens[i]?.text === "by" && pastOfVerb(run[run.length - 1].text)) run.pop();
    // "the term imperialism", "the word prime": what a word is called is no part of the term
    // ("the Greek letter sigma", "the symbol pi": so is what a sign is called)
    if (run.length > 1 && /^(?:term|word|phrase|name|label|notion|letter|symbol)$/.test(run[0].text)) run.shift();
    // "a confused taxman", "a worried official": a past participle before a person says how this one felt, not who
    // they are ("qualified majority", "decentralized network" are kinds of thing)
    if (run.length === 2 && /[^e]ed$/.test(run[0].text) && pastOfVerb(run[0].text) && firstSense(run[1].text)?.lexFile === 18) run.shift();
    if (run.length) run.splice(verbInRun(run, tokens, i, text));
    if (!run.length || isOnlyVerb(run[run.length - 1].text) || (run.length === 1 && PLACE_ADVERB.test(run[0].text))) continue;
    const head = run[run.length - 1].text.toLowerCase();
    // ("the worst-affected areas": a hyphenated modifier is one word)
    if (GENERIC.has(head) && (run.slice(0, -1).every((r) => VAGUE.test(r.text.toLowerCase()) || weighs(r.text.toLowerCase())) || VAGUE.test(text.slice(run[0].start, run[run.length - 2]?.end ?? 0).toLowerCase()))) continue;
    // ("the sheep farmers' union": a plural possessor leaves "The _____' union")
    if (/['’]/.test(head) || (head.length < 4 && (run.length === 1 || GENERIC.has(head))) || /^['’]/.test(text.slice(run[run.length - 1].end))) continue;
    // "caused by increased blood flow into tissue": a singular noun does not take a bare verb, so the word after it
    // is a noun of the phrase that the tagger read as a verb, and the phrase without it is a cut one
    const lastTok = run[run.length - 1];
    const after = tokens[i - 1] === lastTok ? tokens[i] : undefined;
    if (after && after.sentence === t.sentence && text.slice(lastTok.end, after.start) === " " && /^\p{Ll}+$/u.test(after.text) && after.tags.has("Infinitive") &&
      !AUXILIARY.test(after.text) && isNoun(lastTok) && !lastTok.tags.has("Plural") && !/s$/.test(lastTok.text) && firstSense(after.text)) continue;
    if (tokens[from] === run[0] && tokens[i - 1] === lastTok && wedgedBetweenVerbs(tokens, from, i, text)) continue;
    // "the time light took to cross", "for most of history people thought", "the distance light travels": after a general noun, a noun and a verb are a
    // clause's subject and verb (with no "that" or comma), not a compound
    if (run.length === 2 && (GENERIC.has(run[0].text.toLowerCase()) || /^(?:distance|length)$/i.test(run[0].text)) && after && after.sentence === t.sentence && text.slice(lastTok.end, after.start) === " " &&
      after.tags.has("Verb") && (after.tags.has("PastTense") || after.tags.has("PresentTense")) && !AUXILIARY.test(after.text)) continue;
    // a phrase with a variable in it ("test n times") is a formula's wording, not a term
    if (run.some((r) => r.text.length === 1)) continue;
    // "Deoxyribonucleic acid, or DNA, …": a sentence's capitalised first word and the term after it that WordNet knows as
    // one name are one term ("Deoxyribonucleic _____" would be a cut name)
    const opening1 = tokenBefore(tokens, run[0].start);
    const whole = !!opening1 && opening1.sentence === t.sentence && sentences[t.sentence].start === opening1.start && /^\p{Lu}\p{Ll}+$/u.test(opening1.text) &&
      !STOPWORDS.has(opening1.text.toLowerCase()) && !DETERMINER.test(opening1.text) && text.slice(opening1.end, run[0].start) === " " && !!firstSense(`${opening1.text.toLowerCase()} ${text.slice(run[0].start, run[run.length - 1].end).toLowerCase()}`);
    const start = whole ? opening1!.start : run[0].start;
    const end = run[run.length - 1].end;
    const span = text.slice(start, end);
    if (/[^\p{L}\s-]/u.test(span) || inIdiom(text, start, end)) continue;
    // "the structure of vitamin B12", "sudden sleeping spells": a code or a noun right after finishes the name, and a
    // blank that leaves it behind asks for a cut one; "according to ancient accounts" is the article's source, no fact
    const next = text.slice(end, end + 20);
    // ("type 1 diabetes": so does a number)
    if (/^ (?:\p{Lu}\d*|\d+)\b/u.test(next) || (/ing$/.test(span) && /^ \p{Ll}{3,}s\b/u.test(next) && !!firstSense(next.trim().split(/\s/)[0]))) continue;
    if (/\baccording to\s+$/i.test(text.slice(Math.max(0, start - 14), start)) || /^(?:local|universal|standard) time$/.test(span)) continue;
    // "a radio or laser signal", "the speed and direction of blood": a lone singular noun before "and"/"or" shares the
    // head or the "of" part after it (a plural is a phrase of its own: "the museums and book shops"), so the blank takes only the word that matches it ("a radio or _____ signal → laser")
    const shared = run.length > 1 && !whole && isNoun(run[0]) && /\b(?:the|a|an|its|their|his|her|our)\s+\p{Ll}+\s+(?:and|or)\s+$/u.test(text.slice(Math.max(0, start - 30), start)) &&
      !!prevTok && /^(?:and|or)$/.test(prevTok.text) && isNoun(tokens[from - 2] ?? prevTok) && tokens[from - 2]?.sentence === t.sentence &&
      !tokens[from - 2].tags.has("Plural") && !/[^s]s$/.test(tokens[from - 2].text);
    if (shared) {
      if (!GENERIC.has(run[0].text.toLowerCase()) && run[0].text.length >= 4) out.push({ kind: "term", text: run[0].text, start: run[0].start, end: run[0].end, sentence: t.sentence });
      continue;
    }
    // ("The simplest advice remains…", "the quietest part of the year": a superlative of judgement, or of a general noun,
    // is the writer's ranking, no thing to ask for; "the largest construction projects" and "the oldest university" are)
    if (run.length > 1 && run[0].tags.has("Superlative") && !run[0].tags.has("Hyphenated") &&
      (JUDGING_SUPERLATIVE.test(run[0].text) || GENERIC.has(run[run.length - 1].text.toLowerCase()))) continue;
    // "new petrol and diesel cars": a lone singular noun before "and"/"or" and a compound shares the compound's head
    const [conj, w1, w2] = [tokens[i], tokens[i + 1], tokens[i + 2]];
    if (run.length === 1 && !whole && isNoun(run[0]) && !run[0].tags.has("Plural") && conj?.sentence === t.sentence && /^(?:and|or)$/.test(conj.text) && end === run[0].end &&
      tokens[i - 1] === run[0] && text.slice(end, conj.start) === " " && w2?.sentence === t.sentence && /^\p{Ll}/u.test(w1.text) && isNoun(w1) && !w1.tags.has("Plural") &&
      text.slice(w1.end, w2.start) === " " && isNoun(w2) && w2.tags.has("Plural")) continue;
    out.push({ kind: "term", text: span, start, end, sentence: t.sentence });
  }
  return out;
}
