"use client";
// "Host live": pick game options, open a lobby (POST /api/games), keep the host token, go to /host/PIN.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Dialog } from "@/app/components/ui/Dialog";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { errorMessage, startGame } from "../_lib/api";

const STREAK_PREF = "factsprint:pref:streakBonus";

export interface HostTarget {
  id: string;
  title: string;
  questionCount: number;
}

export function HostDialog({ quiz, onClose }: { quiz: HostTarget | null; onClose: () => void }) {
  const router = useRouter();
  const checkboxId = useId();
  const [streakBonus, setStreakBonus] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  useEffect(() => {
    if (!quiz) return;
    setError(null);
    setBusy(false);
    try {
      setStreakBonus(localStorage.getItem(STREAK_PREF) !== "off");
    } catch {
      /* storage unavailable: keep the default */
    }
  }, [quiz]);

  async function open() {
    if (!quiz || busy) return;
    setBusy(true);
    setError(null);
    try {
      try {
        localStorage.setItem(STREAK_PREF, streakBonus ? "on" : "off");
      } catch {
        /* not essential */
      }
      const game = await startGame(quiz.id, streakBonus);
      router.push(`/host/${game.pin}`);
    } catch (err) {
      setError(errorMessage(err));
      setBusy(false);
    }
  }

  const count = quiz?.questionCount ?? 0;
  return (
    <Dialog
      open={quiz !== null}
      onClose={onClose}
      dismissible={!busy}
      title={quiz ? <>Host “{quiz.title}” live</> : ""}
      footer={
        <>
          <Button type="button" variant="secondary" onClick={onClose} disabled={busy}>
            Cancel
          </Button>
          <Button type="button" onClick={open} disabled={busy}>
            {busy ? <Spinner className="h-4 w-4" /> : <Icon name="play" className="h-4 w-4" />}
            {busy ? "Opening lobby…" : "Open lobby"}
          </Button>
        </>
      }
    >
      <p>
        {count} question{count === 1 ? "" : "s"}. The lobby shows a PIN; students join on their phones and you start when everyone is in.
      </p>
      <label htmlFor={checkboxId} className="mt-4 flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50">
        <input
          id={checkboxId}
          type="checkbox"
          checked={streakBonus}
          onChange={(e) => setStreakBonus(e.target.checked)}
          className="mt-1 h-5 w-5 shrink-0 accent-brand"
        />
        <span>
          <span className="block font-semibold text-slate-900">Streak bonus</span>
          <span className="block text-sm text-slate-600">
            Extra points for correct answers in a row: +100 for the second, rising to +500.
          </span>
        </span>
      </label>
      {error && (
        <Alert tone="error" title="Couldn't open a lobby" className="mt-4">
          {error}
        </Alert>
      )}
    </Dialog>
  );
}
