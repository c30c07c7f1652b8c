// Article intake through the real server: pasted text, uploads (multipart) of each file kind, a web page
// served by this test on loopback, and every refusal with its message and field.
import http from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { ApiError, ArticleDraft } from "../../server/protocol";
import type { RunningServer } from "../../server/index";
import { STORY_MARKDOWN, STORY_PARAGRAPHS, STORY_TEXT, STORY_TITLE, storyPage, storyPdf } from "../../server/articles/test-fixtures";
import { startTestServer, teacherCookie } from "./helpers";

let server: RunningServer;
let site: http.Server;
let siteUrl = "";
const previousAllow = process.env.ARTICLE_FETCH_ALLOW_PRIVATE;

beforeAll(async () => {
  server = await startTestServer();
  site = http.createServer((req, res) => {
    if (req.url === "/news/lighthouse") res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(storyPage());
    else if (req.url === "/old-address") res.writeHead(301, { location: "/news/lighthouse" }).end();
    else if (req.url === "/loop") res.writeHead(302, { location: "/loop" }).end();
    else if (req.url === "/tiny") res.writeHead(200, { "content-type": "text/html" }).end("<html><body><nav>Home</nav><p>Hello there.</p></body></html>");
    else res.writeHead(404).end("not here");
  });
  await new Promise<void>((r) => site.listen(0, "127.0.0.1", r));
  siteUrl = `http://127.0.0.1:${(site.address() as { port: number }).port}`;
});

afterAll(async () => {
  if (previousAllow === undefined) delete process.env.ARTICLE_FETCH_ALLOW_PRIVATE;
  else process.env.ARTICLE_FETCH_ALLOW_PRIVATE = previousAllow;
  site?.closeAllConnections();
  await new Promise((r) => site?.close(r));
  await server?.close();
});

async function draft(body: unknown): Promise<{ status: number; json: ArticleDraft & ApiError }> {
  const res = await fetch(`${server.url}/api/articles/draft`, { method: "POST", headers: { "content-type": "application/json", cookie: teacherCookie(server) }, body: JSON.stringify(body) });
  return { status: res.status, json: await res.json() };
}

async function upload(name: string, bytes: Uint8Array | string, fields: Record<string, string> = {}): Promise<{ status: number; json: ArticleDraft & ApiError }> {
  const form = new FormData();
  for (const [k, v] of Object.entries(fields)) form.set(k, v);
  form.set("file", new Blob([typeof bytes === "string" ? bytes : Buffer.from(bytes)]), name);
  const res = await fetch(`${server.url}/api/articles/draft`, { method: "POST", headers: { cookie: teacherCookie(server) }, body: form });
  return { status: res.status, json: await res.json() };
}

function expectGoodDraft(d: ArticleDraft) {
  expect(d.article.title).toBe(STORY_TITLE);
  expect(d.article.words).toBeGreaterThan(150);
  expect(d.questions.length).toBeGreaterThan(4);
  expect(d.ms).toBeGreaterThanOrEqual(0);
  for (const q of d.questions) expect(d.article.text).toContain(q.sourceSentence);
}

describe("POST /api/articles/draft", () => {
  it("drafts questions from pasted text, with count and types", async () => {
    const { status, json } = await draft({ text: STORY_TEXT, count: 6 });
    expect(status).toBe(200);
    expectGoodDraft(json);
    expect(json.questions.length).toBeLessThanOrEqual(6);
    expect(json.article).toMatchObject({ source: "text", sourceUrl: null, fileName: null });
    const tf = await draft({ text: STORY_TEXT, count: 4, types: ["tf"] });
    expect(tf.json.questions.length).toBeGreaterThan(0);
    expect(tf.json.questions.every((q) => q.type === "tf")).toBe(true);
  });

  it("drafts from uploaded .txt, .md, .html and .pdf files", async () => {
    for (const [name, bytes] of [
      ["story.txt", STORY_TEXT],
      ["story.md", STORY_MARKDOWN],
      ["story.html", storyPage()],
      ["story.pdf", storyPdf()],
    ] as const) {
      const { status, json } = await upload(name, bytes, { count: "8", types: "mc,number,tf,type" });
      expect(status, name).toBe(200);
      expectGoodDraft(json);
      expect(json.article).toMatchObject({ source: "file", fileName: name });
      expect(json.article.text, name).not.toMatch(/Privacy policy|Weekend edition|\*\*|Subscribe/);
      expect(json.questions.every((q) => ["mc", "number", "tf", "type"].includes(q.type))).toBe(true);
    }
  });

  it("imports a web page like a reader view, following redirects", async () => {
    process.env.ARTICLE_FETCH_ALLOW_PRIVATE = "1";
    const { status, json } = await draft({ url: `${siteUrl}/old-address`, count: 8 });
    expect(status).toBe(200);
    expectGoodDraft(json);
    expect(json.article).toMatchObject({ source: "url", sourceUrl: `${siteUrl}/news/lighthouse` });
    expect(json.article.text).toContain(STORY_PARAGRAPHS[2]);
    for (const junk of ["Most read", "Coastal Affairs Correspondent", "All rights reserved", "Weather"]) expect(json.article.text).not.toContain(junk);
  });

  it("explains unreachable, looping, non-web and too-short pages", async () => {
    process.env.ARTICLE_FETCH_ALLOW_PRIVATE = "1";
    const missing = await draft({ url: `${siteUrl}/nowhere` });
    expect(missing.status).toBe(502);
    expect(missing.json.error).toMatchObject({ code: "BAD_REQUEST", issues: [{ path: "url" }] });
    expect(missing.json.error.message).toMatch(/^Couldn't load 127\.0\.0\.1:\d+: there is no page at that address \(error 404\)/);
    const loop = await draft({ url: `${siteUrl}/loop` });
    expect(loop.json.error.message).toMatch(/redirected more than 5 times/);
    const tiny = await draft({ url: `${siteUrl}/tiny` });
    expect(tiny.status).toBe(400);
    expect(tiny.json.error.message).toMatch(/The page at 127\.0\.0\.1:\d+ has only \d+ words? of article/);
    const bad = await draft({ url: "ftp://example.org/file.txt" });
    expect(bad.json.error.message).toMatch(/Only web pages/);
  });

  it("refuses this machine's addresses unless ARTICLE_FETCH_ALLOW_PRIVATE is set", async () => {
    delete process.env.ARTICLE_FETCH_ALLOW_PRIVATE;
    const { status, json } = await draft({ url: `${siteUrl}/news/lighthouse` });
    expect(status).toBe(400);
    expect(json.error.message).toMatch(/on this computer or the local network/);
  });

  it("refuses empty, short, binary and oversized input with a message for its field", async () => {
    const cases: [unknown, number, string, RegExp][] = [
      [{ text: "" }, 400, "text", /^Paste the article's text first\.$/],
      [{ text: STORY_PARAGRAPHS[1] }, 400, "text", /only \d+ words .* at least 80/],
      [{ text: "\u0000\u0001\u0002binary\u0003".repeat(50) }, 400, "text", /doesn't look like text/],
      [{ text: "lorem ipsum ".repeat(20_000) }, 413, "text", /239,999 characters long; the limit is 200,000/],
      [{ text: STORY_TEXT, url: "https://example.org" }, 400, "text", /text or a web address/],
      [{}, 400, "text", /text or a web address/],
      [{ text: STORY_TEXT, count: 0 }, 400, "count", /.+/],
      [{ text: STORY_TEXT, types: [] }, 400, "types", /at least one kind/],
      [{ text: STORY_TEXT, types: ["essay"] }, 400, "types.0", /.+/],
    ];
    for (const [body, status, path, message] of cases) {
      const res = await draft(body);
      expect(res.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect(res.json.error.message).toMatch(message);
      expect(res.json.error.issues?.[0].path).toBe(path);
    }
    const garbage = await fetch(`${server.url}/api/articles/draft`, { method: "POST", headers: { "content-type": "application/json", cookie: teacherCookie(server) }, body: "{nope" });
    expect(garbage.status).toBe(400);
  });

  it("refuses bad uploads: empty, binary, Word, oversized, none", async () => {
    expect((await upload("empty.txt", "")).json.error.message).toBe("“empty.txt” is empty.");
    const word = await upload("essay.docx", new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0, 0, 0, 0]));
    expect(word.status).toBe(415);
    expect(word.json.error).toMatchObject({ issues: [{ path: "file" }] });
    expect(word.json.error.message).toMatch(/Save it as PDF or plain text/);
    const binary = await upload("notes.txt", new Uint8Array(3000).map((_, i) => (i * 31) % 256));
    expect(binary.json.error.message).toMatch(/isn't a text file/);
    const huge = await upload("huge.txt", "a".repeat(5 * 1024 * 1024 + 10));
    expect(huge.status).toBe(413);
    expect(huge.json.error.message).toMatch(/larger than 5 MB/);
    const form = new FormData();
    form.set("count", "5");
    const none = await fetch(`${server.url}/api/articles/draft`, { method: "POST", headers: { cookie: teacherCookie(server) }, body: form });
    expect(none.status).toBe(400);
    expect(((await none.json()) as ApiError).error.message).toBe("Choose a file to upload.");
    const badCount = await upload("story.txt", STORY_TEXT, { count: "many" });
    expect(badCount.status).toBe(400);
  });
});
