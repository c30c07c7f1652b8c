import { describe, expect, it } from "vitest";
import { BOX_INTERVALS_MS, DAY_MS, MAX_BOX, MINUTE_MS, defaultRound, dueSummary, isSlow, itemStatus, schedule } from "./leitner";

const NOW = Date.UTC(2026, 10, 22, 9, 0, 0);
const REF = 20_000; // a 20-second question
const quick = { correct: true, elapsedMs: 3_000, referenceMs: REF };
const slow = { correct: true, elapsedMs: 15_000, referenceMs: REF };
const wrong = { correct: false, elapsedMs: 3_000, referenceMs: REF };

describe("schedule: box moves and due dates", () => {
  it("uses the documented intervals", () => {
    expect(BOX_INTERVALS_MS).toEqual([10 * MINUTE_MS, DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS, 30 * DAY_MS]);
    expect(MAX_BOX).toBe(5);
  });

  it("a new item answered quickly goes to box 1, due tomorrow", () => {
    expect(schedule(null, quick, NOW)).toEqual({ box: 1, dueAt: NOW + DAY_MS, move: "up" });
  });

  it("a new item answered wrongly goes to box 0, due in 10 minutes", () => {
    expect(schedule(null, wrong, NOW)).toEqual({ box: 0, dueAt: NOW + 10 * MINUTE_MS, move: "reset" });
  });

  it("a new item answered correctly but slowly stays in box 0 (back in 10 minutes)", () => {
    expect(schedule(null, slow, NOW)).toEqual({ box: 0, dueAt: NOW + 10 * MINUTE_MS, move: "stay" });
  });

  it("a due item answered quickly moves up one box with that box's interval", () => {
    for (let box = 0; box < MAX_BOX; box++) {
      const s = schedule({ box, dueAt: NOW - 1 }, quick, NOW);
      expect(s).toEqual({ box: box + 1, dueAt: NOW + BOX_INTERVALS_MS[box + 1], move: "up" });
    }
  });

  it("box 5 is the top: a quick answer keeps it there for another 30 days", () => {
    expect(schedule({ box: 5, dueAt: NOW }, quick, NOW)).toEqual({ box: 5, dueAt: NOW + 30 * DAY_MS, move: "up" });
  });

  it("a due item answered slowly stays in its box and comes back after that box's interval", () => {
    expect(schedule({ box: 3, dueAt: NOW - DAY_MS }, slow, NOW)).toEqual({ box: 3, dueAt: NOW + 7 * DAY_MS, move: "stay" });
  });

  it("a wrong answer sends any box back to 0, even when the item was not due yet", () => {
    expect(schedule({ box: 4, dueAt: NOW - 1 }, wrong, NOW)).toEqual({ box: 0, dueAt: NOW + 10 * MINUTE_MS, move: "reset" });
    expect(schedule({ box: 4, dueAt: NOW + 5 * DAY_MS }, wrong, NOW)).toEqual({ box: 0, dueAt: NOW + 10 * MINUTE_MS, move: "reset" });
  });

  it("studying ahead: a correct answer before the due date changes nothing", () => {
    const prev = { box: 2, dueAt: NOW + 2 * DAY_MS };
    expect(schedule(prev, quick, NOW)).toEqual({ ...prev, move: "ahead" });
    expect(schedule(prev, slow, NOW)).toEqual({ ...prev, move: "ahead" });
  });

  it("an item is due exactly at its due time", () => {
    expect(schedule({ box: 1, dueAt: NOW }, quick, NOW).move).toBe("up");
    expect(schedule({ box: 1, dueAt: NOW + 1 }, quick, NOW).move).toBe("ahead");
  });

  it("the missed round: missed at 9:00, right again at 9:02 → still box 0, back at 9:10", () => {
    const missed = schedule(null, wrong, NOW);
    const again = schedule(missed, quick, NOW + 2 * MINUTE_MS);
    expect(again).toEqual({ box: 0, dueAt: NOW + 10 * MINUTE_MS, move: "ahead" });
  });

  it("a box read from the database out of range is clamped", () => {
    expect(schedule({ box: 9, dueAt: NOW }, quick, NOW).box).toBe(5);
    expect(schedule({ box: -3, dueAt: NOW }, quick, NOW).box).toBe(1);
  });
});

describe("isSlow", () => {
  it("is more than 60% of the reference time", () => {
    expect(isSlow(12_000, 20_000)).toBe(false);
    expect(isSlow(12_001, 20_000)).toBe(true);
  });
  it("never slow without a reference", () => {
    expect(isSlow(99_000, 0)).toBe(false);
  });
});

describe("due view for a returning learner", () => {
  const items = [
    { id: "a", progress: { box: 1, dueAt: NOW - DAY_MS } }, // overdue since yesterday
    { id: "b", progress: null }, // new
    { id: "c", progress: { box: 3, dueAt: NOW + 3 * DAY_MS } }, // later
    { id: "d", progress: { box: 0, dueAt: NOW - 5 * DAY_MS } }, // overdue longest
    { id: "e", progress: { box: 2, dueAt: NOW + 2 * 60 * MINUTE_MS } }, // next due, in 2 hours
    { id: "f", progress: null },
    { id: "g", progress: { box: 5, dueAt: NOW } }, // due right now
  ];

  it("lists due items oldest first, new items in bank order, and the next due time", () => {
    const s = dueSummary(items, NOW);
    expect(s.dueIds).toEqual(["d", "a", "g"]);
    expect(s.newIds).toEqual(["b", "f"]);
    expect(s.nextDueAt).toBe(NOW + 2 * 60 * MINUTE_MS);
    expect(s.boxCounts).toEqual([1, 1, 1, 1, 0, 1]);
    expect(s.learnedCount).toBe(2);
    expect(defaultRound(s)).toEqual(["d", "a", "g", "b", "f"]);
  });

  it("the next day, yesterday's quick answers are due again", () => {
    const first = schedule(null, quick, NOW);
    const tomorrow = NOW + DAY_MS + 60_000;
    expect(itemStatus(first, NOW)).toBe("later");
    expect(itemStatus(first, tomorrow)).toBe("due");
    expect(dueSummary([{ id: "x", progress: first }], tomorrow).dueIds).toEqual(["x"]);
  });

  it("nothing due: empty lists and no next time for an untouched bank", () => {
    const s = dueSummary([{ id: "x", progress: null }], NOW);
    expect(s).toMatchObject({ dueIds: [], newIds: ["x"], nextDueAt: null, learnedCount: 0 });
    expect(itemStatus(null, NOW)).toBe("new");
  });
});
