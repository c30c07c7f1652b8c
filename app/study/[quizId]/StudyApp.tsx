"use client";
// Solo study of one bank: the overview (what is due), then one question at a time with feedback, then
// a summary with "practise the missed ones". The sitting's rules are server/study/session.ts (pure);
// the schedule is the server's — each answer comes back with the item's new box and due date.
import Link from "next/link";
import { useCallback, useEffect, useRef, useState } from "react";
import type { StudyDeck, StudyFeedback } from "@/server/protocol";
import { advance, currentQuestionId, practiseMissed, recordAnswer, roundScore, startSession, type StudySession } from "@/server/study/session";
import { Streak } from "@/app/components/game/Flames";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { IconButton } from "@/app/components/ui/IconButton";
import { Spinner } from "@/app/components/ui/Spinner";
import { Feedback } from "../_components/Feedback";
import { QuestionScreen, type SoloPending } from "../_components/QuestionScreen";
import { Centered, StudyShell } from "../_components/StudyShell";
import { fetchDeck, postStudyAnswer } from "../_lib/api";
import { errorMessage } from "../_lib/http";
import { learnerId, loadTimerPref, saveTimerPref } from "../_lib/learner";
import { dueIn } from "../_lib/when";
import { Overview } from "./Overview";
import { Summary } from "./Summary";

type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; deck: StudyDeck };
interface Asked {
  /** Round and position: the same question can come back in the missed round and needs a fresh clock. */
  key: string;
  questionId: string;
  shownAt: number; // performance.now()
}
type Pending = SoloPending & { elapsedMs: number };

const BOX_WORDS: Record<StudyFeedback["move"], (f: StudyFeedback) => string> = {
  up: (f) => `Up to box ${f.box} of 5 · next review ${dueIn(f.dueAt)}`,
  stay: (f) => `Right, but slow: stays in box ${f.box} · next review ${dueIn(f.dueAt)}`,
  reset: (f) => `Back to box 0 · you’ll see it again ${dueIn(f.dueAt)}`,
  ahead: (f) => `Not due yet, so its review stays ${dueIn(f.dueAt)}`,
};

function verdictOf(f: StudyFeedback): "correct" | "wrong" | "timeout" {
  if (f.correct) return "correct";
  return f.choice === null && f.text === null && f.order === null ? "timeout" : "wrong";
}

export function StudyApp({ quizId, autoStart = false }: { quizId: string; autoStart?: boolean }) {
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [learner, setLearner] = useState<string | null>(null);
  const [timerOn, setTimerOn] = useState(false);
  const [session, setSession] = useState<StudySession | null>(null);
  const [asked, setAsked] = useState<Asked | null>(null);
  const [feedback, setFeedback] = useState<Record<string, StudyFeedback>>({});
  const [pending, setPending] = useState<Pending | undefined>(undefined);
  const [sendError, setSendError] = useState<string | null>(null);
  const sending = useRef(false);
  const autoStarted = useRef(false);

  const reload = useCallback(async (quiet = false) => {
    if (!quiet) setLoad({ status: "loading" });
    try {
      const id = learnerId();
      setLearner(id);
      setLoad({ status: "ready", deck: await fetchDeck(quizId, id) });
    } catch (err) {
      if (!quiet) setLoad({ status: "error", message: errorMessage(err) });
    }
  }, [quizId]);

  useEffect(() => {
    setTimerOn(loadTimerPref());
    void reload();
  }, [reload]);

  const deck = load.status === "ready" ? load.deck : null;
  const questionId = session ? currentQuestionId(session) : null;
  const question = deck?.questions.find((q) => q.id === questionId) ?? null;
  const askKey = session ? `${session.round}-${session.position}` : "";
  const clock = asked && asked.key === askKey && asked.questionId === questionId ? asked : null;

  // A new question on screen starts its own clock (the answer time the schedule looks at).
  useEffect(() => {
    if (session?.phase === "asking" && questionId) setAsked({ key: askKey, questionId, shownAt: performance.now() });
  }, [session?.phase, askKey, questionId]);

  function begin(ids: string[]) {
    setFeedback({});
    setSession(startSession(ids));
  }

  // Straight from "Study an article": every question, at once. The address loses ?start, so a reload
  // or coming back later shows the overview (what is due) instead.
  useEffect(() => {
    if (!autoStart || autoStarted.current || !deck) return;
    autoStarted.current = true;
    window.history.replaceState(window.history.state, "", window.location.pathname);
    if (deck.questions.length) begin(deck.questions.map((q) => q.id));
  }, [autoStart, deck]);

  async function send(p: Pending) {
    if (!learner || !questionId || sending.current) return;
    sending.current = true;
    setPending(p);
    setSendError(null);
    try {
      const f = await postStudyAnswer(quizId, { learnerId: learner, questionId, choice: p.choice, text: p.text, order: p.order, elapsedMs: p.elapsedMs });
      setFeedback((all) => ({ ...all, [f.questionId]: f }));
      const timedOut = p.choice === null && p.text === undefined && p.order === undefined;
      setSession((s) => s && recordAnswer(s, { questionId: f.questionId, correct: f.correct, timedOut }));
      setPending(undefined);
    } catch (err) {
      setSendError(errorMessage(err)); // the choice stays locked in: "Try again" sends the same answer
    } finally {
      sending.current = false;
    }
  }

  function choose(choice: number | null, extra: Omit<SoloPending, "choice"> = {}) {
    if (pending || !clock) return;
    void send({ choice, ...extra, elapsedMs: Math.round(performance.now() - clock.shownAt) });
  }

  function leave() {
    setSession(null);
    setPending(undefined);
    setSendError(null);
    void reload(true);
  }

  const score = session ? roundScore(session) : null;
  const label = deck && session ? deck.title : "Study";
  const action = session && session.phase !== "summary" && score && (
    <div className="flex items-center gap-2">
      <span className="rounded-lg bg-slate-900 px-2.5 py-1 text-sm font-black text-white tabular-nums" aria-label={`${score.correct} correct so far`}>
        ✓ {score.correct}
      </span>
      <Streak streak={session.streak} className="text-base" />
      <IconButton icon="x" label="End this session" onClick={leave} />
    </div>
  );

  return (
    <StudyShell label={label} action={action}>
      {load.status === "loading" && (
        <Centered>
          <Spinner className="h-8 w-8 text-brand" label="Loading your questions…" />
        </Centered>
      )}
      {load.status === "error" && (
        <Alert tone="error" title="Couldn't open this study set" action={<Button variant="secondary" onClick={() => void reload()}>Try again</Button>}>
          {load.message} <Link href="/study" className="font-semibold underline">See everything you study</Link>
        </Alert>
      )}
      {deck && !session && <Overview deck={deck} timerOn={timerOn} onTimerChange={(on) => (setTimerOn(on), saveTimerPref(on))} onStart={begin} />}
      {deck && session?.phase === "asking" && question && (
        <QuestionScreen
          key={askKey}
          type={question.type}
          prompt={question.prompt}
          options={question.options}
          progressLabel={`${session.round === "missed" ? "Missed ones · " : ""}Question ${session.position + 1} of ${session.queue.length}`}
          timer={timerOn && clock ? { deadline: clock.shownAt + question.timeLimitSec * 1000, totalMs: question.timeLimitSec * 1000 } : null}
          pendingChoice={pending?.choice}
          pending={pending}
          error={sendError}
          onChoose={(i) => choose(i)}
          onText={(text) => choose(null, { text })}
          onOrder={(order) => choose(null, { order })}
          onTimeout={() => choose(null)}
          onRetry={() => pending && void send(pending)}
        />
      )}
      {deck && session?.phase === "feedback" && question && feedback[question.id] && (
        <Feedback
          key={askKey}
          prompt={question.prompt}
          verdict={verdictOf(feedback[question.id])}
          typed={feedback[question.id].acceptedAnswer ? { text: feedback[question.id].text, answer: feedback[question.id].acceptedAnswer! } : undefined}
          ordering={feedback[question.id].correctOrder ? { order: feedback[question.id].order, correctOrder: feedback[question.id].correctOrder! } : undefined}
          options={question.options}
          correctOption={feedback[question.id].correctOption}
          choice={feedback[question.id].choice}
          sourceSentence={feedback[question.id].sourceSentence}
          explanation={feedback[question.id].explanation}
          detail={BOX_WORDS[feedback[question.id].move](feedback[question.id])}
          continueLabel={session.position + 1 < session.queue.length ? "Next question" : "See how you did"}
          onContinue={() => setSession((s) => s && advance(s))}
        />
      )}
      {deck && session?.phase === "summary" && (
        <Summary deck={deck} session={session} feedback={feedback} onPractise={() => setSession((s) => s && practiseMissed(s))} onDone={leave} />
      )}
    </StudyShell>
  );
}
