"use client";
// A bar that empties until `deadline` (performance.now() time). Animated by the compositor (Web
// Animations on transform), so a 60 fps countdown never re-renders React.
import { useEffect, useRef } from "react";

export function CountdownBar({
  deadline,
  totalMs,
  className = "h-4",
  barClassName = "bg-brand",
  label,
}: {
  deadline: number;
  /** Full length of the timer; the bar starts at (remaining / totalMs). Omit to start full. */
  totalMs?: number;
  className?: string;
  barClassName?: string;
  label: string;
}) {
  const bar = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = bar.current;
    if (!el) return;
    const remaining = Math.max(0, deadline - performance.now());
    const start = totalMs ? Math.min(1, remaining / totalMs) : 1;
    const anim = el.animate([{ transform: `scaleX(${start})` }, { transform: "scaleX(0)" }], {
      duration: remaining,
      easing: "linear",
      fill: "forwards",
    });
    return () => anim.cancel();
  }, [deadline, totalMs]);
  return (
    <div className={`w-full overflow-hidden rounded-full bg-slate-300/70 ${className}`} role="presentation" aria-label={label}>
      <div ref={bar} className={`h-full w-full origin-left rounded-full ${barClassName}`} style={{ transform: "scaleX(1)" }} />
    </div>
  );
}
