"use client";
// One question in the editor: type, timing, points, prompt, options with the correct one, and the
// optional source sentence and explanation. Errors arrive keyed by field (see _lib/draft.ts).
import { memo, useState } from "react";
import { TIME_LIMITS_SEC, type PointsValue, type QuestionType } from "@/server/protocol";
import { describedBy, FieldError, SelectField, TextAreaField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { fieldId, LIMITS, moveButtonId, questionHeadingId, questionSectionId, switchType, type DraftQuestion, type FieldErrors } from "../_lib/draft";

export function formatSeconds(s: number): string {
  if (s >= 60 && s % 60 === 0) return s === 60 ? "1 minute" : `${s / 60} minutes`;
  return `${s} seconds`;
}

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
  const optionsGroupError = err("options") || err("correct");
  const optionsGroupId = fieldId(`q.${k}.options`);
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
        <span className="text-sm text-slate-500">{q.type === "tf" ? "True or false" : "Multiple choice"}</span>
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
            <option value="mc">Multiple choice</option>
            <option value="tf">True or false</option>
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
          placeholder={q.type === "tf" ? "A statement students judge true or false" : "What do you want to ask?"}
          value={q.prompt}
          error={err("prompt")}
          aside={q.prompt.length > LIMITS.prompt - 60 ? `${q.prompt.length}/${LIMITS.prompt}` : undefined}
          onChange={(e) => set({ prompt: e.target.value })}
          className="[&_textarea]:text-lg"
        />

        <fieldset aria-describedby={describedBy(optionsGroupId, optionsGroupError, true)}>
          <legend className="text-sm font-semibold text-slate-800">Answer options</legend>
          <p id={`${optionsGroupId}-hint`} className="mb-2 text-sm text-slate-600">
            {q.type === "tf"
              ? "Pick the correct answer."
              : "Mark the correct answer. Empty options are left out; you need at least two."}
          </p>
          <FieldError id={optionsGroupId} error={optionsGroupError} />

          {q.type === "tf" ? (
            <div className="mt-2 grid gap-3 sm:grid-cols-2">
              {q.options.map((text, i) => {
                const checked = q.correct === i;
                return (
                  <label
                    key={i}
                    className={`flex cursor-pointer items-center gap-3 overflow-hidden rounded-lg border-2 bg-white pr-4 transition-colors ${
                      checked ? "border-green-600 bg-green-50" : "border-slate-200 hover:border-slate-300"
                    }`}
                  >
                    <span className={`${OPTION_BG[i]} flex h-12 w-11 shrink-0 items-center justify-center text-white`}>
                      <OptionShape index={i} className="h-5 w-5" />
                    </span>
                    <input
                      type="radio"
                      id={fieldId(`q.${k}.options.${i}`)}
                      name={`correct-${k}`}
                      checked={checked}
                      onChange={() => set({ correct: i })}
                      className="h-5 w-5 accent-green-700"
                    />
                    <span className="text-lg font-semibold">{text}</span>
                    {checked && (
                      <span aria-hidden="true" className="ml-auto flex items-center gap-1 text-sm font-semibold text-green-800">
                        <Icon name="check" className="h-4 w-4" /> Correct
                      </span>
                    )}
                  </label>
                );
              })}
            </div>
          ) : (
            <ul className="mt-2 grid grid-cols-1 gap-3 md:grid-cols-2">
              {q.options.map((text, i) => {
                const id = fieldId(`q.${k}.options.${i}`);
                const optErr = err(`options.${i}`);
                const checked = q.correct === i;
                return (
                  <li key={i}>
                    <div
                      className={`flex items-stretch overflow-hidden rounded-lg border-2 bg-white transition-colors has-[input[type=text]:focus]:ring-3 has-[input[type=text]:focus]:ring-yellow-400 ${
                        optErr ? "border-red-500" : checked ? "border-green-600" : "border-slate-200"
                      }`}
                    >
                      <span className={`${OPTION_BG[i]} flex w-11 shrink-0 items-center justify-center text-white`} title={OPTION_NAMES[i]}>
                        <OptionShape index={i} className="h-5 w-5" />
                      </span>
                      <label htmlFor={id} className="sr-only">
                        Option {i + 1}
                      </label>
                      <input
                        id={id}
                        type="text"
                        value={text}
                        maxLength={LIMITS.option}
                        placeholder={i < 2 ? `Answer ${i + 1}` : `Answer ${i + 1} (optional)`}
                        aria-invalid={optErr ? true : undefined}
                        aria-describedby={optErr ? `${id}-error` : undefined}
                        onChange={(e) => onChange(k, (cur) => ({ ...cur, options: cur.options.map((o, j) => (j === i ? e.target.value : o)) }))}
                        className="w-0 min-w-0 flex-1 bg-transparent px-3 py-2.5 text-base placeholder:text-slate-400 focus:outline-none focus-visible:outline-none!"
                      />
                      <label
                        className={`flex shrink-0 cursor-pointer items-center gap-1.5 border-l px-3 text-sm font-semibold ${
                          checked ? "border-green-200 bg-green-50 text-green-800" : "border-slate-200 text-slate-600 hover:bg-slate-50"
                        }`}
                      >
                        <input
                          type="radio"
                          id={`${id}-correct`}
                          name={`correct-${k}`}
                          checked={checked}
                          onChange={() => set({ correct: i })}
                          className="h-4 w-4 accent-green-700"
                        />
                        Correct<span className="sr-only"> answer: option {i + 1}</span>
                      </label>
                      {q.options.length > 2 && (
                        <IconButton
                          icon="x"
                          label={`Remove option ${i + 1}`}
                          tone="danger"
                          className="h-auto w-10 shrink-0 rounded-none border-l border-slate-200 focus-visible:-outline-offset-4!"
                          onClick={() =>
                            onChange(k, (cur) => ({
                              ...cur,
                              options: cur.options.filter((_, j) => j !== i),
                              correct: cur.correct > i ? cur.correct - 1 : cur.correct === i ? 0 : cur.correct,
                            }))
                          }
                        />
                      )}
                    </div>
                    <FieldError id={id} error={optErr} />
                  </li>
                );
              })}
            </ul>
          )}
          {q.type === "mc" && q.options.length < 4 && (
            <button
              type="button"
              onClick={() => onChange(k, (cur) => ({ ...cur, options: [...cur.options, ""] }))}
              className="mt-3 inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand hover:bg-violet-50"
            >
              <Icon name="plus" className="h-4 w-4" /> Add option
            </button>
          )}
        </fieldset>

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
