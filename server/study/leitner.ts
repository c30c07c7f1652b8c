// Spaced repetition for solo study: a Leitner system with six boxes. Pure functions of their inputs;
// the clock is a parameter (epoch ms), so every rule is tested with fixed times.
//
// The choices, and why:
// - Box intervals 0 → 10 minutes, 1 → 1 day, 2 → 3 days, 3 → 7 days, 4 → 14 days, 5 → 30 days.
//   Box 0 is "not known yet": a missed item comes back "soon" (10 minutes), not instantly, so a learner
//   who just saw the answer is not quizzed on short-term memory in the same breath.
// - Wrong (or no answer before the timer ran out) → box 0, due in 10 minutes, whatever box it was in.
// - Correct but slow (more than 60% of the question's time limit) → the item stays in its box and is
//   due after that box's interval again: the learner knew it, but not fluently, so it comes back sooner
//   than a quick answer would make it.
// - Correct and quick → next box (at most 5), due after the new box's interval.
// - Studying ahead: a correct answer to an item that is not due yet changes nothing (box and due date
//   stay). Otherwise going through a bank three times in one evening would push everything to box 3 and
//   hide it for a week — the spacing is the point. A wrong answer always counts (the learner forgot).
// - New items (never answered) have no progress row; after their first answer they follow the rules
//   above as if they had been in box 0 and due.

export const MINUTE_MS = 60_000;
export const DAY_MS = 24 * 60 * MINUTE_MS;

/** Index = box. */
export const BOX_INTERVALS_MS = [10 * MINUTE_MS, 1 * DAY_MS, 3 * DAY_MS, 7 * DAY_MS, 14 * DAY_MS, 30 * DAY_MS] as const;
export const MAX_BOX = BOX_INTERVALS_MS.length - 1;
/** A correct answer slower than this share of the reference time does not move the item up. */
export const SLOW_FRACTION = 0.6;
/** Items in this box or above count as "learned" in summaries (a week or more between reviews). */
export const LEARNED_BOX = 3;

export interface Progress {
  box: number;
  /** Epoch ms. */
  dueAt: number;
}

export interface Review {
  correct: boolean;
  elapsedMs: number;
  /** What "quick" is measured against: the question's time limit. */
  referenceMs: number;
}

/** up: next box · stay: same box, interval restarts · reset: back to box 0 · ahead: studied before due, unchanged. */
export type LeitnerMove = "up" | "stay" | "reset" | "ahead";

export interface Scheduled extends Progress {
  move: LeitnerMove;
}

export function clampBox(box: number): number {
  if (!Number.isFinite(box)) return 0;
  return Math.min(Math.max(Math.trunc(box), 0), MAX_BOX);
}

export function isSlow(elapsedMs: number, referenceMs: number): boolean {
  return referenceMs > 0 && elapsedMs > SLOW_FRACTION * referenceMs;
}

/** Where an item goes after one answer. `prev` is null for an item never answered before. */
export function schedule(prev: Progress | null, review: Review, now: number): Scheduled {
  if (!review.correct) return { box: 0, dueAt: now + BOX_INTERVALS_MS[0], move: "reset" };
  if (prev && now < prev.dueAt) return { box: clampBox(prev.box), dueAt: prev.dueAt, move: "ahead" };
  const box = prev ? clampBox(prev.box) : 0;
  if (isSlow(review.elapsedMs, review.referenceMs)) return { box, dueAt: now + BOX_INTERVALS_MS[box], move: "stay" };
  const next = Math.min(box + 1, MAX_BOX);
  return { box: next, dueAt: now + BOX_INTERVALS_MS[next], move: "up" };
}

export type ItemStatus = "new" | "due" | "later";

export function itemStatus(progress: Progress | null, now: number): ItemStatus {
  if (!progress) return "new";
  return progress.dueAt <= now ? "due" : "later";
}

export interface DueSummary {
  /** Due now, the longest-overdue first. */
  dueIds: string[];
  /** Never answered, in bank order. */
  newIds: string[];
  /** The earliest due time among items not due yet (epoch ms), or null. */
  nextDueAt: number | null;
  /** How many items sit in each box (new items are not in any box). */
  boxCounts: number[];
  learnedCount: number;
}

/** What a returning learner sees: what is due now, what is new, and when the next item falls due. */
export function dueSummary(items: readonly { id: string; progress: Progress | null }[], now: number): DueSummary {
  const due: { id: string; dueAt: number; order: number }[] = [];
  const newIds: string[] = [];
  const boxCounts = new Array<number>(MAX_BOX + 1).fill(0);
  let nextDueAt: number | null = null;
  items.forEach((item, order) => {
    const { progress } = item;
    if (!progress) return void newIds.push(item.id);
    boxCounts[clampBox(progress.box)] += 1;
    if (progress.dueAt <= now) due.push({ id: item.id, dueAt: progress.dueAt, order });
    else if (nextDueAt === null || progress.dueAt < nextDueAt) nextDueAt = progress.dueAt;
  });
  due.sort((a, b) => a.dueAt - b.dueAt || a.order - b.order);
  const learnedCount = boxCounts.slice(LEARNED_BOX).reduce((a, b) => a + b, 0);
  return { dueIds: due.map((d) => d.id), newIds, nextDueAt, boxCounts, learnedCount };
}

/** The default study round: everything due (oldest first), then new items, so reviews are never starved. */
export function defaultRound(summary: Pick<DueSummary, "dueIds" | "newIds">): string[] {
  return [...summary.dueIds, ...summary.newIds];
}
