"use client";
// The phone once the round is closed: right or wrong, the points, and the answer for the question's
// type — the right option (mc/tf), what was typed against the answer (type), or the correct order
// next to the player's own (order). Built from the reveal view alone, so a reload lands here whole.
import type { PlayerResult, PlayerView, QuestionFace } from "@/server/protocol";
import { OPTION_BG, OptionShape } from "@/app/components/ui/OptionShape";
import { formatScore, ordinal } from "@/app/lib/format";
import { itemTextSize } from "@/app/components/game/OrderTiles";

type RevealView = Extract<PlayerView, { phase: "reveal" }>;

export function Reveal({ view }: { view: RevealView }) {
  const r = view.result;
  const q = view.question;
  const title = !r.answered ? "Time’s up — no answer" : r.correct ? "Correct" : "Incorrect";
  const mark = !r.answered ? "⏱" : r.correct ? "✓" : "✗";
  // Ordering shows a whole list: a smaller mark leaves it room on a phone.
  const compact = q.type === "order";
  return (
    <div className={`flex flex-1 flex-col items-center justify-center px-5 text-center text-white ${compact ? "gap-3 py-5" : "gap-5 py-8"}`} role="status">
      <p className="text-base font-bold text-white/85">
        Question {view.index + 1} of {view.total}
      </p>
      <div
        className={`flex items-center justify-center rounded-full bg-white font-black shadow-lg ${compact ? "h-20 w-20 text-5xl" : "h-28 w-28 text-6xl"} ${
          !r.answered ? "text-slate-700" : r.correct ? "text-green-700" : "text-red-700"
        }`}
        aria-hidden="true"
      >
        {mark}
      </div>
      <h1 className={`leading-tight font-black ${compact ? "text-3xl" : "text-4xl"}`}>{title}</h1>
      {r.answered && r.correct && (
        <p className={`rounded-full bg-black/25 px-5 py-2 ${q.points === 0 ? "text-xl font-bold" : "text-2xl font-black tabular-nums"}`}>
          {q.points === 0 ? "No points on this one — practice" : `+${formatScore(r.pointsEarned)} points`}
        </p>
      )}
      {q.type === "type" ? <TypedAnswer r={r} /> : q.type === "order" ? <OrderAnswer r={r} q={q} /> : !r.correct && <ChoiceAnswer r={r} q={q} />}
      {view.streak >= 2 && r.correct && (
        <p className="text-2xl font-black">
          <span aria-hidden="true">🔥 </span>
          {view.streak} in a row
        </p>
      )}
      <p className="text-xl font-semibold">
        {view.rank > 0 ? `You’re in ${ordinal(view.rank)} place` : ""}
        {view.playerCount > 1 ? ` of ${view.playerCount}` : ""}
      </p>
    </div>
  );
}

const CARD = "w-full max-w-sm rounded-2xl bg-white px-4 py-3 text-left text-slate-900 shadow-lg";

function ChoiceAnswer({ r, q }: { r: PlayerResult; q: QuestionFace }) {
  const right = r.correctOptions[0];
  if (right === undefined) return null;
  return (
    <div className="flex max-w-full items-center gap-3 rounded-2xl bg-white px-4 py-3 text-left text-slate-900">
      <span className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-lg text-white ${OPTION_BG[right]}`}>
        <OptionShape index={right} className="h-6 w-6" />
      </span>
      <span className="min-w-0">
        <span className="block text-sm font-semibold text-slate-600">The answer was</span>
        <span className="block text-lg font-bold [overflow-wrap:anywhere]">{q.options[right]}</span>
      </span>
    </div>
  );
}

function TypedAnswer({ r }: { r: PlayerResult }) {
  const answer = r.acceptedAnswers[0];
  return (
    <dl className={`${CARD} grid gap-2`}>
      {r.answered && r.text !== null && (
        <div>
          <dt className="text-sm font-semibold text-slate-600">You typed</dt>
          <dd className={`text-lg font-bold [overflow-wrap:anywhere] ${r.correct ? "text-slate-900" : "text-red-800 line-through decoration-2"}`}>{r.text}</dd>
        </div>
      )}
      {answer !== undefined && (
        <div>
          <dt className="text-sm font-semibold text-slate-600">Answer</dt>
          <dd className="text-xl font-black text-green-800 [overflow-wrap:anywhere]">{answer}</dd>
        </div>
      )}
    </dl>
  );
}

function OrderAnswer({ r, q }: { r: PlayerResult; q: QuestionFace }) {
  const theirs = r.answered ? r.order : null;
  const size = itemTextSize(q.options);
  return (
    <section className={CARD} aria-label="The correct order">
      <h2 className="text-sm font-semibold text-slate-600">
        The correct order
        {theirs && <span className={r.correct ? "text-green-800" : "text-red-800"}>{r.correct ? " — yours matched" : " — yours was different"}</span>}
      </h2>
      <ol className="mt-2 grid gap-1.5">
        {r.correctOptions.map((shown, k) => {
          const mine = theirs?.[k];
          const same = mine === shown;
          return (
            <li key={k} className="flex items-start gap-2.5">
              <span className="mt-0.5 flex h-7 w-7 shrink-0 items-center justify-center rounded-full bg-slate-900 text-sm font-black text-white tabular-nums" aria-hidden="true">
                {k + 1}
              </span>
              <span className="min-w-0 flex-1">
                <span className={`block leading-snug font-bold [overflow-wrap:anywhere] ${size}`}>{q.options[shown]}</span>
                {theirs && !same && mine !== undefined && (
                  <span className="block text-sm leading-snug text-red-800 [overflow-wrap:anywhere]">You put: {q.options[mine]}</span>
                )}
              </span>
              {theirs && (
                <span className={`mt-0.5 shrink-0 text-xl font-black ${same ? "text-green-700" : "text-red-700"}`}>
                  <span aria-hidden="true">{same ? "✓" : "✗"}</span>
                  <span className="sr-only">{same ? "you placed this right" : "you placed this wrong"}</span>
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </section>
  );
}
