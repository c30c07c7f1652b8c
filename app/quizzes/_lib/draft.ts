// The editor's working copy of a quiz: its shape, blank questions, loading a saved quiz, changing a
// question's type and "unsaved changes". How it becomes a QuizInput is in draftValidation.ts; what the
// error keys mean on the page (ids, labels, order) is in fieldKeys.ts.
// Field errors are keyed by question *key* (not index) so they stay next to the right field when
// questions are reordered; keys look like "title", "q.<key>.prompt", "q.<key>.options.2".
import type { PointsValue, QuestionType, QuizDetail } from "@/server/protocol";

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

/** "option", "accepted answer" or "item": what one row of a question of this type is called. */
export function rowNoun(type: QuestionType): string {
  return type === "type" ? "accepted answer" : type === "order" ? "item" : "option";
}
