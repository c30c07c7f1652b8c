"use client";
// "Assign": homework from a bank. The teacher picks a deadline; the dialog then shows the students'
// link to copy and a way to the results, which fill in as students play.
import { useEffect, useId, useState } from "react";
import type { CreatedAssignment } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { Dialog } from "@/app/components/ui/Dialog";
import { TextField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { errorMessage } from "@/app/study/_lib/http";
import { formatDateTime } from "@/app/study/_lib/when";
import { createAssignment } from "../_lib/api";

export interface AssignTarget {
  id: string;
  title: string;
  questionCount: number;
}

/** "YYYY-MM-DDTHH:mm" in local time, the value a datetime-local input takes. */
function localInputValue(d: Date): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${d.getFullYear()}-${p(d.getMonth() + 1)}-${p(d.getDate())}T${p(d.getHours())}:${p(d.getMinutes())}`;
}

/** A week from today, end of the day: the usual homework deadline. */
function defaultDeadline(): string {
  const d = new Date();
  d.setDate(d.getDate() + 7);
  d.setHours(23, 59, 0, 0);
  return localInputValue(d);
}

export function AssignDialog({ quiz, onClose }: { quiz: AssignTarget | null; onClose: () => void }) {
  const id = useId();
  const [deadline, setDeadline] = useState(defaultDeadline);
  const [streakBonus, setStreakBonus] = useState(true);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [created, setCreated] = useState<CreatedAssignment | null>(null);
  const [copied, setCopied] = useState(false);

  useEffect(() => {
    if (!quiz) return;
    setDeadline(defaultDeadline());
    setBusy(false);
    setError(null);
    setFieldError(null);
    setCreated(null);
    setCopied(false);
  }, [quiz]);

  async function submit() {
    if (!quiz || busy) return;
    const at = new Date(deadline);
    if (!deadline || Number.isNaN(at.getTime())) return setFieldError("Pick a date and time.");
    if (at.getTime() <= Date.now() + 60_000) return setFieldError("The deadline must be in the future.");
    setBusy(true);
    setError(null);
    try {
      setCreated(await createAssignment(quiz.id, at.toISOString(), streakBonus));
    } catch (err) {
      setError(errorMessage(err));
    } finally {
      setBusy(false);
    }
  }

  async function copy() {
    if (!created) return;
    try {
      await navigator.clipboard.writeText(created.joinUrl);
      setCopied(true);
    } catch {
      // Clipboard blocked (plain http on a LAN address): select the text so Ctrl+C works.
      const el = document.getElementById(`${id}-link`);
      if (el) window.getSelection()?.selectAllChildren(el);
    }
  }

  const footer = created ? (
    <>
      <ButtonLink href={`/results/game/${encodeURIComponent(created.gameId)}`} variant="secondary">
        View results
      </ButtonLink>
      <Button onClick={onClose}>Done</Button>
    </>
  ) : (
    <>
      <Button variant="secondary" onClick={onClose} disabled={busy}>
        Cancel
      </Button>
      <Button onClick={() => void submit()} disabled={busy}>
        {busy ? <Spinner className="h-4 w-4" /> : <Icon name="check" className="h-4 w-4" />}
        {busy ? "Creating…" : "Create assignment"}
      </Button>
    </>
  );

  return (
    <Dialog open={quiz !== null} onClose={onClose} dismissible={!busy} title={quiz ? <>Assign “{quiz.title}”</> : ""} footer={footer}>
      {created ? (
        <div className="flex flex-col gap-3">
          <Alert tone="success" title="Assignment ready">
            Open until {formatDateTime(created.deadline)}. Send this link to your students:
          </Alert>
          <div className="flex flex-col gap-2 sm:flex-row sm:items-start">
            <p
              id={`${id}-link`}
              data-testid="student-link"
              aria-label="Students' link"
              className="min-w-0 flex-1 rounded-lg border border-slate-300 bg-slate-50 px-3 py-2 font-mono text-sm break-all text-slate-900 select-all"
            >
              {created.joinUrl}
            </p>
            <Button variant="secondary" onClick={() => void copy()}>
              <Icon name="copy" className="h-4 w-4" /> {copied ? "Copied" : "Copy link"}
            </Button>
          </div>
          <p className="text-sm text-slate-600">
            Results fill in as students play; find them later under <strong>Results</strong> on the quiz.
          </p>
        </div>
      ) : (
        <form
          noValidate
          onSubmit={(e) => {
            e.preventDefault();
            void submit();
          }}
          className="flex flex-col gap-4"
        >
          <p>
            {quiz?.questionCount ?? 0} questions. Students open a link, type their name, and play at their own pace — timed and scored like a live game.
          </p>
          <TextField
            id={`${id}-deadline`}
            type="datetime-local"
            label="Deadline"
            hint="After this, the assignment accepts no more answers."
            value={deadline}
            error={fieldError}
            onChange={(e) => {
              setDeadline(e.target.value);
              setFieldError(null);
            }}
          />
          <label htmlFor={`${id}-streak`} className="flex cursor-pointer items-start gap-3 rounded-lg border border-slate-200 p-3 hover:bg-slate-50">
            <input id={`${id}-streak`} type="checkbox" checked={streakBonus} onChange={(e) => setStreakBonus(e.target.checked)} className="mt-1 h-5 w-5 shrink-0 accent-brand" />
            <span>
              <span className="block font-semibold text-slate-900">Streak bonus</span>
              <span className="block text-sm text-slate-600">Extra points for correct answers in a row, as in live games.</span>
            </span>
          </label>
          {error && (
            <Alert tone="error" title="Couldn't create the assignment">
              {error}
            </Alert>
          )}
        </form>
      )}
    </Dialog>
  );
}
