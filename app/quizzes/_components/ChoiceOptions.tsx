"use client";
// Answer rows for multiple choice (2–4 options, one marked correct) and true/false (pick True or False).
import { FieldError } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { LIMITS } from "../_lib/draft";
import { fieldId } from "../_lib/fieldKeys";
import type { AnswerEditorProps } from "./AnswerOptions";

export function ChoiceOptions({ q, err, onChange }: AnswerEditorProps) {
  const k = q.key;
  const set = (correct: number) => onChange((cur) => ({ ...cur, correct }));
  return (
    <>
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
                  onChange={() => set(i)}
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
                    onChange={(e) => onChange((cur) => ({ ...cur, options: cur.options.map((o, j) => (j === i ? e.target.value : o)) }))}
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
                      onChange={() => set(i)}
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
                        onChange((cur) => ({
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
          onClick={() => onChange((cur) => ({ ...cur, options: [...cur.options, ""] }))}
          className="mt-3 inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand hover:bg-violet-50"
        >
          <Icon name="plus" className="h-4 w-4" /> Add option
        </button>
      )}
    </>
  );
}
