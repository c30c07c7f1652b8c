"use client";
// The player's phone: PIN → nickname → the game, rendered purely from the latest PlayerView. The seat
// (playerId + resumeToken) is kept in localStorage so a reload or a dropped connection resumes it.
import { useEffect, useState } from "react";
import type { ErrorCode, PlayerView } from "@/server/protocol";
import { ERROR_MESSAGES } from "@/server/protocol";
import { ConnectionBanner } from "@/app/components/game/ConnectionBanner";
import { request, useGameSocket, whenConnected, type GameSocket } from "@/app/lib/socket";
import { clearSeat, loadSeat, saveSeat, type SavedSeat } from "@/app/lib/storage";
import { spacedPin } from "@/app/lib/format";
import { NicknameForm, PinForm } from "./forms";
import { PlayerScreen } from "./screens";

type Step = "loading" | "pin" | "nickname" | "game";

/** Errors that mean the PIN itself is no good: go back to the PIN screen. */
const PIN_ERRORS = new Set<ErrorCode>(["GAME_NOT_FOUND", "GAME_OVER", "GAME_ALREADY_STARTED"]);
/** How long a nickname waits for the socket that is still opening before it says the server is unreachable. */
const CONNECT_WAIT_MS = 8000;

export interface PlayerSnapshot {
  view: PlayerView;
  at: number;
}

/** Keeps ?pin= in the address bar so a reload lands back in the same game. */
function rememberPinInUrl(pin: string | null) {
  const url = new URL(window.location.href);
  if (pin) url.searchParams.set("pin", pin);
  else url.searchParams.delete("pin");
  window.history.replaceState(window.history.state, "", url);
}

/** Asks the server whether a PIN exists before the nickname step. Unknown answers let the player go on. */
async function checkPin(pin: string): Promise<string | null> {
  try {
    const r = await fetch(`/api/games/${pin}/join`);
    if (r.status === 404) return ERROR_MESSAGES.GAME_NOT_FOUND;
    if (!r.ok) {
      const body = (await r.json().catch(() => null)) as { error?: { code?: ErrorCode; message?: string } } | null;
      if (body?.error?.code && PIN_ERRORS.has(body.error.code)) return body.error.message ?? ERROR_MESSAGES[body.error.code];
    }
  } catch {
    /* offline or server busy: the join itself will say */
  }
  return null;
}

export function PlayerGame({ initialPin }: { initialPin: string | null }) {
  const [step, setStep] = useState<Step>("loading");
  const [pin, setPin] = useState<string | null>(initialPin);
  const [seat, setSeat] = useState<SavedSeat | null>(null);
  const [snap, setSnap] = useState<PlayerSnapshot | null>(null);
  // The reveal view carries only option indices: keep the last question to name the right answer.
  const [message, setMessage] = useState<string | null>(null);
  const [submitting, setSubmitting] = useState(false);

  // First render on the client: a saved seat for ?pin= resumes straight into the game.
  useEffect(() => {
    if (!initialPin) {
      setStep("pin");
      return;
    }
    const saved = loadSeat(initialPin);
    if (saved) {
      setSeat(saved);
      setStep("game");
    } else {
      setStep("nickname");
      void checkPin(initialPin).then((err) => {
        if (err) {
          setMessage(err);
          setStep("pin");
        }
      });
    }
  }, [initialPin]);

  const leaveSeat = (code: ErrorCode, msg: string) => {
    if (pin) clearSeat(pin);
    setSeat(null);
    setSnap(null);
    setMessage(msg);
    if (PIN_ERRORS.has(code)) {
      setStep("pin");
      setPin(null);
      rememberPinInUrl(null);
    } else {
      setStep("nickname");
    }
  };

  /** Takes the saved seat back on this socket (after a reload, a reconnect, or re-entering the PIN). */
  const resume = async (s: GameSocket, gamePin: string, saved: SavedSeat) => {
    const res = await request(s, "player:resume", { pin: gamePin, playerId: saved.playerId, resumeToken: saved.resumeToken });
    if (res.ok) {
      if (res.nickname !== saved.nickname) {
        const updated = { ...saved, nickname: res.nickname };
        saveSeat(gamePin, updated);
        setSeat(updated);
      }
    } else if (res.code === "KICKED") {
      clearSeat(gamePin);
      setSnap({ view: { phase: "kicked", nickname: saved.nickname }, at: performance.now() });
    } else if (res.code !== "INTERNAL") {
      // INTERNAL is also what a timeout looks like: keep the seat, the next reconnect tries again.
      leaveSeat(res.code, res.message);
    }
  };

  const { socket, status } = useGameSocket({
    listen: (s) =>
      s.on("game:player", (view) => {
        setSnap({ view, at: performance.now() });
      }),
    onConnect: (s) => {
      if (pin && seat) void resume(s, pin, seat);
    },
  });

  // Once removed, the seat is useless: forget it so "join again" starts clean.
  useEffect(() => {
    if (snap?.view.phase === "kicked" && pin) clearSeat(pin);
  }, [snap, pin]);

  const submitPin = async (value: string) => {
    setSubmitting(true);
    setMessage(null);
    const err = await checkPin(value);
    setSubmitting(false);
    if (err) {
      setMessage(err);
      return;
    }
    setPin(value);
    rememberPinInUrl(value);
    const saved = loadSeat(value);
    if (saved) {
      setSeat(saved);
      setStep("game");
      // If the socket is up, resume now; otherwise onConnect will.
      if (socket?.connected) void resume(socket, value, saved);
    } else {
      setStep("nickname");
    }
  };

  const submitNickname = async (nickname: string) => {
    if (!pin) return;
    setSubmitting(true);
    setMessage(null);
    if (!socket || !(await whenConnected(socket, CONNECT_WAIT_MS))) {
      setSubmitting(false);
      setMessage("Can't reach the game server. Check your connection and try again.");
      return;
    }
    const res = await request(socket, "player:join", { pin, nickname });
    setSubmitting(false);
    if (!res.ok) {
      setMessage(res.message);
      if (PIN_ERRORS.has(res.code)) {
        setStep("pin");
        setPin(null);
        rememberPinInUrl(null);
      }
      return;
    }
    const newSeat = { playerId: res.playerId, resumeToken: res.resumeToken, nickname: res.nickname };
    saveSeat(pin, newSeat);
    setSeat(newSeat);
    setStep("game");
  };

  const startOver = () => {
    if (pin) clearSeat(pin);
    setSeat(null);
    setSnap(null);
    setPin(null);
    setMessage(null);
    rememberPinInUrl(null);
    setStep("pin");
  };

  const view = step === "game" ? snap?.view : undefined;
  const terminal = view?.phase === "kicked" || view?.phase === "podium";

  return (
    <div className="flex min-h-dvh flex-col">
      {step === "game" && !terminal && <ConnectionBanner status={status} />}
      {step === "loading" && <div className="min-h-dvh bg-brand" />}
      {step === "pin" && <PinForm busy={submitting} message={message} onSubmit={submitPin} />}
      {step === "nickname" && pin && (
        <NicknameForm
          pin={spacedPin(pin)}
          busy={submitting}
          message={message}
          onSubmit={submitNickname}
          onChangePin={() => {
            setMessage(null);
            setPin(null);
            rememberPinInUrl(null);
            setStep("pin");
          }}
        />
      )}
      {step === "game" &&
        (view && snap ? (
          <PlayerScreen snap={snap} socket={socket} connected={status === "connected"} onStartOver={startOver} />
        ) : (
          <main className="flex flex-1 flex-col items-center justify-center gap-4 bg-brand p-6 text-center text-white">
            <span className="inline-block h-10 w-10 animate-spin rounded-full border-4 border-white border-t-transparent" aria-hidden="true" />
            <p className="text-2xl font-bold">Joining the game…</p>
          </main>
        ))}
    </div>
  );
}
