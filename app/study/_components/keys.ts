"use client";
// Keyboard play for solo study and assignments: 1–4 answer, Enter continues. Typing in a form field
// is never hijacked, and a focused button keeps its own Enter (no double action).
import { useEffect, useRef } from "react";

function typingIn(target: EventTarget | null): boolean {
  const el = target as HTMLElement | null;
  return !!el && (el.isContentEditable || ["INPUT", "TEXTAREA", "SELECT"].includes(el.tagName));
}

/** Calls `onChoose(i)` for digit keys 1…count while `enabled`. */
export function useAnswerKeys(count: number, onChoose: (index: number) => void, enabled = true): void {
  const choose = useRef(onChoose);
  useEffect(() => {
    choose.current = onChoose;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.altKey || e.ctrlKey || e.metaKey || e.repeat || typingIn(e.target)) return;
      const n = Number(e.key);
      if (Number.isInteger(n) && n >= 1 && n <= count) {
        e.preventDefault();
        choose.current(n - 1);
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [count, enabled]);
}

/** Calls `onEnter` for Enter pressed anywhere but on a control that handles Enter itself. */
export function useEnterKey(onEnter: () => void, enabled = true): void {
  const handler = useRef(onEnter);
  useEffect(() => {
    handler.current = onEnter;
  });
  useEffect(() => {
    if (!enabled) return;
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== "Enter" || e.repeat || e.altKey || e.ctrlKey || e.metaKey || typingIn(e.target)) return;
      const el = e.target as HTMLElement | null;
      if (el && el.closest("button, a, summary, [role=button]")) return; // the focused control acts itself
      e.preventDefault();
      handler.current();
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [enabled]);
}
