// The order a solo learner sees an ordering question's items in: a deterministic shuffle per learner
// and question, so the server recomputes it when the answer comes back (display indices → true order)
// without storing anything. Never the true order itself for 2+ items. Other types are shown as stored.
import type { QuestionType } from "../protocol";
import { seededShuffle } from "../questions/util";

/** Display position → stored index for `type`, or undefined when the options are shown as stored. */
export function soloDisplayOrder(type: QuestionType, optionCount: number, seed: string): number[] | undefined {
  if (type !== "order" || optionCount < 2) return undefined;
  const order = seededShuffle(
    Array.from({ length: optionCount }, (_, i) => i),
    seed,
  );
  // A shuffle may land on the identity, which would give the answer away: rotate it by one instead.
  return order.every((v, i) => v === i) ? order.map((_, i) => (i + 1) % optionCount) : order;
}

/** The seed of a learner's view of a question (learner id + question id). */
export const studySeed = (learnerId: string, questionId: string) => `study:${learnerId}:${questionId}`;
