"use client";
// The projector screen. Renders purely from the latest HostView snapshot; every command is an acked
// socket request whose error message is shown as is. Re-attaches on every (re)connection.
import Link from "next/link";
import { useCallback, useEffect, useState } from "react";
import type { HostView, PlayerSummary } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { ConfirmDialog } from "@/app/components/game/ConfirmDialog";
import { ConnectionBanner } from "@/app/components/game/ConnectionBanner";
import { request, useGameSocket } from "@/app/lib/socket";
import { loadHostToken } from "@/app/lib/storage";
import { spacedPin } from "@/app/lib/format";
import { AnsweringScreen } from "./answering";
import { RevealScreen } from "./reveal";
import { LeaderboardScreen, LobbyScreen, PodiumScreen, QuestionScreen } from "./screens";

export interface Snapshot {
  view: HostView;
  /** performance.now() when the snapshot arrived: server timers count from here. */
  at: number;
}

type HostCommand = "host:start" | "host:next" | "host:skip" | "host:end";

/** Attach errors after which retrying cannot help. */
const FATAL_CODES = new Set(["GAME_NOT_FOUND", "NOT_THE_HOST", "BAD_REQUEST", "GAME_OVER"]);

export function HostGame({ pin }: { pin: string }) {
  // undefined = not read yet (localStorage exists only in the browser); null = this browser has no token.
  const [token, setToken] = useState<string | null | undefined>(undefined);
  const [snap, setSnap] = useState<Snapshot | null>(null);
  const [fatal, setFatal] = useState<string | null>(null);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState<HostCommand | "host:kick" | null>(null);
  const [confirmEnd, setConfirmEnd] = useState(false);
  const [kickTarget, setKickTarget] = useState<PlayerSummary | null>(null);

  useEffect(() => {
    setToken(loadHostToken(pin));
  }, [pin]);

  const { socket, status } = useGameSocket({
    enabled: typeof token === "string" && fatal === null,
    listen: (s) => s.on("game:host", (view) => setSnap({ view, at: performance.now() })),
    onConnect: async (s) => {
      if (!token) return;
      const res = await request(s, "host:attach", { pin, hostToken: token });
      if (res.ok) setError(null);
      else if (FATAL_CODES.has(res.code)) setFatal(res.message);
      else setError(res.message);
    },
  });

  // Errors are transient: they fade after a while (the next snapshot says what really happened).
  useEffect(() => {
    if (!error) return;
    const t = window.setTimeout(() => setError(null), 7000);
    return () => window.clearTimeout(t);
  }, [error]);

  const setLocked = useCallback(
    async (locked: boolean) => {
      if (!socket) return;
      const res = await request(socket, "host:lock", { locked });
      if (!res.ok) setError(res.message);
    },
    [socket],
  );

  const command = useCallback(
    async (event: HostCommand) => {
      if (!socket || pending) return;
      setPending(event);
      const res = await request(socket, event, {});
      setPending(null);
      if (!res.ok) setError(res.message);
    },
    [socket, pending],
  );

  // Presentation clickers send PageDown / ArrowRight: they advance the reveal and the leaderboard.
  const phase = snap?.view.phase;
  useEffect(() => {
    if (phase !== "reveal" && phase !== "leaderboard") return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || confirmEnd || kickTarget) return;
      if (e.key === "PageDown" || e.key === "ArrowRight") {
        e.preventDefault();
        void command("host:next");
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [phase, command, confirmEnd, kickTarget]);

  const kick = async (player: PlayerSummary) => {
    setKickTarget(null);
    if (!socket) return;
    setPending("host:kick");
    const res = await request(socket, "host:kick", { playerId: player.id });
    setPending(null);
    if (!res.ok) setError(res.message);
  };

  if (token === undefined) return <div className="h-dvh bg-brand" />;
  if (token === null) {
    return (
      <Notice title="This screen can only be opened by the teacher who started the game">
        Start a game from your quiz library on this computer, and its host screen opens here.
      </Notice>
    );
  }
  if (fatal) return <Notice title="This game can't be hosted here">{fatal}</Notice>;

  const view = snap?.view;
  const busy = pending !== null || status !== "connected";

  return (
    <div className="flex h-dvh flex-col overflow-hidden bg-slate-100 text-slate-900">
      <ConnectionBanner status={status} />
      <HostHeader pin={pin} view={view} onEnd={() => setConfirmEnd(true)} />
      {!view ? (
        <main className="flex flex-1 items-center justify-center bg-brand text-[2.5vw] font-bold text-white">Opening game {spacedPin(pin)}…</main>
      ) : view.phase === "lobby" ? (
        <LobbyScreen view={view} busy={busy} onStart={() => command("host:start")} onKick={setKickTarget} onLock={setLocked} />
      ) : view.phase === "question" ? (
        <QuestionScreen key={`q${view.question.index}`} view={view} at={snap.at} />
      ) : view.phase === "answering" ? (
        <AnsweringScreen key={`a${view.question.index}`} view={view} at={snap.at} busy={busy} onSkip={() => command("host:skip")} />
      ) : view.phase === "reveal" ? (
        <RevealScreen view={view} busy={busy} onNext={() => command("host:next")} />
      ) : view.phase === "leaderboard" ? (
        <LeaderboardScreen view={view} busy={busy} onNext={() => command("host:next")} />
      ) : (
        <PodiumScreen view={view} />
      )}

      {error && (
        <div role="alert" className="fixed bottom-[3vh] left-1/2 z-40 flex max-w-[80vw] -translate-x-1/2 items-center gap-4 rounded-xl bg-red-700 px-6 py-4 text-[1.5vw] font-semibold text-white shadow-2xl">
          <span>{error}</span>
          <button type="button" onClick={() => setError(null)} className="rounded-md px-2 text-white/90 hover:bg-white/20" aria-label="Dismiss">
            ✕
          </button>
        </div>
      )}

      <ConfirmDialog
        open={confirmEnd}
        title="End the game now?"
        body="Everyone goes straight to the final results. This can't be undone."
        confirmLabel="End game"
        cancelLabel="Keep playing"
        danger
        onCancel={() => setConfirmEnd(false)}
        onConfirm={() => {
          setConfirmEnd(false);
          void command("host:end");
        }}
      />
      <ConfirmDialog
        open={kickTarget !== null}
        title={`Remove ${kickTarget?.nickname ?? ""}?`}
        body="They leave the game and can't join it again with this phone."
        confirmLabel="Remove player"
        danger
        onCancel={() => setKickTarget(null)}
        onConfirm={() => kickTarget && void kick(kickTarget)}
      />
    </div>
  );
}

function HostHeader({ pin, view, onEnd }: { pin: string; view: HostView | undefined; onEnd: () => void }) {
  let progress: string | null = null;
  if (view?.phase === "lobby") progress = `${view.quizTitle} · ${view.totalQuestions} ${view.totalQuestions === 1 ? "question" : "questions"}`;
  else if (view && "question" in view) progress = `Question ${view.question.index + 1} / ${view.question.total}`;
  else if (view?.phase === "leaderboard") progress = `Question ${view.index + 1} / ${view.total}`;
  else if (view?.phase === "podium") progress = "Final results";
  const over = view?.phase === "podium";
  return (
    <header className="flex h-[max(48px,7.5vh)] shrink-0 items-center gap-[2.5vw] border-b border-slate-200 bg-white px-[2vw] text-[max(15px,1.35vw)]">
      <span className="font-black tracking-tight text-brand">Factsprint</span>
      <span className="font-semibold text-slate-600">
        PIN <strong className="font-black text-slate-900 tabular-nums">{spacedPin(pin)}</strong>
      </span>
      {progress && <span className="min-w-0 truncate font-semibold text-slate-700">{progress}</span>}
      <span className="ml-auto" />
      {over ? (
        <Link href="/quizzes" className="rounded-lg px-3 py-1.5 font-semibold text-brand hover:bg-slate-100">
          Back to library
        </Link>
      ) : (
        view && (
          <Button variant="ghost" onClick={onEnd} className="px-3 py-1.5">
            End game
          </Button>
        )
      )}
    </header>
  );
}

function Notice({ title, children }: { title: string; children: React.ReactNode }) {
  return (
    <main className="flex min-h-dvh items-center justify-center bg-brand p-8">
      <div className="max-w-2xl rounded-3xl bg-white p-10 text-center shadow-2xl">
        <h1 className="text-3xl font-black text-slate-900">{title}</h1>
        <p className="mt-4 text-xl text-slate-700">{children}</p>
        <Link href="/quizzes" className="mt-8 inline-flex rounded-xl bg-brand px-6 py-3 text-xl font-bold text-white hover:bg-brand-dark">
          Go to the quiz library
        </Link>
      </div>
    </main>
  );
}
