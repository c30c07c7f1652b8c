// Facts, part 3: quotations and who said them. A quote counts only when the text attributes it to a
// named person: '"…," said Jane Doe', 'Jane Doe told AFP: "…"', or '"…," she added' right after a
// quote by Jane Doe in the same or the previous paragraph. Scare quotes (a few words) are not quotes.
import type { Fact, Quote, Sentence } from "./types";
import { surnameOf } from "./util";
import { COURTESY_TITLE } from "./entity-kinds";

const VERBS = "said|says|added|adds|told|tells|wrote|writes|asked|explained|noted|warned|insisted|argued|declared|stated|recalled|continued|replied|remarked|stressed|claimed|admitted|concluded";
// '…," said (Azerbaijani political scientist | Dr.) Eldar Namazov', '…," said the commissioner for industry, Hanna Lindqvist'
const AFTER_VERB_NAME = new RegExp(`^[,.!?]?["”’']?\\s*,?\\s*(?:${VERBS})\\s+(?:[\\p{L}-]+\\.?\\s+){0,5}(?:[\\p{L}-]+,\\s+)?$`, "u");
const AFTER_NAME_VERB = new RegExp(`^\\s+(?:${VERBS})\\b`);
const PRONOUN_AFTER = new RegExp(`^[,.!?]?["”’']?\\s*,?\\s*(?:(?:he|she)\\s+(?:${VERBS})|(?:${VERBS})\\s+(?:he|she))\\b`, "i");
const BEFORE = new RegExp(`\\s+(?:${VERBS})(?:\\s+(?:AFP|Reuters|AP|reporters|journalists|the\\s+\\w+|him|her|them|us))?(?:\\s+that)?\\s*[:,]?\\s*$`);
/** 'In a letter to his friend Pirckheimer, he wrote: "…"': the speaker is a "he" or "she" of its own, not the name before it. */
const TOLD_TO = /\b(?:was|were|is|are|been|being)\s+(?:told|asked|warned)\s*[:,]?\s*$/;
const PRONOUN_BEFORE = new RegExp(`\\b(?:he|she)\\s+(?:${VERBS})(?:\\s+(?:him|her|them|us))?(?:\\s+that)?\\s*[:,]?\\s*$`, "i");

const QUOTE_RE = /“([^“”]{1,800}?)”|"([^"]{1,800}?)"/g; // pair every quote; short ones are skipped below

function sentenceAt(sentences: Sentence[], offset: number): number {
  let lo = 0, hi = sentences.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (sentences[mid].start <= offset) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/** The one person a sentence names (by surname: "Jane Doe … Doe" is one), outside any quotation of its own. */
function soleSpeaker(people: Fact[], s: Sentence): Fact | undefined {
  const named = people.filter((p) => p.start >= s.start && p.end <= s.end);
  const surnames = new Set(named.map((p) => surnameOf(p.text)));
  if (surnames.size !== 1 || /["“”]/.test(s.text)) return undefined;
  return named.reduce((a, b) => (b.text.length > a.text.length ? b : a));
}

export function extractQuotes(text: string, sentences: Sentence[], entities: Fact[]): Quote[] {
  // a speaker is a person, or a two-word name nobody typed; never a group ("Islamists"), nor a name written after "the"
  // ("the Annals of Ulster noted…", "He won the Alhumbert Prize…, and … he declared:")
  const untyped = (e: Fact) => e.kind === "misc" && e.text.includes(" ") && !/\bthe\s$/i.test(text.slice(Math.max(0, e.start - 4), e.start));
  const people = entities.filter((e) => (e.kind === "person" || untyped(e)) && !/\p{Ll}(?:ists|ians|ans|ites)$/u.test(e.text));
  const out: Quote[] = [];
  let last: { speaker: string; speakerStart: number; paragraph: number } | undefined;
  QUOTE_RE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = QUOTE_RE.exec(text))) {
    const inner = (m[1] ?? m[2]).trim();
    const qStart = m.index;
    const qEnd = m.index + m[0].length;
    const words = inner.split(/\s+/).length;
    if (words < 5 || inner.includes("\n")) continue;
    const s0 = sentenceAt(sentences, qStart);
    const s1 = sentenceAt(sentences, qEnd - 1);
    const para = sentences[s0].paragraph;
    const sentEnd = sentences[s1].end;
    const after = text.slice(qEnd, Math.min(sentEnd, qEnd + 160));
    let speaker: Fact | undefined;
    // '"…," said Jane Doe' / '"…," Jane Doe said'
    for (const p of people) {
      if (p.start < qEnd || p.start > qEnd + 160 || p.end > sentEnd) continue;
      const gap = text.slice(qEnd, p.start);
      if (AFTER_VERB_NAME.test(gap) || (/^[,.!?]?["”’']?\s*,?\s*$/.test(gap) && AFTER_NAME_VERB.test(text.slice(p.end, p.end + 12)))) {
        speaker = p;
        break;
      }
      // '"…," independent analyst Jane Doe told AFP'
      if (/^[,.!?]?["”’']?\s*(?:[\p{L}-]+\s+){0,5}$/u.test(gap) && AFTER_NAME_VERB.test(text.slice(p.end, p.end + 12))) {
        speaker = p;
        break;
      }
    }
    // 'Jane Doe said: "…"'
    const sStart = sentences[s0].start;
    const pronounBefore = PRONOUN_BEFORE.test(text.slice(sStart, qStart));
    if (!speaker && !pronounBefore) {
      const before = text.slice(sStart, qStart);
      for (const p of people) {
        if (p.start < sStart || p.end > qStart) continue;
        // ("Queen Victoria asked who had come second and was told, "…"": who was told a thing is not who said it)
        if (BEFORE.test(text.slice(p.end, qStart)) && !/["“”]/.test(text.slice(p.end, qStart)) && before.length < 200 && !TOLD_TO.test(text.slice(p.end, qStart))) speaker = p;
      }
    }
    let speakerName: string | undefined;
    let speakerStart = -1;
    if (speaker) {
      // ("Mrs Castle said": the surname, as "Mr Bhatti" is "Bhatti", so every option is a surname)
      const [title, ...surname] = speaker.text.split(" ");
      speakerName = surname.length === 1 && COURTESY_TITLE.test(title) ? surname[0] : speaker.text;
      speakerStart = speaker.start;
    } else if (PRONOUN_AFTER.test(after) || pronounBefore) {
      // news writes 'Mayor Jane Doe called the vote historic. "…," she said.': the "she" is the one person the
      // sentence before names; failing that, whoever spoke the quote before
      // (a "he wrote" after names of its own is left unread: "In a letter to his friend Pirckheimer, he wrote" is Dürer's)
      const namesBefore = people.some((p) => p.kind === "person" && p.start >= sStart && p.end <= qStart);
      if (namesBefore) {
        last = undefined;
        continue;
      }
      // (after names of its own the "he" is the sentence before's subject, not someone it mentions: "…sung to him by his
      // student Harry T. Burleigh. In an interview he said:" is Dvořák's)
      const prev = s0 > 0 && !sentences[s0 - 1].heading && (pronounBefore || text.slice(sStart, qStart).trim() === "") ? soleSpeaker(people, sentences[s0 - 1]) : undefined;
      const before = prev && (!pronounBefore || /^(?:[\p{L}-]+\s+){0,4}$/u.test(text.slice(sentences[s0 - 1].start, prev.start))) &&
        !/\b(?:he|she|it|they|him|her)\b/i.test(text.slice(sentences[s0 - 1].start, prev.start)) ? prev : undefined;
      if (before) {
        speakerName = before.text;
        speakerStart = before.start;
      } else if (last && para - last.paragraph <= 1) {
        speakerName = last.speaker;
        speakerStart = last.speakerStart;
      }
    }
    if (!speakerName) {
      last = undefined;
      continue;
    }
    last = { speaker: speakerName, speakerStart, paragraph: para };
    const firstSentence = Math.min(s0, sentenceAt(sentences, speakerStart));
    out.push({ text: inner, start: qStart, end: qEnd, speaker: speakerName, speakerStart, sentence: firstSentence, lastSentence: Math.max(s1, sentenceAt(sentences, speakerStart)) });
  }
  return out;
}
