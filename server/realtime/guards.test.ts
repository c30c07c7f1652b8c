import type { IncomingMessage } from "node:http";
import { describe, expect, it } from "vitest";
import { originAllowed, RateLimiter } from "./guards";

const req = (origin: string | undefined, host = "192.168.1.20:3000") =>
  ({ headers: { origin, host }, socket: {} }) as unknown as IncomingMessage;

describe("origin check", () => {
  it("allows the page's own host and configured origins, refuses other sites", () => {
    expect(originAllowed(req("http://192.168.1.20:3000"), [])).toBe(true);
    expect(originAllowed(req(undefined), [])).toBe(true);
    expect(originAllowed(req("https://evil.example"), [])).toBe(false);
    expect(originAllowed(req("https://quiz.school.org"), ["https://quiz.school.org"])).toBe(true);
    expect(originAllowed(req("not a url"), [])).toBe(false);
  });
});

describe("rate limiter", () => {
  it("allows 10 attempts a minute per address, then refuses until the window slides", () => {
    let now = 0;
    const limiter = new RateLimiter(10, 60_000, () => now);
    for (let i = 0; i < 10; i++) {
      expect(limiter.allow("1.2.3.4")).toBe(true);
      limiter.record("1.2.3.4");
      now += 1000;
    }
    expect(limiter.allow("1.2.3.4")).toBe(false);
    expect(limiter.allow("5.6.7.8")).toBe(true);
    now = 60_001; // the first attempt left the window
    expect(limiter.allow("1.2.3.4")).toBe(true);
  });
});
