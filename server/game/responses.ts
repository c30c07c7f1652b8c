// How each question type is answered, shown and judged. mc/tf: an option. type: free text matched against
// the accepted answers (small misspellings forgiven). order: the items in the player's order.
//
// Options are stored in the quiz's order (for "order": their TRUE order). A game may show them in a
// permutation, `displayOrder` (display position → stored index), chosen by the adapter: randomness stays
// outside the engine. Clients speak display positions; the engine keeps mc/tf choices as STORED indices
// (so results read against the quiz), and "order" responses as the display positions the player sent.
import { ErrorCode, TYPED_ANSWER_MAX } from "../protocol";
import { matchesAnswer } from "../questions/fuzzy";
import type { EngineQuestion } from "./types";

export interface Response {
  choice?: number;
  text?: string;
  order?: number[];
}

/** What is kept of an accepted answer (exactly one field is non-null for a given question type). */
export interface JudgedResponse {
  choice: number | null;
  text: string | null;
  order: number[] | null;
  correct: boolean;
}

/** Display position → stored index; the identity when the game did not shuffle this question. */
export function displayOrder(q: EngineQuestion): number[] {
  return q.displayOrder && q.displayOrder.length === q.options.length ? q.displayOrder : q.options.map((_, i) => i);
}

/** Where a stored option is shown. */
export function displayIndexOf(q: EngineQuestion, storedIndex: number): number {
  return displayOrder(q).indexOf(storedIndex);
}

/** The options a player may see before the reveal: a typed answer's accepted answers never leave. */
export function visibleOptions(q: EngineQuestion): string[] {
  if (q.type === "type") return [];
  return displayOrder(q).map((i) => q.options[i]);
}

/** The key in display terms: mc/tf the key's position; order the display positions in their true order. */
export function correctOptions(q: EngineQuestion): number[] {
  if (q.type === "type") return [];
  if (q.type === "order") return q.options.map((_, trueIndex) => displayIndexOf(q, trueIndex));
  return [displayIndexOf(q, q.correct)];
}

export function acceptedAnswers(q: EngineQuestion): string[] {
  return q.type === "type" ? [...q.options] : [];
}

const isPermutation = (order: number[], n: number) =>
  order.length === n && new Set(order).size === n && order.every((i) => Number.isInteger(i) && i >= 0 && i < n);

export function judge(q: EngineQuestion, r: Response): JudgedResponse | ErrorCode {
  switch (q.type) {
    case "mc":
    case "tf": {
      const shown = r.choice;
      if (shown === undefined || !Number.isInteger(shown) || shown < 0 || shown >= q.options.length) return ErrorCode.INVALID_OPTION;
      const stored = displayOrder(q)[shown];
      return { choice: stored, text: null, order: null, correct: stored === q.correct };
    }
    case "type": {
      const text = r.text?.trim() ?? "";
      if (!text || text.length > TYPED_ANSWER_MAX) return ErrorCode.INVALID_OPTION;
      return { choice: null, text, order: null, correct: matchesAnswer(text, q.options) };
    }
    case "order": {
      const order = r.order;
      if (!order || !isPermutation(order, q.options.length)) return ErrorCode.INVALID_OPTION;
      const key = correctOptions(q);
      return { choice: null, text: null, order: [...order], correct: order.every((d, k) => d === key[k]) };
    }
  }
}
