"use client";
// One question in the editor: type, timing, points, prompt, its answers (AnswerOptions: options with the
// correct one, accepted answers or ordered items), and the optional source sentence and explanation.
// Errors arrive keyed by field (see _lib/draft.ts).
import { memo, useState } from "react";
import { QUESTION_TYPE_LABELS, QUESTION_TYPES, TIME_LIMITS_SEC, type PointsValue, type QuestionType } from "@/server/protocol";
import { SelectField, TextAreaField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { AnswerOptions } from "./AnswerOptions";
import { LIMITS, switchType, type DraftQuestion, type FieldErrors } from "../_lib/draft";
import { fieldId, moveButtonId, questionHeadingId, questionSectionId } from "../_lib/fieldKeys";

export function formatSeconds(s: number): string {
  if (s >= 60 && s % 60 === 0) return s === 60 ? "1 minute" : `${s / 60} minutes`;
  return `${s} seconds`;
}

const PROMPT_PLACEHOLDERS: Record<QuestionType, string> = {
  mc: "What do you want to ask?",
  tf: "A statement students judge true or false",
  type: "A question with a short answer, e.g. What is the capital of France?",
  order: "What should be put in order, e.g. Put these planets in order from the Sun",
};

const POINTS_LABELS: Record<PointsValue, string> = { 1000: "Standard (1000)", 2000: "Double points (2000)", 0: "No points (0)" };

interface Props {
  question: DraftQuestion;
  index: number;
  total: number;
  errors: FieldErrors;
  onChange: (key: string, update: (q: DraftQuestion) => DraftQuestion) => void;
  onMove: (key: string, dir: "up" | "down") => void;
  onDuplicate: (key: string) => void;
  onDelete: (key: string) => void;
  canDuplicate: boolean;
}

function QuestionCardImpl({ question: q, index, total, errors, onChange, onMove, onDuplicate, onDelete, canDuplicate }: Props) {
  const k = q.key;
  const err = (field: string) => errors[`q.${k}.${field}`];
  const set = (patch: Partial<DraftQuestion>) => onChange(k, (cur) => ({ ...cur, ...patch }));
  const n = index + 1;
  const hasExtras = Boolean(q.sourceSentence.trim() || q.explanation.trim());
  const extrasError = err("sourceSentence") || err("explanation");
  const [extrasOpen, setExtrasOpen] = useState(false);
  const timeChoices: number[] = TIME_LIMITS_SEC.includes(q.timeLimitSec as (typeof TIME_LIMITS_SEC)[number])
    ? [...TIME_LIMITS_SEC]
    : [...TIME_LIMITS_SEC, q.timeLimitSec].sort((a, b) => a - b);
  const questionError = errors[`q.${k}`] || err("type");

  return (
    <section
      id={questionSectionId(k)}
      aria-labelledby={questionHeadingId(k)}
      data-testid="question-card"
      className="scroll-mt-24 rounded-xl bg-white shadow-sm ring-1 ring-slate-200"
    >
      <header className="flex flex-wrap items-center gap-2 border-b border-slate-100 py-2 pr-2 pl-5">
        <h3 id={questionHeadingId(k)} tabIndex={-1} className="scroll-mt-24 text-lg font-bold text-slate-900 focus:outline-none focus-visible:outline-3">
          Question {n}
          <span className="sr-only"> of {total}</span>
        </h3>
        <span className="text-sm text-slate-500">{QUESTION_TYPE_LABELS[q.type]}</span>
        <div className="ml-auto flex items-center gap-0.5" role="group" aria-label={`Question ${n} actions`}>
          <IconButton id={moveButtonId(k, "up")} icon="up" label={`Move question ${n} up`} disabled={index === 0} onClick={() => onMove(k, "up")} />
          <IconButton
            id={moveButtonId(k, "down")}
            icon="down"
            label={`Move question ${n} down`}
            disabled={index === total - 1}
            onClick={() => onMove(k, "down")}
          />
          <IconButton icon="copy" label={`Duplicate question ${n}`} disabled={!canDuplicate} onClick={() => onDuplicate(k)} />
          <IconButton icon="trash" tone="danger" label={`Delete question ${n}`} onClick={() => onDelete(k)} />
        </div>
      </header>

      <div className="grid gap-5 p-5">
        {questionError && (
          <p role="alert" className="text-sm font-medium text-red-700">
            ⚠ {questionError}
          </p>
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            id={fieldId(`q.${k}.type`)}
            label="Question type"
            value={q.type}
            error={err("type")}
            onChange={(e) => onChange(k, (cur) => switchType(cur, e.target.value as QuestionType))}
          >
            {QUESTION_TYPES.map((t) => (
              <option key={t} value={t}>
                {QUESTION_TYPE_LABELS[t]}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldId(`q.${k}.timeLimitSec`)}
            label="Time limit"
            value={q.timeLimitSec}
            error={err("timeLimitSec")}
            onChange={(e) => set({ timeLimitSec: Number(e.target.value) })}
          >
            {timeChoices.map((s) => (
              <option key={s} value={s}>
                {formatSeconds(s)}
              </option>
            ))}
          </SelectField>
          <SelectField
            id={fieldId(`q.${k}.points`)}
            label="Points"
            value={q.points}
            error={err("points")}
            onChange={(e) => set({ points: Number(e.target.value) as PointsValue })}
          >
            {([1000, 2000, 0] as const).map((p) => (
              <option key={p} value={p}>
                {POINTS_LABELS[p]}
              </option>
            ))}
          </SelectField>
        </div>

        <TextAreaField
          id={fieldId(`q.${k}.prompt`)}
          label="Question"
          rows={2}
          maxLength={LIMITS.prompt}
          placeholder={PROMPT_PLACEHOLDERS[q.type]}
          value={q.prompt}
          error={err("prompt")}
          aside={q.prompt.length > LIMITS.prompt - 60 ? `${q.prompt.length}/${LIMITS.prompt}` : undefined}
          onChange={(e) => set({ prompt: e.target.value })}
          className="[&_textarea]:text-lg"
        />

        <AnswerOptions q={q} err={err} onChange={(update) => onChange(k, update)} />

        <details
          open={extrasOpen || Boolean(extrasError)}
          onToggle={(e) => setExtrasOpen(e.currentTarget.open)}
          className="group rounded-lg border border-slate-200"
        >
          <summary className="flex cursor-pointer list-none items-center gap-2 rounded-lg px-4 py-2.5 text-sm font-semibold text-slate-700 hover:bg-slate-50 [&::-webkit-details-marker]:hidden">
            <Icon name="chevron" className="h-4 w-4 transition-transform group-open:rotate-90" />
            Source sentence and explanation
            <span className="font-normal text-slate-500">{hasExtras ? "· added" : "· optional"}</span>
          </summary>
          <div className="grid gap-4 px-4 pt-1 pb-4">
            <TextAreaField
              id={fieldId(`q.${k}.sourceSentence`)}
              label="Source sentence"
              rows={2}
              maxLength={LIMITS.sourceSentence}
              hint="The sentence from the article that backs up the answer. Shown on the big screen at the reveal."
              value={q.sourceSentence}
              error={err("sourceSentence")}
              onChange={(e) => set({ sourceSentence: e.target.value })}
            />
            <TextAreaField
              id={fieldId(`q.${k}.explanation`)}
              label="Explanation"
              rows={2}
              maxLength={LIMITS.explanation}
              hint="A short note on why the answer is right, shown at the reveal."
              value={q.explanation}
              error={err("explanation")}
              onChange={(e) => set({ explanation: e.target.value })}
            />
          </div>
        </details>
      </div>
    </section>
  );
}

export const QuestionCard = memo(QuestionCardImpl);
