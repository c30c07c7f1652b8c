"use client";
// The three ways to answer on a phone. Each one works by touch and by keyboard:
// choice: tap, or digits 1–4 · typed: type, Enter sends · order: tap or digits 1–4 to append the next
// item, Backspace undoes, Enter sends once every item is placed.
import { useEffect, useState } from "react";
import { type PlayerAnswer, type PlayerView } from "@/server/protocol";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { AnswerButton } from "@/app/components/game/AnswerButton";
import { ordinal } from "@/app/lib/format";
import { Docked } from "./dock";
import { itemTextSize, OrderTiles } from "@/app/components/game/OrderTiles";
import { TypedAnswerForm } from "@/app/components/game/TypedAnswerForm";

export type AnsweringView = Extract<PlayerView, { phase: "answering" }>;
/** Sends an answer; true when the server took it (or already had it). */
export type SendAnswer = (answer: Omit<PlayerAnswer, "questionIndex">) => Promise<boolean>;

export interface InputProps {
  view: AnsweringView;
  /** Time is up: nothing more can be sent. */
  closed: boolean;
  connected: boolean;
  send: SendAnswer;
}

/** Runs `handler` for keys pressed anywhere on the page (not with modifiers, not auto-repeated). */
function useKeys(handler: (e: KeyboardEvent) => void) {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      handler(e);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });
}

const digitOf = (e: KeyboardEvent, max: number): number | null => {
  const n = Number(e.key);
  return Number.isInteger(n) && n >= 1 && n <= max ? n - 1 : null;
};

/** "Answer locked in" with what was sent, while the others answer. */
export function LockedIn({ children, icon }: { children: React.ReactNode; icon: React.ReactNode }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-4 py-6 text-center" role="status">
      {icon}
      <p className="text-3xl font-black text-slate-900">Answer locked in</p>
      {children}
      <p className="text-base text-slate-600">Waiting for the others…</p>
    </div>
  );
}

export function TimesUp() {
  return (
    <div className="flex flex-1 items-center justify-center text-2xl font-black text-slate-900" role="status">
      Time&rsquo;s up!
    </div>
  );
}

// ---------- multiple choice, true/false ----------

export function ChoiceInput({ view, closed, connected, send }: InputProps) {
  const q = view.question;
  const [chosen, setChosen] = useState<number | null>(null);
  const locked = view.answered || chosen !== null;
  const choice = view.choice ?? chosen;

  const choose = async (i: number) => {
    if (locked || closed || !connected || i >= q.options.length) return;
    setChosen(i);
    if (!(await send({ choice: i }))) setChosen(null);
  };

  // Digits 1–4 answer too (keyboards, switch access).
  useKeys((e) => {
    const i = digitOf(e, q.options.length);
    if (i === null) return;
    e.preventDefault();
    void choose(i);
  });

  if (locked && choice !== null) {
    return (
      <LockedIn
        icon={
          <div className={`flex h-28 w-28 items-center justify-center rounded-3xl text-white shadow-lg ${OPTION_BG[choice]}`}>
            <OptionShape index={choice} className="h-16 w-16" />
          </div>
        }
      >
        <p className="text-lg text-slate-700">
          You chose <strong className="[overflow-wrap:anywhere]">{q.options[choice]}</strong>
          <span className="sr-only"> ({OPTION_NAMES[choice]})</span>
        </p>
      </LockedIn>
    );
  }
  if (closed) return <TimesUp />;
  return (
    <div className={`grid flex-1 content-start gap-3 ${q.options.length > 2 ? "sm:grid-cols-2" : ""}`} role="group" aria-label="Answers (keys 1 to 4)">
      {q.options.map((text, i) => (
        <AnswerButton key={i} index={i} text={text} disabled={!connected} onChoose={choose} />
      ))}
    </div>
  );
}

// ---------- type the answer ----------

/** A padlock: sent and locked, saying nothing about right or wrong. */
const LOCK_ICON = (
  <div className="flex h-24 w-24 items-center justify-center rounded-3xl bg-brand text-white shadow-lg" aria-hidden="true">
    <svg viewBox="0 0 24 24" className="h-12 w-12" fill="none" stroke="currentColor" strokeWidth={2.2} strokeLinecap="round" strokeLinejoin="round">
      <rect x="4.5" y="10.5" width="15" height="10" rx="2" fill="currentColor" />
      <path d="M8 10.5V7.5a4 4 0 0 1 8 0v3" />
    </svg>
  </div>
);

export function TypedInput({ view, closed, connected, send }: InputProps) {
  const [value, setValue] = useState("");
  const [sent, setSent] = useState<string | null>(null);
  const locked = view.answered || sent !== null;
  const typed = view.text ?? sent;
  const text = value.trim();

  const submit = async (e: React.FormEvent) => {
    e.preventDefault();
    if (!text || locked || closed || !connected) return;
    setSent(text);
    if (!(await send({ text }))) setSent(null);
  };

  if (locked && typed !== null) {
    return (
      <LockedIn icon={LOCK_ICON}>
        <p className="max-w-full text-lg text-slate-700">
          You typed <strong className="text-slate-900 [overflow-wrap:anywhere]">{typed}</strong>
        </p>
      </LockedIn>
    );
  }
  if (closed) return <TimesUp />;
  return (
    <TypedAnswerForm value={value} onValue={setValue} onSubmit={(e) => void submit(e)} canSubmit={!!text && connected} autoFocus />
  );
}

// ---------- put in order ----------

export function OrderInput({ view, closed, connected, send }: InputProps) {
  const q = view.question;
  const n = q.options.length;
  const [picked, setPicked] = useState<number[]>([]);
  const [sent, setSent] = useState<number[] | null>(null);
  const locked = view.answered || sent !== null;
  const order = view.order ?? sent;
  const complete = picked.length === n;
  const canEdit = !locked && !closed;

  const pick = (i: number) => {
    if (!canEdit || i >= n) return;
    setPicked((p) => (p.includes(i) ? p : [...p, i]));
  };
  const undo = () => canEdit && setPicked((p) => p.slice(0, -1));
  const clear = () => canEdit && setPicked([]);
  const submit = async () => {
    if (!complete || !canEdit || !connected) return;
    setSent(picked);
    if (!(await send({ order: picked }))) setSent(null);
  };

  useKeys((e) => {
    const i = digitOf(e, n);
    if (i !== null) {
      e.preventDefault();
      pick(i);
    } else if (e.key === "Backspace") {
      e.preventDefault();
      undo();
    } else if (e.key === "Enter" && complete && !(e.target instanceof Element && e.target.closest("[data-order-edit]"))) {
      // Also stops Enter from pressing a focused tile or button a second time.
      e.preventDefault();
      void submit();
    }
  });

  if (locked && order) {
    return (
      <LockedIn icon={LOCK_ICON}>
        <div className="w-full text-left">
          <p className="mb-2 text-center text-lg text-slate-700">Your order</p>
          <OrderedList items={order.map((i) => q.options[i])} />
        </div>
      </LockedIn>
    );
  }
  if (closed) return <TimesUp />;

  const next = picked.length + 1;
  return (
    <div className="flex flex-col gap-3">
      <p className="text-base font-bold text-slate-700" aria-live="polite">
        {complete ? "All placed — submit your order" : `Tap what comes ${ordinal(next)}`}
        <span className="font-semibold text-slate-500"> · {picked.length} of {n} placed</span>
      </p>
      <OrderTiles items={q.options} picked={picked} onPick={pick} disabled={!connected} />
      <Docked>
        <div className="flex gap-2">
          <button
            type="button"
            onClick={undo}
            data-order-edit
            disabled={picked.length === 0}
            aria-keyshortcuts="Backspace"
            className="min-h-14 shrink-0 rounded-xl border-2 border-slate-300 bg-white px-3 text-base font-bold text-slate-800 disabled:text-slate-400"
          >
            Undo
          </button>
          <button
            type="button"
            onClick={clear}
            data-order-edit
            disabled={picked.length === 0}
            className="min-h-14 shrink-0 rounded-xl border-2 border-slate-300 bg-white px-3 text-base font-bold text-slate-800 disabled:text-slate-400"
          >
            Clear
          </button>
          <button
            type="button"
            onClick={() => void submit()}
            disabled={!complete || !connected}
            aria-keyshortcuts="Enter"
            className="min-h-14 min-w-0 flex-1 rounded-xl bg-brand px-2 text-lg leading-tight font-black text-white shadow-[0_4px_0_rgba(0,0,0,0.25)] transition active:translate-y-1 active:shadow-none disabled:bg-slate-400 disabled:shadow-none"
          >
            Submit order
          </button>
        </div>
      </Docked>
    </div>
  );
}


/** Items as a numbered list, first to last. */
export function OrderedList({ items, className = "" }: { items: string[]; className?: string }) {
  return (
    <ol className={`grid gap-2 ${className}`}>
      {items.map((text, k) => (
        <li key={k} className="flex items-center gap-3 rounded-xl bg-white px-3 py-2 text-slate-900 shadow-sm ring-1 ring-slate-200">
          <span className="flex h-8 w-8 shrink-0 items-center justify-center rounded-full bg-slate-900 text-base font-black text-white tabular-nums" aria-hidden="true">
            {k + 1}
          </span>
          <span className={`min-w-0 flex-1 leading-snug font-bold [overflow-wrap:anywhere] ${itemTextSize(items)}`}>{text}</span>
        </li>
      ))}
    </ol>
  );
}
