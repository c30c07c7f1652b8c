"use client";
// Step 2: while the server reads the article and writes questions. The request is one round trip, so the
// steps advance on a typical timeline and the last one stays open until the answer arrives.
import { useEffect, useState } from "react";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";

export type WorkKind = "text" | "file" | "url" | "rerun";

const STEPS: Record<WorkKind, { label: string; afterMs: number }[]> = {
  text: [
    { label: "Reading the text", afterMs: 0 },
    { label: "Finding facts: names, places, numbers, dates, quotes", afterMs: 500 },
    { label: "Writing questions and wrong answers", afterMs: 1200 },
  ],
  file: [
    { label: "Uploading the file", afterMs: 0 },
    { label: "Taking the text out of the file", afterMs: 600 },
    { label: "Finding facts: names, places, numbers, dates, quotes", afterMs: 1400 },
    { label: "Writing questions and wrong answers", afterMs: 2200 },
  ],
  url: [
    { label: "Fetching the page", afterMs: 0 },
    { label: "Keeping only the article (reader view)", afterMs: 1200 },
    { label: "Finding facts: names, places, numbers, dates, quotes", afterMs: 2000 },
    { label: "Writing questions and wrong answers", afterMs: 2800 },
  ],
  rerun: [
    { label: "Finding facts again", afterMs: 0 },
    { label: "Writing a new set of questions", afterMs: 600 },
  ],
};

export function WorkingPanel({ kind, detail, onCancel }: { kind: WorkKind; detail: string; onCancel: () => void }) {
  const [elapsed, setElapsed] = useState(0);
  useEffect(() => {
    const started = performance.now();
    const t = window.setInterval(() => setElapsed(performance.now() - started), 200);
    return () => window.clearInterval(t);
  }, []);
  const steps = STEPS[kind];
  const current = steps.reduce((at, s, i) => (elapsed >= s.afterMs ? i : at), 0);

  return (
    <section aria-labelledby="working-heading" aria-busy="true" className="mx-auto max-w-2xl rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-center gap-3">
        <Spinner className="h-7 w-7 text-brand" />
        <h2 id="working-heading" className="text-2xl font-extrabold tracking-tight">
          Making questions…
        </h2>
      </div>
      <p className="mt-2 text-slate-600">{detail}</p>

      <div className="mt-6 h-2 overflow-hidden rounded-full bg-slate-100" aria-hidden="true">
        <div className="h-full w-1/3 animate-[fs-indeterminate_1.4s_ease-in-out_infinite] rounded-full bg-brand motion-reduce:w-full motion-reduce:animate-none motion-reduce:opacity-40" />
      </div>
      <style>{`@keyframes fs-indeterminate { 0% { transform: translateX(-100%); } 100% { transform: translateX(300%); } }`}</style>

      <ol className="mt-6 grid gap-3" aria-label="Progress">
        {steps.map((s, i) => {
          const done = i < current;
          const now = i === current;
          return (
            <li key={s.label} className={`flex items-center gap-3 ${done ? "text-slate-700" : now ? "font-semibold text-slate-900" : "text-slate-400"}`}>
              <span
                className={`flex h-7 w-7 shrink-0 items-center justify-center rounded-full text-sm font-bold ${
                  done ? "bg-green-100 text-green-800" : now ? "bg-violet-100 text-brand" : "bg-slate-100 text-slate-400"
                }`}
                aria-hidden="true"
              >
                {done ? <Icon name="check" className="h-4 w-4" /> : i + 1}
              </span>
              <span>
                {s.label}
                <span className="sr-only">{done ? " (done)" : now ? " (in progress)" : ""}</span>
              </span>
            </li>
          );
        })}
      </ol>
      <p role="status" className="sr-only">
        {steps[current].label}
      </p>

      <div className="mt-8 flex items-center justify-between gap-3 border-t border-slate-100 pt-5">
        <span className="text-sm text-slate-500 tabular-nums">{(elapsed / 1000).toFixed(0)} s</span>
        <Button variant="secondary" onClick={onCancel}>
          Cancel
        </Button>
      </div>
    </section>
  );
}
