// fetchPage and articleFromUrl against an HTTP server this test runs on loopback.
import dns from "node:dns/promises";
import http from "node:http";
import os from "node:os";
import zlib from "node:zlib";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { IntakeError } from "./errors";
import { fetchPage, isPrivateAddress, parseArticleUrl } from "./fetch";
import { articleFromUrl } from "./intake";
import { STORY_PARAGRAPHS, STORY_TEXT, STORY_TITLE, storyPage, storyPdf } from "./test-fixtures";

let server: http.Server;
let base = "";
const open = { allowPrivateNetwork: true };

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const hop = /^\/hop\/(\d+)$/.exec(url.pathname);
    if (hop) {
      const n = Number(hop[1]);
      res.writeHead(302, { location: n > 0 ? `/hop/${n - 1}` : "/story" }).end();
      return;
    }
    switch (url.pathname) {
      case "/story":
        res.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(storyPage());
        return;
      case "/story.gz":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(storyPage()));
        return;
      case "/latin1":
        res.writeHead(200, { "content-type": "text/html" }).end(Buffer.from(storyPage().replace('charset="utf-8"', "").replace("<meta charset=\"utf-8\">", '<meta charset="iso-8859-1">').replace("Saturday", "Saturday caf\u00e9"), "latin1"));
        return;
      case "/story.txt":
        res.writeHead(200, { "content-type": "text/plain" }).end(STORY_TEXT);
        return;
      case "/story.pdf":
        res.writeHead(200, { "content-type": "application/pdf" }).end(Buffer.from(storyPdf()));
        return;
      case "/image":
        res.writeHead(200, { "content-type": "image/png" }).end(Buffer.from([0x89, 0x50, 0x4e, 0x47]));
        return;
      case "/big":
        res.writeHead(200, { "content-type": "text/html" });
        res.end("<p>" + "x".repeat(300_000) + "</p>");
        return;
      case "/bomb":
        res.writeHead(200, { "content-type": "text/html", "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.alloc(3_000_000, 0x61)));
        return;
      case "/slow":
        res.writeHead(200, { "content-type": "text/html" });
        res.write("<p>starting…");
        return; // never ends
      case "/hang":
        return; // never answers
      case "/missing":
        res.writeHead(404, { "content-type": "text/html" }).end("<h1>Not found</h1>");
        return;
      case "/to-ftp":
        res.writeHead(301, { location: "ftp://example.org/file" }).end();
        return;
      default:
        res.writeHead(500).end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  base = `http://127.0.0.1:${(server.address() as { port: number }).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise((r) => server.close(r));
});

async function fails(p: Promise<unknown>): Promise<IntakeError> {
  try {
    await p;
  } catch (err) {
    expect(err).toBeInstanceOf(IntakeError);
    return err as IntakeError;
  }
  throw new Error("expected an IntakeError");
}

describe("parseArticleUrl and isPrivateAddress", () => {
  it("adds https:// to a bare address, drops the fragment, refuses other schemes and credentials", () => {
    expect(parseArticleUrl("example.org/news/a?b=1#top").toString()).toBe("https://example.org/news/a?b=1");
    expect(() => parseArticleUrl("")).toThrow(/Type or paste/);
    expect(() => parseArticleUrl("ftp://example.org/x")).toThrow(/Only web pages/);
    expect(() => parseArticleUrl("javascript:alert(1)")).toThrow(/Only web pages/);
    expect(() => parseArticleUrl("file:///etc/passwd")).toThrow(/Only web pages/);
    expect(() => parseArticleUrl("https://user:pw@example.org/")).toThrow(/user name or password/);
    expect(() => parseArticleUrl("http://exa mple.org")).toThrow(/isn't a web address/);
  });

  it("knows loopback, private, link-local and mapped addresses", () => {
    for (const a of ["127.0.0.1", "10.1.2.3", "172.20.0.1", "192.168.1.20", "169.254.169.254", "0.0.0.0", "::1", "fe80::1", "fd00::1", "::ffff:127.0.0.1"]) expect(isPrivateAddress(a), a).toBe(true);
    for (const a of ["93.184.215.14", "8.8.8.8", "2606:4700::1111"]) expect(isPrivateAddress(a), a).toBe(false);
  });
});

describe("fetchPage", () => {
  it("follows up to five redirects and reports the final address", async () => {
    const page = await fetchPage(`${base}/hop/4`, open);
    expect(page.url).toBe(`${base}/story`);
    expect(page.contentType).toBe("text/html");
    expect(page.charset).toBe("utf-8");
    const tooMany = await fails(fetchPage(`${base}/hop/5`, open));
    expect(tooMany.message).toMatch(/redirected more than 5 times/);
  });

  it("refuses redirects away from http(s), error pages, oversized and never-ending answers", async () => {
    expect((await fails(fetchPage(`${base}/to-ftp`, open))).message).toMatch(/isn't a web page/);
    const missing = await fails(fetchPage(`${base}/missing`, open));
    expect(missing.status).toBe(502);
    expect(missing.message).toMatch(/no page at that address \(error 404\)/);
    expect((await fails(fetchPage(`${base}/big`, { ...open, maxBytes: 100_000 }))).status).toBe(413);
    expect((await fails(fetchPage(`${base}/bomb`, { ...open, maxBytes: 1_000_000 }))).message).toMatch(/larger than/);
    const slow = await fails(fetchPage(`${base}/slow`, { ...open, timeoutMs: 300 }));
    expect(slow.status).toBe(504);
    expect(slow.message).toMatch(/took longer than/);
    expect((await fails(fetchPage(`${base}/hang`, { ...open, timeoutMs: 300 }))).status).toBe(504);
  });

  it("says so when nothing listens", async () => {
    const closed = http.createServer();
    await new Promise<void>((r) => closed.listen(0, "127.0.0.1", r));
    const port = (closed.address() as { port: number }).port;
    await new Promise((r) => closed.close(r));
    const err = await fails(fetchPage(`http://127.0.0.1:${port}/`, open));
    expect(err.status).toBe(502);
    expect(err.message).toMatch(/refused the connection/);
  });

  it("refuses this machine and the local network unless allowed", async () => {
    for (const url of [`${base}/story`, "http://localhost:1/", "http://[::1]:1/", "http://169.254.169.254/latest/meta-data"]) {
      expect((await fails(fetchPage(url))).message, url).toMatch(/on this computer or the local network/);
    }
    // A name that resolves to this machine (this host's own name, through /etc/hosts) is caught when
    // the resolved address is checked at connect time.
    const own = await dns.lookup(os.hostname()).catch(() => null);
    if (own && isPrivateAddress(own.address)) {
      expect((await fails(fetchPage(`http://${os.hostname()}:1/`))).message).toMatch(/on this computer or the local network/);
    }
  });
});

describe("articleFromUrl", () => {
  it("extracts the article of an HTML page, gzip or not, in its declared charset", async () => {
    for (const path of ["/story", "/story.gz", "/hop/2"]) {
      const a = await articleFromUrl(`${base}${path}`, open);
      expect(a).toMatchObject({ title: STORY_TITLE, source: "url", sourceUrl: `${base}${path.replace(/\/hop\/\d/, "/story")}` });
      expect(a.text).toContain(STORY_PARAGRAPHS[4]);
      expect(a.text).not.toContain("Privacy policy");
    }
    expect((await articleFromUrl(`${base}/latin1`, open)).text).toContain("Saturday café");
  });

  it("reads plain text and PDF addresses; refuses other files", async () => {
    expect((await articleFromUrl(`${base}/story.txt`, open)).title).toBe(STORY_TITLE);
    expect((await articleFromUrl(`${base}/story.pdf`, open)).text).toContain("Cardigan Bay");
    const img = await fails(articleFromUrl(`${base}/image`, open));
    expect(img.status).toBe(415);
    expect(img.message).toMatch(/image\/png, not a web page/);
  });
});
