"use client";
// Homework at the student's own pace: name → one timed question at a time → feedback → … → result.
// The server times and scores every answer (as in a live game); this page only shows what it says.
import { useCallback, useEffect, useRef, useState } from "react";
import type { AssignmentFeedback, AssignmentInfo, AssignmentStep } from "@/server/protocol";
import { Streak } from "@/app/components/game/Flames";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Spinner } from "@/app/components/ui/Spinner";
import { formatScore } from "@/app/lib/format";
import { Feedback } from "@/app/study/_components/Feedback";
import { QuestionScreen, type SoloPending } from "@/app/study/_components/QuestionScreen";
import { Centered, StudyShell } from "@/app/study/_components/StudyShell";
import { ApiRequestError, errorMessage } from "@/app/study/_lib/http";
import { clearSeat, fetchAssignment, joinAssignment, loadSeat, nextStep, saveSeat, sendAnswer, type SavedAssignmentSeat } from "../_lib/api";
import { Finished, JoinForm } from "./screens";

type QuestionStep = Extract<AssignmentStep, { kind: "question" }>;
type FinishedStep = Extract<AssignmentStep, { kind: "finished" }>;
type Stage =
  | { kind: "loading" }
  | { kind: "error"; message: string }
  | { kind: "join" }
  | { kind: "question"; step: QuestionStep; receivedAt: number }
  | { kind: "feedback"; step: QuestionStep; feedback: AssignmentFeedback }
  | { kind: "finished"; step: FinishedStep };

export function AssignmentPlay({ code }: { code: string }) {
  const [info, setInfo] = useState<AssignmentInfo | null>(null);
  const [seat, setSeat] = useState<SavedAssignmentSeat | null>(null);
  const [stage, setStage] = useState<Stage>({ kind: "loading" });
  const [pending, setPending] = useState<SoloPending | undefined>(undefined);
  const [sendError, setSendError] = useState<string | null>(null);
  const [notice, setNotice] = useState<string | null>(null);
  const [moving, setMoving] = useState(false);
  const busy = useRef(false);

  /** Asks the server what comes next for this seat: a question (new or resumed) or the result. */
  const advance = useCallback(
    async (s: SavedAssignmentSeat) => {
      setMoving(true);
      try {
        const step = await nextStep(code, s);
        setPending(undefined);
        setSendError(null);
        setStage(step.kind === "question" ? { kind: "question", step, receivedAt: performance.now() } : { kind: "finished", step });
      } catch (err) {
        if (err instanceof ApiRequestError && err.code === "NOT_A_PLAYER") {
          clearSeat(code);
          setSeat(null);
          setStage({ kind: "join" });
        } else setStage({ kind: "error", message: errorMessage(err) });
      } finally {
        setMoving(false);
      }
    },
    [code],
  );

  const start = useCallback(async () => {
    setStage({ kind: "loading" });
    try {
      setInfo(await fetchAssignment(code));
      const saved = loadSeat(code);
      setSeat(saved);
      if (saved) await advance(saved);
      else setStage({ kind: "join" });
    } catch (err) {
      setStage({ kind: "error", message: errorMessage(err) });
    }
  }, [code, advance]);

  useEffect(() => void start(), [start]);

  async function join(nickname: string): Promise<string | null> {
    try {
      const s = await joinAssignment(code, nickname);
      saveSeat(code, s);
      setSeat(s);
      await advance(s);
      return null;
    } catch (err) {
      if (err instanceof ApiRequestError && err.code === "GAME_OVER") setInfo((i) => i && { ...i, closed: true });
      return errorMessage(err);
    }
  }

  async function answer(given: SoloPending) {
    if (stage.kind !== "question" || !seat || busy.current) return;
    busy.current = true;
    setPending(given);
    setSendError(null);
    try {
      const feedback = await sendAnswer(code, seat, stage.step.question.index, given);
      setStage({ kind: "feedback", step: stage.step, feedback });
    } catch (err) {
      const codeOf = err instanceof ApiRequestError ? err.code : "";
      if (codeOf === "GAME_OVER" || codeOf === "ALREADY_ANSWERED" || codeOf === "WRONG_PHASE") {
        // The server's view wins (deadline passed, or another tab answered): show where things stand.
        setNotice(errorMessage(err));
        await advance(seat);
      } else setSendError(errorMessage(err)); // network trouble: the choice stays; "Try again" resends it
    } finally {
      busy.current = false;
    }
  }

  const score = stage.kind === "feedback" ? stage.feedback.score : stage.kind === "question" ? stage.step.score : null;
  const streak = stage.kind === "feedback" ? stage.feedback.streak : stage.kind === "question" ? stage.step.streak : 0;
  const action = seat && score !== null && (
    <div className="flex items-center gap-2">
      <Streak streak={streak} className="text-base" />
      <span className="rounded-lg bg-slate-900 px-2.5 py-1 text-sm font-black text-white tabular-nums">
        <span className="sr-only">Score: </span>
        {formatScore(score)}
      </span>
    </div>
  );

  return (
    <StudyShell label={seat ? seat.nickname : "Assignment"} action={action}>
      {notice && stage.kind !== "loading" && (
        <Alert tone="warning" className="mb-4">
          {notice}
        </Alert>
      )}
      {stage.kind === "loading" && (
        <Centered>
          <Spinner className="h-8 w-8 text-brand" label="Opening the assignment…" />
        </Centered>
      )}
      {stage.kind === "error" && (
        <Alert tone="error" title="Couldn't open this assignment" action={<Button variant="secondary" onClick={() => void start()}>Try again</Button>}>
          {stage.message}
        </Alert>
      )}
      {stage.kind === "join" && info && <JoinForm info={info} onJoin={join} />}
      {stage.kind === "question" && (
        <QuestionScreen
          key={stage.step.question.index}
          type={stage.step.question.type}
          prompt={stage.step.question.prompt}
          options={stage.step.question.options}
          progressLabel={`Question ${stage.step.question.index + 1} of ${stage.step.question.total}${stage.step.question.points === 2000 ? " · double points" : stage.step.question.points === 0 ? " · no points" : ""}`}
          timer={{ deadline: stage.receivedAt + stage.step.remainingMs, totalMs: stage.step.question.timeLimitSec * 1000 }}
          pendingChoice={pending?.choice}
          pending={pending}
          error={sendError}
          onChoose={(i) => void answer({ choice: i })}
          onText={(text) => void answer({ choice: null, text })}
          onOrder={(order) => void answer({ choice: null, order })}
          onTimeout={() => void answer({ choice: null })}
          onRetry={() => pending !== undefined && ((busy.current = false), void answer(pending))}
        />
      )}
      {stage.kind === "feedback" && seat && (
        <Feedback
          key={stage.feedback.index}
          prompt={stage.step.question.prompt}
          verdict={stage.feedback.correct ? "correct" : stage.feedback.timedOut ? "timeout" : "wrong"}
          options={stage.step.question.options}
          correctOption={stage.feedback.correctOption}
          choice={stage.feedback.choice}
          typed={stage.feedback.acceptedAnswer ? { text: stage.feedback.text ?? null, answer: stage.feedback.acceptedAnswer } : undefined}
          ordering={stage.feedback.correctOrder ? { order: stage.feedback.order ?? null, correctOrder: stage.feedback.correctOrder } : undefined}
          sourceSentence={stage.feedback.sourceSentence}
          explanation={stage.feedback.explanation}
          detail={pointsLine(stage.feedback)}
          continueLabel={stage.feedback.index + 1 < stage.feedback.total ? "Next question" : "See your result"}
          busy={moving}
          onContinue={() => {
            if (moving) return;
            setNotice(null);
            void advance(seat);
          }}
        />
      )}
      {stage.kind === "finished" && info && <Finished info={info} step={stage.step} />}
    </StudyShell>
  );
}

function pointsLine(f: AssignmentFeedback): string {
  if (!f.pointsEarned) return f.timedOut ? "No answer in time · no points" : "No points this time";
  const bonus = f.bonus ? ` (incl. +${f.bonus} streak bonus)` : "";
  return `+${formatScore(f.pointsEarned)} points${bonus}`;
}
