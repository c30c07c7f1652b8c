// The draft → QuizInput: what is sent, and every problem with it mapped next to its field (by the same
// schema the API uses, and from the server's own answer). Error keys are described in draft.ts.
import { quizInputSchema, type QuestionType, type QuizInput } from "@/server/protocol";
import type { ApiIssue } from "./api";
import { ACCEPTED_MAX, ORDER_MAX, ORDER_MIN, rowNoun, TF_OPTIONS, type Draft, type FieldErrors } from "./draft";

interface Built {
  /** The body to send (not yet validated). */
  input: QuizInput;
  /** Per question: sent option index -> draft option index (empty multiple-choice slots are left out). */
  optionMaps: number[][];
  /** Problems found before the schema: friendlier than the schema's own for empty option slots. */
  preErrors: FieldErrors;
}

const blankToNull = (s: string) => (s.trim() ? s.trim() : null);

/** Rows each type needs filled in, and what to say when they are not. */
const MIN_FILLED: Partial<Record<QuestionType, { n: number; message: string }>> = {
  mc: { n: 2, message: "Fill in at least two options" },
  type: { n: 1, message: "Write the answer players should type" },
  order: { n: ORDER_MIN, message: "Fill in at least three items" },
};

export function buildInput(d: Draft): Built {
  const optionMaps: number[][] = [];
  const preErrors: FieldErrors = {};
  const questions = d.questions.map((q) => {
    let options = q.type === "tf" ? [...TF_OPTIONS] : q.options;
    let correct = q.type === "type" || q.type === "order" ? 0 : q.correct;
    let map = options.map((_, i) => i);
    const min = MIN_FILLED[q.type];
    if (min) {
      const filled = q.options.flatMap((o, i) => (o.trim() ? [i] : []));
      const dupe = filled.find((i, n) => filled.slice(0, n).some((j) => sameText(q.options[j], q.options[i])));
      if (filled.length < min.n) {
        preErrors[q.type === "type" ? `q.${q.key}.options.0` : `q.${q.key}.options`] = min.message;
      } else if (q.type === "mc" && !filled.includes(q.correct)) {
        preErrors[`q.${q.key}.options.${q.correct}`] = "This option is marked correct, so it can't be empty";
      } else if (dupe !== undefined) {
        const first = filled.find((j) => sameText(q.options[j], q.options[dupe]))!;
        preErrors[`q.${q.key}.options.${dupe}`] = `Same as ${rowNoun(q.type)} ${first + 1}`;
      } else {
        // Empty slots are simply left out (like leaving answer 3 and 4 blank).
        options = filled.map((i) => q.options[i]);
        if (q.type === "mc") correct = filled.indexOf(q.correct);
        map = filled;
      }
    }
    optionMaps.push(map);
    return {
      ...(q.id ? { id: q.id } : {}),
      type: q.type,
      prompt: q.prompt,
      options: options.map((o) => o.trim()),
      correct,
      timeLimitSec: q.timeLimitSec,
      points: q.points,
      sourceSentence: blankToNull(q.sourceSentence),
      explanation: blankToNull(q.explanation),
    };
  });
  return { input: { title: d.title.trim(), description: d.description.trim(), questions }, optionMaps, preErrors };
}

/** The schema's "Options must differ" test: trimmed, ignoring case. */
const sameText = (a: string, b: string) => a.trim().toLowerCase() === b.trim().toLowerCase();

type Issue = { path: (string | number)[]; message: string; code?: string; origin?: string; maximum?: unknown; minimum?: unknown };

function friendly(issue: Issue, type: QuestionType | undefined): string {
  if (issue.code === "too_big" && issue.origin === "string") return `Keep it to ${String(issue.maximum)} characters or fewer`;
  if (issue.code === "too_big" && issue.origin === "array" && issue.path[0] === "questions" && issue.path.length === 1)
    return `A quiz can have at most ${String(issue.maximum)} questions`;
  if (issue.code === "too_big" && issue.origin === "array")
    return type === "type" ? `Use at most ${ACCEPTED_MAX} accepted answers` : type === "order" ? `Use at most ${ORDER_MAX} items` : "Use at most 4 options";
  if (issue.code === "too_small" && issue.origin === "array") return type === "type" ? "Write the answer players should type" : "Give at least 2 options";
  if (issue.message === "Options must differ" && type && type !== "mc" && type !== "tf") return `The ${rowNoun(type)}s must differ`;
  return issue.message;
}

/** Turns an API/zod issue path (indices into what was sent) into a draft field key. */
export function issueKey(d: Draft, optionMaps: number[][], path: (string | number)[]): string {
  const [head, qIndex, field, optIndex] = path;
  if (head !== "questions" || qIndex === undefined) return String(head ?? "form");
  const q = d.questions[Number(qIndex)];
  if (!q) return "questions";
  if (field === undefined) return `q.${q.key}`;
  if (field === "options" && optIndex !== undefined) {
    const draftIndex = optionMaps[Number(qIndex)]?.[Number(optIndex)] ?? Number(optIndex);
    return `q.${q.key}.options.${draftIndex}`;
  }
  return `q.${q.key}.${String(field)}`;
}

function addError(errors: FieldErrors, key: string, message: string) {
  if (!errors[key]) errors[key] = message; // first problem per field is enough
}

export type Validation = { ok: true; input: QuizInput; optionMaps: number[][] } | { ok: false; errors: FieldErrors; optionMaps: number[][] };

/** Validates with the same schema the API uses, mapping every problem next to its field. */
export function validateDraft(d: Draft): Validation {
  const { input, optionMaps, preErrors } = buildInput(d);
  const result = quizInputSchema.safeParse(input);
  const errors: FieldErrors = { ...preErrors };
  if (!result.success) {
    for (const issue of result.error.issues as unknown as Issue[]) {
      const key = issueKey(d, optionMaps, issue.path);
      // A question whose option slots already have a friendlier message skips the schema's "can't be empty" ones.
      const qPrefix = key.split(".").slice(0, 2).join(".");
      if (key.startsWith("q.") && key.includes(".options") && Object.keys(preErrors).some((k) => k.startsWith(qPrefix + ".options"))) continue;
      const qIndex = issue.path[0] === "questions" ? Number(issue.path[1]) : NaN;
      addError(errors, key, friendly(issue, d.questions[qIndex]?.type));
    }
  }
  if (Object.keys(errors).length === 0 && result.success) return { ok: true, input: result.data, optionMaps };
  return { ok: false, errors, optionMaps };
}

export function mapServerIssues(d: Draft, optionMaps: number[][], issues: ApiIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    const path = issue.path.split(".").filter(Boolean).map((p) => (/^\d+$/.test(p) ? Number(p) : p));
    addError(errors, path.length ? issueKey(d, optionMaps, path) : "form", issue.message);
  }
  return errors;
}
