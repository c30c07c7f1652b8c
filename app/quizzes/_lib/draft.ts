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
/** Type the answer: 1 to 6 accepted answers, the first is the main one. */
export const ACCEPTED_MAX = 6;
/** Put in order: 3 or 4 items, listed in their true order. */
export const ORDER_MIN = 3;
export const ORDER_MAX = 4;

/** What a question of one type had, kept while it is another type so switching back restores it. */
export interface StashedAnswers {
  options: string[];
  correct: number;
}

export interface DraftQuestion {
  key: string;
  /** The saved question's id: sent back so the server keeps it (learners' study progress hangs on it). */
  id?: string;
  type: QuestionType;
  prompt: string;
  options: string[];
  correct: number;
  timeLimitSec: number;
  points: PointsValue;
  sourceSentence: string;
  explanation: string;
  /** Per type, the options put aside when the teacher switched away from it (see switchType). */
  stash?: Partial<Record<QuestionType, StashedAnswers>>;
  /** Older backups: the multiple-choice options put aside while the question was true/false. */
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

const blanks = (n: number) => Array.from({ length: n }, () => "");

/** The rows a new question of each type starts with. */
export function blankOptions(type: QuestionType): string[] {
  if (type === "tf") return [...TF_OPTIONS];
  if (type === "type") return blanks(1);
  if (type === "order") return blanks(ORDER_MAX);
  return blanks(MC_SLOTS);
}

export function blankQuestion(type: QuestionType = "mc", key = newKey()): DraftQuestion {
  return {
    key,
    type,
    prompt: "",
    options: blankOptions(type),
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
      id: q.id,
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

/**
 * Changes a question's type, keeping the teacher's text where it still means something: what a type
 * had is stashed and comes back when the teacher returns to it; otherwise the new rows are derived
 * (multiple choice → type the answer: the correct option becomes the main answer; → ordering: the
 * options become the items; typed answer or ordering → multiple choice: see below).
 */
export function switchType(q: DraftQuestion, type: QuestionType): DraftQuestion {
  if (q.type === type) return q;
  const legacy = q.stashedOptions ? { mc: { options: q.stashedOptions, correct: 0 } } : {};
  const stash: Partial<Record<QuestionType, StashedAnswers>> = { ...legacy, ...q.stash };
  if (q.type !== "tf") stash[q.type] = { options: q.options, correct: q.correct };
  const base = { ...q, type, stash, stashedOptions: undefined };
  const filled = q.options.map((o) => o.trim()).filter(Boolean);
  if (type === "tf") {
    const correctText = (q.options[q.correct] ?? "").trim().toLowerCase();
    return { ...base, options: [...TF_OPTIONS], correct: correctText === "false" ? 1 : 0 };
  }
  const kept = stash[type];
  if (kept) {
    const { [type]: _restored, ...rest } = stash;
    return { ...base, stash: rest, options: [...kept.options], correct: Math.min(kept.correct, kept.options.length - 1) };
  }
  if (type === "type") {
    // The key of a multiple-choice question is the answer to type; true/false and items are not.
    const main = q.type === "mc" ? (q.options[q.correct] ?? "").trim() : "";
    return { ...base, options: [main], correct: 0 };
  }
  if (type === "order") {
    const items = q.type === "mc" ? filled.slice(0, ORDER_MAX) : [];
    return { ...base, options: [...items, ...blanks(ORDER_MAX - items.length)], correct: 0 };
  }
  // → multiple choice: the main typed answer, or the items (the first in order is the one marked
  // correct), become options. Other accepted answers are not wrong answers, so they stay behind.
  const carried = q.type === "type" ? filled.slice(0, 1) : q.type === "order" ? filled.slice(0, MC_SLOTS) : [];
  return { ...base, options: [...carried, ...blanks(MC_SLOTS - carried.length)], correct: 0 };
}

export function duplicateQuestion(q: DraftQuestion): DraftQuestion {
  return { ...q, key: newKey(), id: undefined, options: [...q.options], stash: q.stash && { ...q.stash }, stashedOptions: q.stashedOptions && [...q.stashedOptions] };
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

/** Rows each type needs filled in, and what to say when they are not. */
const MIN_FILLED: Partial<Record<QuestionType, { n: number; message: string }>> = {
  mc: { n: 2, message: "Fill in at least two options" },
  type: { n: 1, message: "Write the answer players should type" },
  order: { n: ORDER_MIN, message: "Fill in at least three items" },
};

/** "option", "accepted answer" or "item": what one row of a question of this type is called. */
export function rowNoun(type: QuestionType): string {
  return type === "type" ? "accepted answer" : type === "order" ? "item" : "option";
}

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
