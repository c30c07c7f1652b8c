"use client";
// Right after an answer: right or wrong, the right option, the sentence from the article that proves
// it and the explanation. Continue is focused, so Enter (or a tap) moves on.
import { useEffect, useRef, type ReactNode } from "react";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { Spinner } from "@/app/components/ui/Spinner";
import { OrderedList } from "@/app/play/inputs";
import { useEnterKey } from "./keys";

export type Verdict = "correct" | "wrong" | "timeout";

const BANNER: Record<Verdict, { title: string; mark: string; className: string }> = {
  correct: { title: "Correct!", mark: "✓", className: "bg-green-700" },
  wrong: { title: "Not quite", mark: "✗", className: "bg-red-700" },
  timeout: { title: "Time’s up", mark: "⏱", className: "bg-slate-700" },
};

export function OptionChip({ index, text, label }: { index: number; text: string; label: string }) {
  return (
    <div className="flex items-center gap-3 rounded-xl bg-white px-3 py-2.5 ring-1 ring-slate-200">
      <span className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-lg text-white ${OPTION_BG[index]}`}>
        <OptionShape index={index} className="h-6 w-6" />
      </span>
      <span className="min-w-0">
        <span className="block text-xs font-semibold tracking-wide text-slate-500 uppercase">{label}</span>
        <span className="block text-lg leading-snug font-bold text-slate-900 [overflow-wrap:anywhere]">
          {text}
          <span className="sr-only"> ({OPTION_NAMES[index]})</span>
        </span>
      </span>
    </div>
  );
}

function TextChip({ label, text, strong = false }: { label: string; text: string; strong?: boolean }) {
  return (
    <p className={`rounded-xl px-3 py-2.5 text-lg leading-snug font-bold [overflow-wrap:anywhere] ${strong ? "bg-white text-slate-900 ring-2 ring-green-700" : "bg-white text-slate-700 ring-1 ring-slate-200"}`}>
      {label}: {text}
    </p>
  );
}

export function Feedback({
  prompt,
  verdict,
  options,
  correctOption,
  choice,
  sourceSentence,
  explanation,
  detail,
  continueLabel,
  onContinue,
  busy = false,
  typed,
  ordering,
}: {
  prompt: string;
  verdict: Verdict;
  options: string[];
  correctOption: number;
  choice: number | null;
  sourceSentence: string | null;
  explanation: string | null;
  /** What this answer changed: points won, or when the item comes back. */
  detail?: ReactNode;
  continueLabel: string;
  onContinue: () => void;
  busy?: boolean;
  /** Type-the-answer: what was typed (null: time ran out) and the first accepted answer. */
  typed?: { text: string | null; answer: string };
  /** Ordering: the display indices as sent (null: time ran out) and in their true order. */
  ordering?: { order: number[] | null; correctOrder: number[] };
}) {
  const b = BANNER[verdict];
  const button = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    button.current?.focus({ preventScroll: true });
  }, []);
  useEnterKey(onContinue, !busy);

  return (
    <div className="flex flex-1 flex-col gap-4">
      <div className={`flex items-center gap-3 rounded-2xl px-4 py-3 text-white ${b.className}`} role="status">
        <span className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-white text-3xl font-black text-slate-900" aria-hidden="true">
          {b.mark}
        </span>
        <div className="min-w-0">
          <h1 className="text-2xl leading-tight font-black">{b.title}</h1>
          {detail && <div className="text-base font-semibold text-white/90">{detail}</div>}
        </div>
      </div>
      <p className="text-base font-semibold text-slate-700 [overflow-wrap:anywhere]">{prompt}</p>
      {typed ? (
        <div className="grid gap-2">
          <TextChip label="Answer" text={typed.answer} strong />
          {verdict !== "timeout" && typed.text !== null && <TextChip label="You typed" text={typed.text} />}
        </div>
      ) : ordering ? (
        <div className="grid gap-3">
          <section aria-label="The correct order">
            <p className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">The correct order</p>
            <OrderedList items={ordering.correctOrder.map((i) => options[i] ?? "")} />
          </section>
          {verdict === "wrong" && ordering.order && (
            <section aria-label="Your order">
              <p className="mb-1.5 text-xs font-semibold tracking-wide text-slate-500 uppercase">Your order</p>
              <OrderedList items={ordering.order.map((i) => options[i] ?? "")} className="opacity-80" />
            </section>
          )}
        </div>
      ) : (
        <>
          <OptionChip index={correctOption} text={options[correctOption] ?? ""} label="The answer" />
          {verdict === "wrong" && choice !== null && choice !== correctOption && <OptionChip index={choice} text={options[choice] ?? ""} label="You chose" />}
        </>
      )}
      {sourceSentence && (
        <figure className="rounded-xl border-l-4 border-brand bg-violet-50 px-4 py-3">
          <figcaption className="text-xs font-semibold tracking-wide text-brand-dark uppercase">From the article</figcaption>
          <blockquote className="mt-1 text-base leading-relaxed text-slate-800">“{sourceSentence}”</blockquote>
        </figure>
      )}
      {explanation && (
        <div className="rounded-xl bg-white px-4 py-3 ring-1 ring-slate-200">
          <p className="text-xs font-semibold tracking-wide text-slate-500 uppercase">Why</p>
          <p className="mt-1 text-base leading-relaxed text-slate-800">{explanation}</p>
        </div>
      )}
      <div className="sticky bottom-0 -mx-4 mt-auto bg-slate-50/95 px-4 pt-2 pb-4 backdrop-blur sm:static sm:mx-0 sm:bg-transparent sm:px-0">
        <button
          ref={button}
          type="button"
          onClick={onContinue}
          disabled={busy}
          className="flex min-h-14 w-full items-center justify-center gap-2 rounded-xl bg-brand px-5 text-lg font-bold text-white shadow-md hover:bg-brand-dark disabled:bg-slate-400"
        >
          {busy && <Spinner className="h-5 w-5" />}
          {continueLabel}
          <kbd className="hidden rounded bg-white/20 px-1.5 text-xs font-semibold sm:inline" aria-hidden="true">
            Enter
          </kbd>
        </button>
      </div>
    </div>
  );
}
