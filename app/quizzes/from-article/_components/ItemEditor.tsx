"use client";
// Editing one generated question inline on the review (see ItemCard): its prompt, options and key in the
// form its kind needs, and the explanation shown at the reveal.
import { useEffect, useId, useState } from "react";
import type { DraftItem } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { FieldError, TextAreaField, TextField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { OPTION_BG, OptionShape } from "@/app/components/ui/OptionShape";
import { answerText, issuesOf } from "../_lib/review";
import { LIMITS } from "../../_lib/draft";

/** Inline editor: works on a copy; Done hands it back, Cancel drops it. */
export function ItemEditor({ item, number, onDone, onCancel }: { item: DraftItem; number: number; onDone: (item: DraftItem) => void; onCancel: () => void }) {
  const id = useId();
  const [draft, setDraft] = useState<DraftItem>(item);
  const [tried, setTried] = useState(false);
  useEffect(() => {
    document.getElementById(`${id}-prompt`)?.focus();
  }, [id]);
  const issues = issuesOf(draft);
  const err = (path: string) => (tried ? issues.find((i) => i.path === path || i.path.startsWith(path + "."))?.message : undefined);
  const set = (patch: Partial<DraftItem>) => setDraft((d) => ({ ...d, ...patch }));
  const key = answerText(draft);

  function done() {
    setTried(true);
    if (issues.length) return;
    onDone({ ...draft, prompt: draft.prompt.trim(), options: draft.options.map((o) => o.trim()) });
  }

  return (
    <div
      className="grid gap-4 px-4 py-4"
      onKeyDown={(e) => {
        if (e.key === "Escape") {
          e.stopPropagation();
          onCancel();
        }
      }}
    >
      <TextAreaField
        id={`${id}-prompt`}
        label="Question"
        rows={2}
        value={draft.prompt}
        error={err("prompt")}
        onChange={(e) => set({ prompt: e.target.value })}
      />

      {(draft.type === "mc" || draft.type === "number" || draft.type === "quote") && (
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-800">Options (mark the correct one)</legend>
          <ul className="grid gap-2 md:grid-cols-2">
            {draft.options.map((o, i) => {
              const optId = `${id}-opt-${i}`;
              return (
                <li key={i} className={`flex items-stretch overflow-hidden rounded-lg border-2 bg-white has-[input[type=text]:focus]:ring-3 has-[input[type=text]:focus]:ring-yellow-400 ${o === key ? "border-green-600" : "border-slate-200"}`}>
                  <span className={`${OPTION_BG[i % 4]} flex w-9 shrink-0 items-center justify-center text-white`} aria-hidden="true">
                    <OptionShape index={i % 4} className="h-4 w-4" />
                  </span>
                  <label htmlFor={optId} className="sr-only">
                    Option {i + 1}
                  </label>
                  <input
                    id={optId}
                    type="text"
                    value={o}
                    maxLength={LIMITS.option}
                    onChange={(e) => {
                      const v = e.target.value;
                      setDraft((d) => ({ ...d, options: d.options.map((x, j) => (j === i ? v : x)), answer: d.options[i] === answerText(d) ? v : d.answer }));
                    }}
                    className="w-0 min-w-0 flex-1 bg-transparent px-3 py-2 focus:outline-none focus-visible:outline-none!"
                  />
                  <label className="flex cursor-pointer items-center gap-1.5 border-l border-slate-200 px-2.5 text-sm font-semibold text-slate-700">
                    <input type="radio" name={`${id}-correct`} checked={o === key} onChange={() => set({ answer: draft.options[i] })} className="h-4 w-4 accent-green-700" />
                    Correct<span className="sr-only">: option {i + 1}</span>
                  </label>
                </li>
              );
            })}
          </ul>
          <FieldError id={`${id}-options`} error={err("options") ?? err("answer")} />
        </fieldset>
      )}

      {draft.type === "tf" && (
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-800">The statement is</legend>
          <div className="flex gap-3">
            {["True", "False"].map((v) => (
              <label key={v} className={`flex cursor-pointer items-center gap-2 rounded-lg border-2 px-4 py-2 font-semibold ${key === v ? "border-green-600 bg-green-50" : "border-slate-200"}`}>
                <input type="radio" name={`${id}-tf`} checked={key === v} onChange={() => set({ answer: v })} className="h-4 w-4 accent-green-700" />
                {v}
              </label>
            ))}
          </div>
        </fieldset>
      )}

      {draft.type === "type" && (
        <div className="grid gap-3 md:grid-cols-2">
          <TextField id={`${id}-answer`} label="Answer" value={key} maxLength={LIMITS.option} error={err("answer")} onChange={(e) => set({ answer: e.target.value })} />
          <TextField
            id={`${id}-accept`}
            label="Also accept"
            aside="Separate with commas"
            value={(draft.accept ?? []).filter((a) => a.toLowerCase() !== key.toLowerCase()).join(", ")}
            error={err("accept")}
            onChange={(e) => set({ accept: e.target.value.split(",").map((s) => s.trimStart()) })}
          />
        </div>
      )}

      {draft.type === "order" && (
        <fieldset>
          <legend className="mb-1 text-sm font-semibold text-slate-800">Events in their correct order</legend>
          <ol className="grid gap-2">
            {(Array.isArray(draft.answer) ? draft.answer : [draft.answer]).map((ev, i, all) => {
              const move = (to: number) => {
                const next = [...all];
                [next[i], next[to]] = [next[to], next[i]];
                set({ answer: next });
              };
              return (
                <li key={i} className="flex items-center gap-1.5">
                  <span className="w-6 text-right font-bold text-slate-500 tabular-nums">{i + 1}.</span>
                  <label htmlFor={`${id}-ev-${i}`} className="sr-only">
                    Event {i + 1}
                  </label>
                  <input
                    id={`${id}-ev-${i}`}
                    type="text"
                    value={ev}
                    maxLength={LIMITS.option}
                    onChange={(e) => {
                      const next = [...all];
                      next[i] = e.target.value;
                      set({ answer: next, options: draft.options.map((o) => (o === ev ? e.target.value : o)) });
                    }}
                    className="min-w-0 flex-1 rounded-lg border border-slate-300 px-3 py-2 focus:border-brand focus:ring-2 focus:ring-brand/30 focus:outline-none"
                  />
                  <IconButton icon="up" label={`Move event ${i + 1} up`} disabled={i === 0} onClick={() => move(i - 1)} />
                  <IconButton icon="down" label={`Move event ${i + 1} down`} disabled={i === all.length - 1} onClick={() => move(i + 1)} />
                </li>
              );
            })}
          </ol>
          <FieldError id={`${id}-order`} error={err("answer")} />
        </fieldset>
      )}

      <TextAreaField id={`${id}-explanation`} label="Explanation" aside="Shown at the reveal" rows={2} value={draft.explanation} onChange={(e) => set({ explanation: e.target.value })} />

      <div className="flex flex-wrap items-center justify-end gap-2">
        {tried && issues.length > 0 && <p className="mr-auto text-sm font-medium text-red-700">Fix the marked fields, or cancel.</p>}
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
        <Button onClick={done}>
          <Icon name="check" className="h-4 w-4" /> Done<span className="sr-only"> editing question {number}</span>
        </Button>
      </div>
    </div>
  );
}
