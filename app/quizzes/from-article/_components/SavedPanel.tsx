"use client";
// Step 4: saved. Host it now, open it in the editor, or go on.
import { useEffect, useRef, useState } from "react";
import type { QuizDetail } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { Icon } from "@/app/components/ui/Icon";
import { HostDialog, type HostTarget } from "../../_components/HostDialog";

export function SavedPanel({ quiz, onAnother }: { quiz: QuizDetail; onAnother: () => void }) {
  const [host, setHost] = useState<HostTarget | null>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  const n = quiz.questions.length;
  return (
    <section aria-labelledby="saved-heading" className="mx-auto max-w-2xl rounded-2xl bg-white p-8 shadow-sm ring-1 ring-slate-200">
      <div className="flex items-start gap-4">
        <span className="flex h-12 w-12 shrink-0 items-center justify-center rounded-full bg-green-100 text-green-800" aria-hidden="true">
          <Icon name="check" className="h-7 w-7" />
        </span>
        <div className="min-w-0">
          <h1 id="saved-heading" ref={heading} tabIndex={-1} className="text-2xl font-extrabold tracking-tight focus:outline-none">
            Saved to your library
          </h1>
          <p className="mt-1 text-slate-700" role="status">
            “<strong>{quiz.title}</strong>” has {n} question{n === 1 ? "" : "s"}, each with the sentence from the article that proves its answer.
          </p>
        </div>
      </div>
      <div className="mt-8 flex flex-wrap gap-3">
        <Button className="px-5 py-2.5 text-base" onClick={() => setHost({ id: quiz.id, title: quiz.title, questionCount: n })}>
          <Icon name="play" className="h-4 w-4" /> Host live
        </Button>
        <ButtonLink href={`/quizzes/${encodeURIComponent(quiz.id)}/edit`} variant="secondary" className="px-5 py-2.5 text-base">
          <Icon name="edit" className="h-4 w-4" /> Open in editor
        </ButtonLink>
      </div>
      <div className="mt-6 flex flex-wrap gap-x-5 gap-y-2 border-t border-slate-100 pt-5 text-sm font-semibold">
        <ButtonLink href="/quizzes" variant="ghost" className="px-2! py-1! text-sm">
          <Icon name="back" className="h-4 w-4" /> Back to the library
        </ButtonLink>
        <Button variant="ghost" className="px-2! py-1! text-sm" onClick={onAnother}>
          <Icon name="plus" className="h-4 w-4" /> Make another quiz from an article
        </Button>
      </div>
      <HostDialog quiz={host} onClose={() => setHost(null)} />
    </section>
  );
}
