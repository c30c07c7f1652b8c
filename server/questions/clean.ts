// Stage 1: clean text. Strips the boilerplate that pasted web articles carry (bylines, author boxes,
// image credits, share buttons, reading-time lines, disclaimers, datelines) and joins hard-wrapped
// lines into paragraphs. Paragraphs are separated by a blank line; a heading stays on its own line.

const BYLINE = /^[Bb]y\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|de|van|von|al|bin|la|le|da)){0,5})\s*(?:[,|–—-].{0,60})?$/u;

const BOILERPLATE: RegExp[] = [
  // author boxes, credits
  /^(?:author|written by|reporting by|additional reporting|editing by|edited by|words by|text by|contributor|about the author)\b\s*[:：-]?/i,
  /^(?:image|photo|picture|illustration|video|graphic|header image|featured image|cover image|main image)s?\s*(?:credit|courtesy|source|by)?\s*[:：]/i,
  /^(?:image|photo|picture)\s+(?:credit|courtesy)\b/i,
  /^(?:credit|source|getty images|reuters|afp|ap photo)\s*[:：/]/i,
  /^(?:photograph|photo):?\s.*\b(?:getty|reuters|afp|ap|shutterstock|epa)\b.{0,40}$/i,
  // share / social / navigation
  /^(?:share|share this|share on \w+|share via \w+|share article|tweet|email|e-mail|print|copy link|save|facebook|twitter|linkedin|whatsapp|pinterest|reddit)\.?$/i,
  /^(?:advertisement|sponsored|subscribe\b.*|sign up\b.*|newsletter\b.*|read more\b.*|related\s*:.*|see also\s*:.*|follow us\b.*|listen to this article.*|comments?|\d+\s+comments?)\.?$/i,
  // reading time
  /^(?:\d+\s*(?:min|mins|minutes?)\b[^.]{0,30}(?:read|reading time).*|.{0,20}\b(?:approximate\s+)?reading time\b.{0,20})$/i,
  /^(?:estimated\s+)?read(?:ing)? time\s*[:：]?.{0,20}$/i,
  // a review's score line: "Rating: four stars out of five", "★★★★☆"
  /^(?:rating|our rating|star rating|score|verdict)\s*[:：]\s*(?:[\p{L}\d]+\s+(?:stars?|out of|\/)\s*[\p{L}\d ]{0,20}|[\d.]+\s*\/\s*\d+|[★☆]+)\.?$/iu,
  /^[★☆⭐\s]+$/u,
  // disclaimers and legal lines
  /^\(?\s*(?:the\s+)?(?:views|opinions)\s+expressed\b/i,
  /^\(?\s*disclaimer\b/i,
  /^(?:this (?:article|story) (?:was|is|first|originally)\b.*(?:published|appeared)|originally published\b)/i,
  /^(?:©|\(c\)\s|copyright\b|all rights reserved)/i,
  // dateline noise lines
  /^(?:published|updated|posted|last updated|first published|modified)\b[^.]{0,80}$/i,
  // an editor's note of a correction: "Updated Nov. 22 to correct the year…", "Correction: an earlier version…"
  /^(?:updated|corrected)\b.{0,40}\bto (?:correct|clarify|reflect|add|include|remove|update)\b.{0,120}$/i,
  /^(?:correction|clarification|editor['’]s note)\s*[:：]/i,
  /^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*,?\s+\d{1,2}\s+\w+\s+\d{4}.{0,20}$/i,
  /^(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\w+\s+\d{1,2},\s+\d{4})(?:\s*(?:at\s+)?\d{1,2}:\d{2}\s*(?:am|pm|gmt|utc|[a-z]{2,4})?)?\.?$/i,
];

/** "MOSCOW (AFP) — ", "YEREVAN, Armenia (Reuters) - ", "(AP) — " at the start of a paragraph. */
const DATELINE = /^(?:\p{Lu}[\p{Lu} .'’-]{1,40}(?:,\s*[\p{L} .]{2,30})?\s*)?(?:\((?:AFP|AP|Reuters|UPI|dpa|Xinhua|TASS|Bloomberg|IANS|PTI|ANI|CNN|BBC)\))?\s*[—–]\s+|^\p{Lu}{3,}[\p{Lu} ]*\s*\((?:AFP|AP|Reuters|UPI|dpa|Xinhua|TASS|Bloomberg)\)\s*[-—–]?\s*|^\((?:AFP|AP|Reuters|UPI|dpa|Xinhua|TASS|Bloomberg)\)\s*[-—–]?\s*/u;

/** "HAMILTON, Thursday 3 April (Waikato Press) - ", "CAPE TOWN, 27 August - ", "PORT ASHBY, Ont. - ": a town in capitals,
 * then a place, a date or an agency, then a dash (a hyphen between spaces too). */
const LOCAL_DATELINE = /^\p{Lu}[\p{Lu}'’.-]+(?:\s\p{Lu}[\p{Lu}'’.-]+){0,3}(?:,\s*[\p{L}\d .'’]{2,30}){0,2}\s*(?:\([^()]{2,40}\))?\s+[-—–]\s+(?=\p{Lu}|["“‘])/u;

/** "Manila — ", "Dublin – ", "San Luis, Aurora — " before a sentence: a dateline in title case (a dash with spaces). */
const TITLE_CASE_DATELINE = /^\p{Lu}\p{Ll}+(?:[ -]\p{Lu}\p{Ll}+){0,2}(?:,\s*\p{Lu}[\p{L} .]{1,30})?\s+[—–]\s+(?=\p{Lu})/u;

const TERMINAL = /[.!?…:;"”’')\]]$/;
/** A list item's marker ("1.", "2)", "-", "•"). After another item, a line that opens with one ("4. Pod shape: wrinkled")
 * is an item of its own, even when that one has no final stop (a hard-wrapped "formula O\n2. Diatomic…" is one line). */
export const LIST_MARKER = /^(?:\d{1,2}[.)]|[-•*–—])\s+/;

function isNameLine(line: string): boolean {
  return /^(?:\p{Lu}[\p{L}.'’-]+)(?:\s+\p{Lu}[\p{L}.'’-]+){1,3}$/u.test(line);
}

/** A short line without final punctuation: a title, a subhead. */
export function isHeadingLine(line: string): boolean {
  const words = line.split(/\s+/).length;
  return words <= 16 && !TERMINAL.test(line.replace(/\s*[-–—]\s*$/, ""));
}

export function cleanText(raw: string): string {
  const text = raw
    .replace(/\r\n?/g, "\n")
    .replace(/[\u00a0\u2007\u202f]/g, " ")
    .replace(/[\u200b-\u200d\ufeff]/g, "")
    // an encyclopedia's reference marks and editors' notes ("[12]", "[citation needed]") are not the article's words
    .replace(/\[(?:\d{1,3}|[a-z]|note \d+)\]/g, "")
    .replace(/\[(?:citation needed|original research\??|clarification needed|who\??|when\??|which\??|dubious[^\]\n]{0,30}|update needed|needs update|failed verification|better source needed|page needed|according to whom\??)\]/gi, "");
  const lines = text.split("\n").map((l) => l.replace(/[ \t]+/g, " ").trim());

  // names from bylines: a later line that is only that name is an author box
  const authors = new Set<string>();
  for (const l of lines) {
    const m = BYLINE.exec(l);
    if (m) authors.add(m[1].toLowerCase());
  }

  const kept: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i].replace(/^[Ss]hare\.?(?=\p{Lu})/u, "");
    if (!line) {
      kept.push("");
      continue;
    }
    if (BYLINE.test(line) && line.split(/\s+/).length <= 10) continue;
    if (BOILERPLATE.some((re) => re.test(line))) continue;
    if (isNameLine(line) && (authors.has(line.toLowerCase()) || lines[i + 1] === line || lines[i - 1] === line)) continue;
    // an interview's question is the interviewer's prompt, no fact of the article; its answer is the speaker's words
    if (/^Q\s?:\s/.test(line)) continue;
    line = line.replace(/^A\s?:\s+/, "");
    // subheads written as "- Title -"
    line = line.replace(/^[-–—•*]+\s+(.*?)\s+[-–—•*]+$/, "$1");
    line = line.replace(DATELINE, "");
    // (a short capital word alone before a dash is no town: "UK - EU talks resumed")
    const dateline = LOCAL_DATELINE.exec(line)?.[0];
    if (dateline && (/[,(]/.test(dateline) || dateline.replace(/[^\p{Lu}]/gu, "").length >= 4)) line = line.slice(dateline.length);
    // ("Manila — Typhoon Tasyo made landfall…": a town in title case before a long dash opens only the story's first paragraph)
    const titleDateline = !kept.some((k) => k.length > 60 && /[.!?]["”’]?$/.test(k)) ? TITLE_CASE_DATELINE.exec(line)?.[0] : undefined;
    if (titleDateline && line.length - titleDateline.length > 60) line = line.slice(titleDateline.length);
    if (!line) continue;
    kept.push(line);
  }

  // join hard-wrapped lines; a blank line or a finished line followed by a new line starts a paragraph
  const paragraphs: string[] = [];
  let cur = "";
  const flush = () => {
    if (cur.trim()) paragraphs.push(cur.trim());
    cur = "";
  };
  for (const line of kept) {
    if (!line) {
      flush();
      continue;
    }
    if (!cur) {
      cur = line;
    // (a heading before a list's first item, "Key facts" then "- The Act…", is a heading too; not a sentence cut before a
    // figure, "the formula O" then "2. Oxygen…")
    } else if (TERMINAL.test(cur) || isHeadingLine(cur) && cur.split(/\s+/).length <= 12 && (/^\p{Lu}/u.test(line) || /^[-•*–—]\s/.test(line) || (LIST_MARKER.test(line) && cur.split(/\s+/).length <= 4)) || (LIST_MARKER.test(line) && LIST_MARKER.test(cur))) {
      flush();
      cur = line;
    } else {
      cur += " " + line;
    }
  }
  flush();
  return paragraphs.map((p) => p.replace(/\s+/g, " ")).join("\n\n");
}
