"use client";
// A question's answer rows, by type: options with the correct one marked (multiple choice, true/false),
// the accepted answers (type the answer) or the items in their correct order (put in order).
import type { QuestionType } from "@/server/protocol";
import { describedBy, FieldError } from "@/app/components/ui/Field";
import { ACCEPTED_MAX, type DraftQuestion } from "../_lib/draft";
import { fieldId } from "../_lib/fieldKeys";
import { ChoiceOptions } from "./ChoiceOptions";
import { AcceptedAnswers, OrderItems } from "./ListOptions";

export interface AnswerEditorProps {
  q: DraftQuestion;
  /** The error for a field of this question ("options", "options.2", …). */
  err: (field: string) => string | undefined;
  onChange: (update: (q: DraftQuestion) => DraftQuestion) => void;
}

const LEGEND: Record<QuestionType, string> = {
  mc: "Answer options",
  tf: "Answer options",
  type: "Accepted answers",
  order: "Items, in the correct order",
};

const HINT: Record<QuestionType, string> = {
  mc: "Mark the correct answer. Empty options are left out; you need at least two.",
  tf: "Pick the correct answer.",
  type: `Players type their answer. The first is the main answer, shown at the reveal; add up to ${ACCEPTED_MAX} ways of writing it. Capitals, accents and small misspellings are accepted; numbers must match exactly.`,
  order: "List the items from first to last. Players see them shuffled and put them back in this order.",
};

export function AnswerOptions(props: AnswerEditorProps) {
  const { q, err } = props;
  const groupError = err("options") || err("correct");
  const groupId = fieldId(`q.${q.key}.options`);
  return (
    <fieldset aria-describedby={describedBy(groupId, groupError, true)}>
      <legend className="text-sm font-semibold text-slate-800">{LEGEND[q.type]}</legend>
      <p id={`${groupId}-hint`} className="mb-2 text-sm text-slate-600">
        {HINT[q.type]}
      </p>
      <FieldError id={groupId} error={groupError} />
      {q.type === "type" ? <AcceptedAnswers {...props} /> : q.type === "order" ? <OrderItems {...props} /> : <ChoiceOptions {...props} />}
    </fieldset>
  );
}
