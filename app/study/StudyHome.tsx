"use client";
// "My study": every bank studied in this browser, with what is due in each — where a returning learner lands.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { LearnerBank } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { Centered, StudyShell } from "./_components/StudyShell";
import { fetchLearnerBanks, studyHref } from "./_lib/api";
import { errorMessage } from "./_lib/http";
import { learnerId } from "./_lib/learner";
import { dueIn } from "./_lib/when";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; banks: LearnerBank[] };

export function StudyHome() {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const reload = useCallback(async () => {
    setLoad({ status: "loading" });
    try {
      setLoad({ status: "ready", banks: await fetchLearnerBanks(learnerId()) });
    } catch (err) {
      setLoad({ status: "error", message: errorMessage(err) });
    }
  }, []);
  useEffect(() => void reload(), [reload]);

  return (
    <StudyShell label="My study">
      <h1 className="text-2xl font-black text-slate-900 sm:text-3xl">My study</h1>
      <p className="mt-1 text-slate-600">What you have studied in this browser, and what is due today.</p>
      {load.status === "ready" && load.banks.length > 0 && (
        <p className="mt-3">
          <Link href="/study/article" className="inline-flex min-h-11 items-center gap-1 font-semibold text-brand hover:underline">
            + Study another article
          </Link>
        </p>
      )}
      <div className="mt-5">
        {load.status === "loading" && (
          <Centered>
            <Spinner className="h-6 w-6 text-brand" label="Loading…" />
          </Centered>
        )}
        {load.status === "error" && (
          <Alert tone="error" title="Couldn't load your study sets" action={<Button variant="secondary" onClick={() => void reload()}>Try again</Button>}>
            {load.message}
          </Alert>
        )}
        {load.status === "ready" && load.banks.length === 0 && (
          <div className="rounded-2xl border-2 border-dashed border-slate-300 bg-white px-5 py-10 text-center">
            <h2 className="text-lg font-bold">Nothing studied here yet</h2>
            <p className="mx-auto mt-2 max-w-sm text-slate-600">Open a study link from your teacher, or make a study set from any article. Your progress is kept in this browser.</p>
            <Link href="/study/article" className="mt-4 inline-flex min-h-11 items-center gap-2 rounded-xl bg-brand px-5 py-2.5 font-bold text-white hover:bg-brand-dark">
              Study an article <Icon name="chevron" className="h-4 w-4" />
            </Link>
          </div>
        )}
        {load.status === "ready" && load.banks.length > 0 && (
          <ul className="flex flex-col gap-3" aria-label="Study sets">
            {load.banks.map((b) => (
              <li key={b.quizId}>
                <Link
                  href={studyHref(b.quizId)}
                  className="flex items-center gap-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200 transition-shadow hover:shadow-md"
                >
                  <div className="min-w-0 flex-1">
                    <p className="font-bold text-slate-900 [overflow-wrap:anywhere]">{b.title}</p>
                    <p className="mt-1 flex flex-wrap gap-2 text-sm">
                      {b.dueCount > 0 ? <Badge tone="warning">{b.dueCount} due now</Badge> : <Badge tone="success">Caught up</Badge>}
                      {b.newCount > 0 && <Badge tone="brand">{b.newCount} new</Badge>}
                      {b.dueCount === 0 && b.nextDueAt && <span className="text-slate-600">next {dueIn(b.nextDueAt)}</span>}
                    </p>
                  </div>
                  <Icon name="chevron" className="h-5 w-5 shrink-0 text-slate-400" />
                </Link>
              </li>
            ))}
          </ul>
        )}
      </div>
    </StudyShell>
  );
}
