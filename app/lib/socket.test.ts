import { EventEmitter } from "node:events";
import { afterEach, describe, expect, it, vi } from "vitest";
import { whenConnected } from "./socket";

function fakeSocket(connected: boolean) {
  const e = new EventEmitter();
  return Object.assign(e, { connected }) as EventEmitter & { connected: boolean };
}

describe("whenConnected", () => {
  afterEach(() => vi.useRealTimers());

  it("answers at once for a connected socket", async () => {
    await expect(whenConnected(fakeSocket(true) as never, 10)).resolves.toBe(true);
  });

  it("waits for a socket that is still opening", async () => {
    vi.useFakeTimers();
    const s = fakeSocket(false);
    const done = whenConnected(s as never, 5000);
    vi.advanceTimersByTime(3000);
    s.emit("connect");
    await expect(done).resolves.toBe(true);
  });

  it("gives up after the wait and stops listening", async () => {
    vi.useFakeTimers();
    const s = fakeSocket(false);
    const done = whenConnected(s as never, 5000);
    vi.advanceTimersByTime(5001);
    await expect(done).resolves.toBe(false);
    expect(s.listenerCount("connect")).toBe(0);
  });
});
