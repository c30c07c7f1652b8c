"use client";
// The projector while answers are open: the prompt, the timer, how many have answered, and what the
// room answers with — the options (mc/tf), the items to put in order (order), or, for a typed answer,
// only the instruction: its accepted answers never leave the server before the reveal.
import type { QuestionFace } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { OPTION_BG, OptionShape } from "@/app/components/ui/OptionShape";
import { CountdownBar } from "@/app/components/game/CountdownBar";
import { OptionTile, optionTextSize, promptTextSize } from "@/app/components/game/OptionTile";
import { useSecondsLeft } from "@/app/lib/countdown";
import { BIG_BUTTON, type ViewOf } from "./shared";

export function AnsweringScreen({ view, at, busy, onSkip }: { view: ViewOf<"answering">; at: number; busy: boolean; onSkip: () => void }) {
  const deadline = at + view.remainingMs;
  const secs = useSecondsLeft(deadline);
  const q = view.question;
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-[2vh] px-[2vw] py-[2.2vh]">
      <h1
        className={`shrink-0 rounded-2xl bg-white px-[2.5vw] py-[2vh] text-center leading-tight font-black shadow-md [overflow-wrap:anywhere] ${promptTextSize(q.prompt)}`}
      >
        {q.prompt}
      </h1>
      <div className="flex shrink-0 items-center gap-[2vw]">
        <div
          className={`flex h-[min(14vh,8vw)] w-[min(14vh,8vw)] shrink-0 items-center justify-center rounded-full text-[min(7vh,4vw)] font-black text-white tabular-nums ${
            secs <= 5 ? "bg-red-600" : "bg-brand"
          }`}
          role="timer"
          aria-label={`${secs} seconds left`}
        >
          {secs}
        </div>
        <div className="min-w-0 flex-1">
          <CountdownBar deadline={deadline} totalMs={q.timeLimitSec * 1000} className="h-[2.2vh]" barClassName={secs <= 5 ? "bg-red-600" : "bg-brand"} label="Time left" />
        </div>
        <p className="shrink-0 text-right leading-none" aria-live="polite">
          <span className="block text-[max(28px,3.6vw)] font-black tabular-nums">
            {view.answeredCount} / {view.playerCount}
          </span>
          <span className="text-[max(15px,1.5vw)] font-semibold text-slate-600">answers</span>
          {view.offline.count > 0 && (
            <span className="mt-[0.6vh] block max-w-[24vw] truncate text-[max(13px,1.1vw)] font-semibold text-amber-700" title={view.offline.names.join(", ")}>
              Offline: {view.offline.names.join(", ")}
              {view.offline.count > view.offline.names.length ? ` +${view.offline.count - view.offline.names.length}` : ""}
            </span>
          )}
        </p>
        <Button variant="secondary" className={BIG_BUTTON} disabled={busy} onClick={onSkip} title="Close this question now">
          Skip ⏭
        </Button>
      </div>
      {q.type === "type" ? <TypeOnPhones /> : q.type === "order" ? <ItemsToOrder q={q} /> : <OptionGrid q={q} />}
    </main>
  );
}

function OptionGrid({ q }: { q: QuestionFace }) {
  const textSize = optionTextSize(q.options);
  const rows = q.options.length > 2 ? "grid-rows-2" : "grid-rows-1";
  return (
    <div className={`grid min-h-0 flex-1 grid-cols-2 gap-[1.2vw] ${rows}`}>
      {q.options.map((text, i) => (
        <OptionTile key={i} index={i} text={text} className={textSize} />
      ))}
    </div>
  );
}

/** A phone with a keyboard: "answer by typing". */
function PhoneKeyboardIcon({ className }: { className: string }) {
  return (
    <svg viewBox="0 0 48 64" className={className} aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={3} strokeLinecap="round" strokeLinejoin="round">
      <rect x="4" y="2" width="40" height="60" rx="7" />
      <path d="M12 14h24" />
      <path d="M12 36h2M20 36h2M28 36h2M36 36h0M12 44h2M20 44h2M28 44h2M36 44h0M18 52h12" />
    </svg>
  );
}

function TypeOnPhones() {
  return (
    <div className="flex min-h-0 flex-1 flex-col items-center justify-center gap-[3vh] rounded-2xl bg-brand px-[4vw] text-center text-white shadow-md">
      <PhoneKeyboardIcon className="h-[16vh] w-[12vh]" />
      <p className="text-[max(28px,4vw)] leading-tight font-black">Type your answer on your phone</p>
      <p className="text-[max(17px,1.8vw)] font-semibold text-white/85">Small spelling mistakes are OK</p>
    </div>
  );
}

/** Longer item lists shrink so four rows still fit a 16:9 screen. */
function itemTextSize(items: string[]): string {
  const longest = Math.max(...items.map((o) => o.length));
  if (longest > 80) return "text-[max(16px,1.6vw)]";
  if (longest > 40) return "text-[max(18px,2vw)]";
  return "text-[max(20px,2.5vw)]";
}

function ItemsToOrder({ q }: { q: QuestionFace }) {
  const size = itemTextSize(q.options);
  return (
    <section className="flex min-h-0 flex-1 flex-col gap-[1.2vh]" aria-label="Items to put in order">
      <p className="shrink-0 text-center text-[max(17px,1.8vw)] font-bold text-slate-700">Shuffled — put them in order on your phone, first to last</p>
      <ul className="grid min-h-0 flex-1 auto-rows-fr gap-[1.2vh]">
        {q.options.map((text, i) => (
          <li key={i} className={`flex min-h-0 items-center gap-[1.4vw] rounded-2xl px-[1.6vw] py-[0.8vh] text-white shadow-md ${OPTION_BG[i]}`}>
            <OptionShape index={i} className="h-[min(6vh,3.2vw)] w-[min(6vh,3.2vw)] shrink-0 drop-shadow" />
            <span className={`min-w-0 flex-1 leading-tight font-bold [overflow-wrap:anywhere] ${size}`}>{text}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
