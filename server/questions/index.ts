// Article → question bank. A pure, deterministic pipeline:
//   cleanText → splitSentences → extractFacts → candidates → distractors → flaw filters → ranking.
import type { Candidate, Difficulty, Fact, GenerateOptions, GenerateResult, GeneratedQuestion, Sentence } from "./types";
import { cleanText } from "./clean";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { factCandidates, neutralArticle, orderCandidate, quoteCandidates } from "./candidates";
import { trueFalseCandidate } from "./true-false";
import { isPolity } from "./polities";
import { buildPools, entityDistractors, numberDistractors } from "./distractors";
import { clashes } from "./option-form";
import { numberKindOf } from "./numbers";
import { inScareQuotes, insideQuotation, keep } from "./filters";
import { pick, scoreCandidate, sentenceInfo } from "./rank";
import { resolveLeads } from "./pronouns";
import { countWords, escapeRegExp, hashString, NAMED_BEFORE, normalize, seededShuffle, surnameOf } from "./util";
import { ownSurname, TITLE_AFTER_NAME } from "./name-forms";
import { COURTESY_TITLE } from "./entity-kinds";

export type { GeneratedQuestion, GenerateOptions, GenerateResult, QuestionKind, Difficulty } from "./types";
export { QUESTION_KINDS } from "./types";
export { matchesAnswer } from "./fuzzy";
export { cleanText } from "./clean";
export { splitSentences } from "./sentences";

function difficulty(c: Candidate, mentions: number): Difficulty {
  if (c.type === "tf" || (c.type === "mc" && mentions >= 3)) return "easy";
  if (c.type === "order" || c.type === "type" || (c.fact && (c.fact.kind === "count" || c.fact.kind === "percent" || c.fact.kind === "term"))) return "hard";
  return "medium";
}

function finish(c: Candidate, text: string, mentions: number): GeneratedQuestion {
  const seed = `${c.prompt}|${Array.isArray(c.answer) ? c.answer.join("|") : c.answer}`;
  const options = c.type === "tf" ? ["True", "False"] : c.type === "type" ? [] : seededShuffle(c.options ?? [], seed);
  const q: GeneratedQuestion = {
    type: c.type,
    prompt: c.prompt,
    options,
    answer: c.answer,
    sourceSentence: text.slice(c.sourceStart, c.sourceEnd),
    explanation: c.explanation,
    answerStart: c.answerStart,
    sentenceIndex: c.sentenceIndex,
    difficulty: difficulty(c, mentions),
  };
  if (c.type === "type") q.accept = c.accept;
  if (c.fact && c.type !== "order") q.focus = c.fact.kind;
  return q;
}

/** A quoted speaker in the form of the quote's key: a surname beside a surname ("Kiprop | Mutai, Pinkowski"), the full
 * name the article gives beside a full name. A mixed list ("Kiprop | Carey Pinkowski") points at the odd one out. */
function inFormOf(key: string, speaker: string, facts: Fact[]): string {
  const full = fullNameOf(speaker, facts);
  if (key.includes(" ")) return full;
  // ("said Jack" of Jack Pearce: first names beside a first name)
  const keyIsFirstName = facts.some((f) => f.kind === "person" && f.text.includes(" ") && f.text.split(" ")[0] === key && surnameOf(f.text) !== key);
  // ("Louis XV of France" is no "France" beside "Otis", nor "XV": a ruler is called by his regnal name)
  const one = ownSurname(full);
  return keyIsFirstName ? full.split(" ")[0] : TITLE_AFTER_NAME.test(one) ? full.replace(/\s+of\s.*$/, "") : one;
}

/** The full name the article gives a person it also calls by one name: "Kiprop" and "said Maya" are Daniel Kiprop and
 * Maya Okafor. */
function fullNameOf(name: string, facts: Fact[]): string {
  if (name.includes(" ")) return name;
  // (without a courtesy title: "Mrs Castle" is no full name, "Mrs Joan Castle" is Joan Castle)
  const full = facts.filter((f) => f.kind === "person").map((f) => f.text.split(" ").filter((w, k) => k > 0 || !COURTESY_TITLE.test(w)).join(" ")).filter((t) => t.includes(" "));
  return full.find((t) => surnameOf(t) === name) ?? full.find((t) => t.split(" ")[0] === name) ?? name;
}

export function generateQuestions(input: string, opts: GenerateOptions = {}): GenerateResult {
  const count = Math.max(1, Math.floor(opts.count ?? 20));
  const text = cleanText(input);
  const words = countWords(text);
  const sentences: Sentence[] = splitSentences(text);
  if (!sentences.length) return { words, questions: [], cleanText: text };
  const facts = extractFacts(text, sentences);
  // ("a “ministering angel”": a word in scare quotes is a figure of speech, no option beside "nurse")
  const pools = buildPools(facts.facts.filter((f) => f.kind !== "term" || !inScareQuotes(text, sentences[f.sentence], f)));

  const info = sentenceInfo(sentences, facts);
  const scored = (c: Candidate): Candidate => ({ ...c, score: scoreCandidate(c, sentences, facts, info, text) });
  const wanted = (t: Candidate["type"]) => !opts.types || opts.types.includes(t);

  // Options are the costly part: build them best-first, only for the facts the ranking can use.
  // "It is a member of …" after "Oxygen is …": stems name what an opening pronoun stands for
  const leads = resolveLeads(sentences, facts);
  const base = factCandidates(facts, sentences, leads)
    .map((c) => ({ c, rank: scored(c).score }))
    .sort((x, y) => y.rank - x.rank || x.c.answerStart - y.c.answerStart)
    .map((x) => x.c);
  // one item per sentence is used, so a few alternatives per sentence are enough
  const items: Candidate[] = [];
  const perSentence = new Map<number, number>();
  // a speaker inside a quote's own sentence is asked as quote → speaker, not as a blank
  const speakerAt = new Set(wanted("quote") ? facts.quotes.map((q) => q.speakerStart) : []);
  for (const c of base) {
    if (perSentence.size >= 2 * count + 10) break;
    if (speakerAt.has(c.answerStart)) continue;
    const seen = perSentence.get(c.sentenceIndex) ?? 0;
    if (seen >= 3) continue;
    perSentence.set(c.sentenceIndex, seen + 1);
    const f = c.fact!;
    const isNumber = !!numberKindOf(f);
    const s = sentences[c.sentenceIndex];
    const wantTf = wanted("tf") && hashString(`${s.index}:${f.text}`) % 3 === 0; // every third fact sentence
    const needOptions = wanted("mc") || wanted("number") || wantTf;
    const distractors = needOptions ? (isNumber ? numberDistractors(f, pools, c.prompt) : entityDistractors(f, pools, c.prompt, 3, text)) : [];
    const variants: Candidate[] = [];
    // an unclassified name ("misc") has no pool of its own kind: ask it as type-the-answer (a historic state has one)
    if (distractors.length === 3 && (f.kind !== "misc" || isPolity(f.text))) {
      const options = [c.answer as string, ...distractors];
      variants.push({ ...c, prompt: neutralArticle(c.prompt, options), options });
    }
    // a term is multiple choice when it has fair options; without them only a multi-word term ("territorial
    // integrity") is specific enough to type, a lone common noun ("home") is a guessing game; so is a name the
    // article gives ("What is this change called?" → evaporation)
    // ("a tube called the siphon": the article names it, so it is a term to learn, not a guess; the whole name, not
    // the first word of "a method they called wing warping")
    const named = NAMED_BEFORE.test(text.slice(s.start, f.start)) && /^(?:[,.;:!?)]|$)/.test(text.slice(f.start + f.text.length, s.end).trimStart());
    const specific = f.text.includes(" ") || c.alsoUses !== undefined || named;
    if (!isNumber && (f.kind !== "term" || (distractors.length < 3 && specific)) && f.text.length <= 30) variants.push({ ...c, type: "type", options: [] });
    // (a sentence inside a quotation of several is the speaker's claim, not the article's: "He marked the spot and
    // he called us")
    const quoted = facts.quotes.some((q) => q.sentence < s.index && s.index < q.lastSentence) ||
      insideQuotation(text.slice(text.lastIndexOf("\n", s.start) + 1, s.start));
    if (wantTf && !quoted) {
      // a false statement swaps a name or number for one of its own kind; a swapped common noun or an unclassified
      // name ("the Miquelon establishing the European Union") makes nonsense, not a fair "false"
      const tf = trueFalseCandidate(c, s, distractors[0], f.kind !== "term" && f.kind !== "misc" && hashString(f.text) % 2 === 0, leads.get(s.index));
      if (tf) variants.push(tf);
    }
    for (const v of variants) if (wanted(v.type) && keep(v, text)) items.push(scored(v));
  }
  if (wanted("quote")) {
    // (the article's own people in the key's form too: no "Nguyen" beside "Jack | Brian, Heather")
    const people = new Set(facts.facts.filter((f) => f.kind === "person").map((f) => f.text));
    const fullNames = [...people].filter((p) => p.includes(" "));
    for (const q of quoteCandidates(facts, sentences, text)) {
      const inForm = (p: string) => inFormOf(q.answer as string, p, facts.facts);
      const others = entityDistractors(q.fact!, pools, q.prompt, 6).map((p) => (people.has(p) ? inForm(p) : p));
      const pool = [...facts.quotes.map((x) => inForm(x.speaker)), ...others, ...fullNames.map(inForm)];
      const options = [q.answer as string];
      // (no one the quote itself names: "…really Moseley's table…" was not said by Moseley)
      const named = (p: string) => new RegExp(`\\b${escapeRegExp(normalize(surnameOf(fullNameOf(p, facts.facts))))}\\b`).test(normalize(q.prompt));
      for (const p of pool) if (options.length < 4 && options.every((o) => !clashes(o, p)) && !normalize(q.prompt).includes(normalize(p)) && !named(p)) options.push(p);
      const item = { ...q, options };
      if (keep(item, text)) items.push(scored(item));
    }
  }
  const order = wanted("order") ? orderCandidate(facts, sentences) : undefined;
  if (order && keep(order, text)) items.push(scored(order));

  // a name the article gives outranks any blank in the sentence it names: the item quotes that sentence whole, so
  // only one of them can be asked
  const bestIn = new Map<number, number>();
  for (const it of items) bestIn.set(it.sentenceIndex, Math.max(bestIn.get(it.sentenceIndex) ?? -Infinity, it.score));
  for (const it of items) if (it.alsoUses !== undefined) it.score = Math.max(it.score, (bestIn.get(it.alsoUses) ?? -Infinity) + 0.01);

  const chosen = pick(items, sentences, { count, types: opts.types });
  const questions = chosen.map((c) => finish(c, text, typeof c.answer === "string" ? facts.mentions.get(normalize(c.answer)) ?? 1 : 1));
  return { words, questions, cleanText: text };
}
