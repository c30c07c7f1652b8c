// How each question type is answered, shown and judged. mc/tf: an option index. type: free text matched
// against the accepted answers (small misspellings forgiven). order: the items in the player's order.
// For "order" the stored options are in their TRUE order and players see them in `displayOrder`, a
// permutation chosen by the adapter (randomness stays outside the engine).
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

/** The display position → stored index map; identity unless the adapter shuffled an "order" question. */
export function displayOrder(q: EngineQuestion): number[] {
  return q.type === "order" && q.displayOrder ? q.displayOrder : q.options.map((_, i) => i);
}

/** The options a player may see before the reveal: a typed answer's accepted answers never leave. */
export function visibleOptions(q: EngineQuestion): string[] {
  if (q.type === "type") return [];
  return displayOrder(q).map((i) => q.options[i]);
}

/** The key in display terms: mc/tf the key's index; order the display indices in their true order. */
export function correctOptions(q: EngineQuestion): number[] {
  if (q.type === "type") return [];
  if (q.type === "order") {
    const shown = displayOrder(q);
    return q.options.map((_, trueIndex) => shown.indexOf(trueIndex));
  }
  return [q.correct];
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
      const c = r.choice;
      if (c === undefined || !Number.isInteger(c) || c < 0 || c >= q.options.length) return ErrorCode.INVALID_OPTION;
      return { choice: c, text: null, order: null, correct: c === q.correct };
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
