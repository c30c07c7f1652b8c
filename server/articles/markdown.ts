// Markdown → article text: marked renders it to HTML, the HTML path turns that into paragraphs, so
// headings stay headings and links, emphasis and images lose their markup.
import { marked } from "marked";
import { htmlToText, type ExtractedArticle } from "./html";
import { clip, titleFromText } from "./text";

export function markdownToArticle(markdown: string): ExtractedArticle {
  // Front matter ("---\ntitle: …\n---") is metadata, not article.
  let md = markdown.replace(/^\ufeff/, "");
  let frontTitle = "";
  const front = /^---\n([\s\S]*?)\n---\n/.exec(md);
  if (front) {
    frontTitle = /^title:\s*["']?(.*?)["']?\s*$/m.exec(front[1])?.[1] ?? "";
    md = md.slice(front[0].length);
  }
  const html = marked.parse(md, { async: false, gfm: true }) as string;
  const text = htmlToText(html);
  const heading = /^\s{0,3}#{1,2}\s+(.+?)\s*#*\s*$/m.exec(md)?.[1];
  const title = clip(frontTitle || (heading ? htmlToText(marked.parseInline(heading, { async: false }) as string) : "")) || titleFromText(text);
  return { title, text: frontTitle && !text.startsWith(frontTitle) ? `${frontTitle}\n\n${text}` : text };
}
