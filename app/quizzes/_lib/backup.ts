// Protecting unsaved work in the editor: a local copy of the draft that survives a closed tab or a
// crash (offered back on the next visit), and the browser's "leave this page?" prompt while dirty.
import { useEffect } from "react";
import type { Draft } from "./draft";

export interface Backup {
  at: number;
  draft: Draft;
}

const backupKey = (quizId: string | null) => `factsprint:draft:${quizId ?? "new"}`;

export function readBackup(quizId: string | null): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(quizId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Backup;
    return parsed && Array.isArray(parsed.draft?.questions) ? parsed : null;
  } catch {
    return null;
  }
}

export function writeBackup(quizId: string | null, draft: Draft | null) {
  try {
    if (draft) localStorage.setItem(backupKey(quizId), JSON.stringify({ at: Date.now(), draft } satisfies Backup));
    else localStorage.removeItem(backupKey(quizId));
  } catch {
    /* storage full or blocked: the beforeunload warning still protects the work */
  }
}

/**
 * While the editor is ready: warn before unloading a dirty draft, and keep the local backup in step
 * (written shortly after each change, removed once clean). Nothing is written before the saved
 * version is known and any older backup has been offered, so no backup is overwritten unseen.
 */
export function useDraftProtection({
  ready,
  dirty,
  draft,
  quizId,
  backupChecked,
  backupPending,
}: {
  ready: boolean;
  dirty: boolean;
  draft: Draft;
  quizId: string | null;
  backupChecked: boolean;
  backupPending: boolean;
}) {
  useEffect(() => {
    if (!dirty || !ready) return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, ready]);

  useEffect(() => {
    if (!ready || !backupChecked || backupPending) return;
    const t = window.setTimeout(() => writeBackup(quizId, dirty ? draft : null), 400);
    return () => window.clearTimeout(t);
  }, [draft, dirty, quizId, ready, backupChecked, backupPending]);
}
