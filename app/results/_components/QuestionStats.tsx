// Each question's difficulty: % correct of the students who were asked it, and how the answers split.
import type { ResultQuestion } from "@/server/protocol";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";

function tone(pct: number): string {
  if (pct >= 70) return "bg-green-600";
  if (pct >= 40) return "bg-amber-500";
  return "bg-red-600";
}

export function QuestionStats({ questions }: { questions: ResultQuestion[] }) {
  return (
    <section aria-labelledby="questions-heading">
      <h2 id="questions-heading" className="text-xl font-bold">
        Questions
      </h2>
      <ol className="mt-3 flex flex-col gap-3">
        {questions.map((q) => (
          <li key={q.index} className="rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
            <div className="flex items-start gap-3">
              <span className="shrink-0 rounded-md bg-slate-900 px-2 py-0.5 text-sm font-bold text-white">Q{q.index + 1}</span>
              <p className="min-w-0 flex-1 font-semibold [overflow-wrap:anywhere]">{q.prompt}</p>
              <span className="shrink-0 text-lg font-black tabular-nums">{q.percentCorrect === null ? "—" : `${q.percentCorrect}%`}</span>
            </div>
            <div
              className="mt-2 h-2.5 w-full overflow-hidden rounded-full bg-slate-200"
              role="img"
              aria-label={q.percentCorrect === null ? "Nobody was asked this question yet" : `${q.correctCount} of ${q.askedCount} correct`}
            >
              {q.percentCorrect !== null && <div className={`h-full rounded-full ${tone(q.percentCorrect)}`} style={{ width: `${Math.max(q.percentCorrect, 2)}%` }} />}
            </div>
            <p className="mt-1 text-sm text-slate-600">
              {q.correctCount} of {q.askedCount} correct
            </p>
            {q.type === "type" && <p className="mt-2 text-sm text-slate-700">Accepted: {q.options.join(" · ")}</p>}
            {q.type === "order" && <p className="mt-2 text-sm text-slate-700">Correct order: {q.options.join(" → ")}</p>}
            {q.choiceCounts.length > 0 && (
              <ul className="mt-2 flex flex-wrap gap-2" aria-label="Answers chosen">
                {q.options.map((text, i) => (
                  <li
                    key={i}
                    className={`flex max-w-full items-center gap-1.5 rounded-lg px-2 py-1 text-sm ring-1 ${i === q.correct ? "bg-green-50 font-semibold text-green-900 ring-green-300" : "bg-slate-50 text-slate-700 ring-slate-200"}`}
                  >
                    <span className={`flex h-5 w-5 shrink-0 items-center justify-center rounded text-white ${OPTION_BG[i]}`}>
                      <OptionShape index={i} className="h-3 w-3" />
                    </span>
                    <span className="sr-only">{OPTION_NAMES[i]}: </span>
                    <span className="min-w-0 truncate">{text}</span>
                    <span className="shrink-0 font-bold tabular-nums">{q.choiceCounts[i]}</span>
                    {i === q.correct && (
                      <span className="shrink-0" aria-label="correct answer">
                        ✓
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
