// Who may talk to the game server, and how often. A 6-digit PIN space is small: without a limit, a script
// could find live games by guessing. Failed join attempts are what is limited, so a classroom whose
// phones share one address (a school NAT) can still all join.
import type { IncomingMessage } from "node:http";

/** A sliding-window counter per key (an IP address), pruned as it goes. */
export class RateLimiter {
  private hits = new Map<string, number[]>();

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
    private readonly clock: () => number = Date.now,
  ) {}

  /** True while `key` is under the limit; `record` counts this attempt. */
  allow(key: string): boolean {
    return this.recent(key).length < this.limit;
  }

  record(key: string): void {
    const list = this.recent(key);
    list.push(this.clock());
    this.hits.set(key, list);
    if (this.hits.size > 10_000) this.prune();
  }

  private recent(key: string): number[] {
    const since = this.clock() - this.windowMs;
    return (this.hits.get(key) ?? []).filter((t) => t > since);
  }

  private prune(): void {
    for (const key of [...this.hits.keys()]) if (!this.recent(key).length) this.hits.delete(key);
  }
}

/**
 * Browsers always send Origin on a WebSocket upgrade; a page on another site must not drive a game here.
 * Allowed: the Host the request came to, PUBLIC_URL, and ALLOWED_ORIGINS (comma-separated). Requests
 * without an Origin are not from a browser page and are allowed (bots, load tests, native clients).
 */
export function originAllowed(req: IncomingMessage, extra: string[] = configuredOrigins()): boolean {
  const origin = req.headers.origin;
  if (!origin) return true;
  let host: string;
  try {
    host = new URL(origin).host;
  } catch {
    return false;
  }
  if (host === req.headers.host) return true;
  return extra.some((allowed) => {
    try {
      return new URL(allowed).host === host;
    } catch {
      return false;
    }
  });
}

function configuredOrigins(): string[] {
  return [process.env.PUBLIC_URL ?? "", ...(process.env.ALLOWED_ORIGINS ?? "").split(",")].map((s) => s.trim()).filter(Boolean);
}

/** The client's address as the server sees it (no proxy headers: they are trivially forged). */
export function clientAddress(req: IncomingMessage): string {
  return req.socket.remoteAddress ?? "unknown";
}
