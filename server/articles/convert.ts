// A reviewed draft item → the question bank's format (QuestionInput in server/protocol.ts).
// Pure and dependency-free apart from the protocol, so the draft screen uses it too to check items
// before saving and the server applies exactly the same rules.
import { questionInputSchema, type ArticleItemKind, type DraftItemInput, type QuestionInput } from "../protocol";

export const MAX_TYPE_ANSWERS = 6;
export const POINTS = 1000;

export function timeLimitFor(kind: ArticleItemKind): number {
  return kind === "order" || kind === "type" ? 30 : 20;
}

/** The bank's question type for a generator kind ("number" and "quote" are multiple choice there). */
export function bankTypeOf(kind: ArticleItemKind): "mc" | "tf" | "type" | "order" {
  return kind === "tf" ? "tf" : kind === "type" ? "type" : kind === "order" ? "order" : "mc";
}

function dedupe(values: string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of values.map((s) => s.trim())) {
    const k = v.toLowerCase();
    if (!v || seen.has(k)) continue;
    seen.add(k);
    out.push(v);
  }
  return out;
}

const asList = (a: string | string[]) => (Array.isArray(a) ? a : [a]);
const asText = (a: string | string[]) => (Array.isArray(a) ? a.join(" ") : a);

/**
 * The conversion table: "mc", "number", "quote" → mc with `correct` the key's index; "tf" → True/False;
 * "type" → the key then the accepted alternatives (deduplicated, at most 6), correct 0; "order" → the
 * events in their true order, correct 0. Keeps the source sentence and the explanation.
 */
export function itemToQuestion(item: DraftItemInput): QuestionInput {
  const base = {
    prompt: item.prompt.trim(),
    timeLimitSec: timeLimitFor(item.type),
    points: POINTS as QuestionInput["points"],
    sourceSentence: item.sourceSentence?.trim() || null,
    explanation: item.explanation?.trim() || null,
  };
  switch (item.type) {
    case "mc":
    case "number":
    case "quote": {
      const options = item.options.map((o) => o.trim());
      return { ...base, type: "mc", options, correct: options.indexOf(asText(item.answer).trim()) };
    }
    case "tf":
      return { ...base, type: "tf", options: ["True", "False"], correct: asText(item.answer).trim() === "True" ? 0 : 1 };
    case "type":
      return {
        ...base,
        type: "type",
        options: dedupe([asText(item.answer), ...(item.accept ?? [])]).slice(0, MAX_TYPE_ANSWERS),
        correct: 0,
      };
    case "order":
      return { ...base, type: "order", options: asList(item.answer).map((e) => e.trim()), correct: 0 };
  }
}

export interface ItemIssue {
  path: string;
  message: string;
}

/** Why an item can't be saved as it is (empty when it can). Paths are relative to the item. */
export function itemIssues(item: DraftItemInput): ItemIssue[] {
  const q = itemToQuestion(item);
  const issues: ItemIssue[] = [];
  if ((item.type === "mc" || item.type === "number" || item.type === "quote") && q.correct < 0) {
    issues.push({ path: "answer", message: "Mark one of the options as the correct answer" });
  }
  if (item.type === "type" && !asText(item.answer).trim()) issues.push({ path: "answer", message: "Write the answer" });
  const result = questionInputSchema.safeParse(q);
  if (!result.success) {
    for (const i of result.error.issues) {
      const field = String(i.path[0] ?? "");
      if (field === "correct" && issues.some((x) => x.path === "answer")) continue;
      if (field === "type") {
        issues.push({ path: "type", message: "This kind of question can't be saved to a quiz yet" });
        continue;
      }
      const mapped = field === "options" && item.type === "type" ? "accept" : field === "options" && item.type === "order" ? "answer" : field === "correct" ? "answer" : field;
      issues.push({ path: [mapped, ...i.path.slice(1)].join("."), message: i.message });
    }
  }
  return issues;
}
