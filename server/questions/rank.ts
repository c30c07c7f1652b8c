// Stage 7: ranking. Scores what a teacher would ask first — central sentences, names, numbers and
// dates — then picks greedily with variety: one item per fact, spread over sentences and
// paragraphs, a mix of question types, few true/false and at most one ordering item.
import type { ArticleFacts, Candidate, FactKind, QuestionKind, Sentence } from "./types";
import { contentWords } from "./facts";
import { normalize } from "./util";

const KIND_WEIGHT: Record<FactKind, number> = {
  year: 1.0, date: 1.0, decade: 0.85, century: 0.85, percent: 0.95, money: 0.9, count: 0.85, ordinal: 0.4,
  person: 0.95, place: 0.75, org: 0.8, misc: 0.7, term: 0.35,
};
const TYPE_WEIGHT: Record<QuestionKind, number> = { mc: 0, number: 0, type: -0.05, quote: 0.1, tf: -0.35, order: 0.2 };

/** How central a sentence is: its content words' article frequency, plus words of the title. */
export function centrality(s: Sentence, facts: ArticleFacts): number {
  const words = contentWords(s.text);
  if (!words.length) return 0;
  let sum = 0;
  for (const w of new Set(words)) sum += Math.min(4, (facts.wordFreq.get(w) ?? 1) - 1) + (facts.titleWords.has(w) ? 2 : 0);
  return sum / (words.length + 4);
}

export function scoreCandidate(c: Candidate, sentences: Sentence[], facts: ArticleFacts): number {
  const s = sentences[c.sentenceIndex];
  const total = sentences.length || 1;
  let score = c.score + TYPE_WEIGHT[c.type];
  if (c.fact && c.type !== "quote") score += KIND_WEIGHT[c.fact.kind];
  else score += 0.8;
  score += 0.35 * Math.min(1.5, centrality(s, facts));
  score += 0.15 * (1 - s.index / total);
  const words = s.text.split(/\s+/).length;
  if (words > 40) score -= 0.2;
  if (words < 8) score -= 0.15;
  if (c.fact && typeof c.answer === "string") {
    const key = normalize(c.answer);
    const keyWords = key.split(" ");
    // the article's own subject is a give-away ("Oxygen" in an article titled "Oxygen")
    if (keyWords.every((w) => facts.titleWords.has(w))) score -= 0.6;
    const mentions = facts.facts.filter((f) => normalize(f.text) === key).length;
    if (mentions >= 2 && mentions <= 5 && c.fact.kind !== "term") score += 0.1;
    if (c.fact.kind === "term") score += Math.min(0.3, 0.1 * (mentions - 1));
  }
  return score;
}

export interface PickOptions {
  count: number;
  types?: QuestionKind[];
}

/** Greedy selection with diversity; returns items best first. */
export function pick(cands: Candidate[], sentences: Sentence[], opts: PickOptions): Candidate[] {
  const pool = cands.filter((c) => !opts.types || opts.types.includes(c.type));
  const paragraphs = new Set(sentences.map((s) => s.paragraph)).size || 1;
  const perParagraph = Math.max(2, Math.ceil(opts.count / paragraphs) + 1);
  const onlyFew = (t: QuestionKind) => !opts.types || opts.types.length > 1 ? (t === "tf" ? Math.max(1, Math.round(opts.count * 0.1)) : t === "order" ? 1 : t === "quote" ? Math.max(2, Math.round(opts.count * 0.3)) : opts.count) : opts.count;
  const chosen: Candidate[] = [];
  const usedFacts = new Set<string>();
  const usedAnswers = new Set<string>();
  const bySentence = new Map<number, number>();
  const byParagraph = new Map<number, number>();
  const byType = new Map<QuestionKind, number>();
  for (const pass of [0, 1, 2]) {
    let remaining = pool.filter((c) => !chosen.includes(c));
    while (chosen.length < opts.count && remaining.length) {
      let best: Candidate | undefined;
      let bestScore = -Infinity;
      for (const c of remaining) {
        if (usedFacts.has(c.factKey)) continue;
        const ans = typeof c.answer === "string" && c.type !== "tf" ? normalize(c.answer) : undefined;
        if (ans && usedAnswers.has(ans)) continue;
        if ((byType.get(c.type) ?? 0) >= onlyFew(c.type)) continue;
        const s = sentences[c.sentenceIndex];
        const inSentence = bySentence.get(c.sentenceIndex) ?? 0;
        if (pass === 0 && (inSentence >= 1 || (byParagraph.get(s.paragraph) ?? 0) >= perParagraph)) continue;
        if (pass === 1 && inSentence >= 2) continue;
        const eff = c.score - 0.06 * (byType.get(c.type) ?? 0) - 0.05 * inSentence;
        if (eff > bestScore) {
          bestScore = eff;
          best = c;
        }
      }
      if (!best) break;
      chosen.push(best);
      usedFacts.add(best.factKey);
      if (typeof best.answer === "string" && best.type !== "tf") usedAnswers.add(normalize(best.answer));
      const s = sentences[best.sentenceIndex];
      bySentence.set(best.sentenceIndex, (bySentence.get(best.sentenceIndex) ?? 0) + 1);
      byParagraph.set(s.paragraph, (byParagraph.get(s.paragraph) ?? 0) + 1);
      byType.set(best.type, (byType.get(best.type) ?? 0) + 1);
      remaining = remaining.filter((c) => c !== best);
    }
  }
  return chosen;
}
