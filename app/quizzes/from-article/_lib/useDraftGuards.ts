"use client";
// What keeps a teacher's work from being lost on "New quiz from an article": the pasted text and web address
// are kept in this browser until the quiz is saved, and leaving an unsaved draft asks first.
import { useEffect } from "react";
import type { MouseEvent } from "react";
import { ARTICLE_LIMITS } from "@/server/protocol";
import type { SourceTab } from "../_components/SourceForm";

const BACKUP_KEY = "factsprint:from-article:source";

interface SourceFields {
  text: string;
  url: string;
  tab: SourceTab;
  setText: (text: string) => void;
  setUrl: (url: string) => void;
  setTab: (tab: SourceTab) => void;
}

/** Restores the last unsaved source on arrival and keeps it up to date while the teacher types. */
export function useSourceBackup({ text, url, tab, setText, setUrl, setTab }: SourceFields) {
  useEffect(() => {
    try {
      const raw = localStorage.getItem(BACKUP_KEY);
      if (!raw) return;
      const b = JSON.parse(raw) as { text?: string; url?: string; tab?: SourceTab };
      if (b.text) setText(b.text);
      if (b.url) setUrl(b.url);
      if (b.tab === "url" || b.tab === "text") setTab(b.tab);
    } catch {
      /* nothing kept */
    }
  }, []);
  useEffect(() => {
    const t = window.setTimeout(() => {
      try {
        if (text || url) localStorage.setItem(BACKUP_KEY, JSON.stringify({ text: text.slice(0, 4 * ARTICLE_LIMITS.maxChars), url, tab }));
        else localStorage.removeItem(BACKUP_KEY);
      } catch {
        /* storage full or blocked */
      }
    }, 400);
    return () => window.clearTimeout(t);
  }, [text, url, tab]);
}

/** Once the quiz is saved, its source need not wait in this browser any longer. */
export function clearSourceBackup() {
  try {
    localStorage.removeItem(BACKUP_KEY);
  } catch {
    /* ignore */
  }
}

/** While `unsaved`, closing the tab warns; the returned handler asks before a link leaves the page. */
export function useLeaveGuard(unsaved: boolean): (e: MouseEvent) => void {
  useEffect(() => {
    if (!unsaved) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [unsaved]);
  return (e: MouseEvent) => {
    if (unsaved && !window.confirm("Your questions aren't saved yet. Leave without saving them?")) e.preventDefault();
  };
}
