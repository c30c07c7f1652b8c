"use client";
// The end of a round: the score, the best streak, and what was missed — with "practise the missed ones".
import { useEffect, useRef } from "react";
import type { StudyDeck, StudyFeedback } from "@/server/protocol";
import { missedIds, roundScore, type StudySession } from "@/server/study/session";
import { Button } from "@/app/components/ui/Button";
import { OptionChip } from "../_components/Feedback";
import { useEnterKey } from "../_components/keys";

export function Summary({
  deck,
  session,
  feedback,
  onPractise,
  onDone,
}: {
  deck: StudyDeck;
  session: StudySession;
  feedback: Record<string, StudyFeedback>;
  onPractise: () => void;
  onDone: () => void;
}) {
  const score = roundScore(session);
  const missed = missedIds(session)
    .map((id) => deck.questions.find((q) => q.id === id))
    .filter((q) => q !== undefined);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus({ preventScroll: true }), []);
  // Enter continues here too: with the missed ones when there are some, else back to the overview.
  useEnterKey(missed.length ? onPractise : onDone);
  const pct = score.total ? Math.round((100 * score.correct) / score.total) : 0;

  return (
    <div className="flex flex-1 flex-col gap-5">
      <div className="rounded-2xl bg-brand px-5 py-6 text-center text-white shadow-md">
        <h1 ref={heading} tabIndex={-1} className="text-xl font-bold outline-none!">
          {session.round === "missed" ? "Missed ones: done" : "Round complete"}
        </h1>
        <p className="mt-2 text-5xl font-black tabular-nums">
          {score.correct}
          <span className="text-3xl text-white/80"> / {score.total}</span>
        </p>
        <p className="mt-1 text-lg font-semibold">correct ({pct}%)</p>
        {session.bestStreak >= 2 && (
          <p className="mt-2 text-lg font-bold">
            <span aria-hidden="true">🔥 </span>Best streak: {session.bestStreak} in a row
          </p>
        )}
      </div>

      {missed.length > 0 ? (
        <section aria-labelledby="missed-heading" className="flex flex-col gap-3">
          <h2 id="missed-heading" className="text-lg font-bold text-slate-900">
            To practise ({missed.length})
          </h2>
          <ul className="flex flex-col gap-3">
            {missed.map((q) => {
              const f = feedback[q.id];
              return (
                <li key={q.id} className="rounded-xl bg-white p-3 ring-1 ring-slate-200">
                  <p className="font-semibold text-slate-900 [overflow-wrap:anywhere]">{q.prompt}</p>
                  {f && (
                    <div className="mt-2">
                      {f.acceptedAnswer !== null && f.acceptedAnswer !== undefined ? (
                        <p className="font-bold text-slate-900 [overflow-wrap:anywhere]">Answer: {f.acceptedAnswer}</p>
                      ) : f.correctOrder ? (
                        <p className="font-bold text-slate-900 [overflow-wrap:anywhere]">Order: {f.correctOrder.map((i) => q.options[i]).join(" → ")}</p>
                      ) : (
                        <OptionChip index={f.correctOption} text={q.options[f.correctOption] ?? ""} label="Answer" />
                      )}
                    </div>
                  )}
                </li>
              );
            })}
          </ul>
        </section>
      ) : (
        <p className="rounded-xl bg-green-50 px-4 py-3 text-center font-semibold text-green-900 ring-1 ring-green-200">Nothing missed — well done!</p>
      )}

      <p className="text-center text-sm text-slate-600">Saved. Missed questions come back in about 10 minutes; known ones in a day or more.</p>

      <div className="sticky bottom-0 -mx-4 mt-auto flex flex-col gap-3 bg-slate-50/95 px-4 pt-2 pb-4 backdrop-blur sm:static sm:mx-0 sm:bg-transparent sm:px-0">
        {missed.length > 0 && (
          <Button onClick={onPractise} className="min-h-14 text-lg">
            Practise the missed ones ({missed.length})
          </Button>
        )}
        <Button variant={missed.length ? "secondary" : "primary"} onClick={onDone} className="min-h-12">
          Back to the overview
        </Button>
      </div>
    </div>
  );
}
