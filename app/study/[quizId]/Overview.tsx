"use client";
// Before a sitting: what is due now, what is new, what is learned, and when the next review falls due.
import Link from "next/link";
import { useId, useState } from "react";
import type { StudyDeck } from "@/server/protocol";
import { defaultRound } from "@/server/study/leitner";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { plural } from "@/app/lib/format";
import { dueIn } from "../_lib/when";

export function Overview({
  deck,
  timerOn,
  onTimerChange,
  onStart,
}: {
  deck: StudyDeck;
  timerOn: boolean;
  onTimerChange: (on: boolean) => void;
  onStart: (questionIds: string[]) => void;
}) {
  const timerId = useId();
  const [copied, setCopied] = useState(false);
  const { due } = deck;
  const round = defaultRound(due);
  const all = deck.questions.map((q) => q.id);
  const returning = deck.progress.some((p) => p.status !== "new");
  // Answered at least once but not yet in a box of a week or more.
  const learning = deck.questions.length - due.newIds.length - due.learnedCount;

  if (!deck.questions.length) {
    return (
      <Alert tone="warning" title="Nothing to study yet">
        “{deck.title}” has no questions that can be studied on their own.
      </Alert>
    );
  }

  async function copyLink() {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <div className="flex flex-1 flex-col gap-5">
      <div>
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">Study on your own</p>
        <h1 className="mt-1 text-2xl leading-tight font-black text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">{deck.title}</h1>
        {deck.description && <p className="mt-1 text-slate-600">{deck.description}</p>}
      </div>

      <section aria-label="Your progress" className="grid grid-cols-4 gap-1.5 sm:gap-2">
        <Stat value={due.dueIds.length} label="due now" className="bg-amber-50 text-amber-900 ring-amber-200" />
        <Stat value={due.newIds.length} label="new" className="bg-violet-50 text-brand-dark ring-violet-200" />
        <Stat value={learning} label="learning" className="bg-sky-50 text-sky-900 ring-sky-200" />
        <Stat value={due.learnedCount} label="learned" className="bg-green-50 text-green-900 ring-green-200" />
      </section>

      {round.length > 0 ? (
        <div className="flex flex-col gap-3">
          <Button onClick={() => onStart(round)} className="min-h-14 text-lg">
            <Icon name="play" className="h-5 w-5" />
            {returning ? "Review" : "Study"} {plural(round.length, "question")}
          </Button>
          {round.length < all.length && (
            <Button variant="secondary" onClick={() => onStart(all)} className="min-h-12">
              Study all {all.length} instead
            </Button>
          )}
          {due.nextDueAt && due.dueIds.length === 0 && <p className="text-center text-sm text-slate-600">Your next review is due {dueIn(due.nextDueAt)}.</p>}
        </div>
      ) : (
        <div className="flex flex-col gap-3">
          <Alert tone="success" title="All caught up!">
            Nothing is due{due.nextDueAt ? <>. Your next review is {dueIn(due.nextDueAt)}</> : null}. Come back then — spacing reviews out is what makes them stick.
          </Alert>
          <Button variant="secondary" onClick={() => onStart(all)} className="min-h-12">
            Study all {all.length} anyway
          </Button>
        </div>
      )}

      <label htmlFor={timerId} className="flex cursor-pointer items-start gap-3 rounded-xl bg-white p-3 ring-1 ring-slate-200 hover:bg-slate-50">
        <input id={timerId} type="checkbox" checked={timerOn} onChange={(e) => onTimerChange(e.target.checked)} className="mt-1 h-5 w-5 shrink-0 accent-brand" />
        <span>
          <span className="block font-semibold text-slate-900">Timer</span>
          <span className="block text-sm text-slate-600">Answer against the clock, with each question’s time limit. Off: take your time.</span>
        </span>
      </label>

      <details className="rounded-xl bg-white p-3 text-sm text-slate-700 ring-1 ring-slate-200">
        <summary className="cursor-pointer font-semibold text-slate-900">How reviews are spaced</summary>
        <p className="mt-2">
          Each question sits in a box from 0 to 5. A quick right answer moves it up, and it comes back later: after 1, 3, 7, 14, then 30 days. A slow right answer keeps it where it
          is; a wrong one sends it back to box 0, and you see it again in about 10 minutes.
        </p>
      </details>

      <footer className="mt-auto flex flex-wrap items-center justify-between gap-2 pt-2 text-sm text-slate-600">
        <span>Progress is kept in this browser — no account needed.</span>
        <span className="flex items-center gap-3">
          <button type="button" onClick={() => void copyLink()} className="rounded font-semibold text-brand underline-offset-2 hover:underline">
            {copied ? "Link copied" : "Copy link"}
          </button>
          <Link href="/study" className="rounded font-semibold text-brand underline-offset-2 hover:underline">
            All my study
          </Link>
        </span>
      </footer>
    </div>
  );
}

function Stat({ value, label, className }: { value: number; label: string; className: string }) {
  return (
    <div className={`rounded-xl px-1 py-3 text-center ring-1 ${className}`}>
      <p className="text-3xl leading-none font-black tabular-nums">{value}</p>
      <p className="mt-1 text-[13px] font-semibold sm:text-sm">{label}</p>
    </div>
  );
}
