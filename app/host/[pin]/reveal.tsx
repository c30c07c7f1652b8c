"use client";
// The projector once the round is closed. mc/tf: how many chose each option, the right one marked.
// type: the accepted answer(s), big, and how many got it right. order: the correct order as a numbered
// list and how many got the whole order right. The article sentence and the explanation sit beside.
import type { QuestionFace } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { OptionTile } from "@/app/components/game/OptionTile";
import { RevealChart } from "@/app/components/game/RevealChart";
import { plural } from "@/app/lib/format";
import { BIG_BUTTON, type ViewOf } from "./shared";

type RevealView = ViewOf<"reveal">;

/** Reveal text sizes shrink with length so the chart, options and the article sentence share one screen. */
function revealOptionSize(options: string[]): string {
  const longest = Math.max(...options.map((o) => o.length));
  if (longest > 80) return "text-[max(14px,1.15vw)]";
  if (longest > 40) return "text-[max(15px,1.4vw)]";
  return "text-[max(16px,1.7vw)]";
}

function notesSize(sourceSentence: string | null, explanation: string | null): { quote: string; body: string } {
  const n = (sourceSentence?.length ?? 0) + (explanation?.length ?? 0);
  if (n > 380) return { quote: "text-[max(15px,1.3vw)]", body: "text-[max(14px,1.2vw)]" };
  if (n > 240) return { quote: "text-[max(16px,1.5vw)]", body: "text-[max(15px,1.35vw)]" };
  return { quote: "text-[max(18px,1.75vw)]", body: "text-[max(17px,1.6vw)]" };
}

export function RevealScreen({ view, busy, onNext }: { view: RevealView; busy: boolean; onNext: () => void }) {
  const q = view.question;
  const hasNotes = Boolean(view.sourceSentence || view.explanation);
  const notes = notesSize(view.sourceSentence, view.explanation);
  const promptSize = q.prompt.length > 200 ? "text-[max(17px,1.6vw)]" : q.prompt.length > 110 ? "text-[max(19px,1.9vw)]" : "text-[max(22px,2.3vw)]";
  return (
    <main className="flex min-h-0 flex-1 flex-col gap-[1.8vh] px-[2vw] py-[2vh]">
      <h1 className={`shrink-0 text-center leading-tight font-black [overflow-wrap:anywhere] ${promptSize}`}>{q.prompt}</h1>
      <div className="flex min-h-0 flex-1 gap-[2vw]">
        <div className="flex min-h-0 min-w-0 flex-1 flex-col gap-[1.5vh]">
          {q.type === "type" ? <TypedReveal view={view} /> : q.type === "order" ? <OrderReveal view={view} q={q} /> : <ChoiceReveal view={view} q={q} />}
        </div>
        {hasNotes && (
          <aside className="flex w-[34vw] shrink-0 flex-col gap-[2vh] overflow-y-auto rounded-2xl bg-white p-[1.8vw] shadow-md">
            {view.sourceSentence && (
              <section>
                <h2 className="text-[max(14px,1.3vw)] font-bold tracking-wide text-slate-600 uppercase">From the article</h2>
                <blockquote className={`mt-[0.8vh] border-l-[0.4vw] border-brand pl-[1vw] leading-snug font-semibold text-slate-900 ${notes.quote}`}>
                  “{view.sourceSentence}”
                </blockquote>
              </section>
            )}
            {view.explanation && (
              <section>
                <h2 className="text-[max(14px,1.3vw)] font-bold tracking-wide text-slate-600 uppercase">Why</h2>
                <p className={`mt-[0.8vh] leading-snug text-slate-800 ${notes.body}`}>{view.explanation}</p>
              </section>
            )}
          </aside>
        )}
      </div>
      <footer className="flex shrink-0 items-center gap-[2vw]">
        <p className="text-[max(17px,1.7vw)] font-bold text-slate-700">
          {view.answeredCount} of {plural(view.playerCount, "player")} answered
        </p>
        <Button className={`${BIG_BUTTON} ml-auto`} disabled={busy} onClick={onNext} autoFocus>
          Next ▶
        </Button>
      </footer>
    </main>
  );
}

function ChoiceReveal({ view, q }: { view: RevealView; q: QuestionFace }) {
  return (
    <>
      <div className="min-h-[26vh] flex-1">
        <RevealChart options={q.options} counts={view.counts} correctOptions={view.correctOptions} />
      </div>
      <div className="grid shrink-0 auto-rows-fr grid-cols-2 gap-[0.8vw]">
        {q.options.map((text, i) => (
          <OptionTile
            key={i}
            index={i}
            text={text}
            state={view.correctOptions.includes(i) ? "correct" : "dimmed"}
            className={`${revealOptionSize(q.options)} overflow-hidden [&>svg]:h-[2.4vw] [&>svg]:w-[2.4vw]`}
          />
        ))}
      </div>
    </>
  );
}

/** "3 of 5 got it right", with a bar for the share. */
function Score({ view, what }: { view: RevealView; what: string }) {
  const { correctCount: right, answeredCount: answered } = view;
  const share = answered ? right / answered : 0;
  return (
    <div className="w-full shrink-0">
      <p className="text-[max(20px,2.4vw)] leading-tight font-black text-slate-900" aria-live="polite">
        {answered === 0 ? "Nobody answered" : `${right} of ${answered} ${what}`}
      </p>
      {answered > 0 && (
        <div className="mt-[1vh] h-[1.6vh] w-full overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
          <div className="h-full rounded-full bg-green-600" style={{ width: `${Math.round(share * 100)}%` }} />
        </div>
      )}
    </div>
  );
}

function answerSize(answer: string): string {
  if (answer.length > 60) return "text-[max(26px,3vw)]";
  if (answer.length > 24) return "text-[max(32px,4.2vw)]";
  return "text-[max(40px,6vw)]";
}

function TypedReveal({ view }: { view: RevealView }) {
  const [main, ...others] = view.acceptedAnswers;
  return (
    <div className="flex min-h-0 flex-1 flex-col items-center justify-center gap-[3vh] overflow-y-auto rounded-2xl bg-white px-[3vw] py-[3vh] text-center shadow-md">
      <div>
        <p className="text-[max(15px,1.4vw)] font-bold tracking-wide text-slate-600 uppercase">Answer</p>
        <p className={`mt-[1vh] leading-tight font-black text-green-800 [overflow-wrap:anywhere] ${answerSize(main ?? "")}`}>
          <span aria-hidden="true">✓ </span>
          {main}
        </p>
        {others.length > 0 && (
          <p className="mt-[1.5vh] text-[max(17px,1.8vw)] font-semibold text-slate-700 [overflow-wrap:anywhere]">
            Also accepted: <span className="font-bold text-slate-900">{others.join(" · ")}</span>
          </p>
        )}
      </div>
      <div className="w-[min(100%,50vw)]">
        <Score view={view} what="got it right" />
      </div>
    </div>
  );
}

/** Item text sizes by length, so four long items, the score and the notes share one screen. */
function itemSize(items: string[]): string {
  const longest = Math.max(...items.map((o) => o.length));
  if (longest > 80) return "text-[max(15px,1.4vw)]";
  if (longest > 40) return "text-[max(17px,1.75vw)]";
  return "text-[max(20px,2.3vw)]";
}

function OrderReveal({ view, q }: { view: RevealView; q: QuestionFace }) {
  const size = itemSize(q.options);
  return (
    <>
      <section className="flex min-h-0 flex-1 flex-col gap-[1vh]" aria-labelledby="order-heading">
        <h2 id="order-heading" className="shrink-0 text-[max(15px,1.4vw)] font-bold tracking-wide text-slate-600 uppercase">
          The correct order
        </h2>
        <ol className="grid min-h-0 flex-1 auto-rows-fr gap-[1vh]">
          {view.correctOptions.map((shown, k) => (
            <li key={k} className="flex min-h-0 items-center gap-[1.2vw] rounded-2xl bg-white px-[1.4vw] py-[0.6vh] shadow-md ring-2 ring-green-600">
              <span className="flex h-[min(7vh,4vw)] w-[min(7vh,4vw)] shrink-0 items-center justify-center rounded-full bg-green-700 text-[min(4vh,2.4vw)] font-black text-white tabular-nums">
                <span className="sr-only">Number </span>
                {k + 1}
              </span>
              <span className={`flex h-[min(6vh,3vw)] w-[min(6vh,3vw)] shrink-0 items-center justify-center rounded-lg text-white ${OPTION_BG[shown]}`} title={OPTION_NAMES[shown]}>
                <OptionShape index={shown} className="h-[65%] w-[65%]" />
              </span>
              <span className={`min-w-0 flex-1 leading-tight font-bold text-slate-900 [overflow-wrap:anywhere] ${size}`}>{q.options[shown]}</span>
            </li>
          ))}
        </ol>
      </section>
      <Score view={view} what="got the order right" />
    </>
  );
}
