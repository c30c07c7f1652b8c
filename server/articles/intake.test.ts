// Unit tests of each intake function on small inputs written here (see test-fixtures.ts).
import { describe, expect, it } from "vitest";
import { ARTICLE_LIMITS } from "../protocol";
import { IntakeError } from "./errors";
import { htmlToArticle } from "./html";
import { articleFromFile, articleFromText } from "./intake";
import { markdownToArticle } from "./markdown";
import { pdfToArticle } from "./pdf";
import { decodeText, looksBinary, titleFromText } from "./text";
import { makePdf, STORY_MARKDOWN, STORY_PARAGRAPHS, STORY_TEXT, STORY_TITLE, storyPage, storyPdf, wrap } from "./test-fixtures";

const enc = (s: string) => new TextEncoder().encode(s);

async function intakeError(p: Promise<unknown> | (() => unknown)): Promise<IntakeError> {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (err) {
    expect(err).toBeInstanceOf(IntakeError);
    return err as IntakeError;
  }
  throw new Error("expected an IntakeError");
}

describe("htmlToArticle (Readability on linkedom)", () => {
  it("keeps the article's paragraphs and drops navigation, byline, share bar, related links and footer", () => {
    const { title, text } = htmlToArticle(storyPage());
    expect(title).toBe(STORY_TITLE);
    expect(text.startsWith(STORY_TITLE + "\n\n")).toBe(true);
    for (const p of STORY_PARAGRAPHS) expect(text).toContain(p);
    for (const junk of ["Subscribe today", "Weather", "Rhian Mostyn", "Share this", "Facebook", "Most read", "Ferry timetable", "All rights reserved", "Privacy policy", "window.tracking", "font-family"]) {
      expect(text, junk).not.toContain(junk);
    }
    // Paragraphs stay paragraphs (the generator's sentence splitter and cleaner rely on blank lines).
    expect(text.split("\n\n").length).toBeGreaterThanOrEqual(STORY_PARAGRAPHS.length + 1);
  });

  it("reads a page without article markup by removing the page chrome", () => {
    const html = `<html><head><title>Notes</title></head><body><nav>Home | About | Contact</nav><div>${STORY_PARAGRAPHS.slice(0, 2).map((p) => `<div>${p}</div>`).join("")}</div><footer>Site footer text</footer></body></html>`;
    const { title, text } = htmlToArticle(html);
    expect(title).toBe("Notes");
    expect(text).toContain(STORY_PARAGRAPHS[0]);
    expect(text).toContain(STORY_PARAGRAPHS[1]);
    expect(text).not.toContain("Home | About");
    expect(text).not.toContain("Site footer");
  });

  it("accepts a bare fragment and decodes entities", () => {
    const { text } = htmlToArticle("<p>Fish &amp; chips cost &pound;5 in 1999.</p><p>Second&nbsp;paragraph.</p>");
    expect(text).toContain("Fish & chips cost £5 in 1999.");
    expect(text).toContain("Second paragraph.");
  });
});

describe("markdownToArticle", () => {
  it("drops front matter and markup, keeps headings on their own lines and takes the title", () => {
    const { title, text } = markdownToArticle(STORY_MARKDOWN);
    expect(title).toBe(STORY_TITLE);
    expect(text.split("\n")[0]).toBe(STORY_TITLE);
    expect(text).toContain("\n\nA brighter lamp\n\n");
    expect(text).toContain("uses light-emitting diodes and");
    expect(text).toContain("came from the Harbour Trust, which");
    for (const junk of ["---", "author:", "**", "](", "#", "![", "lighthouse.jpg"]) expect(text, junk).not.toContain(junk);
  });
});

describe("pdfToArticle (unpdf)", () => {
  it("rebuilds paragraphs and drops running heads and page numbers", async () => {
    const { title, text } = await pdfToArticle(storyPdf());
    expect(title).toBe(STORY_TITLE);
    expect(text).not.toContain("Weekend edition");
    expect(text).not.toMatch(/^\d+$/m);
    const paragraphs = text.split("\n\n").map((p) => p.replace(/\n/g, " "));
    expect(paragraphs[0]).toBe(STORY_TITLE);
    expect(paragraphs.slice(1)).toEqual(STORY_PARAGRAPHS);
  });

  it("joins words hyphenated at a line end and paragraphs split across pages", async () => {
    const pdf = makePdf([
      ["A Short Report", "", "The harbour was rebuilt in 1920 after a long recov-", "ery from the great storm, and the work"],
      ["continued for nine more years under the mayor."],
    ]);
    const { title, text } = await pdfToArticle(pdf);
    expect(title).toBe("A Short Report");
    expect(text.replace(/\n(?!\n)/g, " ")).toContain("after a long recovery from the great storm, and the work continued for nine more years under the mayor.");
  });

  it("refuses a damaged PDF and one with no text", async () => {
    const broken = new Uint8Array(Buffer.from("%PDF-1.4\n1 0 obj\n<< /Type /Catalog\nthis is not a pdf at all"));
    expect((await intakeError(pdfToArticle(broken))).message).toMatch(/could not be read/);
    const empty = makePdf([[]]);
    expect((await intakeError(pdfToArticle(empty))).message).toMatch(/no text in it/);
  });
});

describe("articleFromText", () => {
  it("accepts an article, counts its words on the cleaned text and takes the heading as title", () => {
    const a = articleFromText(STORY_TEXT);
    expect(a.title).toBe(STORY_TITLE);
    expect(a.words).toBeGreaterThan(150);
    expect(a.source).toBe("text");
    expect(a.clean).toContain(STORY_PARAGRAPHS[3]);
  });

  it("uses the first words as title when the text has no heading, and a title given by a re-run", () => {
    const body = STORY_PARAGRAPHS.join("\n\n");
    expect(articleFromText(body).title).toBe("After eleven years of darkness, the lighthouse at…");
    expect(articleFromText(body, { title: "My title", sourceUrl: "https://example.org/x" })).toMatchObject({ title: "My title", sourceUrl: "https://example.org/x" });
  });

  it("refuses empty, too short, binary and oversized text with a reason", async () => {
    expect((await intakeError(() => articleFromText("  \n\t "))).message).toBe("Paste the article's text first.");
    const short = await intakeError(() => articleFromText(STORY_PARAGRAPHS[0]));
    expect(short.status).toBe(400);
    expect(short.message).toMatch(/only 3\d words .* at least 80/);
    // Boilerplate does not count as article: a byline and share lines around 60 words stay too short.
    const padded = `By Jane Doe\nShare\nTweet\nAdvertisement\n${STORY_PARAGRAPHS[0]}\n${STORY_PARAGRAPHS[1]}\nRead more: other stories`;
    expect((await intakeError(() => articleFromText(padded))).message).toMatch(/only \d+ words/);
    const binary = await intakeError(() => articleFromText("PK\u0003\u0004\u0000\u0000 binary junk".repeat(20)));
    expect(binary.message).toMatch(/doesn't look like text/);
    const huge = await intakeError(() => articleFromText("word ".repeat(ARTICLE_LIMITS.maxChars / 5 + 10)));
    expect(huge.status).toBe(413);
    expect(huge.message).toMatch(/200,0\d\d characters long; the limit is 200,000/);
  });

  it("reads a pasted page source as HTML", () => {
    const a = articleFromText(storyPage());
    expect(a.title).toBe(STORY_TITLE);
    expect(a.text).not.toContain("<p>");
    expect(a.text).not.toContain("Subscribe today");
  });
});

describe("articleFromFile", () => {
  it("reads .txt, .md, .html and .pdf", async () => {
    const txt = await articleFromFile({ name: "story.txt", bytes: enc(STORY_TEXT) });
    expect(txt).toMatchObject({ title: STORY_TITLE, source: "file", fileName: "story.txt" });
    const md = await articleFromFile({ name: "story.md", bytes: enc(STORY_MARKDOWN) });
    expect(md.text).not.toContain("**");
    const html = await articleFromFile({ name: "story.html", bytes: enc(storyPage()) });
    expect(html.text).not.toContain("Privacy policy");
    const pdf = await articleFromFile({ name: "story.pdf", bytes: storyPdf() });
    expect(pdf.title).toBe(STORY_TITLE);
    for (const a of [txt, md, html, pdf]) expect(a.clean).toContain("Keeper Tomos Griffiths, whose grandfather tended the same light");
  });

  it("goes by the bytes, not the name", async () => {
    const pdfAsTxt = await articleFromFile({ name: "story.txt", bytes: storyPdf() });
    expect(pdfAsTxt.text).toContain("Cardigan Bay");
    const htmlNoExt = await articleFromFile({ name: "download", type: "application/octet-stream", bytes: enc(storyPage()) });
    expect(htmlNoExt.text).not.toContain("Most read");
    const docx = await intakeError(articleFromFile({ name: "essay.docx", bytes: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]) }));
    expect(docx.status).toBe(415);
    expect(docx.message).toMatch(/Word.*Save it as PDF or plain text/);
    const png = await intakeError(articleFromFile({ name: "notes.txt", bytes: new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0]) }));
    expect(png.message).toMatch(/PNG image/);
    const fakePdf = await intakeError(articleFromFile({ name: "story.pdf", bytes: enc(STORY_TEXT) }));
    expect(fakePdf.message).toMatch(/isn't a PDF inside/);
    const unknown = await intakeError(articleFromFile({ name: "data.bin", type: "application/octet-stream", bytes: enc(STORY_TEXT) }));
    expect(unknown.message).toMatch(/reads .txt, .md, .html and .pdf/);
  });

  it("refuses empty, binary, oversized and too-short files", async () => {
    expect((await intakeError(articleFromFile({ name: "a.txt", bytes: new Uint8Array() }))).message).toBe("“a.txt” is empty.");
    const bin = new Uint8Array(4000).map((_, i) => (i * 7919) % 256);
    expect((await intakeError(articleFromFile({ name: "a.txt", bytes: bin }))).message).toMatch(/isn't a text file/);
    const big = await intakeError(articleFromFile({ name: "a.txt", bytes: new Uint8Array(ARTICLE_LIMITS.maxUploadBytes + 1).fill(65) }));
    expect(big.status).toBe(413);
    expect(big.message).toMatch(/files up to 5 MB/);
    const long = await intakeError(articleFromFile({ name: "long.txt", bytes: enc("Words and more words. ".repeat(12_000)) }));
    expect(long.message).toMatch(/“long.txt” is 263,999 characters long/);
    const short = await intakeError(articleFromFile({ name: "short.md", bytes: enc("# Title\n\nJust one line.") }));
    expect(short.message).toMatch(/“short.md” has only \d+ words/);
  });

  it("decodes UTF-16 and Windows-1252 text files", async () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(STORY_TEXT.replace("Saturday", "Saturday – café"), "utf16le")]);
    expect((await articleFromFile({ name: "u16.txt", bytes: new Uint8Array(utf16) })).text).toContain("Saturday – café");
    const cp1252 = Buffer.from(STORY_TEXT.replace("Saturday", "Saturday caf\u00e9"), "latin1");
    expect((await articleFromFile({ name: "old.txt", bytes: new Uint8Array(cp1252) })).text).toContain("Saturday café");
  });
});

describe("text helpers", () => {
  it("decodeText honours BOMs and declared charsets", () => {
    expect(decodeText(new Uint8Array([0xef, 0xbb, 0xbf, 0x68, 0x69]))).toBe("hi");
    expect(decodeText(new Uint8Array([0xe9]), "iso-8859-1")).toBe("é");
    expect(decodeText(new Uint8Array([0x68, 0x69]), "no-such-charset")).toBe("hi");
  });

  it("looksBinary spots control characters but not ordinary text", () => {
    expect(looksBinary(STORY_TEXT)).toBe(false);
    expect(looksBinary("tab\tand\nnewlines\r\n and “quotes” — fine")).toBe(false);
    expect(looksBinary("abc\u0000def")).toBe(true);
    expect(looksBinary("\u0001\u0002\u0003 text")).toBe(true);
  });

  it("titleFromText", () => {
    expect(titleFromText("# Heading\n\nBody.")).toBe("Heading");
    expect(titleFromText("One sentence here. Then more.")).toBe("One sentence here. Then more");
    expect(titleFromText(wrap("a ".repeat(200)).join("\n"))).toBe("a a a a a a a a…");
  });
});
