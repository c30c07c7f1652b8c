"use client";
// The editor's questions: one card each, and the buttons that add a question of each type.
import type { QuestionType } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { LIMITS, type DraftQuestion, type FieldErrors } from "../_lib/draft";
import { fieldId } from "../_lib/fieldKeys";
import { EMPTY_ERRORS } from "../_lib/useQuestionErrors";
import { QuestionCard } from "./QuestionCard";

export function QuestionList({
  questions,
  errors,
  questionErrors,
  onChange,
  onMove,
  onDuplicate,
  onDelete,
  onAdd,
}: {
  questions: DraftQuestion[];
  /** All errors (for the list-level "questions" message). */
  errors: FieldErrors;
  /** Per question key: that question's errors, stable between renders when unchanged. */
  questionErrors: Map<string, FieldErrors>;
  onChange: (key: string, update: (q: DraftQuestion) => DraftQuestion) => void;
  onMove: (key: string, dir: "up" | "down") => void;
  onDuplicate: (key: string) => void;
  onDelete: (key: string) => void;
  onAdd: (type: QuestionType) => void;
}) {
  const count = questions.length;
  const atLimit = count >= LIMITS.questions;
  return (
    <section aria-labelledby="questions-heading" className="grid gap-4">
      <div className="flex items-baseline justify-between gap-3">
        <h2 id="questions-heading" className="text-xl font-bold">
          Questions <span className="font-normal text-slate-500">({count})</span>
        </h2>
      </div>
      {errors.questions && (
        <p id={fieldId("questions")} tabIndex={-1} className="text-sm font-medium text-red-700">
          ⚠ {errors.questions}
        </p>
      )}
      {count === 0 && (
        <div className="rounded-xl border-2 border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
          No questions yet. Add one below; a quiz needs at least one question to be hosted.
        </div>
      )}
      {questions.map((q, i) => (
        <QuestionCard
          key={q.key}
          question={q}
          index={i}
          total={count}
          errors={questionErrors.get(q.key) ?? EMPTY_ERRORS}
          onChange={onChange}
          onMove={onMove}
          onDuplicate={onDuplicate}
          onDelete={onDelete}
          canDuplicate={!atLimit}
        />
      ))}

      <div className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-dashed border-slate-300 p-4">
        <Button id="add-question-mc" variant="secondary" onClick={() => onAdd("mc")} disabled={atLimit}>
          <Icon name="plus" className="h-4 w-4" /> Add question
        </Button>
        <Button variant="ghost" onClick={() => onAdd("tf")} disabled={atLimit}>
          <Icon name="plus" className="h-4 w-4" /> Add true/false question
        </Button>
        <Button variant="ghost" onClick={() => onAdd("type")} disabled={atLimit}>
          <Icon name="plus" className="h-4 w-4" /> Add type-the-answer question
        </Button>
        <Button variant="ghost" onClick={() => onAdd("order")} disabled={atLimit}>
          <Icon name="plus" className="h-4 w-4" /> Add ordering question
        </Button>
        {atLimit && <span className="text-sm text-slate-600">A quiz can have up to {LIMITS.questions} questions.</span>}
      </div>
    </section>
  );
}
