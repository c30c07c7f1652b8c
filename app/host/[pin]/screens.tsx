"use client";
// One component per host phase. Sizes are in viewport units so the same screen reads from the back of
// a classroom on a 1366×768 projector and on a 1920×1080 TV. Answering and the reveal, which differ by
// question type, are in answering.tsx and reveal.tsx.
import Link from "next/link";
import { useEffect, useState } from "react";
import { QUESTION_TYPE_LABELS, type PlayerSummary, type QuestionFace, type QuestionType } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { promptTextSize } from "@/app/components/game/OptionTile";
import { Podium } from "@/app/components/game/Podium";
import { Streak } from "@/app/components/game/Flames";
import { useSecondsLeft } from "@/app/lib/countdown";
import { formatScore, ordinal, plural, spacedPin } from "@/app/lib/format";
import { BIG_BUTTON, type ViewOf } from "./shared";



// ---------- lobby ----------

interface JoinInfo {
  joinUrl: string;
  qrSvg: string | null;
}

function useJoinInfo(pin: string): JoinInfo | null {
  const [info, setInfo] = useState<JoinInfo | null>(null);
  useEffect(() => {
    let live = true;
    const fallback = () => ({ joinUrl: `${window.location.origin}/play?pin=${pin}`, qrSvg: null });
    fetch(`/api/games/${pin}/join`)
      .then((r) => (r.ok ? (r.json() as Promise<{ joinUrl: string; qrSvg: string }>) : Promise.reject(new Error(String(r.status)))))
      .then((j) => live && setInfo({ joinUrl: j.joinUrl, qrSvg: j.qrSvg }))
      .catch(() => live && setInfo(fallback()));
    return () => {
      live = false;
    };
  }, [pin]);
  return info;
}

/** "http://192.168.1.20:3000/play?pin=123456" → "192.168.1.20:3000/play": what people type. */
function typedAddress(joinUrl: string): string {
  try {
    const u = new URL(joinUrl);
    return `${u.host}${u.pathname.replace(/\/$/, "")}`;
  } catch {
    return joinUrl;
  }
}

export function LobbyScreen({
  view,
  busy,
  onStart,
  onKick,
  onLock,
}: {
  view: ViewOf<"lobby">;
  busy: boolean;
  onStart: () => void;
  onKick: (p: PlayerSummary) => void;
  onLock: (locked: boolean) => void;
}) {
  const join = useJoinInfo(view.pin);
  const count = view.players.length;
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-[2.5vh] bg-brand px-[2.5vw] py-[3vh] text-white">
      <section className="flex shrink-0 items-stretch gap-[2vw]">
        <div className="flex min-w-0 flex-1 flex-col justify-center rounded-3xl bg-white px-[3vw] py-[2.5vh] text-slate-900 shadow-xl">
          <p className="text-[max(18px,1.9vw)] font-semibold text-slate-600">On your phone, go to</p>
          <p className="text-[max(24px,3.1vw)] leading-tight font-black break-all text-brand">{join ? typedAddress(join.joinUrl) : "…"}</p>
          <p className="mt-[2vh] text-[max(18px,1.9vw)] font-semibold text-slate-600">and enter the Game PIN</p>
          <p className="text-[min(9vw,17vh)] leading-none font-black tracking-wide tabular-nums" aria-label={`Game PIN ${view.pin.split("").join(" ")}`}>
            {spacedPin(view.pin)}
          </p>
        </div>
        <div className="flex shrink-0 flex-col items-center justify-center rounded-3xl bg-white p-[1.2vw] text-slate-700 shadow-xl">
          {join?.qrSvg ? (
            <div
              className="aspect-square h-[min(34vh,22vw)] [&>svg]:h-full [&>svg]:w-full"
              role="img"
              aria-label={`QR code for ${join.joinUrl}`}
              // Server-generated SVG of the join URL, not user input.
              dangerouslySetInnerHTML={{ __html: join.qrSvg }}
            />
          ) : (
            <div className="flex aspect-square h-[min(34vh,22vw)] items-center justify-center text-center text-[1.3vw]">{join ? "No QR code" : "Loading QR code…"}</div>
          )}
          <p className="mt-[0.5vh] text-[max(14px,1.3vw)] font-bold">Scan to join</p>
        </div>
      </section>

      <section className="flex min-h-0 flex-1 flex-col" aria-labelledby="players-heading">
        <div className="flex shrink-0 items-center gap-[2vw]">
          <h2 id="players-heading" className="text-[max(22px,2.4vw)] font-black" aria-live="polite">
            {count === 0 ? "Waiting for players…" : plural(count, "player")}
          </h2>
          <span className="ml-auto text-[max(15px,1.4vw)] font-semibold text-white/85">
            {view.locked ? "Locked: nobody else can join" : count === 0 ? "Start unlocks when someone joins" : "Click a name to remove that player"}
          </span>
          <Button
            variant="secondary"
            className="border-0 px-[1.4vw] py-[1vh] text-[max(15px,1.3vw)]"
            aria-pressed={view.locked}
            onClick={() => onLock(!view.locked)}
            title={view.locked ? "Let more players join" : "Stop anyone else from joining"}
          >
            {view.locked ? "🔒 Unlock" : "🔓 Lock"}
          </Button>
          <Button variant="secondary" className={`${BIG_BUTTON} border-0`} disabled={count === 0 || busy} onClick={onStart}>
            Start ▶
          </Button>
        </div>
        <ul className="mt-[2vh] flex min-h-0 flex-1 flex-wrap content-start gap-[0.9vw] overflow-y-auto pb-2" aria-label="Players in the lobby">
          {view.players.map((p) => (
            <li key={p.id}>
              <button
                type="button"
                onClick={() => onKick(p)}
                aria-label={`Remove ${p.nickname}${p.connected ? "" : " (offline)"}`}
                title={p.connected ? "Remove this player" : "Offline — remove this player"}
                className={`group flex items-center gap-2 rounded-full bg-white px-[1.4vw] py-[0.8vh] text-[max(18px,1.8vw)] font-bold text-slate-900 shadow-md transition hover:bg-red-50 hover:text-red-700 focus-visible:bg-red-50 ${
                  p.connected ? "" : "opacity-60"
                }`}
              >
                {!p.connected && <span className="h-[1vw] w-[1vw] rounded-full border-2 border-slate-500" aria-hidden="true" />}
                <span className="group-hover:line-through group-focus-visible:line-through">{p.nickname}</span>
                <span className="hidden text-[0.8em] group-hover:inline group-focus-visible:inline" aria-hidden="true">
                  ✕
                </span>
              </button>
            </li>
          ))}
        </ul>
      </section>
    </main>
  );
}

// ---------- question (get ready) ----------

const HOW_TO_ANSWER: Record<QuestionType, string | null> = {
  mc: null,
  tf: null,
  type: "players type it on their phones",
  order: "players tap the items from first to last",
};

function QuestionMeta({ q, className = "" }: { q: QuestionFace; className?: string }) {
  const points = q.points === 0 ? "No points" : q.points === 2000 ? "Double points" : `${formatScore(q.points)} points`;
  return (
    <p className={`font-semibold text-slate-600 ${className}`}>
      {q.timeLimitSec} seconds · {points}
    </p>
  );
}

export function QuestionScreen({ view, at }: { view: ViewOf<"question">; at: number }) {
  const deadline = at + view.opensInMs;
  const secs = useSecondsLeft(deadline);
  const q = view.question;
  return (
    <main className="flex min-h-0 flex-1 flex-col items-center justify-center gap-[4vh] px-[6vw] py-[4vh]">
      <div className="flex flex-col items-center gap-[1.2vh]">
        <p className="rounded-full bg-brand px-[2vw] py-[0.8vh] text-[max(18px,1.8vw)] font-bold text-white">
          Question {q.index + 1} of {q.total}
        </p>
        <p className="text-[max(20px,2.2vw)] font-black text-brand">
          <span>{QUESTION_TYPE_LABELS[q.type]}</span>
          {HOW_TO_ANSWER[q.type] && <span className="font-semibold text-slate-700"> · {HOW_TO_ANSWER[q.type]}</span>}
        </p>
      </div>
      <h1 className={`text-center leading-tight font-black [overflow-wrap:anywhere] ${promptTextSize(q.prompt, true)}`}>{q.prompt}</h1>
      <div className="w-[60vw]">
        <p className="mb-[1.2vh] text-center text-[max(20px,2.2vw)] font-bold text-slate-700" aria-live="polite">
          Get ready… {secs > 0 ? secs : ""}
        </p>
        <CountdownBar deadline={deadline} className="h-[2.2vh]" label="Time until answers open" />
      </div>
      <QuestionMeta q={q} className="text-[max(15px,1.5vw)]" />
    </main>
  );
}

// ---------- leaderboard ----------

export function LeaderboardScreen({ view, busy, onNext }: { view: ViewOf<"leaderboard">; busy: boolean; onNext: () => void }) {
  return (
    <main className="flex min-h-0 flex-1 flex-col items-center gap-[2.5vh] bg-brand px-[2vw] py-[3vh]">
      <h1 className="text-[max(30px,3.6vw)] leading-none font-black text-white">Leaderboard</h1>
      {view.top.length === 0 ? (
        <p className="text-[2vw] font-semibold text-white/90">No players left in the game.</p>
      ) : (
        <ol className="flex w-[min(72vw,120vh)] flex-col gap-[1.3vh]">
          {view.top.map((p, i) => (
            <li
              key={`${p.nickname}-${i}`}
              className="flex items-center gap-[1.6vw] rounded-2xl bg-white px-[2vw] py-[1.3vh] text-[max(22px,2.5vw)] font-bold text-slate-900 shadow-lg"
            >
              <span className="w-[4vw] shrink-0 text-center font-black text-brand tabular-nums" aria-label={`${ordinal(p.rank)} place`}>
                {p.rank}
              </span>
              <span className="min-w-0 flex-1 truncate" title={p.nickname}>
                {p.nickname}
              </span>
              <Streak streak={p.streak} className="text-[0.85em]" />
              <span className="shrink-0 font-black tabular-nums">{formatScore(p.score)}</span>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-auto self-end">
        <Button variant="secondary" className={`${BIG_BUTTON} border-0`} disabled={busy} onClick={onNext} autoFocus>
          {view.isLast ? "Show the podium 🏆" : "Next question ▶"}
        </Button>
      </div>
    </main>
  );
}

// ---------- podium ----------

export function PodiumScreen({ view }: { view: ViewOf<"podium"> }) {
  return (
    <main className="min-h-0 flex-1 overflow-y-auto">
      <section className="flex min-h-[88%] flex-col bg-brand px-[2vw] pt-[3vh]">
        <div className="flex items-center justify-center">
          <h1 className="text-[max(30px,3.6vw)] font-black text-white">🏆 Final results</h1>
        </div>
        {view.endedEarly && (
          <p className="text-center text-[max(16px,1.4vw)] font-semibold text-white/85">The game was ended before the last question.</p>
        )}
        <div className="mt-auto pt-[2vh]">
          {view.ranking.length === 0 ? (
            <p className="pb-[6vh] text-center text-[2vw] font-semibold text-white/90">Nobody played this game.</p>
          ) : (
            <Podium ranking={view.ranking} />
          )}
        </div>
      </section>
      <section className="mx-auto w-[min(80vw,130vh)] py-[4vh]" aria-labelledby="ranking-heading">
        <div className="mb-[2vh] flex items-center">
          <h2 id="ranking-heading" className="text-[max(22px,2.2vw)] font-black">
            Full ranking
          </h2>
          <Link
            href="/quizzes"
            className="ml-auto inline-flex items-center rounded-xl bg-brand px-[2vw] py-[1.2vh] text-[max(17px,1.6vw)] font-bold text-white shadow-md hover:bg-brand-dark"
          >
            Back to library
          </Link>
        </div>
        <table className="w-full border-separate border-spacing-y-[0.6vh] text-[max(17px,1.7vw)]">
          <thead className="text-left text-[0.75em] tracking-wide text-slate-500 uppercase">
            <tr>
              <th scope="col" className="w-[8vw] px-[1.2vw] font-bold">
                Rank
              </th>
              <th scope="col" className="px-[1.2vw] font-bold">
                Player
              </th>
              <th scope="col" className="px-[1.2vw] text-right font-bold">
                Score
              </th>
            </tr>
          </thead>
          <tbody>
            {view.ranking.map((p, i) => (
              <tr key={`${p.nickname}-${i}`} className="bg-white shadow-sm">
                <td className="rounded-l-xl px-[1.2vw] py-[1vh] font-black text-brand tabular-nums">{ordinal(p.rank)}</td>
                <td className="px-[1.2vw] py-[1vh] font-bold [overflow-wrap:anywhere]">{p.nickname}</td>
                <td className="rounded-r-xl px-[1.2vw] py-[1vh] text-right font-black tabular-nums">{formatScore(p.score)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </main>
  );
}
