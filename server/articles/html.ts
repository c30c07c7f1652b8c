// HTML → article text, the way a browser's reader view does it: Mozilla Readability (Firefox Reader
// View's own library) on a linkedom DOM finds the article and drops navigation, headers, footers, share
// bars and comment blocks; html-to-text then turns the article's HTML into paragraphs and headings.
// Pages Readability can't read (a bare fragment, a page with no article structure) fall back to the
// body's text without its nav/header/footer/aside/form elements.
import { Readability } from "@mozilla/readability";
import { convert, type HtmlToTextOptions } from "html-to-text";
import { parseHTML } from "linkedom";
import { clip, titleFromText } from "./text";

export interface ExtractedArticle {
  title: string;
  text: string;
}

const HEADING = { uppercase: false, leadingLineBreaks: 2, trailingLineBreaks: 2 };
const TO_TEXT: HtmlToTextOptions = {
  wordwrap: false,
  preserveNewlines: false,
  selectors: [
    { selector: "a", options: { ignoreHref: true } },
    { selector: "img", format: "skip" },
    { selector: "picture", format: "skip" },
    { selector: "svg", format: "skip" },
    { selector: "video", format: "skip" },
    { selector: "audio", format: "skip" },
    { selector: "iframe", format: "skip" },
    { selector: "button", format: "skip" },
    { selector: "script", format: "skip" },
    { selector: "style", format: "skip" },
    { selector: "noscript", format: "skip" },
    { selector: "h1", options: HEADING },
    { selector: "h2", options: HEADING },
    { selector: "h3", options: HEADING },
    { selector: "h4", options: HEADING },
    { selector: "h5", options: HEADING },
    { selector: "h6", options: HEADING },
    { selector: "ul", options: { itemPrefix: "" } },
    { selector: "ol", options: { itemPrefix: "" } },
    { selector: "table", format: "block" },
    { selector: "tr", format: "block" },
    { selector: "th", format: "inline", options: { trailingLineBreaks: 0 } },
    { selector: "td", format: "inline" },
    { selector: "hr", format: "skip" },
  ],
};

/** Elements that are never the article (the fallback path removes them before taking the text). */
const CHROME = "script,style,noscript,template,nav,header,footer,aside,form,button,select,dialog,iframe,svg,[role=navigation],[role=banner],[role=contentinfo],[role=complementary],[aria-hidden=true],[hidden]";

export function htmlToText(html: string): string {
  return convert(html, TO_TEXT)
    .split("\n")
    .map((l) => l.replace(/[ \t\u00a0]+/g, " ").trim())
    .join("\n")
    .replace(/\n{3,}/g, "\n\n")
    .trim();
}

function metaTitle(document: Document): string {
  const og = document.querySelector('meta[property="og:title"], meta[name="twitter:title"]')?.getAttribute("content")?.trim();
  const h1 = document.querySelector("h1")?.textContent?.trim();
  const t = document.querySelector("title")?.textContent?.trim();
  return og || h1 || t || "";
}

/** Puts the title on the first line unless the text already opens with it (the generator reads it). */
function withTitle(title: string, text: string): string {
  if (!title) return text;
  const firstLine = text.slice(0, text.indexOf("\n") === -1 ? undefined : text.indexOf("\n")).trim();
  const norm = (s: string) => s.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  return norm(firstLine) === norm(title) ? text : `${title}\n\n${text}`;
}

/**
 * The article in an HTML page. `url` is only used to resolve the page's own links (Readability wants a
 * base); nothing is fetched. Never throws on odd markup: the worst case is the page's visible text.
 */
export function htmlToArticle(html: string, opts: { url?: string } = {}): ExtractedArticle {
  const { document } = parseHTML(html.includes("<html") ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  const fallbackTitle = metaTitle(document as unknown as Document);

  let article: { title?: string | null; content?: string | null } | null = null;
  try {
    // Readability changes the DOM it reads; the fallback below needs a fresh one.
    const doc = parseHTML(html.includes("<html") ? html : `<!doctype html><html><body>${html}</body></html>`).document;
    if (opts.url && doc.querySelector("head") && !doc.querySelector("base")) {
      const base = doc.createElement("base");
      base.setAttribute("href", opts.url);
      doc.querySelector("head")!.appendChild(base);
    }
    article = new Readability(doc as unknown as Document, { charThreshold: 300, keepClasses: false }).parse();
  } catch {
    article = null;
  }

  let text = article?.content ? htmlToText(article.content) : "";
  if (text.split(/\s+/).length < 60) {
    // Readability found nothing article-like: take the visible text without the page's chrome.
    for (const el of Array.from(document.querySelectorAll(CHROME))) el.remove();
    const body = document.querySelector("body");
    const fallback = htmlToText(body ? body.innerHTML : html);
    if (fallback.length > text.length) text = fallback;
  }
  const title = clip((article?.title || fallbackTitle || "").replace(/\s+/g, " ").trim()) || titleFromText(text);
  return { title, text: withTitle(title, text) };
}
