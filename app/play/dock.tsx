"use client";
// A bar that stays at the bottom of the phone, just above the nickname footer: the controls an answer
// needs even when a long list pushes them off screen (ordering's Undo / Clear / Submit).
import { useEffect, useState } from "react";
import { createPortal } from "react-dom";

export const DOCK_ID = "player-dock";

/** Renders `children` in the frame's dock (see screens.tsx Frame); in place if there is none. */
export function Docked({ children }: { children: React.ReactNode }) {
  const [dock, setDock] = useState<HTMLElement | null>(null);
  useEffect(() => setDock(document.getElementById(DOCK_ID)), []);
  if (!dock) return <>{children}</>;
  return createPortal(
    <div className="border-t border-slate-200 bg-slate-100/95 px-4 py-3 shadow-[0_-2px_8px_rgba(0,0,0,0.12)] backdrop-blur">{children}</div>,
    dock,
  );
}
