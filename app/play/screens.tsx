"use client";
// One screen per PlayerView phase, sized for a 360×740 phone and up, with big touch targets.
import { useEffect, useState } from "react";
import type { PlayerView, QuestionFace } from "@/server/protocol";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { AnswerButton } from "@/app/components/game/AnswerButton";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { useSecondsLeft } from "@/app/lib/countdown";
import { formatScore, ordinal, plural } from "@/app/lib/format";
import { request, type GameSocket } from "@/app/lib/socket";
import type { PlayerSnapshot } from "./PlayerGame";

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
          <Reveal view={view} question={view.question} />
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
      {nickname && (
        <footer className="sticky bottom-0 flex items-center gap-3 bg-white px-4 py-3 text-slate-900 shadow-[0_-2px_8px_rgba(0,0,0,0.12)]">
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

function GetReady({ view, at }: { view: ViewOf<"question">; at: number }) {
  const deadline = at + view.opensInMs;
  const q = view.question;
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-6 px-6 py-8 text-center text-white">
      <QuestionLabel q={q} className="rounded-full bg-white/15 px-4 py-1" />
      <h1 className="text-2xl leading-snug font-black [overflow-wrap:anywhere]">{q.prompt}</h1>
      <div className="w-full max-w-xs">
        <p className="mb-2 text-xl font-bold">Get ready…</p>
        <CountdownBar deadline={deadline} className="h-3 bg-white/25" barClassName="bg-white" label="Time until answers open" />
      </div>
      {q.points !== 1000 && (
        <p className="rounded-lg bg-white/15 px-3 py-1 font-semibold">{q.points === 2000 ? "Double points!" : "No points — just for practice"}</p>
      )}
    </div>
  );
}

// ---------- answering ----------

function Answering({ view, at, socket, connected }: { view: ViewOf<"answering">; at: number; socket: GameSocket | null; connected: boolean }) {
  const q = view.question;
  const deadline = at + view.remainingMs;
  const secs = useSecondsLeft(deadline);
  const [chosen, setChosen] = useState<number | null>(null);
  const [error, setError] = useState<string | null>(null);
  const locked = view.answered || chosen !== null;
  const choice = view.choice ?? chosen;
  const closed = secs === 0;

  const choose = async (i: number) => {
    if (locked || closed || !socket || !connected || i >= q.options.length) return;
    setChosen(i);
    setError(null);
    const res = await request(socket, "player:answer", { questionIndex: q.index, choice: i });
    if (!res.ok && res.code !== "ALREADY_ANSWERED") {
      setChosen(null);
      setError(res.message);
    }
  };

  // Digits 1–4 answer too (keyboards, switch access).
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= q.options.length) {
        e.preventDefault();
        void choose(n - 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  });

  return (
    <div className="flex flex-1 flex-col gap-4 px-4 py-4">
      <div className="flex items-center gap-3">
        <QuestionLabel q={q} className="text-slate-700" />
        <div
          role="timer"
          aria-label={`${secs} seconds left`}
          className={`ml-auto flex h-14 w-14 shrink-0 items-center justify-center rounded-full text-2xl font-black text-white tabular-nums ${secs <= 5 ? "bg-red-600" : "bg-brand"}`}
        >
          {secs}
        </div>
      </div>
      <CountdownBar deadline={deadline} totalMs={q.timeLimitSec * 1000} className="h-2" barClassName={secs <= 5 ? "bg-red-600" : "bg-brand"} label="Time left" />
      <h1 className={`leading-snug font-black text-slate-900 [overflow-wrap:anywhere] ${q.prompt.length > 160 ? "text-lg" : "text-xl"}`}>{q.prompt}</h1>

      {locked && choice !== null ? (
        <div className="flex flex-1 flex-col items-center justify-center gap-4 py-6 text-center" role="status">
          <div className={`flex h-28 w-28 items-center justify-center rounded-3xl text-white shadow-lg ${OPTION_BG[choice]}`}>
            <OptionShape index={choice} className="h-16 w-16" />
          </div>
          <p className="text-3xl font-black text-slate-900">Answer locked in</p>
          <p className="text-lg text-slate-700">
            You chose <strong className="[overflow-wrap:anywhere]">{q.options[choice]}</strong>
            <span className="sr-only"> ({OPTION_NAMES[choice]})</span>
          </p>
          <p className="text-base text-slate-600">Waiting for the others…</p>
        </div>
      ) : closed ? (
        <div className="flex flex-1 items-center justify-center text-2xl font-black text-slate-900" role="status">
          Time&rsquo;s up!
        </div>
      ) : (
        <div className={`grid flex-1 content-start gap-3 ${q.options.length > 2 ? "sm:grid-cols-2" : ""}`} role="group" aria-label="Answers (keys 1 to 4)">
          {q.options.map((text, i) => (
            <AnswerButton key={i} index={i} text={text} disabled={!connected} onChoose={choose} />
          ))}
        </div>
      )}
      {error && (
        <p role="alert" className="rounded-lg bg-red-100 px-3 py-2 text-base font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}

// ---------- reveal ----------

function Reveal({ view, question }: { view: ViewOf<"reveal">; question: QuestionFace }) {
  const r = view.result;
  const right = r.correctOptions[0];
  const title = !r.answered ? "Time’s up — no answer" : r.correct ? "Correct" : "Incorrect";
  const mark = !r.answered ? "⏱" : r.correct ? "✓" : "✗";
  return (
    <div className="flex flex-1 flex-col items-center justify-center gap-5 px-6 py-8 text-center text-white" role="status">
      <p className="text-base font-bold text-white/85">
        Question {view.index + 1} of {view.total}
      </p>
      <div
        className={`flex h-28 w-28 items-center justify-center rounded-full bg-white text-6xl font-black shadow-lg ${
          !r.answered ? "text-slate-700" : r.correct ? "text-green-700" : "text-red-700"
        }`}
        aria-hidden="true"
      >
        {mark}
      </div>
      <h1 className="text-4xl leading-tight font-black">{title}</h1>
      {r.answered && r.correct ? (
        question?.points === 0 ? (
          <p className="rounded-full bg-black/25 px-5 py-2 text-xl font-bold">No points on this one — practice</p>
        ) : (
          <p className="rounded-full bg-black/25 px-5 py-2 text-2xl font-black tabular-nums">+{formatScore(r.pointsEarned)} points</p>
        )
      ) : (
        right !== undefined && (
          <div className="flex max-w-full items-center gap-3 rounded-2xl bg-white px-4 py-3 text-left text-slate-900">
            <span className={`flex h-10 w-10 shrink-0 items-center justify-center rounded-lg text-white ${OPTION_BG[right]}`}>
              <OptionShape index={right} className="h-6 w-6" />
            </span>
            <span className="min-w-0">
              <span className="block text-sm font-semibold text-slate-600">The answer was</span>
              <span className="block text-lg font-bold [overflow-wrap:anywhere]">{question.options[right]}</span>
            </span>
          </div>
        )
      )}
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
