"use client";
// Answer rows that are a plain list: the accepted answers of a "type the answer" question (the first is
// the main one) and the items of a "put in order" question, listed first to last, with move up/down.
import { useEffect, useRef, useState } from "react";
import { FieldError } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { ACCEPTED_MAX, LIMITS, ORDER_MAX, ORDER_MIN, type DraftQuestion } from "../_lib/draft";
import { fieldId } from "../_lib/fieldKeys";
import type { AnswerEditorProps } from "./AnswerOptions";

const ORDINAL_WORDS = ["First", "Second", "Third", "Fourth"];

const setRow = (i: number, value: string) => (cur: DraftQuestion) => ({ ...cur, options: cur.options.map((o, j) => (j === i ? value : o)) });
const removeRow = (i: number) => (cur: DraftQuestion) => ({ ...cur, options: cur.options.filter((_, j) => j !== i), correct: 0 });
const addRow = (cur: DraftQuestion) => ({ ...cur, options: [...cur.options, ""] });

/** One bordered row: a badge, the text input, then any buttons; the row's error goes under it. */
function Row({
  id,
  label,
  badge,
  badgeClass,
  value,
  placeholder,
  error,
  onText,
  children,
}: {
  id: string;
  label: string;
  badge: React.ReactNode;
  badgeClass: string;
  value: string;
  placeholder: string;
  error?: string;
  onText: (value: string) => void;
  children?: React.ReactNode;
}) {
  return (
    <li>
      <div
        className={`flex items-stretch overflow-hidden rounded-lg border-2 bg-white transition-colors has-[input[type=text]:focus]:ring-3 has-[input[type=text]:focus]:ring-yellow-400 ${
          error ? "border-red-500" : "border-slate-200"
        }`}
      >
        <span className={`flex w-14 shrink-0 items-center justify-center text-center ${badgeClass}`} aria-hidden="true">
          {badge}
        </span>
        <label htmlFor={id} className="sr-only">
          {label}
        </label>
        <input
          id={id}
          type="text"
          value={value}
          maxLength={LIMITS.option}
          placeholder={placeholder}
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? `${id}-error` : undefined}
          onChange={(e) => onText(e.target.value)}
          className="w-0 min-w-0 flex-1 bg-transparent px-3 py-2.5 text-base placeholder:text-slate-400 focus:outline-none focus-visible:outline-none!"
        />
        {children}
      </div>
      <FieldError id={id} error={error} />
    </li>
  );
}

const ROW_BUTTON = "h-auto w-10 shrink-0 rounded-none border-l border-slate-200 focus-visible:-outline-offset-4!";

function AddRowButton({ label, onClick }: { label: string; onClick: () => void }) {
  return (
    <button
      type="button"
      onClick={onClick}
      className="mt-3 inline-flex items-center gap-1.5 rounded-lg px-3 py-2 text-sm font-semibold text-brand hover:bg-violet-50"
    >
      <Icon name="plus" className="h-4 w-4" /> {label}
    </button>
  );
}

export function AcceptedAnswers({ q, err, onChange }: AnswerEditorProps) {
  return (
    <>
      <ul className="mt-2 grid max-w-2xl grid-cols-1 gap-3">
        {q.options.map((text, i) => {
          const id = fieldId(`q.${q.key}.options.${i}`);
          const main = i === 0;
          return (
            <Row
              key={i}
              id={id}
              label={main ? "Accepted answer 1 (main answer)" : `Accepted answer ${i + 1}`}
              badge={main ? "Main" : "Also"}
              badgeClass={`text-xs font-bold tracking-wide uppercase ${main ? "bg-green-700 text-white" : "bg-slate-100 text-slate-600"}`}
              value={text}
              placeholder={main ? "The answer, e.g. Paris" : "Another way to write it (optional)"}
              error={err(`options.${i}`)}
              onText={(v) => onChange(setRow(i, v))}
            >
              {q.options.length > 1 && (
                <IconButton icon="x" label={`Remove accepted answer ${i + 1}`} tone="danger" className={ROW_BUTTON} onClick={() => onChange(removeRow(i))} />
              )}
            </Row>
          );
        })}
      </ul>
      {q.options.length < ACCEPTED_MAX && <AddRowButton label="Add another accepted answer" onClick={() => onChange(addRow)} />}
    </>
  );
}

export function OrderItems({ q, err, onChange }: AnswerEditorProps) {
  const pendingFocus = useRef<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const n = q.options.length;
  const rowId = (i: number) => fieldId(`q.${q.key}.options.${i}`);

  useEffect(() => {
    if (!pendingFocus.current) return;
    document.getElementById(pendingFocus.current)?.focus();
    pendingFocus.current = null;
  });

  const move = (from: number, dir: "up" | "down") => {
    const to = dir === "up" ? from - 1 : from + 1;
    if (to < 0 || to >= n) return;
    onChange((cur) => {
      const options = [...cur.options];
      [options[from], options[to]] = [options[to], options[from]];
      return { ...cur, options };
    });
    // Focus follows the item; at an end, the other arrow (the pressed one is now disabled).
    const atEnd = to === 0 || to === n - 1;
    pendingFocus.current = `${rowId(to)}-${atEnd ? (dir === "up" ? "down" : "up") : dir}`;
    setAnnouncement(`Item moved to position ${to + 1} of ${n}.`);
  };

  return (
    <>
      <ol className="mt-2 grid max-w-2xl grid-cols-1 gap-3">
        {q.options.map((text, i) => {
          const id = rowId(i);
          return (
            <Row
              key={i}
              id={id}
              label={`Item ${i + 1}`}
              badge={i + 1}
              badgeClass="bg-brand text-lg font-black text-white"
              value={text}
              placeholder={`${ORDINAL_WORDS[i]}${i >= ORDER_MIN ? " (optional)" : ""}`}
              error={err(`options.${i}`)}
              onText={(v) => onChange(setRow(i, v))}
            >
              <IconButton id={`${id}-up`} icon="up" label={`Move item ${i + 1} up`} disabled={i === 0} className={ROW_BUTTON} onClick={() => move(i, "up")} />
              <IconButton
                id={`${id}-down`}
                icon="down"
                label={`Move item ${i + 1} down`}
                disabled={i === n - 1}
                className={ROW_BUTTON}
                onClick={() => move(i, "down")}
              />
              {n > ORDER_MIN && (
                <IconButton icon="x" label={`Remove item ${i + 1}`} tone="danger" className={ROW_BUTTON} onClick={() => onChange(removeRow(i))} />
              )}
            </Row>
          );
        })}
      </ol>
      {n < ORDER_MAX && <AddRowButton label="Add item" onClick={() => onChange(addRow)} />}
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>
    </>
  );
}
