// Field error keys (see draft.ts) on the page: the DOM id of each control, where focus goes, the label
// the error summary shows and the order it lists them in.
import { rowNoun, type Draft } from "./draft";

/** DOM id of the control an error key belongs to (for "jump to" links and focus). */
export function fieldId(key: string): string {
  return "f-" + key.replace(/\./g, "-");
}

export const questionHeadingId = (key: string) => `q-${key}-heading`;
export const questionSectionId = (key: string) => `question-${key}`;
export const moveButtonId = (key: string, dir: "up" | "down") => `q-${key}-move-${dir}`;

/** Human label for an error key, used in the error summary. */
export function fieldLabel(d: Draft, key: string): string {
  if (key === "form") return "Quiz";
  if (key === "title") return "Title";
  if (key === "description") return "Description";
  if (key === "questions") return "Questions";
  const [, qKey, field, opt] = key.split(".");
  const index = d.questions.findIndex((q) => q.key === qKey);
  const qLabel = index >= 0 ? `Question ${index + 1}` : "A question";
  const names: Record<string, string> = {
    prompt: "question text",
    options: "options",
    correct: "correct answer",
    timeLimitSec: "time limit",
    points: "points",
    sourceSentence: "source sentence",
    explanation: "explanation",
    type: "type",
  };
  const type = index >= 0 ? d.questions[index].type : "mc";
  if (field === "options" && opt !== undefined) return `${qLabel}, ${rowNoun(type)} ${Number(opt) + 1}`;
  if (field === "options" && (type === "type" || type === "order")) return `${qLabel}, ${rowNoun(type)}s`;
  return field ? `${qLabel}, ${names[field] ?? field}` : qLabel;
}

/** Where focus goes for an error: the control itself, or the first control of a group. */
export function focusTargetId(key: string): string {
  const parts = key.split(".");
  if (parts[0] === "q" && (parts[2] === "options" || parts[2] === "correct") && parts.length === 3) return fieldId(`q.${parts[1]}.options.0`);
  if (parts[0] === "q" && parts.length === 2) return fieldId(`q.${parts[1]}.prompt`);
  return fieldId(key);
}

const FIELD_ORDER = ["", "type", "timeLimitSec", "points", "prompt", "options", "correct", "sourceSentence", "explanation"];

/** Error keys in the order their fields appear on the page (for the error summary). */
export function sortErrorKeys(d: Draft, keys: string[]): string[] {
  const rank = (key: string): number[] => {
    if (key === "form") return [0];
    if (key === "title") return [1];
    if (key === "description") return [2];
    if (key === "questions") return [3];
    const [, qKey, field = "", opt] = key.split(".");
    const index = d.questions.findIndex((q) => q.key === qKey);
    const f = FIELD_ORDER.indexOf(field);
    return [4, index < 0 ? 9999 : index, f < 0 ? 99 : f, opt === undefined ? -1 : Number(opt)];
  };
  return [...keys].sort((a, b) => {
    const ra = rank(a);
    const rb = rank(b);
    for (let i = 0; i < Math.max(ra.length, rb.length); i++) {
      const diff = (ra[i] ?? -1) - (rb[i] ?? -1);
      if (diff) return diff;
    }
    return 0;
  });
}
