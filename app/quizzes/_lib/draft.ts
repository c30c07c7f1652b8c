// The editor's working copy of a quiz, and how it becomes a QuizInput.
// Field errors are keyed by question *key* (not index) so they stay next to the right field when
// questions are reordered; keys look like "title", "q.<key>.prompt", "q.<key>.options.2".
import {
  quizInputSchema,
  type PointsValue,
  type QuestionType,
  type QuizDetail,
  type QuizInput,
} from "@/server/protocol";
import type { ApiIssue } from "./api";

export const LIMITS = { title: 120, description: 500, prompt: 300, option: 120, sourceSentence: 2000, explanation: 1000, questions: 100 } as const;
export const TF_OPTIONS = ["True", "False"] as const;
export const DEFAULT_TIME_LIMIT = 20;
export const MC_SLOTS = 4;

export interface DraftQuestion {
  key: string;
  type: QuestionType;
  prompt: string;
  options: string[];
  correct: number;
  timeLimitSec: number;
  points: PointsValue;
  sourceSentence: string;
  explanation: string;
  /** The multiple-choice options put aside while the question is true/false, so switching back restores them. */
  stashedOptions?: string[];
}

export interface Draft {
  title: string;
  description: string;
  questions: DraftQuestion[];
}

export type FieldErrors = Record<string, string>;

let counter = 0;
/** Random enough for React keys; crypto.randomUUID is missing on plain-http LAN addresses. */
export function newKey(): string {
  counter += 1;
  return `k${Date.now().toString(36)}${counter.toString(36)}${Math.random().toString(36).slice(2, 7)}`;
}

export function blankQuestion(type: QuestionType = "mc", key = newKey()): DraftQuestion {
  return {
    key,
    type,
    prompt: "",
    options: type === "tf" ? [...TF_OPTIONS] : Array.from({ length: MC_SLOTS }, () => ""),
    correct: 0,
    timeLimitSec: DEFAULT_TIME_LIMIT,
    points: 1000,
    sourceSentence: "",
    explanation: "",
  };
}

/** The first key is fixed so the server-rendered and hydrated editor agree. */
export function blankDraft(): Draft {
  return { title: "", description: "", questions: [blankQuestion("mc", "first")] };
}

export function draftFromDetail(detail: QuizDetail, keepKeys: string[] = []): Draft {
  return {
    title: detail.title,
    description: detail.description ?? "",
    questions: detail.questions.map((q, i) => ({
      key: keepKeys[i] ?? newKey(),
      type: q.type,
      prompt: q.prompt,
      options: [...q.options],
      correct: q.correct,
      timeLimitSec: q.timeLimitSec,
      points: q.points,
      sourceSentence: q.sourceSentence ?? "",
      explanation: q.explanation ?? "",
    })),
  };
}

/** What counts for "unsaved changes": the content, not keys or stashes. */
export function snapshot(d: Draft): string {
  return JSON.stringify([
    d.title,
    d.description,
    d.questions.map((q) => [q.type, q.prompt, q.options, q.correct, q.timeLimitSec, q.points, q.sourceSentence, q.explanation]),
  ]);
}

export function switchType(q: DraftQuestion, type: QuestionType): DraftQuestion {
  if (q.type === type) return q;
  if (type === "tf") {
    const correctText = (q.options[q.correct] ?? "").trim().toLowerCase();
    return {
      ...q,
      type,
      stashedOptions: q.options,
      options: [...TF_OPTIONS],
      correct: correctText === "false" ? 1 : 0,
    };
  }
  const options = q.stashedOptions ?? Array.from({ length: MC_SLOTS }, () => "");
  return { ...q, type, options, stashedOptions: undefined, correct: Math.min(q.correct, options.length - 1) };
}

export function duplicateQuestion(q: DraftQuestion): DraftQuestion {
  return { ...q, key: newKey(), options: [...q.options], stashedOptions: q.stashedOptions && [...q.stashedOptions] };
}

// ---------- draft -> QuizInput ----------

interface Built {
  /** The body to send (not yet validated). */
  input: QuizInput;
  /** Per question: sent option index -> draft option index (empty multiple-choice slots are left out). */
  optionMaps: number[][];
  /** Problems found before the schema: friendlier than the schema's own for empty option slots. */
  preErrors: FieldErrors;
}

const blankToNull = (s: string) => (s.trim() ? s.trim() : null);

export function buildInput(d: Draft): Built {
  const optionMaps: number[][] = [];
  const preErrors: FieldErrors = {};
  const questions = d.questions.map((q) => {
    let options = q.type === "tf" ? [...TF_OPTIONS] : q.options;
    let correct = q.correct;
    let map = options.map((_, i) => i);
    if (q.type === "mc") {
      const filled = q.options.flatMap((o, i) => (o.trim() ? [i] : []));
      if (filled.length < 2) {
        preErrors[`q.${q.key}.options`] = "Fill in at least two options";
      } else if (!filled.includes(q.correct)) {
        preErrors[`q.${q.key}.options.${q.correct}`] = "This option is marked correct, so it can't be empty";
      } else {
        // Empty slots are simply left out (like leaving answer 3 and 4 blank).
        options = filled.map((i) => q.options[i]);
        correct = filled.indexOf(q.correct);
        map = filled;
      }
    }
    optionMaps.push(map);
    return {
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

type Issue = { path: (string | number)[]; message: string; code?: string; origin?: string; maximum?: unknown; minimum?: unknown };

function friendly(issue: Issue): string {
  if (issue.code === "too_big" && issue.origin === "string") return `Keep it to ${String(issue.maximum)} characters or fewer`;
  if (issue.code === "too_big" && issue.origin === "array" && issue.path[0] === "questions" && issue.path.length === 1)
    return `A quiz can have at most ${String(issue.maximum)} questions`;
  if (issue.code === "too_big" && issue.origin === "array") return "Use at most 4 options";
  if (issue.code === "too_small" && issue.origin === "array") return "Give at least 2 options";
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
      addError(errors, key, friendly(issue));
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
  if (field === "options" && opt !== undefined) return `${qLabel}, option ${Number(opt) + 1}`;
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
