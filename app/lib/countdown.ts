"use client";
// Server timers arrive as "ms remaining when the message was sent"; we count down locally from the
// moment the snapshot was received (performance.now()), so clock skew between machines never matters.
import { useEffect, useState } from "react";

/** Whole seconds left until `deadline` (a performance.now() timestamp), updated a few times a second. */
export function useSecondsLeft(deadline: number): number {
  const compute = () => Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
  const [secs, setSecs] = useState(compute);
  useEffect(() => {
    let frame = 0;
    let last = -1;
    const tick = () => {
      const s = Math.max(0, Math.ceil((deadline - performance.now()) / 1000));
      if (s !== last) {
        last = s;
        setSecs(s);
      }
      if (s > 0) frame = window.setTimeout(tick, 100);
    };
    tick();
    return () => window.clearTimeout(frame);
  }, [deadline]);
  return secs;
}
