// Small inputs written for the tests (no copied articles): an invented news story in plain text, the
// same story inside a web page with navigation, byline, share bar and footer, and a PDF built by hand.

export const STORY_TITLE = "The Lighthouse at Port Elwyn Shines Again";

export const STORY_PARAGRAPHS = [
  "After eleven years of darkness, the lighthouse at Port Elwyn was switched back on last Saturday. The tower, built in 1873 by the engineer Margaret Cole, had been closed in 2013 when storms cracked its lantern room.",
  "The restoration cost 2.4 million pounds and took four years. Most of the money came from the Harbour Trust, which raised it from more than 6,000 donors across Wales and Ireland.",
  "The new lamp uses light-emitting diodes and can be seen from 22 nautical miles away, further than the old paraffin burner ever reached. Sailors on the Irish Sea said the beam was visible from the coast of Anglesey on the first night.",
  "Keeper Tomos Griffiths, whose grandfather tended the same light, climbed the 148 steps to start it. \"My grandfather would have wept to see it burning again,\" Griffiths said. The switch-on drew a crowd of about 3,000 people to the harbour wall.",
  "The lighthouse will also house a small museum about shipwrecks in Cardigan Bay. Its first exhibit is the bell of the Mary Evans, a cargo ship that sank near the harbour in 1891. Visitors can tour the tower from April to October, and tickets cost five pounds.",
];

export const STORY_TEXT = `${STORY_TITLE}\n\n${STORY_PARAGRAPHS.join("\n\n")}\n`;

const esc = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");

/** The story as a news site would serve it: chrome around an <article>. */
export function storyPage(opts: { title?: string } = {}): string {
  const title = opts.title ?? STORY_TITLE;
  return `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)} | The Coastal Courier</title>
<meta property="og:title" content="${esc(title)}"><style>body{font-family:serif}</style><script>window.tracking = true;</script></head>
<body>
<header class="site-header"><a href="/">The Coastal Courier</a>
<nav class="main-nav"><ul><li><a href="/news">News</a></li><li><a href="/sport">Sport</a></li><li><a href="/weather">Weather</a></li><li><a href="/subscribe">Subscribe today for unlimited access</a></li></ul></nav></header>
<main>
<article>
<h1>${esc(title)}</h1>
<p class="byline">By Rhian Mostyn, Coastal Affairs Correspondent</p>
<div class="share">Share this article <a href="#">Facebook</a> <a href="#">Twitter</a></div>
${STORY_PARAGRAPHS.map((p) => `<p>${esc(p)}</p>`).join("\n")}
<figure><img src="lighthouse.jpg" alt="The tower"><figcaption>Photo: Harbour Trust</figcaption></figure>
</article>
<aside class="related"><h2>Most read</h2><ul><li><a href="/a">Ferry timetable changes announced for winter season</a></li><li><a href="/b">Council approves new seafront cycle path</a></li></ul></aside>
</main>
<footer class="site-footer"><p>© 2024 The Coastal Courier Ltd. All rights reserved.</p><p><a href="/privacy">Privacy policy</a> · <a href="/contact">Contact us</a> · <a href="/careers">Work for the Courier</a></p></footer>
</body></html>`;
}

export const STORY_MARKDOWN = `---
title: ${STORY_TITLE}
author: Test Writer
---

# ${STORY_TITLE}

${STORY_PARAGRAPHS.map((p, i) => (i === 2 ? `## A brighter lamp\n\n${p.replace("light-emitting diodes", "[light-emitting diodes](https://example.org/led)")}` : p.replace("Harbour Trust", "**Harbour Trust**"))).join("\n\n")}

![The tower](lighthouse.jpg)
`;

/**
 * A minimal valid PDF (one Helvetica page per entry of `pages`, each a list of lines; an empty line
 * leaves a paragraph gap), with byte-exact cross-reference offsets. Latin-1 text only.
 */
export function makePdf(pages: string[][], opts: { title?: string } = {}): Uint8Array {
  const escPdf = (s: string) => s.replace(/[()\\]/g, (m) => "\\" + m);
  const objects: string[] = [];
  const add = (body: string) => objects.push(body) && objects.length;
  const catalog = add("<< /Type /Catalog /Pages 2 0 R >>");
  add("PAGES");
  const font = add("<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>");
  const kids: number[] = [];
  for (const lines of pages) {
    const ops = ["BT", "/F1 11 Tf", "14 TL", "72 760 Td"];
    for (const line of lines) ops.push(line ? `(${escPdf(line)}) Tj T*` : "T*");
    ops.push("ET");
    const content = ops.join("\n");
    const stream = add(`<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`);
    kids.push(add(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${stream} 0 R /Resources << /Font << /F1 ${font} 0 R >> >> >>`));
  }
  objects[1] = `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(" ")}] /Count ${kids.length} >>`;
  const info = opts.title ? add(`<< /Title (${escPdf(opts.title)}) /Producer (Factsprint tests) >>`) : 0;
  let out = "%PDF-1.4\n";
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(Buffer.byteLength(out, "latin1"));
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = Buffer.byteLength(out, "latin1");
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("")}`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R${info ? ` /Info ${info} 0 R` : ""} >>\nstartxref\n${xref}\n%%EOF\n`;
  return new Uint8Array(Buffer.from(out, "latin1"));
}

/** Wraps text into lines of at most `width` characters (as a PDF writer would). */
export function wrap(text: string, width = 80): string[] {
  const lines: string[] = [];
  let cur = "";
  for (const word of text.split(/\s+/)) {
    if (cur && cur.length + 1 + word.length > width) {
      lines.push(cur);
      cur = word;
    } else cur = cur ? `${cur} ${word}` : word;
  }
  if (cur) lines.push(cur);
  return lines;
}

/** The story as a two-page PDF with a running head and page numbers on each page. */
export function storyPdf(): Uint8Array {
  const head = "The Coastal Courier - Weekend edition";
  const paras = STORY_PARAGRAPHS.map((p) => wrap(p));
  const page1 = [head, "", STORY_TITLE, "", ...paras[0], "", ...paras[1], "", ...paras[2], "", "1"];
  const page2 = [head, "", ...paras[3], "", ...paras[4], "", "2"];
  return makePdf([page1, page2], { title: STORY_TITLE });
}
