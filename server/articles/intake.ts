// Article intake: pasted text, an uploaded file (.txt .md .html .pdf) or a web address → one article
// (title + text) that has passed the shared checks. Every refusal is an IntakeError a teacher can act on.
import path from "node:path";
import { ARTICLE_LIMITS } from "../protocol";
import { IntakeError, formatBytes } from "./errors";
import { fetchPage, parseArticleUrl, type FetchedPage, type FetchOptions } from "./fetch";
import { htmlToArticle } from "./html";
import { markdownToArticle } from "./markdown";
import { pdfToArticle } from "./pdf";
import { BINARY_MESSAGE, checkArticleText, clip, decodeText, isPdf, knownBinary, looksBinary, tidyText, titleFromText } from "./text";

export interface Article {
  title: string;
  /** The extracted text (not yet cleaned by the generator). */
  text: string;
  /** The generator's cleaned text and its word count (from checkArticleText). */
  clean: string;
  words: number;
  sourceUrl: string | null;
  source: "text" | "file" | "url";
  fileName: string | null;
}

export interface UploadedFile {
  name: string;
  /** The MIME type the browser declared (a hint only: the bytes decide). */
  type?: string;
  bytes: Uint8Array;
}

type Kind = "pdf" | "html" | "markdown" | "text";

function finish(extracted: { title: string; text: string }, field: "text" | "file" | "url", what: string, meta: Omit<Article, "title" | "text" | "clean" | "words">): Article {
  const text = tidyText(extracted.text);
  const { clean, words } = checkArticleText(text, field, what);
  return { title: extracted.title || titleFromText(clean), text, clean, words, ...meta };
}

/** Pasted text. `title` comes back from a re-run of a draft; otherwise it is taken from the text. */
export function articleFromText(raw: string, opts: { title?: string; sourceUrl?: string | null } = {}): Article {
  if (looksBinary(raw)) throw new IntakeError(400, "text", BINARY_MESSAGE);
  const text = tidyText(raw);
  // A whole HTML page pasted from "view source": read it as a page, not as text full of tags.
  const isHtml = /^\s*(?:<!doctype html|<html[\s>])/i.test(text);
  const extracted = isHtml ? htmlToArticle(text) : { title: "", text };
  const title = clip(opts.title?.trim() || extracted.title || "") || titleFromText(extracted.text);
  return finish({ title, text: extracted.text }, "text", "The text", {
    sourceUrl: opts.sourceUrl ?? null,
    source: "text",
    fileName: null,
  });
}

function kindOf(file: UploadedFile, text: string | null): Kind | null {
  const ext = path.extname(file.name).toLowerCase();
  if (ext === ".pdf") return "pdf";
  if (ext === ".html" || ext === ".htm" || ext === ".xhtml") return "html";
  if (ext === ".md" || ext === ".markdown") return "markdown";
  if (ext === ".txt" || ext === ".text") return "text";
  // No or an unknown extension: go by content.
  if (text !== null && /^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return "html";
  if (file.type === "text/markdown") return "markdown";
  if (file.type?.startsWith("text/")) return "text";
  return null;
}

export async function articleFromFile(file: UploadedFile): Promise<Article> {
  const name = clip(path.basename(file.name || "upload"), 200);
  const what = `“${name}”`;
  const meta = { sourceUrl: null, source: "file" as const, fileName: name };
  if (file.bytes.length === 0) throw new IntakeError(400, "file", `${what} is empty.`);
  if (file.bytes.length > ARTICLE_LIMITS.maxUploadBytes) {
    throw new IntakeError(413, "file", `${what} is ${formatBytes(file.bytes.length)}; files up to ${formatBytes(ARTICLE_LIMITS.maxUploadBytes)} can be uploaded.`);
  }
  // The bytes decide: a PDF renamed .txt is still a PDF, a Word file renamed .txt is still not text.
  if (isPdf(file.bytes)) return finish(await pdfToArticle(file.bytes), "file", what, meta);
  const binary = knownBinary(file.bytes);
  if (binary) {
    const hint = /Word|OpenDocument/.test(binary) ? " Save it as PDF or plain text (.txt) first, or paste its text." : "";
    throw new IntakeError(415, "file", `${what} is ${binary}, not an article Factsprint can read.${hint || " Upload a .txt, .md, .html or .pdf file."}`);
  }
  if (path.extname(file.name).toLowerCase() === ".pdf") throw new IntakeError(400, "file", `${what} is named .pdf but isn't a PDF inside.`);
  const text = decodeText(file.bytes);
  if (looksBinary(text)) throw new IntakeError(415, "file", `${what} isn't a text file. ${BINARY_MESSAGE}`);
  const kind = kindOf(file, text);
  if (!kind) throw new IntakeError(415, "file", `Factsprint reads .txt, .md, .html and .pdf files; ${what} is none of these.`);
  if (kind === "html") return finish(htmlToArticle(text), "file", what, meta);
  if (kind === "markdown") return finish(markdownToArticle(text), "file", what, meta);
  return finish({ title: titleFromText(tidyText(text)), text }, "file", what, meta);
}

/** Fetches the page and extracts its article like a browser's reader view. */
export async function articleFromUrl(input: string, fetchOpts: FetchOptions = {}): Promise<Article> {
  return articleFromPage(await fetchPage(parseArticleUrl(input), fetchOpts));
}

/** The article in a fetched page (the CPU-heavy half of articleFromUrl; no network). */
export async function articleFromPage(page: FetchedPage): Promise<Article> {
  page = { ...page, bytes: Buffer.from(page.bytes.buffer, page.bytes.byteOffset, page.bytes.byteLength) };
  const host = new URL(page.url).host;
  const what = `The page at ${host}`;
  const meta = { sourceUrl: page.url, source: "url" as const, fileName: null };
  if (page.contentType === "application/pdf" || isPdf(page.bytes)) return finish(await pdfToArticle(page.bytes), "url", what, meta);
  const isHtml = page.contentType === "text/html" || page.contentType === "application/xhtml+xml";
  const isText = page.contentType.startsWith("text/") || page.contentType === "";
  if (!isHtml && !isText) {
    throw new IntakeError(415, "url", `That address gives ${page.contentType ? `a file of type ${page.contentType}` : "a file"}, not a web page or an article.`);
  }
  const head = page.bytes.subarray(0, 4096).toString("latin1");
  const metaCharset = isHtml || /<html/i.test(head) ? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head)?.[1] : undefined;
  const text = decodeText(page.bytes, page.charset ?? metaCharset ?? null);
  if (looksBinary(text)) throw new IntakeError(415, "url", "That address gives a file that isn't text, not a web page.");
  if (isHtml || /^\s*(?:<!doctype html|<html[\s>])/i.test(text)) return finish(htmlToArticle(text, { url: page.url }), "url", what, meta);
  if (page.contentType === "text/markdown") return finish(markdownToArticle(text), "url", what, meta);
  return finish({ title: titleFromText(tidyText(text)), text }, "url", what, meta);
}
