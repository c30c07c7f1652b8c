"use client";
// Typed answers and ordering for solo study and assignments, looking like the live phone screens
// (app/play/inputs.tsx): type + Enter sends; tap items (or digits 1–4) in order, Backspace undoes,
// Enter submits once every item is placed, with an Undo / Clear / Submit bar at the bottom.
import { useEffect, useRef, useState } from "react";
import { OrderTiles } from "@/app/components/game/OrderTiles";
import { TypedAnswerForm } from "@/app/components/game/TypedAnswerForm";
import { ordinal } from "@/app/lib/format";

export function TypedAnswer({ disabled, sent, onSubmit }: { disabled: boolean; sent: string | null; onSubmit: (text: string) => void }) {
  const [value, setValue] = useState(sent ?? "");
  const text = value.trim();
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus({ preventScroll: true });
  }, []);
  return (
    <TypedAnswerForm
      value={value}
      onValue={setValue}
      onSubmit={(e) => {
        e.preventDefault();
        if (text && !disabled) onSubmit(text);
      }}
      canSubmit={!!text && !disabled}
      readOnly={disabled}
      inputRef={input}
    />
  );
}

export function OrderAnswer({ items, disabled, onSubmit }: { items: string[]; disabled: boolean; onSubmit: (order: number[]) => void }) {
  const n = items.length;
  const [picked, setPicked] = useState<number[]>([]);
  const complete = picked.length === n;
  const pick = (i: number) => !disabled && i < n && setPicked((p) => (p.includes(i) ? p : [...p, i]));
  const undo = () => !disabled && setPicked((p) => p.slice(0, -1));
  const clear = () => !disabled && setPicked([]);
  const submit = () => complete && !disabled && onSubmit(picked);

  const latest = useRef({ pick, undo, submit });
  useEffect(() => {
    latest.current = { pick, undo, submit };
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const d = Number(e.key);
      if (Number.isInteger(d) && d >= 1 && d <= n) {
        e.preventDefault();
        latest.current.pick(d - 1);
      } else if (e.key === "Backspace") {
        e.preventDefault();
        latest.current.undo();
      } else if (e.key === "Enter" && !(e.target instanceof Element && e.target.closest("[data-order-edit]"))) {
        e.preventDefault(); // also keeps a focused tile from being pressed twice
        latest.current.submit();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [n]);

  const edit = "min-h-14 shrink-0 rounded-xl border-2 border-slate-300 bg-white px-3 text-base font-bold text-slate-800 disabled:text-slate-400";
  return (
    <div className="flex flex-col gap-3">
      <p className="text-base font-bold text-slate-700" aria-live="polite">
        {complete ? "All placed — submit your order" : `Tap what comes ${ordinal(picked.length + 1)}`}
        <span className="font-semibold text-slate-500"> · {picked.length} of {n} placed</span>
      </p>
      <OrderTiles items={items} picked={picked} onPick={pick} disabled={disabled} />
      <div className="sticky bottom-0 -mx-4 flex gap-2 border-t border-slate-200 bg-slate-100/95 px-4 py-3 backdrop-blur sm:static sm:mx-0 sm:border-0 sm:bg-transparent sm:px-0">
        <button type="button" onClick={undo} data-order-edit disabled={disabled || picked.length === 0} aria-keyshortcuts="Backspace" className={edit}>
          Undo
        </button>
        <button type="button" onClick={clear} data-order-edit disabled={disabled || picked.length === 0} className={edit}>
          Clear
        </button>
        <button
          type="button"
          onClick={submit}
          disabled={disabled || !complete}
          aria-keyshortcuts="Enter"
          className="min-h-14 min-w-0 flex-1 rounded-xl bg-brand px-2 text-lg leading-tight font-black text-white shadow-[0_4px_0_rgba(0,0,0,0.25)] transition active:translate-y-1 active:shadow-none disabled:bg-slate-400 disabled:shadow-none"
        >
          Submit order
        </button>
      </div>
    </div>
  );
}
