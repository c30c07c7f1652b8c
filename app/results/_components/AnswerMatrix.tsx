// Who answered what: one row per student, one column per question — the option chosen (colour and
// shape), right or wrong, the points and the time. Scrolls sideways when there are many questions
// (the scroller is `relative` so the screen-reader-only labels inside it cannot widen the page).
import type { GameResults, ResultAnswer } from "@/server/protocol";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { formatScore } from "@/app/lib/format";

function Cell({ a, options }: { a: ResultAnswer | null; options: string[] }) {
  if (!a) return <span className="text-slate-400" aria-label="no answer">—</span>;
  const seconds = (a.elapsedMs / 1000).toFixed(1);
  const mark = (
    <span className={`font-black ${a.correct ? "text-green-700" : "text-red-700"}`} aria-label={a.correct ? "correct" : "wrong"}>
      {a.correct ? "✓" : "✗"}
    </span>
  );
  const stats = (
    <span className="text-xs text-slate-600 tabular-nums">
      {formatScore(a.points)} · {seconds}s
    </span>
  );
  // A typed answer or an ordering (live games): the words themselves, shortened, in full on hover.
  const words = a.text ?? a.order?.join(" → ") ?? null;
  if (words !== null) {
    return (
      <span className="inline-flex items-center gap-1.5" title={`${words} · ${seconds} s`}>
        <span className="max-w-32 truncate rounded bg-slate-100 px-1.5 py-0.5 font-medium text-slate-800">{words}</span>
        {mark}
        {stats}
      </span>
    );
  }
  if (a.choice === null) {
    return (
      <span className="inline-flex items-center gap-1 text-slate-600" title={`Time ran out (${seconds} s)`}>
        <span aria-hidden="true">⏱</span> time’s up
      </span>
    );
  }
  const name = `${options[a.choice] ?? "?"} (${OPTION_NAMES[a.choice]})`;
  return (
    <span className="inline-flex items-center gap-1.5" title={`${options[a.choice] ?? ""} · ${seconds} s`}>
      <span className={`flex h-6 w-6 shrink-0 items-center justify-center rounded text-white ${OPTION_BG[a.choice]}`}>
        <OptionShape index={a.choice} className="h-3.5 w-3.5" />
      </span>
      <span className="sr-only">{name}, </span>
      {mark}
      {stats}
    </span>
  );
}

export function AnswerMatrix({ results }: { results: GameResults }) {
  const qs = results.questions;
  return (
    <section aria-labelledby="answers-heading" className="mt-8">
      <h2 id="answers-heading" className="text-xl font-bold">
        Answers by student
      </h2>
      <p className="mt-1 text-sm text-slate-600">Option chosen, right (✓) or wrong (✗), points · seconds. “—”: no answer.</p>
      <div className="relative mt-3 overflow-x-auto rounded-xl bg-white shadow-sm ring-1 ring-slate-200" tabIndex={0} role="region" aria-label="Answer table (scrolls sideways)">
        <table className="w-full text-left text-sm">
          <thead className="bg-slate-100 text-slate-600">
            <tr>
              <th scope="col" className="sticky left-0 z-10 bg-slate-100 px-3 py-2">
                Student
              </th>
              {qs.map((q) => (
                <th key={q.index} scope="col" className="px-3 py-2 whitespace-nowrap" title={q.prompt}>
                  Q{q.index + 1}
                  <span className="ml-1 font-normal text-slate-500">{q.percentCorrect === null ? "" : `${q.percentCorrect}%`}</span>
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {results.players.map((p) => (
              <tr key={p.id} className="border-t border-slate-100">
                <th scope="row" className="sticky left-0 z-10 max-w-40 truncate bg-white px-3 py-2 font-semibold">
                  {p.nickname}
                </th>
                {p.answers.map((a, i) => (
                  <td key={i} className="px-3 py-2 whitespace-nowrap">
                    <Cell a={a} options={qs[i].options} />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
