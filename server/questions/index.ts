// Article → question bank. A pure, deterministic pipeline:
//   cleanText → splitSentences → extractFacts → candidates → distractors → flaw filters → ranking.
import type { Candidate, Difficulty, GenerateOptions, GenerateResult, GeneratedQuestion, Sentence } from "./types";
import { cleanText } from "./clean";
import { splitSentences } from "./sentences";
import { extractFacts } from "./facts";
import { factCandidates, orderCandidate, quoteCandidates, trueFalseCandidate } from "./candidates";
import { buildPools, entityDistractors, numberDistractors } from "./distractors";
import { numberKindOf } from "./numbers";
import { keep } from "./filters";
import { pick, scoreCandidate, sentenceInfo } from "./rank";
import { countWords, hashString, normalize, seededShuffle } from "./util";

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

export function generateQuestions(input: string, opts: GenerateOptions = {}): GenerateResult {
  const count = Math.max(1, Math.floor(opts.count ?? 20));
  const text = cleanText(input);
  const words = countWords(text);
  const sentences: Sentence[] = splitSentences(text);
  if (!sentences.length) return { words, questions: [], cleanText: text };
  const facts = extractFacts(text, sentences);
  const pools = buildPools(facts.facts);
  const people = buildPools(facts.facts.filter((f) => f.kind === "person"));

  const items: Candidate[] = [];
  for (const c of factCandidates(facts, sentences)) {
    const f = c.fact!;
    const isNumber = !!numberKindOf(f);
    const distractors = isNumber ? numberDistractors(f, pools, c.prompt) : entityDistractors(f, pools, c.prompt, 3, text);
    // an unclassified name ("misc") has no pool of its own kind: ask it as type-the-answer
    if (distractors.length === 3 && f.kind !== "misc") items.push({ ...c, options: [c.answer as string, ...distractors] });
    if (!isNumber && f.kind !== "term" && (f.text.length <= 30)) items.push({ ...c, type: "type", options: [] });
    // true/false: every third fact sentence, true or false by a seeded coin
    const s = sentences[c.sentenceIndex];
    if (hashString(`${s.index}:${f.text}`) % 3 === 0) {
      const falseOne = hashString(f.text) % 2 === 0;
      const tf = trueFalseCandidate(c, s, distractors[0], falseOne);
      if (tf) items.push(tf);
    }
  }
  for (const q of quoteCandidates(facts, sentences, text)) {
    const others = entityDistractors(q.fact!, people, q.prompt);
    const speakers = facts.quotes.map((x) => x.speaker);
    const pool = [...new Set([...speakers.filter((sp) => normalize(sp) !== normalize(q.answer as string)), ...others])];
    const opts4 = [q.answer as string, ...pool.filter((p) => !normalize(q.prompt).includes(normalize(p))).slice(0, 3)];
    if (opts4.length === 4) items.push({ ...q, options: opts4 });
  }
  const order = orderCandidate(facts, sentences);
  if (order) items.push(order);

  const kept = items.filter((c) => keep(c, text));
  const info = sentenceInfo(sentences, facts);
  for (const c of kept) c.score = scoreCandidate(c, sentences, facts, info, text);
  const chosen = pick(kept, sentences, { count, types: opts.types });
  const questions = chosen.map((c) => finish(c, text, typeof c.answer === "string" ? facts.mentions.get(normalize(c.answer)) ?? 1 : 1));
  return { words, questions, cleanText: text };
}
