import { afterEach, describe, expect, it, vi } from "vitest";
import { ApiRequestError, requestJson } from "./api";

afterEach(() => vi.unstubAllGlobals());

describe("requestJson", () => {
  it("sends a string body as JSON and lets FormData set its own type", async () => {
    const fetch = vi.fn(async () => new Response("{}", { status: 200 }));
    vi.stubGlobal("fetch", fetch);
    await requestJson("/a", { method: "POST", body: "{}" });
    await requestJson("/b", { method: "POST", body: new FormData() });
    const calls = fetch.mock.calls as unknown as [string, RequestInit][];
    expect(calls[0][1].headers).toEqual({ "content-type": "application/json" });
    expect(calls[1][1].headers).toBeUndefined();
  });

  it("passes a cancel through and turns the rest into ApiRequestError with a message to show", async () => {
    vi.stubGlobal("fetch", vi.fn(async () => { throw new DOMException("stopped", "AbortError"); }));
    await expect(requestJson("/a")).rejects.toMatchObject({ name: "AbortError" });
    vi.stubGlobal("fetch", vi.fn(async () => { throw new TypeError("failed to fetch"); }));
    await expect(requestJson("/a", {}, { offlineMessage: "Offline." })).rejects.toEqual(new ApiRequestError(0, "NETWORK", "Offline."));
    vi.stubGlobal("fetch", vi.fn(async () => new Response("", { status: 413 })));
    await expect(requestJson("/a", {}, { onUnauthorized: "answer" })).rejects.toMatchObject({ status: 413, message: expect.stringMatching(/too large/) });
    vi.stubGlobal("fetch", vi.fn(async () => new Response(JSON.stringify({ error: { code: "TOO_SHORT", message: "Paste a longer text." } }), { status: 400 })));
    await expect(requestJson("/a")).rejects.toMatchObject({ code: "TOO_SHORT", message: "Paste a longer text." });
  });
});
