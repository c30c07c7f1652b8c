// PDF → article text with unpdf (Mozilla's PDF.js in a serverless build: pure JavaScript, no native
// canvas, no worker, nothing downloaded). Lines are rebuilt from the text items' positions; a vertical
// gap wider than the usual line spacing starts a new paragraph; words hyphenated across a line break are
// joined; page numbers and running heads/feet that repeat on most pages are dropped.
import { getDocumentProxy, getMeta } from "unpdf";
import { IntakeError } from "./errors";
import { clip, titleFromText } from "./text";
import type { ExtractedArticle } from "./html";

export const MAX_PDF_PAGES = 300;

interface Line {
  text: string;
  y: number;
  size: number;
}

interface TextItemLike {
  str?: string;
  transform?: number[];
  height?: number;
  hasEOL?: boolean;
}

function pageLines(items: TextItemLike[]): Line[] {
  const lines: Line[] = [];
  let cur: Line | null = null;
  for (const item of items) {
    if (typeof item.str !== "string" || !item.transform) continue;
    const y = item.transform[5];
    const size = Math.hypot(item.transform[2], item.transform[3]) || item.height || 10;
    // A new line when the baseline moves by more than half a line (superscripts stay on their line).
    if (cur && Math.abs(cur.y - y) > size * 0.5 && cur.text.trim()) {
      lines.push(cur);
      cur = null;
    }
    if (!cur) cur = { text: "", y, size };
    cur.text += item.str;
    if (item.hasEOL) {
      if (cur.text.trim()) lines.push(cur);
      cur = null;
    }
  }
  if (cur && cur.text.trim()) lines.push(cur);
  return lines.map((l) => ({ ...l, text: l.text.replace(/\s+/g, " ").trim() })).filter((l) => l.text);
}

function median(values: number[]): number {
  if (!values.length) return 0;
  const s = [...values].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** Joins one page's lines into paragraphs separated by blank lines. */
function pageText(lines: Line[]): string {
  const gaps: number[] = [];
  for (let i = 1; i < lines.length; i++) {
    const g = lines[i - 1].y - lines[i].y;
    if (g > 0) gaps.push(g);
  }
  const usual = median(gaps) || 14;
  let out = "";
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].text;
    if (i === 0) {
      out = line;
      continue;
    }
    const gap = lines[i - 1].y - lines[i].y;
    const newParagraph = gap > usual * 1.4 || gap < 0 || Math.abs(lines[i].size - lines[i - 1].size) > 1.5;
    if (newParagraph) out += "\n\n" + line;
    else if (/\p{Ll}-$/u.test(out) && /^\p{Ll}/u.test(line)) out = out.slice(0, -1) + line; // "recov-" + "ery"
    else out += "\n" + line;
  }
  return out;
}

/** Lines that are furniture: bare page numbers, and first/last lines repeated on most pages. */
function dropFurniture(pages: Line[][]): Line[][] {
  const edgeCounts = new Map<string, number>();
  const key = (s: string) => s.toLowerCase().replace(/\d+/g, "#");
  for (const lines of pages) {
    const edges = new Set([...lines.slice(0, 2), ...lines.slice(-2)].map((l) => key(l.text)));
    for (const e of edges) edgeCounts.set(e, (edgeCounts.get(e) ?? 0) + 1);
  }
  const repeated = (l: Line) => pages.length >= 2 && (edgeCounts.get(key(l.text)) ?? 0) >= Math.max(2, pages.length * 0.6);
  return pages.map((lines) =>
    lines.filter((l, i) => {
      const atEdge = i < 2 || i >= lines.length - 2;
      if (atEdge && /^(?:page\s*)?\d{1,4}(?:\s*(?:of|\/)\s*\d{1,4})?$/i.test(l.text)) return false;
      return !(atEdge && repeated(l));
    }),
  );
}

export async function pdfToArticle(bytes: Uint8Array): Promise<ExtractedArticle> {
  let doc: Awaited<ReturnType<typeof getDocumentProxy>>;
  try {
    // PDF.js takes ownership of (and detaches) the buffer it is given: pass a copy.
    doc = await getDocumentProxy(new Uint8Array(bytes), { isEvalSupported: false, useSystemFonts: false, stopAtErrors: false, verbosity: 0 });
  } catch (err) {
    const name = (err as { name?: string })?.name ?? "";
    if (name === "PasswordException") throw new IntakeError(400, "file", "That PDF is protected with a password. Save an unprotected copy and upload that.");
    throw new IntakeError(400, "file", "That PDF could not be read; it may be damaged. Try saving it again, or paste its text.");
  }
  try {
    if (doc.numPages > MAX_PDF_PAGES) {
      throw new IntakeError(413, "file", `That PDF has ${doc.numPages} pages; Factsprint reads up to ${MAX_PDF_PAGES}. Upload the part you need.`);
    }
    const pages: Line[][] = [];
    for (let n = 1; n <= doc.numPages; n++) {
      const page = await doc.getPage(n);
      const content = await page.getTextContent();
      pages.push(pageLines(content.items as TextItemLike[]));
      page.cleanup();
    }
    // A paragraph that runs on to the next page stays one paragraph.
    let text = "";
    for (const page of dropFurniture(pages).map(pageText).filter(Boolean)) {
      const runsOn = text && !/[.!?:;"”’)]$/.test(text) && /^\p{Ll}/u.test(page);
      text += text ? (runsOn ? "\n" : "\n\n") + page : page;
    }
    text = text.replace(/\n{3,}/g, "\n\n").trim();
    if (!text) {
      throw new IntakeError(400, "file", "That PDF has no text in it, only images (a scan?). Paste the text instead, or upload a PDF with selectable text.");
    }
    let metaTitle = "";
    try {
      const meta = await getMeta(doc);
      const t = (meta.info as { Title?: unknown } | undefined)?.Title;
      if (typeof t === "string" && t.trim() && !/^(untitled|microsoft word|document\d*)\b/i.test(t.trim())) metaTitle = t.trim();
    } catch {
      /* no metadata */
    }
    return { title: clip(metaTitle) || titleFromText(text), text };
  } finally {
    await doc.destroy().catch(() => {});
  }
}
