"use client";
// One screen per PlayerView phase, sized for a 360×740 phone and up, with big touch targets.
// Answering (per question type) lives in answering.tsx/inputs.tsx, the reveal in reveal.tsx.
import { QUESTION_TYPE_LABELS, type PlayerView, type QuestionFace, type QuestionType } from "@/server/protocol";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { formatScore, ordinal, plural } from "@/app/lib/format";
import type { GameSocket } from "@/app/lib/socket";
import { Answering } from "./answering";
import { DOCK_ID } from "./dock";
import type { PlayerSnapshot } from "./PlayerGame";
import { Reveal } from "./reveal";

type ViewOf<P extends PlayerView["phase"]> = Extract<PlayerView, { phase: P }>;

export function PlayerScreen({
  snap,
  socket,
  connected,
  onStartOver,
}: {
  snap: PlayerSnapshot;
  socket: GameSocket | null;
  connected: boolean;
  onStartOver: () => void;
}) {
  const { view, at } = snap;
  switch (view.phase) {
    case "lobby":
      return (
        <Frame bg="bg-brand" nickname={view.nickname}>
          <Lobby view={view} />
        </Frame>
      );
    case "question":
      return (
        <Frame bg="bg-brand" nickname={view.nickname} score={view.score}>
          <GetReady key={view.question.index} view={view} at={at} />
        </Frame>
      );
    case "answering":
      return (
        <Frame bg="bg-slate-100" nickname={view.nickname} score={view.score}>
          <Answering key={view.question.index} view={view} at={at} socket={socket} connected={connected} />
        </Frame>
      );
    case "reveal": {
      const r = view.result;
      const bg = !r.answered ? "bg-slate-700" : r.correct ? "bg-green-700" : "bg-red-700";
      return (
        <Frame bg={bg} nickname={view.nickname} score={view.score}>
          <Reveal view={view} />
        </Frame>
      );
    }
    case "leaderboard":
      return (
        <Frame bg="bg-brand" nickname={view.nickname} score={view.score}>
          <Standing view={view} />
        </Frame>
      );
    case "podium":
      return (
        <Frame bg="bg-brand" nickname={view.nickname} score={view.score}>
          <Final view={view} onStartOver={onStartOver} />
        </Frame>
      );
    case "kicked":
      return (
        <Frame bg="bg-slate-800">
          <Message title="The host removed you from this game" onStartOver={onStartOver} />
        </Frame>
      );
  }
}

function Frame({ bg, nickname, score, children }: { bg: string; nickname?: string; score?: number; children: React.ReactNode }) {
  return (
    <div className={`flex flex-1 flex-col ${bg}`}>
      <main className="flex flex-1 flex-col">{children}</main>
      <div className="sticky bottom-0 z-10">
        <div id={DOCK_ID} />
        {nickname && (
          <footer className="flex items-center gap-3 bg-white px-4 py-3 text-slate-900 shadow-[0_-2px_8px_rgba(0,0,0,0.12)]">
            <span className="min-w-0 flex-1 truncate text-lg font-bold">{nickname}</span>
            {score !== undefined && (
              <span className="shrink-0 rounded-lg bg-slate-900 px-3 py-1 text-lg font-black text-white tabular-nums">
                <span className="sr-only">Score: </span>
                {formatScore(score)}
              </span>
            )}
          </footer>
        )}
      </div>
    </div>
  );
}

// ---------- lobby ----------

function Lobby({ view }: { view: ViewOf<"lobby"> }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-6 px-6 py-10 text-center text-white">
      <h1 className="text-4xl font-black">You&rsquo;re in!</h1>
      <div>
        <p className="text-lg text-white/85">Look for your name on the big screen:</p>
        <p className="mt-3 inline-block max-w-full rounded-full bg-white px-6 py-2 text-3xl font-bold break-all text-slate-900 shadow-lg">{view.nickname}</p>
      </div>
      <div className="flex flex-col items-center gap-3" role="status">
        <span className="flex gap-1.5" aria-hidden="true">
          <span className="h-3 w-3 animate-bounce rounded-full bg-white [animation-delay:-0.3s]" />
          <span className="h-3 w-3 animate-bounce rounded-full bg-white [animation-delay:-0.15s]" />
          <span className="h-3 w-3 animate-bounce rounded-full bg-white" />
        </span>
        <p className="text-xl font-semibold">Waiting for the host to start</p>
      </div>
      {view.quizTitle && <p className="text-base text-white/80">Quiz: {view.quizTitle}</p>}
    </div>
  );
}

// ---------- question (get ready) ----------

function QuestionLabel({ q, className = "" }: { q: QuestionFace; className?: string }) {
  return (
    <p className={`text-base font-bold ${className}`}>
      Question {q.index + 1} of {q.total}
    </p>
  );
}

/** What the player will do, said before the answers open (new types need a moment to take in). */
const HOW_TO_ANSWER: Record<QuestionType, string | null> = {
  mc: null,
  tf: null,
  type: "You’ll type the answer",
  order: "You’ll tap the items from first to last",
};

function GetReady({ view, at }: { view: ViewOf<"question">; at: number }) {
  const deadline = at + view.opensInMs;
  const q = view.question;
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-6 px-6 py-8 text-center text-white">
      <div className="flex flex-col items-center gap-2">
        <QuestionLabel q={q} className="rounded-full bg-white/15 px-4 py-1" />
        <p className="text-lg font-black">{QUESTION_TYPE_LABELS[q.type]}</p>
      </div>
      <h1 className="text-2xl leading-snug font-black [overflow-wrap:anywhere]">{q.prompt}</h1>
      <div className="w-full max-w-xs">
        <p className="mb-2 text-xl font-bold">Get ready…</p>
        <CountdownBar deadline={deadline} className="h-3 bg-white/25" barClassName="bg-white" label="Time until answers open" />
      </div>
      {HOW_TO_ANSWER[q.type] && <p className="text-lg font-semibold text-white/90">{HOW_TO_ANSWER[q.type]}</p>}
      {q.points !== 1000 && (
        <p className="rounded-lg bg-white/15 px-3 py-1 font-semibold">{q.points === 2000 ? "Double points!" : "No points — just for practice"}</p>
      )}
    </div>
  );
}

// ---------- leaderboard / podium / messages ----------

function Standing({ view }: { view: ViewOf<"leaderboard"> }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-4 px-6 py-8 text-center text-white" role="status">
      <p className="text-lg font-semibold text-white/85">You&rsquo;re in</p>
      <p className="text-7xl leading-none font-black">{ordinal(view.rank)}</p>
      <p className="text-xl font-semibold">place of {plural(view.playerCount, "player")}</p>
      <p className="mt-2 rounded-full bg-black/25 px-5 py-2 text-2xl font-black tabular-nums">{formatScore(view.score)} points</p>
      {view.streak >= 2 && (
        <p className="text-xl font-bold">
          <span aria-hidden="true">🔥 </span>
          {view.streak} in a row
        </p>
      )}
      <p className="mt-4 text-base text-white/80">Look at the big screen</p>
    </div>
  );
}

const MEDALS: Record<number, string> = { 1: "🥇", 2: "🥈", 3: "🥉" };

function Final({ view, onStartOver }: { view: ViewOf<"podium">; onStartOver: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-4 px-6 py-8 text-center text-white" role="status">
      {MEDALS[view.rank] && (
        <p className="text-7xl" aria-hidden="true">
          {MEDALS[view.rank]}
        </p>
      )}
      <h1 className="text-3xl leading-tight font-black">
        You finished {ordinal(view.rank)}
        {view.playerCount > 1 ? ` of ${view.playerCount}` : ""}
      </h1>
      <p className="rounded-full bg-black/25 px-5 py-2 text-2xl font-black tabular-nums">{formatScore(view.score)} points</p>
      <p className="text-lg text-white/85">{view.rank === 1 ? "Brilliant game!" : "Thanks for playing!"}</p>
      {view.endedEarly && <p className="text-base text-white/80">The host ended the game early.</p>}
      <button type="button" onClick={onStartOver} className="mt-6 rounded-xl bg-white px-6 py-3 text-lg font-bold text-slate-900 shadow-lg hover:bg-slate-100">
        Join another game
      </button>
    </div>
  );
}

function Message({ title, onStartOver }: { title: string; onStartOver: () => void }) {
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-6 px-6 py-8 text-center text-white" role="alert">
      <h1 className="text-3xl leading-tight font-black">{title}</h1>
      <button type="button" onClick={onStartOver} className="rounded-xl bg-white px-6 py-3 text-lg font-bold text-slate-900 shadow-lg hover:bg-slate-100">
        Join another game
      </button>
    </div>
  );
}
