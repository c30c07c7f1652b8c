"use client";
// A quiz's games: live games and assignments in one list (newest first), each opening its results.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { GameListItem, QuizGames } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { plural } from "@/app/lib/format";
import { AssignDialog, type AssignTarget } from "@/app/assignment/_components/AssignDialog";
import { errorMessage } from "@/app/study/_lib/http";
import { formatDateTime } from "@/app/study/_lib/when";
import { fetchQuizGames, gameHref } from "../../_lib/api";
import { ResultsHeader } from "../../_components/ResultsHeader";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; data: QuizGames };

export function QuizGamesView({ quizId }: { quizId: string }) {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [assign, setAssign] = useState<AssignTarget | null>(null);
  const reload = useCallback(async () => {
    setLoad({ status: "loading" });
    try {
      setLoad({ status: "ready", data: await fetchQuizGames(quizId) });
    } catch (err) {
      setLoad({ status: "error", message: errorMessage(err) });
    }
  }, [quizId]);
  useEffect(() => void reload(), [reload]);

  const data = load.status === "ready" ? load.data : null;
  return (
    <div className="min-h-full">
      <ResultsHeader />
      <main className="mx-auto max-w-5xl px-4 py-8 sm:px-6">
        <p className="text-sm font-semibold tracking-wide text-brand uppercase">Results</p>
        <h1 className="mt-1 text-3xl font-extrabold tracking-tight [overflow-wrap:anywhere]">{data?.title ?? (data ? "Deleted quiz" : "…")}</h1>
        <p className="mt-1 text-slate-600">Every live game and assignment of this quiz. Open one to see who answered what.</p>

        <div className="mt-6">
          {load.status === "loading" && <Spinner className="h-5 w-5 text-brand" label="Loading results…" />}
          {load.status === "error" && (
            <Alert tone="error" title="Couldn't load the results" action={<Button variant="secondary" onClick={() => void reload()}>Try again</Button>}>
              {load.message}
            </Alert>
          )}
          {data && data.games.length === 0 && (
            <div className="rounded-2xl border-2 border-dashed border-slate-300 bg-white px-6 py-12 text-center">
              <h2 className="text-xl font-bold">No games yet</h2>
              <p className="mx-auto mt-2 max-w-md text-slate-600">Host this quiz live from the library, or assign it as homework: the results appear here.</p>
              {data.title && (
                <Button className="mt-5" onClick={() => setAssign({ id: quizId, title: data.title!, questionCount: 1 })}>
                  Assign as homework
                </Button>
              )}
            </div>
          )}
          {data && data.games.length > 0 && (
            <ul className="flex flex-col gap-3" aria-label="Games and assignments">
              {data.games.map((g) => (
                <GameRow key={g.id} game={g} />
              ))}
            </ul>
          )}
        </div>
      </main>
      <AssignDialog
        quiz={assign}
        onClose={() => {
          setAssign(null);
          void reload();
        }}
      />
    </div>
  );
}

function GameRow({ game }: { game: GameListItem }) {
  const [copied, setCopied] = useState(false);
  const isHw = game.mode === "assignment";
  const status = isHw ? (game.closed ? `Closed ${formatDateTime(game.deadline!)}` : `Open until ${formatDateTime(game.deadline!)}`) : game.closed ? "Finished" : "In progress";
  const studentLink = game.joinUrl;
  return (
    <li className="flex flex-wrap items-center gap-x-4 gap-y-3 rounded-xl bg-white p-4 shadow-sm ring-1 ring-slate-200">
      <div className="min-w-0 flex-1 basis-60">
        <p className="flex flex-wrap items-center gap-2">
          <Badge tone={isHw ? "warning" : "brand"}>{isHw ? "Assignment" : "Live game"}</Badge>
          <time dateTime={game.createdAt} className="font-semibold text-slate-900">
            {formatDateTime(game.createdAt)}
          </time>
        </p>
        <p className="mt-1 text-sm text-slate-600">
          {plural(game.playerCount, isHw ? "student" : "player")} · {plural(game.questionCount, "question")} · {status}
        </p>
      </div>
      <div className="flex flex-wrap items-center gap-2">
        {studentLink && !game.closed && (
          <Button
            variant="secondary"
            className="px-3! py-1.5! text-sm"
            onClick={async () => {
              try {
                await navigator.clipboard.writeText(studentLink);
                setCopied(true);
              } catch {
                window.prompt("Students' link", studentLink);
              }
            }}
          >
            <Icon name="copy" className="h-4 w-4" /> {copied ? "Copied" : "Copy student link"}
          </Button>
        )}
        <Link href={gameHref(game.id)} className="inline-flex items-center gap-1 rounded-lg bg-brand px-3 py-1.5 text-sm font-semibold text-white hover:bg-brand-dark">
          View results <Icon name="chevron" className="h-4 w-4" />
        </Link>
      </div>
    </li>
  );
}
