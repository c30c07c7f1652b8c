"use client";
// Desktop side list of questions: jump to one, see which ones have problems.
import { Icon } from "@/app/components/ui/Icon";
import type { Draft, FieldErrors } from "../_lib/draft";
import { questionHeadingId, questionSectionId } from "../_lib/fieldKeys";
import { questionsWithErrors } from "../_lib/useQuestionErrors";

export function EditorOutline({ draft, errors }: { draft: Draft; errors: FieldErrors }) {
  const withErrors = questionsWithErrors(errors);
  return (
    <nav aria-label="Questions in this quiz" className="hidden lg:block">
      <div className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto pr-1">
        <p className="px-2 text-xs font-bold tracking-wider text-slate-500 uppercase">Outline</p>
        <ol className="mt-2 grid gap-0.5">
          {draft.questions.map((q, i) => (
            <li key={q.key}>
              <button
                type="button"
                onClick={() => {
                  const heading = document.getElementById(questionHeadingId(q.key));
                  heading?.focus({ preventScroll: true });
                  document.getElementById(questionSectionId(q.key))?.scrollIntoView({ block: "start", behavior: "smooth" });
                }}
                className="flex w-full items-start gap-2 rounded-lg px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-white hover:shadow-sm"
              >
                <span className="w-5 shrink-0 text-right font-semibold text-slate-500 tabular-nums">{i + 1}</span>
                <span className="line-clamp-2 min-w-0 flex-1">{q.prompt.trim() || <span className="text-slate-400 italic">Untitled question</span>}</span>
                {withErrors.has(q.key) && (
                  <span className="mt-0.5 shrink-0 text-red-600" title="Needs fixing">
                    <Icon name="alert" className="h-4 w-4" />
                    <span className="sr-only">needs fixing</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
        {draft.questions.length === 0 && <p className="px-2 pt-2 text-sm text-slate-500">No questions yet.</p>}
      </div>
    </nav>
  );
}
