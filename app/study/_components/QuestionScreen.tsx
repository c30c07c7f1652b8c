"use client";
// One question, one at a time, on a phone: the prompt, four big answer buttons (colour AND shape AND
// key 1–4) — or a text box (type) or items to tap in order (order) — and an optional countdown. Used by
// solo study and by assignments.
import { useEffect, useRef } from "react";
import { AnswerButton } from "@/app/components/game/AnswerButton";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Spinner } from "@/app/components/ui/Spinner";
import { useSecondsLeft } from "@/app/lib/countdown";
import type { QuestionType } from "@/server/protocol";
import { useAnswerKeys } from "./keys";
import { OrderAnswer, TypedAnswer } from "./SoloInputs";

export interface Timer {
  /** performance.now() time at which the time runs out. */
  deadline: number;
  totalMs: number;
}

/** What is being sent: a choice (null: time ran out), a text or an order. */
export type SoloPending = { choice: number | null; text?: string; order?: number[] };

export function QuestionScreen({
  type = "mc",
  prompt,
  options,
  progressLabel,
  timer,
  pendingChoice,
  error,
  pending,
  onChoose,
  onText,
  onOrder,
  onTimeout,
  onRetry,
}: {
  type?: QuestionType;
  prompt: string;
  options: string[];
  progressLabel: string;
  timer: Timer | null;
  /** The option being sent (buttons lock while the server answers). */
  pendingChoice: number | null | undefined;
  /** Typed and ordering answers being sent (overrides pendingChoice when given). */
  pending?: SoloPending;
  error: string | null;
  onChoose: (index: number) => void;
  onText?: (text: string) => void;
  onOrder?: (order: number[]) => void;
  onTimeout: () => void;
  onRetry: () => void;
}) {
  const busy = pendingChoice !== undefined || pending !== undefined;
  const timedOut = pending ? pending.choice === null && pending.text === undefined && pending.order === undefined : pendingChoice === null;
  const choosing = type === "mc" || type === "tf";
  useAnswerKeys(options.length, onChoose, choosing && !busy && !error);
  const headingRef = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    // Screen readers hear the new question; keyboard users start from it. A typed answer starts in its
    // text box instead (TypedAnswer focuses it), so typing can begin at once.
    if (type !== "type") headingRef.current?.focus({ preventScroll: true });
  }, [prompt, type]);

  return (
    <div className="flex flex-1 flex-col gap-4">
      <div className="flex items-center gap-3">
        <p className="text-sm font-bold text-slate-600">{progressLabel}</p>
        {timer && <Seconds timer={timer} onTimeout={onTimeout} stopped={busy} />}
      </div>
      {timer && <CountdownBar deadline={timer.deadline} totalMs={timer.totalMs} className="h-2" label="Time left" />}
      <h1 ref={headingRef} tabIndex={-1} className={`leading-snug font-black text-slate-900 [overflow-wrap:anywhere] outline-none! ${prompt.length > 160 ? "text-lg" : "text-xl sm:text-2xl"}`}>
        {prompt}
      </h1>
      {type === "type" && <TypedAnswer disabled={busy} sent={pending?.text ?? null} onSubmit={(t) => onText?.(t)} />}
      {type === "order" && <OrderAnswer items={options} disabled={busy} onSubmit={(o) => onOrder?.(o)} />}
      {choosing && (
        <div className={`grid content-start gap-3 ${options.length > 2 ? "sm:grid-cols-2" : ""}`} role="group" aria-label="Answers (keys 1 to 4)">
          {options.map((text, i) => (
            <div key={i} className={busy && pendingChoice !== i ? "opacity-50" : ""}>
              <AnswerButton index={i} text={text} disabled={busy} onChoose={onChoose} />
            </div>
          ))}
        </div>
      )}
      {busy && !error && (
        <p className="flex items-center justify-center gap-2 text-slate-600" role="status">
          <Spinner className="h-4 w-4" /> {timedOut ? "Time’s up…" : "Checking…"}
        </p>
      )}
      {error && (
        <Alert tone="error" title="Your answer was not sent" action={<Button variant="secondary" onClick={onRetry}>Try again</Button>}>
          {error}
        </Alert>
      )}
      {choosing && <p className="mt-auto hidden text-center text-sm text-slate-500 sm:block">Keys 1–{options.length} answer · Enter continues</p>}
    </div>
  );
}

function Seconds({ timer, onTimeout, stopped }: { timer: Timer; onTimeout: () => void; stopped: boolean }) {
  const secs = useSecondsLeft(timer.deadline);
  const fired = useRef(false);
  const timeout = useRef(onTimeout);
  useEffect(() => {
    timeout.current = onTimeout;
  });
  useEffect(() => {
    if (secs === 0 && !stopped && !fired.current) {
      fired.current = true;
      timeout.current();
    }
  }, [secs, stopped]);
  return (
    <div
      role="timer"
      aria-label={`${secs} seconds left`}
      className={`ml-auto flex h-12 w-12 shrink-0 items-center justify-center rounded-full text-xl font-black text-white tabular-nums ${secs <= 5 ? "bg-red-600" : "bg-brand"}`}
    >
      {secs}
    </div>
  );
}
