// Bytes → text, and the checks every source shares: not binary, not empty, not too short, not too long.
import { ARTICLE_LIMITS } from "../protocol";
import { cleanText } from "../questions";
import { IntakeError, formatCount, type IntakeField } from "./errors";

/** Decodes a text file: BOM-marked UTF-8/UTF-16, else UTF-8, else Windows-1252 (old Word/Notepad exports). */
export function decodeText(bytes: Uint8Array, declaredCharset?: string | null): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder("utf-8").decode(bytes.subarray(3));
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder("utf-16le").decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder("utf-16be").decode(bytes.subarray(2));
  if (declaredCharset) {
    try {
      return new TextDecoder(declaredCharset.trim().toLowerCase()).decode(bytes);
    } catch {
      /* unknown label: fall through to the guesses */
    }
  }
  try {
    return new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder("windows-1252").decode(bytes);
  }
}

/** Magic numbers of files people try to upload as articles, with what to tell them. */
const SIGNATURES: { bytes: number[]; what: string }[] = [
  { bytes: [0x50, 0x4b, 0x03, 0x04], what: "a Word, OpenDocument or ZIP file" },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], what: "an old Word (.doc) file" },
  { bytes: [0x89, 0x50, 0x4e, 0x47], what: "a PNG image" },
  { bytes: [0xff, 0xd8, 0xff], what: "a JPEG image" },
  { bytes: [0x47, 0x49, 0x46, 0x38], what: "a GIF image" },
  { bytes: [0x52, 0x49, 0x46, 0x46], what: "an image, audio or video file" },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: "an RTF file" },
  { bytes: [0x1f, 0x8b], what: "a compressed (.gz) file" },
  { bytes: [0x7f, 0x45, 0x4c, 0x46], what: "a program" },
  { bytes: [0x4d, 0x5a], what: "a program" },
];

export function isPdf(bytes: Uint8Array): boolean {
  // "%PDF-" within the first kilobyte (some writers put junk before it).
  const head = Buffer.from(bytes.subarray(0, 1024)).toString("latin1");
  return head.includes("%PDF-");
}

/** Names the kind of binary file these bytes start like, or null. */
export function knownBinary(bytes: Uint8Array): string | null {
  for (const s of SIGNATURES) if (s.bytes.every((b, i) => bytes[i] === b)) return s.what;
  return null;
}

/** Text that is really binary: NUL bytes, or many control characters / undecodable bytes. */
export function looksBinary(text: string): boolean {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  if (!sample) return false;
  let bad = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if (c === 0) return true;
    if ((c < 32 && c !== 9 && c !== 10 && c !== 13 && c !== 12) || c === 0xfffd || (c >= 0x7f && c < 0xa0)) bad++;
  }
  return bad / sample.length > 0.02;
}

export const BINARY_MESSAGE =
  "That doesn't look like text. Paste the article's words, or upload a .txt, .md, .html or .pdf file.";

/** Normalises line ends and strange spaces, drops control characters; keeps paragraphs. */
export function tidyText(text: string): string {
  return text
    .replace(/\r\n?/g, "\n")
    .replace(/[\u2028\u2029]/g, "\n")
    .replace(/[\u0000-\u0008\u000b\u000e-\u001f\u007f-\u009f]/g, "")
    .replace(/\f/g, "\n\n")
    .replace(/[ \t\u00a0]+\n/g, "\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

/**
 * The checks every source goes through, in the order a teacher would want to hear them. `words` is
 * counted on the generator's cleaned text, so bylines, credits and share lines do not count as article.
 */
export function checkArticleText(text: string, field: IntakeField, what = "The text"): { clean: string; words: number } {
  if (!text.trim()) {
    throw new IntakeError(400, field, field === "text" ? "Paste the article's text first." : `${what} has no text in it.`);
  }
  if (looksBinary(text)) throw new IntakeError(400, field, BINARY_MESSAGE);
  if (text.length > ARTICLE_LIMITS.maxChars) {
    throw new IntakeError(
      413,
      field,
      `${what} is ${formatCount(text.length)} characters long; the limit is ${formatCount(ARTICLE_LIMITS.maxChars)} (about 30,000 words). Use a shorter part of it.`,
    );
  }
  const clean = cleanText(text);
  const words = clean.match(/\S+/g)?.length ?? 0;
  if (words < ARTICLE_LIMITS.minWords) {
    throw new IntakeError(
      400,
      field,
      `${what} has only ${words} word${words === 1 ? "" : "s"} of article in it. Factsprint needs at least ${ARTICLE_LIMITS.minWords} to find facts worth asking about.`,
    );
  }
  return { clean, words };
}

const TITLE_MAX = 120;

/** A title from the text itself: its first line when that line is a heading, else its first words. */
export function titleFromText(text: string): string {
  const lines = text.split("\n").map((l) => l.replace(/^#+\s*/, "").trim()).filter(Boolean);
  const first = lines[0] ?? "";
  const words = first.split(/\s+/);
  if (first && words.length <= 16 && !/[.!?;:,]$/.test(first)) return clip(first);
  return clip(words.slice(0, 8).join(" ").replace(/[,;:.]+$/, "") + (words.length > 8 ? "…" : ""));
}

export function clip(title: string, max = TITLE_MAX): string {
  const t = title.replace(/\s+/g, " ").trim();
  return t.length <= max ? t : t.slice(0, max - 1).replace(/\s+\S*$/, "") + "…";
}
