"use client";
// The phone while a question is open: the timer, the prompt, and the way to answer for its type —
// tap an option (mc/tf), type the answer (type), or tap the items from first to last (order).
// Every answer is sent once; the screen locks at once and unlocks only if the server refused it.
import { useState } from "react";
import type { PlayerAnswer } from "@/server/protocol";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { useSecondsLeft } from "@/app/lib/countdown";
import { request, type GameSocket } from "@/app/lib/socket";
import { ChoiceInput, OrderInput, TypedInput, type AnsweringView, type InputProps, type SendAnswer } from "./inputs";

export function Answering({ view, at, socket, connected }: { view: AnsweringView; at: number; socket: GameSocket | null; connected: boolean }) {
  const q = view.question;
  const deadline = at + view.remainingMs;
  const secs = useSecondsLeft(deadline);
  const [error, setError] = useState<string | null>(null);

  const send: SendAnswer = async (answer) => {
    if (!socket || !connected) return false;
    setError(null);
    const res = await request(socket, "player:answer", { questionIndex: q.index, ...answer } as PlayerAnswer);
    if (!res.ok && res.code !== "ALREADY_ANSWERED") {
      setError(res.message);
      return false;
    }
    return true;
  };

  const props: InputProps = { view, closed: secs === 0, connected, send };
  return (
    <div className="flex flex-1 flex-col gap-4 px-4 py-4">
      <div className="flex items-center gap-3">
        <p className="text-base font-bold text-slate-700">
          Question {q.index + 1} of {q.total}
        </p>
        <div
          role="timer"
          aria-label={`${secs} seconds left`}
          className={`ml-auto flex h-14 w-14 shrink-0 items-center justify-center rounded-full text-2xl font-black text-white tabular-nums ${secs <= 5 ? "bg-red-600" : "bg-brand"}`}
        >
          {secs}
        </div>
      </div>
      <CountdownBar deadline={deadline} totalMs={q.timeLimitSec * 1000} className="h-2" barClassName={secs <= 5 ? "bg-red-600" : "bg-brand"} label="Time left" />
      <h1 className={`leading-snug font-black text-slate-900 [overflow-wrap:anywhere] ${q.prompt.length > 160 ? "text-lg" : "text-xl"}`}>{q.prompt}</h1>

      {q.type === "type" ? <TypedInput {...props} /> : q.type === "order" ? <OrderInput {...props} /> : <ChoiceInput {...props} />}

      {error && (
        <p role="alert" className="rounded-lg bg-red-100 px-3 py-2 text-base font-semibold text-red-800">
          {error}
        </p>
      )}
    </div>
  );
}
