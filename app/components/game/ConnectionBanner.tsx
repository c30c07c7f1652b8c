"use client";
import { useEffect, useState } from "react";
import type { ConnectionStatus } from "@/app/lib/socket";

/** Shown while the socket is down. Socket.io keeps retrying on its own; the page re-attaches on reconnect. */
export function ConnectionBanner({ status }: { status: ConnectionStatus }) {
  // The first connection normally takes a few ms: only say "Connecting…" if it is slow.
  const [slow, setSlow] = useState(false);
  useEffect(() => {
    if (status !== "connecting") return;
    const t = window.setTimeout(() => setSlow(true), 1200);
    return () => {
      window.clearTimeout(t);
      setSlow(false);
    };
  }, [status]);
  if (status === "connected" || (status === "connecting" && !slow)) return null;
  const text =
    status === "connecting"
      ? "Connecting to the game…"
      : status === "closed"
        ? "Disconnected from the game. Reload the page to reconnect."
        : "Connection lost. Reconnecting…";
  return (
    <div
      role="status"
      aria-live="polite"
      className="sticky top-0 z-50 flex shrink-0 items-center justify-center gap-3 bg-slate-900 px-4 py-3 text-base font-semibold text-white shadow-lg"
    >
      {status !== "closed" && <span className="inline-block h-4 w-4 animate-spin rounded-full border-2 border-white border-t-transparent" aria-hidden="true" />}
      {text}
    </div>
  );
}
