// Fetches a web page for import: http/https only, a deadline for the whole exchange (redirects and
// body included), a size cap on the decompressed body, at most five redirects, each hop checked again.
// By default it refuses addresses on this machine or the local network (loopback, private, link-local):
// the server fetches on behalf of whoever calls the API, and a student on the school network must not
// be able to read the teacher's router page or a service bound to localhost through it. The check runs
// on the resolved address at connect time, so a name that resolves to 127.0.0.1 is refused too.
// ARTICLE_FETCH_ALLOW_PRIVATE=1 lifts this (an intranet wiki; the tests' loopback server).
import dns from "node:dns";
import http from "node:http";
import https from "node:https";
import net from "node:net";
import zlib from "node:zlib";
import type { Readable } from "node:stream";
import { IntakeError, formatBytes } from "./errors";

export interface FetchOptions {
  timeoutMs?: number;
  maxBytes?: number;
  maxRedirects?: number;
  allowPrivateNetwork?: boolean;
}

export interface FetchedPage {
  /** The address after redirects. */
  url: string;
  contentType: string;
  charset: string | null;
  bytes: Buffer;
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

const PRIVATE = new net.BlockList();
for (const [addr, prefix] of [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
] as const) PRIVATE.addSubnet(addr, prefix, "ipv4");
for (const [addr, prefix] of [
  ["::", 128],
  ["::1", 128],
  ["fc00::", 7],
  ["fe80::", 10],
  ["ff00::", 8],
] as const) PRIVATE.addSubnet(addr, prefix, "ipv6");

export function isPrivateAddress(address: string): boolean {
  const family = net.isIP(address);
  if (family === 4) return PRIVATE.check(address, "ipv4");
  if (family === 6) {
    const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
    if (mapped) return PRIVATE.check(mapped[1], "ipv4");
    return PRIVATE.check(address, "ipv6");
  }
  return true; // not an address at all: refuse
}

const PRIVATE_MESSAGE = "That address is on this computer or the local network, which Factsprint doesn't import from. Use a public web page, or save the page and upload it.";

/** dns.lookup that refuses private answers (used as the socket's lookup, so it is checked at connect). */
function guardedLookup(hostname: string, options: dns.LookupOptions, callback: (...args: unknown[]) => void): void {
  dns.lookup(hostname, { ...options, all: true }, (err, addresses) => {
    if (err) return callback(err);
    const list = addresses as dns.LookupAddress[];
    const bad = list.find((a) => isPrivateAddress(a.address));
    if (bad) return callback(Object.assign(new Error(PRIVATE_MESSAGE), { code: "EPRIVATE" }));
    if (options.all) return callback(null, list);
    callback(null, list[0].address, list[0].family);
  });
}

/** Checks and normalises what the teacher typed: a bare "example.org/page" gets https://. */
export function parseArticleUrl(input: string): URL {
  const raw = input.trim();
  if (!raw) throw new IntakeError(400, "url", "Type or paste the web page's address.");
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:/i.test(raw) ? raw : `https://${raw}`);
  } catch {
    throw new IntakeError(400, "url", "That isn't a web address. It should look like https://example.org/article.");
  }
  if (url.protocol !== "http:" && url.protocol !== "https:") {
    throw new IntakeError(400, "url", "Only web pages (addresses starting with http:// or https://) can be imported.");
  }
  if (!url.hostname) throw new IntakeError(400, "url", "That web address has no site name in it.");
  if (url.username || url.password) throw new IntakeError(400, "url", "Addresses with a user name or password in them can't be imported.");
  url.hash = "";
  return url;
}

function unreachable(url: URL, detail: string): IntakeError {
  return new IntakeError(502, "url", `Couldn't load ${url.host}: ${detail} Check the address, or save the page and upload it.`);
}

function describeNetworkError(err: NodeJS.ErrnoException): string {
  switch (err.code) {
    case "EPRIVATE":
      return PRIVATE_MESSAGE;
    case "ENOTFOUND":
    case "EAI_AGAIN":
      return "no site has that name (or this computer is offline).";
    case "ECONNREFUSED":
      return "the site refused the connection.";
    case "ECONNRESET":
    case "EPIPE":
      return "the connection was cut off.";
    case "EHOSTUNREACH":
    case "ENETUNREACH":
      return "the site can't be reached from here.";
    default:
      if (err.code?.startsWith("ERR_TLS") || /certificate|SSL|TLS/i.test(err.message)) return "its security certificate isn't valid.";
      return "the connection failed.";
  }
}

function decompress(res: http.IncomingMessage): Readable {
  const enc = String(res.headers["content-encoding"] ?? "").trim().toLowerCase();
  if (enc === "gzip" || enc === "x-gzip") return res.pipe(zlib.createGunzip());
  if (enc === "deflate") return res.pipe(zlib.createInflate());
  if (enc === "br") return res.pipe(zlib.createBrotliDecompress());
  return res;
}

/** GET one URL, following up to maxRedirects redirects. Throws IntakeError with a readable reason. */
export async function fetchPage(input: string | URL, opts: FetchOptions = {}): Promise<FetchedPage> {
  const timeoutMs = opts.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const maxBytes = opts.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = opts.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const allowPrivate = opts.allowPrivateNetwork ?? false;
  const deadline = Date.now() + timeoutMs;
  let url = typeof input === "string" ? parseArticleUrl(input) : input;

  for (let hop = 0; ; hop++) {
    if (!allowPrivate && net.isIP(url.hostname.replace(/^\[|\]$/g, "")) && isPrivateAddress(url.hostname.replace(/^\[|\]$/g, ""))) {
      throw new IntakeError(400, "url", PRIVATE_MESSAGE);
    }
    if (!allowPrivate && /^localhost$|\.localhost$/i.test(url.hostname)) throw new IntakeError(400, "url", PRIVATE_MESSAGE);
    const result = await requestOnce(url, { deadline, timeoutMs, maxBytes, allowPrivate });
    if ("redirect" in result) {
      if (hop >= maxRedirects) throw unreachable(url, `it redirected more than ${maxRedirects} times.`);
      let next: URL;
      try {
        next = new URL(result.redirect, url);
      } catch {
        throw unreachable(url, "it redirected to an invalid address.");
      }
      if (next.protocol !== "http:" && next.protocol !== "https:") throw unreachable(url, "it redirected to something that isn't a web page.");
      next.hash = "";
      url = next;
      continue;
    }
    return { ...result, url: url.toString() };
  }
}

function requestOnce(
  url: URL,
  o: { deadline: number; timeoutMs: number; maxBytes: number; allowPrivate: boolean },
): Promise<{ redirect: string } | Omit<FetchedPage, "url">> {
  return new Promise((resolve, reject) => {
    const remaining = o.deadline - Date.now();
    const seconds = Math.round(o.timeoutMs / 1000);
    if (remaining <= 0) return reject(new IntakeError(504, "url", `${url.host} took longer than ${seconds} seconds to answer. Try again, or save the page and upload it.`));
    const client = url.protocol === "https:" ? https : http;
    let settled = false;
    const fail = (err: IntakeError) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      req.destroy();
      reject(err);
    };
    const req = client.request(
      url,
      {
        method: "GET",
        headers: {
          "user-agent": "Mozilla/5.0 (compatible; Factsprint article import)",
          accept: "text/html,application/xhtml+xml,text/plain;q=0.9,text/markdown;q=0.9,application/pdf;q=0.8,*/*;q=0.1",
          "accept-encoding": "gzip, deflate, br",
          "accept-language": "en;q=0.9, *;q=0.5",
        },
        lookup: o.allowPrivate ? undefined : (guardedLookup as unknown as typeof dns.lookup),
        agent: false,
      },
      (res) => {
        const status = res.statusCode ?? 0;
        if (status >= 300 && status < 400 && res.headers.location) {
          res.resume();
          settled = true;
          clearTimeout(timer);
          return resolve({ redirect: res.headers.location });
        }
        if (status < 200 || status >= 300) {
          res.resume();
          const why =
            status === 404 || status === 410
              ? "there is no page at that address (error " + status + ")."
              : status === 401 || status === 403
                ? "the site doesn't let Factsprint read that page (error " + status + "); it may need a login."
                : status === 429
                  ? "the site is asking for fewer requests (error 429). Wait a minute."
                  : `the site answered with error ${status}.`;
          return fail(unreachable(url, why));
        }
        const declared = Number(res.headers["content-length"] ?? NaN);
        if (Number.isFinite(declared) && declared > o.maxBytes && !res.headers["content-encoding"]) {
          res.resume();
          return fail(new IntakeError(413, "url", `That page is ${formatBytes(declared)}; Factsprint reads pages up to ${formatBytes(o.maxBytes)}.`));
        }
        const contentTypeHeader = String(res.headers["content-type"] ?? "");
        const contentType = contentTypeHeader.split(";")[0].trim().toLowerCase();
        const charset = /charset\s*=\s*"?([\w.:-]+)/i.exec(contentTypeHeader)?.[1] ?? null;
        const body = decompress(res);
        const chunks: Buffer[] = [];
        let size = 0;
        body.on("data", (chunk: Buffer) => {
          size += chunk.length;
          if (size > o.maxBytes) {
            fail(new IntakeError(413, "url", `That page is larger than ${formatBytes(o.maxBytes)}; Factsprint reads pages up to that size.`));
            body.destroy();
            return;
          }
          chunks.push(chunk);
        });
        body.on("end", () => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve({ contentType, charset, bytes: Buffer.concat(chunks) });
        });
        body.on("error", () => fail(unreachable(url, "the page arrived damaged (bad compression).")));
        res.on("aborted", () => fail(unreachable(url, "the connection was cut off.")));
      },
    );
    const timer = setTimeout(
      () => fail(new IntakeError(504, "url", `${url.host} took longer than ${seconds} seconds to answer. Try again, or save the page and upload it.`)),
      remaining,
    );
    req.on("error", (err: NodeJS.ErrnoException) => {
      if (err.code === "EPRIVATE") return fail(new IntakeError(400, "url", PRIVATE_MESSAGE));
      fail(unreachable(url, describeNetworkError(err)));
    });
    req.end();
  });
}
