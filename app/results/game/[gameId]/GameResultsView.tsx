"use client";
// One game's results, live or assignment: the ranking, each question's difficulty, and every student's
// answer to every question. Plus a CSV download for the spreadsheet.
import { useCallback, useEffect, useState } from "react";
import type { GameResults } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button, buttonClassName } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { Spinner } from "@/app/components/ui/Spinner";
import { formatScore, plural } from "@/app/lib/format";
import { errorMessage } from "@/app/study/_lib/http";
import { formatDateTime } from "@/app/study/_lib/when";
import { csvHref, fetchGameResults, quizResultsHref } from "../../_lib/api";
import { AnswerMatrix } from "../../_components/AnswerMatrix";
import { QuestionStats } from "../../_components/QuestionStats";
import { ResultsHeader } from "../../_components/ResultsHeader";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: GameResults };

export function GameResultsView({ gameId }: { gameId: string }) {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [refreshing, setRefreshing] = useState(false);
  const reload = useCallback(
    async (quiet = false) => {
      if (!quiet) setLoad({ status: "loading" });
      setRefreshing(true);
      try {
        setLoad({ status: "ready", data: await fetchGameResults(gameId) });
      } catch (err) {
        if (!quiet) setLoad({ status: "error", message: errorMessage(err) });
      } finally {
        setRefreshing(false);
      }
    },
    [gameId],
  );
  useEffect(() => void reload(), [reload]);

  return (
    <div className="min-h-full">
      <ResultsHeader />
      <main className="mx-auto max-w-7xl px-4 py-8 sm:px-6">
        {load.status === "loading" && <Spinner className="h-5 w-5 text-brand" label="Loading results…" />}
        {load.status === "error" && (
          <Alert tone="error" title="Couldn't load these results" action={<Button variant="secondary" onClick={() => void reload()}>Try again</Button>}>
            {load.message}
          </Alert>
        )}
        {load.status === "ready" && <Report r={load.data} refreshing={refreshing} onRefresh={() => void reload(true)} />}
      </main>
    </div>
  );
}

function Report({ r, refreshing, onRefresh }: { r: GameResults; refreshing: boolean; onRefresh: () => void }) {
  const isHw = r.mode === "assignment";
  const n = r.players.length;
  const avgScore = n ? Math.round(r.players.reduce((a, p) => a + p.score, 0) / n) : 0;
  const asked = r.questions.filter((q) => q.percentCorrect !== null);
  const avgPct = asked.length ? Math.round(asked.reduce((a, q) => a + q.percentCorrect!, 0) / asked.length) : null;
  const hardest = asked.length ? asked.reduce((h, q) => (q.percentCorrect! < h.percentCorrect! ? q : h)) : null;
  const status = isHw ? (r.closed ? `Closed ${formatDateTime(r.deadline!)}` : `Open until ${formatDateTime(r.deadline!)}`) : r.closed ? "Finished" : "In progress";

  return (
    <>
      <div className="flex flex-wrap items-end justify-between gap-4">
        <div className="min-w-0">
          <p className="flex flex-wrap items-center gap-2 text-sm">
            <Badge tone={isHw ? "warning" : "brand"}>{isHw ? "Assignment" : "Live game"}</Badge>
            <span className="text-slate-600">
              {formatDateTime(r.createdAt)} · {status}
            </span>
          </p>
          <h1 className="mt-2 text-3xl font-extrabold tracking-tight [overflow-wrap:anywhere]">{r.quizTitle}</h1>
        </div>
        <div className="flex flex-wrap gap-2">
          {r.quizId && (
            <ButtonLink href={quizResultsHref(r.quizId)} variant="secondary">
              All games of this quiz
            </ButtonLink>
          )}
          {!r.closed && (
            <Button variant="secondary" onClick={onRefresh} disabled={refreshing}>
              {refreshing && <Spinner className="h-4 w-4" />} Refresh
            </Button>
          )}
          <a href={csvHref(r.id)} download className={buttonClassName("primary")}>
            Download CSV
          </a>
        </div>
      </div>

      <dl className="mt-6 grid grid-cols-2 gap-3 lg:grid-cols-4">
        <Tile label={isHw ? "Students" : "Players"} value={String(n)} />
        <Tile label="Average score" value={formatScore(avgScore)} />
        <Tile label="Average correct" value={avgPct === null ? "—" : `${avgPct}%`} />
        <Tile label="Hardest question" value={hardest ? `Q${hardest.index + 1} · ${hardest.percentCorrect}%` : "—"} />
      </dl>

      {n === 0 ? (
        <Alert tone="info" className="mt-8" title="Nobody has played yet">
          {isHw ? "Results appear here as students finish questions." : "This game had no players."}
        </Alert>
      ) : (
        <div className="mt-8 grid gap-8 lg:grid-cols-[minmax(0,22rem)_minmax(0,1fr)]">
          <section aria-labelledby="ranking-heading">
            <h2 id="ranking-heading" className="text-xl font-bold">
              Ranking
            </h2>
            <table className="mt-3 w-full overflow-hidden rounded-xl bg-white text-left shadow-sm ring-1 ring-slate-200">
              <thead className="bg-slate-100 text-sm text-slate-600">
                <tr>
                  <th scope="col" className="px-3 py-2">
                    #
                  </th>
                  <th scope="col" className="px-3 py-2">
                    Name
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Score
                  </th>
                  <th scope="col" className="px-3 py-2 text-right">
                    Correct
                  </th>
                </tr>
              </thead>
              <tbody>
                {r.players.map((p) => (
                  <tr key={p.id} className="border-t border-slate-100">
                    <td className="px-3 py-2 font-bold tabular-nums">{p.rank}</td>
                    <th scope="row" className="px-3 py-2 font-semibold [overflow-wrap:anywhere]">
                      {p.nickname}
                    </th>
                    <td className="px-3 py-2 text-right font-bold tabular-nums">{formatScore(p.score)}</td>
                    <td className="px-3 py-2 text-right text-slate-700 tabular-nums">
                      {p.correctCount}/{r.questions.length}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <QuestionStats questions={r.questions} />
        </div>
      )}

      {n > 0 && <AnswerMatrix results={r} />}
      <p className="mt-6 text-sm text-slate-500">
        {plural(r.questions.length, "question")}. Points follow the live game’s rules{r.streakBonus ? " with the streak bonus" : ""}; times are measured by the server.
      </p>
    </>
  );
}

function Tile({ label, value }: { label: string; value: string }) {
  return (
    <div className="rounded-xl bg-white px-4 py-3 shadow-sm ring-1 ring-slate-200">
      <dt className="text-sm font-semibold text-slate-600">{label}</dt>
      <dd className="mt-1 text-2xl font-black tabular-nums">{value}</dd>
    </div>
  );
}
