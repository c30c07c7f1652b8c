// Stage 4, ordering items: events the article dates, each told without its date, to be put in the order they
// happened ("Put these events in the order they happened, earliest first.").
import type { ArticleFacts, Candidate, Fact, Sentence } from "./types";
import { wordTags } from "./nlp";

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A verb of something that happened: an event has one, a state ("X is the principal city") or a phrase does not. */
const EVENT_VERB = /\b(?:\w{3,}ed|began|became|built|founded|won|lost|fought|took|made|sent|left|came|went|fell|rose|gave|held|wrote|signed|moved|opened|closed|broke|led|met|sold|bought|drew|grew|ran|set|struck|swept|chose|arose)\b/;

/** "in 1999", "in the fall of 2020", "on May 3, 1921": a date adverbial that can leave its clause whole. */
const DATE_PHRASE = /\b(?:in|on|during)\s+(?:the\s+)?(?:(?:early|late|mid-?|spring|summer|autumn|fall|winter)\s+(?:of\s+)?)?/;

/** An event description without its date: "In 1999, Russia sent …" → "Russia sent …". */
export function eventText(s: Sentence, f: Fact): string | undefined {
  const rel = f.start - s.start;
  const head = s.text.slice(0, rel);
  const m = new RegExp(`${DATE_PHRASE.source}$`, "i").exec(head);
  if (!m || /\bnot\s+$/i.test(head.slice(0, m.index))) return undefined;
  // "down from 94,000 in 2019", "compared with 1.7 million in 2016": the date is the comparison's, not the event's
  if (/\b(?:(?:down|up|fell|rose|risen|fallen)\s+from|compared\s+(?:with|to)|than)\b[^,;]*$/i.test(head.slice(0, m.index))) return undefined;
  // "…, the highest reading since records began in 1968": a date in a clause of time after the main one is a point of
  // reference, not the sentence's event (a clause that opens the sentence is handled below)
  const inner = /\b(?:since|after|before|until|because)\b[^,;]*$/i.exec(head.slice(0, m.index));
  if (inner && !/^\s*(?:(?:but|and|yet|so)\s+)?$/i.test(head.slice(0, inner.index))) return undefined;
  const a = m.index;
  // "the Gutenberg Museum, founded in 1900, still displays…": a date in an aside dates the aside, not the sentence
  if (/,\s+\p{Ll}{3,}(?:ed|en)\s+$/u.test(head.slice(0, a)) && /^\s*,/.test(s.text.slice(rel + f.text.length))) return undefined;
  // "Locals complained…, and in April 2023 Azerbaijan took the road": the date belongs to its own clause only
  const joined = /(?:,\s+(?:and|but|while)|;)\s+$/.test(s.text.slice(0, a));
  let t = (joined ? s.text.slice(rel + f.text.length).replace(/^\s*,?\s*/, "") : s.text.slice(0, a) + s.text.slice(rel + f.text.length))
    .replace(/\s+([,;:])/g, "$1").replace(/,(?:\s*,)+\s*/g, " ").replace(/^\s*,\s*/, "").replace(/\s{2,}/g, " ").trim()
    .replace(/^(?:but|and|so|yet|however|although|though|thus|indeed|meanwhile|finally|as a result|in response|in turn)\b,?\s*/i, "");
  // ("Early in January 1896 he mailed…": what was left of the date phrase goes too)
  t = t.replace(/^(?:early|late|mid|later|earlier)\b,?\s+/i, "");
  // ("…, and in 1569 gave birth to Prince Salim": a clause after the date with no subject of its own has lost it)
  if (joined && /^\p{Ll}/u.test(t) && wordTags(t.split(/[\s,]/)[0]).has("Verb")) return undefined;
  // ("When it opened it was 363 miles long": a clause of time led by a pronoun points outside the sentence, unless a
  // name follows it: "When she was 17, Ada met…")
  if (/^(?:when|after|before|while|as|once|until)\s+(?:he|she|it|they)\b/i.test(t) && !/\s\p{Lu}\p{Ll}/u.test(t)) return undefined;
  // (another date, a decade too, or a time told from today — "last year" — leaves the event undated)
  // (and so does one that opens on the relative of a date cut away: "…in 1888, which he called his greatest year, he…")
  if (/\b(?:1[0-9]{3}|20[0-9]{2})s?\b/.test(t) || /^(?:he|she|it|they|this|these|that|his|her|its|their|which|who|whom|whose)\b/i.test(t)) return undefined;
  if (/\b(?:(?:last|next|this)\s+(?:year|month|week|summer|spring|autumn|winter)|yesterday|today|tomorrow)\b/i.test(t)) return undefined;
  if (/\b(?:the|a|an|of|in|on|at|by|until|since|from|to|end|start|beginning|during)[.;:,]?$/i.test(t)) return undefined;
  // an event is something that happened, not a state ("X is the principal city")
  if (!EVENT_VERB.test(t) || /^\S+(?:\s\S+){0,4}\s(?:is|are)\b/.test(t)) return undefined;
  // "When the Kremlin deployed troops, analysts…" → the dated event is the subordinate clause
  const sub = /^(?:when|since|after|before|while|although|though|as|because|once|until)\s+(.*?),\s/i.exec(t);
  // ("When it fell behind with payments, French troops occupied the Ruhr": a clause led by a pronoun points outside the
  // sentence, and the main clause is the event)
  // ("After a march of 600 kilometres, the British defeated…": a phrase with no verb is no clause, and the main clause
  // is the event)
  const clause = !!sub && EVENT_VERB.test(sub[1]);
  if (sub && sub[1].split(/\s+/).length >= 5 && (!clause || /^(?:he|she|it|they|this|these|his|her|its|their)\b/i.test(sub[1]))) t = t.slice(sub[0].length);
  else if (sub && sub[1].split(/\s+/).length >= 5) t = sub[1];
  // "The first good estimate came in 1676, when Rømer noticed…": a short main clause and a "when" clause after the
  // date; the "when" clause says what happened ("The first good estimate came, when…" would be a broken line)
  const when = !sub && /^,\s+when\s/i.test(s.text.slice(rel + f.text.length)) ? /^(?:\S+\s+){1,5}\S+,\s+when\s+(.+)$/i.exec(t) : null;
  if (when && when[1].split(/\s+/).length >= 5) t = when[1];
  // "…received the Nobel Prize in 1962; Franklin had died…": a clause after a semicolon is another event
  const semi = t.indexOf(";");
  if (!joined && semi >= 0 && semi > a - 2) t = t.slice(0, semi);
  t = cap(t.replace(/[\s.;:,]+$/, "").trim());
  const words = t.split(/\s+/);
  if (words.length < 5) return undefined;
  // the shown part must hold what the date dates: a date past the cut would order a clause nobody sees
  if (words.length > 16 && !joined && !sub && head.slice(0, a).trim().split(/\s+/).length > 14) return undefined;
  if (words.length > 16) t = words.slice(0, 14).join(" ").replace(/[,;:]$/, "") + "…";
  return t;
}

/** Ordering: 3–4 events with distinct years, spread over the article; answer = chronological order. */
export function orderCandidate(facts: ArticleFacts, sentences: Sentence[]): Candidate | undefined {
  const dated = new Map<number, { f: Fact; text: string }>();
  const usedSentences = new Set<number>();
  for (const f of facts.facts) {
    if ((f.kind !== "year" && f.kind !== "date") || f.value === undefined || dated.has(f.value) || usedSentences.has(f.sentence)) continue;
    const s = sentences[f.sentence];
    if (facts.fragments?.has(s.index)) continue;
    const years = s.text.match(/\b(?:1[0-9]{3}|20[0-9]{2})\b/g) ?? [];
    if (new Set(years).size !== 1) continue;
    // a quoted claim is no event of the story: "“We reopened after the last flood in 2015,” she said"
    if (facts.quotes.some((q) => q.sentence <= f.sentence && f.sentence <= q.lastSentence)) continue;
    const text = eventText(s, f);
    if (!text) continue;
    dated.set(f.value, { f, text });
    usedSentences.add(f.sentence);
  }
  const all = [...dated.values()].sort((a, b) => a.f.start - b.f.start);
  if (all.length < 3) return undefined;
  const step = all.length / Math.min(4, all.length);
  const picked = Array.from({ length: Math.min(4, all.length) }, (_, i) => all[Math.floor(i * step)]);
  const chrono = picked.slice().sort((a, b) => a.f.value! - b.f.value!);
  const first = picked[0].f;
  const s = sentences[first.sentence];
  return {
    type: "order",
    prompt: "Put these events in the order they happened, earliest first.",
    answer: chrono.map((e) => e.text),
    options: picked.map((e) => e.text),
    sourceStart: s.start,
    sourceEnd: s.end,
    sentenceIndex: s.index,
    answerStart: s.start,
    explanation: chrono.map((e) => `${e.f.text}: ${e.text.split(/\s+/).slice(0, 6).join(" ")}…`).join(" → ").slice(0, 300),
    score: 0,
    factKey: "order",
  };
}
