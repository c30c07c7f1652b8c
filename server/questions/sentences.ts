// Stage 2: sentences. Splits cleaned text into sentences with exact offsets, keeping abbreviations
// ("Dr.", "U.S.", "Jan."), initials ("John F. Kennedy"), decimals ("20.8") and quotations
// ("'…,' she said.") inside one sentence.
import type { Sentence } from "./types";
import { isHeadingLine, LIST_MARKER } from "./clean";

const ABBREVIATIONS = new Set(
  ("mr mrs ms dr prof st mt ft jr sr sen rep gov gen col lt sgt capt cmdr adm maj pres rev fr hon messrs mme mlle " +
    "inc ltd co corp bros plc llc dept univ assn est approx vs v ma etc al e.g i.e cf viz ca c no nos vol pp fig op " +
    "jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thurs fri sat sun " +
    "a.m p.m u.s u.k u.n e.u d.c u.s.a a.d b.c b.c.e c.e ph.d m.d b.a m.a")
    .split(/\s+/),
);
/** Abbreviations that usually end a sentence when the next word is capitalised. */
const MAY_END = new Set(["etc", "u.s", "u.k", "u.n", "e.u", "d.c", "u.s.a", "a.d", "b.c", "b.c.e", "c.e", "a.m", "p.m", "inc", "ltd", "co", "corp", "jr", "sr",
  // a short day or month is also a word ("energy from the Sun. When…", "to mar. The…")
  "mon", "tue", "wed", "thu", "fri", "sat", "sun", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]);

const CLOSERS = `"'”’)]»`;

/** Words that open sentences far more often than they follow an initial or an abbreviation ("at 2:20 a.m. Most people…"). */
const OPENER = /^(?:The|A|An|In|On|It|He|She|They|We|This|That|These|Those|But|And|However|When|After|Before|Most|Many|Some|All|Few|His|Her|Its|Their|There|Then|Later|Meanwhile|Both|Each|Every|No|If|Since|While|Although|Because|During)$/;

/** True when the "." at `dot` ends a sentence rather than an abbreviation or initial. */
function dotEndsSentence(text: string, dot: number, nextWord: string): boolean {
  let i = dot - 1;
  while (i >= 0 && /[\p{L}.]/u.test(text[i])) i--;
  const word = text.slice(i + 1, dot).toLowerCase();
  if (!word) return true;
  if (/^\p{L}$/u.test(word) && /\p{Lu}/u.test(text[dot - 1])) {
    // a single capital: an initial ("John F. Kennedy"), unless the next word is a common sentence opener
    return OPENER.test(nextWord);
  }
  // ("the submarine H.L. Hunley", "J.R.R. Tolkien": capitals joined by dots are initials too; "U.S." is listed)
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(text.slice(i + 1, dot)) && !ABBREVIATIONS.has(word)) return OPENER.test(nextWord);
  // "circa" comes before a number ("c. 1500"); before a capitalised word "c." is a letter ending its sentence ("written as c. Nothing…")
  if ((word === "c" || word === "ca") && /^\p{Lu}\p{Ll}/u.test(nextWord)) return true;
  if (ABBREVIATIONS.has(word)) {
    return MAY_END.has(word) && OPENER.test(nextWord);
  }
  return true;
}

export function splitSentences(text: string): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  let pos = 0;
  const paras = text.split(/\n\s*\n/);
  // the items of a list that a lead-in ending in ":" introduces, one paragraph each after cleaning
  let inLeadList = false;
  for (const para of paras) {
    const base = text.indexOf(para, pos);
    pos = base + para.length;
    // (a list item's marker is no sentence of its own)
    const marker = LIST_MARKER.exec(para)?.[0] ?? "";
    const firstOfPara = out.length;
    inLeadList = !!marker && (inLeadList || /:["'”’)]*$/.test(out[out.length - 1]?.text ?? ""));
    let start = marker.length;
    const push = (end: number) => {
      const raw = para.slice(start, end);
      const lead = raw.length - raw.trimStart().length;
      const s = raw.trim();
      if (s) {
        out.push({
          index: out.length,
          text: s,
          start: base + start + lead,
          end: base + start + lead + s.length,
          paragraph,
          heading: false,
        });
      }
      start = end;
    };
    for (let i = marker.length; i < para.length; i++) {
      const ch = para[i];
      if (ch !== "." && ch !== "!" && ch !== "?" && ch !== "…") continue;
      // extend over repeated terminators and closing quotes/brackets
      let j = i + 1;
      while (j < para.length && /[.!?…]/.test(para[j])) j++;
      while (j < para.length && CLOSERS.includes(para[j])) j++;
      if (j < para.length && !/\s/.test(para[j])) continue; // "20.8", "U.S.-led", "Yahoo!Inc"
      let k = j;
      while (k < para.length && /\s/.test(para[k])) k++;
      if (k >= para.length) break;
      const next = para.slice(k, k + 20);
      // the next sentence starts with a capital, a digit or an opening quote
      if (!/^[\p{Lu}\p{N}"'“‘(\[]/u.test(next)) continue;
      if (ch === "." && j === i + 1 && !dotEndsSentence(para, i, (/^[\p{L}]+/u.exec(next) ?? [""])[0])) continue;
      push(j);
      i = j - 1;
    }
    push(para.length);
    if (inLeadList) for (let k = firstOfPara; k < out.length; k++) out[k].listed = true;
    paragraph++;
  }
  // a heading: a short paragraph of its own that does not end like a sentence
  const perParagraph = new Map<number, number>();
  for (const s of out) perParagraph.set(s.paragraph, (perParagraph.get(s.paragraph) ?? 0) + 1);
  for (const s of out) {
    const endsLikeSentence = /[.!?…:;]["'”’)\]]*$/.test(s.text);
    s.heading = !endsLikeSentence && (isHeadingLine(s.text) || (perParagraph.get(s.paragraph) === 1 && s.text.split(/\s+/).length <= 16));
  }
  return out;
}
