"use client";
// The teacher's quiz library: every quiz with its size and age, and Edit / Host live / Delete, plus
// Assign (homework), Study (solo) and Results (live games and assignments).
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { QuizSummary } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { Dialog } from "@/app/components/ui/Dialog";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { Spinner } from "@/app/components/ui/Spinner";
import { deleteQuiz, errorMessage, fetchQuizzes } from "../_lib/api";
import { AppHeader } from "./AppHeader";
import { HostDialog, type HostTarget } from "./HostDialog";
import { AssignDialog, type AssignTarget } from "@/app/assignment/_components/AssignDialog";
import { studyHref } from "@/app/study/_lib/api";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; quizzes: QuizSummary[] };

const dateFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function formatUpdated(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return "";
  const mins = Math.round((Date.now() - d.getTime()) / 60_000);
  if (mins < 1) return "just now";
  if (mins < 60) return `${mins} min ago`;
  return dateFormat.format(d);
}

export function QuizLibrary() {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [hostTarget, setHostTarget] = useState<HostTarget | null>(null);
  const [assignTarget, setAssignTarget] = useState<AssignTarget | null>(null);
  const [toDelete, setToDelete] = useState<QuizSummary | null>(null);
  const [deleting, setDeleting] = useState(false);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  const reload = useCallback(async () => {
    setLoad({ status: "loading" });
    try {
      setLoad({ status: "ready", quizzes: await fetchQuizzes() });
    } catch (err) {
      setLoad({ status: "error", message: errorMessage(err) });
    }
  }, []);

  useEffect(() => {
    void reload();
  }, [reload]);

  async function confirmDelete() {
    if (!toDelete) return;
    setDeleting(true);
    setDeleteError(null);
    try {
      await deleteQuiz(toDelete.id);
      setLoad((l) => (l.status === "ready" ? { ...l, quizzes: l.quizzes.filter((q) => q.id !== toDelete.id) } : l));
      setNotice(`Deleted “${toDelete.title}”.`);
      setToDelete(null);
      headingRef.current?.focus();
    } catch (err) {
      setDeleteError(errorMessage(err));
    } finally {
      setDeleting(false);
    }
  }

  return (
    <div className="min-h-full">
      <AppHeader>
        <span className="hidden text-slate-400 sm:inline" aria-hidden="true">
          /
        </span>
        <span className="hidden font-semibold text-slate-600 sm:inline">Teacher</span>
      </AppHeader>

      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        <div className="flex flex-wrap items-end justify-between gap-4">
          <div>
            <h1 ref={headingRef} tabIndex={-1} className="text-3xl font-extrabold tracking-tight focus:outline-none">
              Quiz library
            </h1>
            <p className="mt-1 text-slate-600">Host a quiz live for your class, or write a new one.</p>
          </div>
          <div className="flex flex-wrap gap-2">
            <ButtonLink href="/quizzes/from-article" className="px-5 py-2.5 text-base">
              <Icon name="plus" /> New quiz from an article
            </ButtonLink>
            <ButtonLink href="/quizzes/new" className="px-5 py-2.5 text-base">
              <Icon name="plus" /> New quiz
            </ButtonLink>
          </div>
        </div>

        {notice && (
          <Alert
            tone="success"
            className="mt-6"
            action={
              <button type="button" onClick={() => setNotice(null)} className="rounded p-1 text-green-900 hover:bg-green-100" aria-label="Dismiss">
                <Icon name="x" className="h-4 w-4" />
              </button>
            }
          >
            <span className="text-base">{notice}</span>
          </Alert>
        )}

        <div className="mt-6">
          {load.status === "loading" && <LibrarySkeleton />}

          {load.status === "error" && (
            <Alert
              tone="error"
              title="Couldn't load your quizzes"
              action={
                <Button variant="secondary" onClick={() => void reload()}>
                  Try again
                </Button>
              }
            >
              {load.message}
            </Alert>
          )}

          {load.status === "ready" && load.quizzes.length === 0 && (
            <div className="rounded-2xl border-2 border-dashed border-slate-300 bg-white px-6 py-16 text-center">
              <h2 className="text-xl font-bold">No quizzes yet</h2>
              <p className="mx-auto mt-2 max-w-md text-slate-600">
                Write your first quiz: a few questions, four coloured answers each, and you are ready to play with your class.
              </p>
              <ButtonLink href="/quizzes/new" className="mt-6">
                <Icon name="plus" /> Create a quiz
              </ButtonLink>
            </div>
          )}

          {load.status === "ready" && load.quizzes.length > 0 && (
            <>
              <p className="sr-only" role="status">
                {load.quizzes.length} quizzes
              </p>
              <ul className="grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-label="Quizzes">
                {load.quizzes.map((quiz) => (
                  <QuizCard
                    key={quiz.id}
                    quiz={quiz}
                    onHost={() => setHostTarget({ id: quiz.id, title: quiz.title, questionCount: quiz.questionCount })}
                    onAssign={() => setAssignTarget({ id: quiz.id, title: quiz.title, questionCount: quiz.questionCount })}
                    onDelete={() => {
                      setDeleteError(null);
                      setToDelete(quiz);
                    }}
                  />
                ))}
              </ul>
            </>
          )}
        </div>
      </main>

      <HostDialog quiz={hostTarget} onClose={() => setHostTarget(null)} />
      <AssignDialog quiz={assignTarget} onClose={() => setAssignTarget(null)} />

      <Dialog
        open={toDelete !== null}
        onClose={() => setToDelete(null)}
        dismissible={!deleting}
        title="Delete this quiz?"
        footer={
          <>
            <Button variant="secondary" onClick={() => setToDelete(null)} disabled={deleting}>
              Cancel
            </Button>
            <Button variant="danger" onClick={() => void confirmDelete()} disabled={deleting}>
              {deleting ? <Spinner className="h-4 w-4" /> : <Icon name="trash" className="h-4 w-4" />}
              {deleting ? "Deleting…" : "Delete quiz"}
            </Button>
          </>
        }
      >
        {toDelete && (
          <p>
            “<strong className="text-slate-900">{toDelete.title}</strong>” and its {toDelete.questionCount} question
            {toDelete.questionCount === 1 ? "" : "s"} will be removed from your library. This can&apos;t be undone.
          </p>
        )}
        {deleteError && (
          <Alert tone="error" className="mt-4">
            {deleteError}
          </Alert>
        )}
      </Dialog>
    </div>
  );
}

function QuizCard({ quiz, onHost, onAssign, onDelete }: { quiz: QuizSummary; onHost: () => void; onAssign: () => void; onDelete: () => void }) {
  const titleId = `quiz-${quiz.id}-title`;
  const editHref = `/quizzes/${encodeURIComponent(quiz.id)}/edit`;
  return (
    <li className="flex">
      <article aria-labelledby={titleId} className="flex w-full flex-col rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 transition-shadow hover:shadow-md">
      <div className="flex items-start justify-between gap-3">
        <h2 id={titleId} className="text-lg leading-snug font-bold text-slate-900">
          <Link href={editHref} className="rounded hover:text-brand hover:underline">
            {quiz.title}
          </Link>
        </h2>
        {quiz.isSample && <Badge tone="brand">Sample</Badge>}
      </div>
      <p className="mt-1 line-clamp-2 text-slate-600">{quiz.description || <span className="text-slate-400 italic">No description</span>}</p>
      <p className="mt-3 flex flex-wrap items-center gap-x-2 text-sm text-slate-500">
        <span className={quiz.questionCount === 0 ? "font-semibold text-amber-700" : "font-semibold text-slate-700"}>
          {quiz.questionCount === 0 ? "No questions yet" : `${quiz.questionCount} question${quiz.questionCount === 1 ? "" : "s"}`}
        </span>
        <span aria-hidden="true">·</span>
        <span>
          Updated <time dateTime={quiz.updatedAt}>{formatUpdated(quiz.updatedAt)}</time>
        </span>
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-2 pt-5">
        <Button onClick={onHost} className="border border-transparent px-3.5!">
          <Icon name="play" className="h-4 w-4" /> Host live<span className="sr-only"> “{quiz.title}”</span>
        </Button>
        <ButtonLink href={editHref} variant="secondary" className="px-3.5!">
          <Icon name="edit" className="h-4 w-4" /> Edit<span className="sr-only"> “{quiz.title}”</span>
        </ButtonLink>
        <IconButton icon="trash" tone="danger" label={`Delete “${quiz.title}”`} className="ml-auto" onClick={onDelete} />
      </div>
      <div className="mt-2 flex flex-wrap items-center gap-2">
        <Button variant="secondary" onClick={onAssign} disabled={quiz.questionCount === 0} className="px-3! py-1.5! text-sm">
          Assign<span className="sr-only"> “{quiz.title}”</span>
        </Button>
        <ButtonLink href={studyHref(quiz.id)} variant="secondary" className="px-3! py-1.5! text-sm">
          Study<span className="sr-only"> “{quiz.title}”</span>
        </ButtonLink>
        <ButtonLink href={`/results/quiz/${encodeURIComponent(quiz.id)}`} variant="secondary" className="px-3! py-1.5! text-sm">
          Results<span className="sr-only"> of “{quiz.title}”</span>
        </ButtonLink>
      </div>
      </article>
    </li>
  );
}

function LibrarySkeleton() {
  return (
    <div aria-busy="true">
      <Spinner label="Loading your quizzes…" className="h-5 w-5 text-brand" />
      <ul className="mt-4 grid gap-4 md:grid-cols-2 xl:grid-cols-3" aria-hidden="true">
        {[0, 1, 2].map((i) => (
          <li key={i} className="h-48 animate-pulse rounded-xl bg-white p-5 ring-1 ring-slate-200 motion-reduce:animate-none">
            <div className="h-5 w-2/3 rounded bg-slate-200" />
            <div className="mt-3 h-4 w-full rounded bg-slate-100" />
            <div className="mt-2 h-4 w-1/2 rounded bg-slate-100" />
          </li>
        ))}
      </ul>
    </div>
  );
}
