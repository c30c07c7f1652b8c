"use client";
// The assignment's first and last screens: what it is and the student's name; then the result.
import { useId, useState } from "react";
import type { AssignmentInfo, AssignmentStep } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { TextField } from "@/app/components/ui/Field";
import { Spinner } from "@/app/components/ui/Spinner";
import { formatScore, ordinal, plural } from "@/app/lib/format";
import { formatDateTime } from "@/app/study/_lib/when";

export function JoinForm({ info, onJoin }: { info: AssignmentInfo; onJoin: (nickname: string) => Promise<string | null> }) {
  const id = useId();
  const inputId = `${id}-name`;
  const focusName = () => document.getElementById(inputId)?.focus();
  const [name, setName] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);

  if (info.closed) {
    return (
      <div className="flex flex-col gap-4">
        <Heading info={info} />
        <Alert tone="warning" title="This assignment has closed">
          It was due {formatDateTime(info.deadline)}. Ask your teacher if you still need to do it.
        </Alert>
      </div>
    );
  }

  return (
    <form
      noValidate
      className="flex flex-1 flex-col gap-5"
      onSubmit={async (e) => {
        e.preventDefault();
        if (busy) return;
        if (!name.trim()) {
          setError("Type your name so your teacher knows who did it.");
          focusName();
          return;
        }
        setBusy(true);
        setError(null);
        const problem = await onJoin(name);
        if (problem) {
          setError(problem); // the name stays in the box, to fix
          setBusy(false);
          focusName();
        }
      }}
    >
      <Heading info={info} />
      <ul className="flex flex-col gap-2 rounded-xl bg-white p-4 text-slate-700 ring-1 ring-slate-200">
        <li>
          <strong className="text-slate-900">{plural(info.questionCount, "question")}</strong>, one at a time, whenever you are ready.
        </li>
        <li>Each has a timer: the faster you answer correctly, the more points{info.streakBonus ? ", plus a bonus for answers in a row" : ""}.</li>
        <li>One try per question. After each, you see the right answer and why.</li>
      </ul>
      <TextField
        id={inputId}
        label="Your name"
        hint="Your teacher sees this name with your results."
        value={name}
        maxLength={40}
        autoComplete="name"
        enterKeyHint="go"
        error={error}
        onChange={(e) => {
          setName(e.target.value);
          setError(null);
        }}
      />
      <Button type="submit" disabled={busy} className="min-h-14 text-lg">
        {busy && <Spinner className="h-5 w-5" />}
        {busy ? "Starting…" : "Start"}
      </Button>
    </form>
  );
}

function Heading({ info }: { info: AssignmentInfo }) {
  return (
    <div>
      <p className="text-sm font-semibold tracking-wide text-brand uppercase">Assignment</p>
      <h1 className="mt-1 text-2xl leading-tight font-black text-slate-900 [overflow-wrap:anywhere] sm:text-3xl">{info.title}</h1>
      <p className="mt-1 font-semibold text-slate-700">
        Due <time dateTime={info.deadline}>{formatDateTime(info.deadline)}</time>
      </p>
    </div>
  );
}

export function Finished({ info, step }: { info: AssignmentInfo; step: Extract<AssignmentStep, { kind: "finished" }> }) {
  const done = !step.closed;
  return (
    <div className="flex flex-1 flex-col gap-5">
      <div className="rounded-2xl bg-brand px-5 py-6 text-center text-white shadow-md" role="status">
        <p className="text-sm font-semibold tracking-wide text-white/80 uppercase">{info.title}</p>
        <h1 className="mt-2 text-3xl font-black">{done ? "All done!" : "This assignment has closed"}</h1>
        <p className="mt-3 text-5xl font-black tabular-nums">{formatScore(step.score)}</p>
        <p className="text-lg font-semibold">points</p>
        <p className="mt-3 text-lg">
          {step.correctCount} of {step.total} correct
        </p>
        <p className="mt-1 text-lg font-bold">
          {ordinal(step.rank)} of {plural(step.playerCount, "student")} so far
        </p>
      </div>
      {step.closed && (
        <Alert tone="warning">
          It closed on {formatDateTime(info.deadline)} before you reached the end; the questions you answered count.
        </Alert>
      )}
      <p className="text-center text-slate-600">
        Your teacher can see your answers. {step.correctCount > 0 ? `Well done, ${step.nickname}!` : `Thanks, ${step.nickname}.`}
      </p>
    </div>
  );
}
