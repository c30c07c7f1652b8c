// The front door. Students (most visitors, on phones) join a game with its PIN or study an article on
// their own; teachers go to their library.
import Link from "next/link";
import { JoinGameForm } from "./components/ui/JoinGameForm";
import { OPTION_BG, OptionShape } from "./components/ui/OptionShape";

function Logo() {
  return (
    <svg viewBox="0 0 64 64" className="h-10 w-10 sm:h-12 sm:w-12" aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="#fff" />
      <path d="M36 8 18 36h12l-4 20 20-30H34z" fill="#4b2bd6" />
    </svg>
  );
}

export default function HomePage() {
  return (
    <div className="relative flex min-h-full flex-col overflow-hidden bg-brand text-white">
      {/* Decorative answer shapes in the background. */}
      <div aria-hidden="true" className="pointer-events-none absolute inset-0 overflow-hidden opacity-20">
        <OptionShape index={0} className="absolute -top-6 -left-8 h-40 w-40 rotate-12 text-opt-0" />
        <OptionShape index={1} className="absolute top-1/3 -right-16 hidden h-44 w-44 text-opt-1 sm:block" />
        <OptionShape index={2} className="absolute -bottom-16 -left-10 h-36 w-36 text-opt-2 lg:left-1/4" />
        <OptionShape index={3} className="absolute right-1/3 bottom-1/4 hidden h-24 w-24 rotate-6 text-opt-3 lg:block" />
      </div>

      <main className="relative mx-auto grid w-full max-w-6xl flex-1 content-center items-center gap-6 px-5 py-8 sm:py-12 lg:grid-cols-[1.1fr_1fr] lg:gap-16 lg:px-8">
        <div className="text-center lg:text-left">
          <h1 className="inline-flex items-center gap-3 text-3xl font-extrabold tracking-tight sm:text-4xl">
            <Logo />
            Factsprint
          </h1>
          <p className="mx-auto mt-3 max-w-md text-lg text-white/90 sm:text-xl lg:mx-0 lg:mt-6 lg:max-w-lg lg:text-3xl lg:leading-tight lg:font-bold lg:text-white">
            Live classroom quizzes built from the facts in an article. Answer fast, climb the leaderboard.
          </p>
          <ul className="mt-8 hidden gap-3 lg:flex" aria-hidden="true">
            {OPTION_BG.map((bg, i) => (
              <li key={bg} className={`${bg} flex h-14 w-14 items-center justify-center rounded-xl shadow-lg`}>
                <OptionShape index={i} className="h-7 w-7 text-white" />
              </li>
            ))}
          </ul>
        </div>

        <div className="mx-auto w-full max-w-md">
          <section aria-labelledby="join-heading" className="rounded-2xl bg-white p-6 text-slate-900 shadow-2xl sm:p-8">
            <h2 id="join-heading" className="text-2xl font-extrabold tracking-tight sm:text-3xl">
              Join a game
            </h2>
            <div className="mt-4">
              <JoinGameForm />
            </div>
          </section>

          <section aria-labelledby="study-heading" className="mt-4 rounded-2xl bg-white/95 p-5 text-slate-900 shadow-xl sm:p-6">
            <h2 id="study-heading" className="text-xl font-extrabold tracking-tight sm:text-2xl">
              Study an article
            </h2>
            <p className="mt-1 text-slate-600">Paste an article, upload a file or give a link: practise its facts on your own. No account needed.</p>
            <Link
              href="/study/article"
              className="mt-4 flex min-h-12 w-full items-center justify-center gap-2 rounded-xl bg-brand px-5 py-3 text-lg font-bold text-white hover:bg-brand-dark focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-yellow-400"
            >
              Study an article <span aria-hidden="true">→</span>
            </Link>
            <p className="mt-3 text-center">
              <Link href="/study" className="inline-flex min-h-11 items-center rounded-lg px-3 font-semibold text-brand hover:bg-violet-50">
                My study
              </Link>
            </p>
          </section>

          <p className="mt-5 text-center">
            <Link
              href="/quizzes"
              className="block rounded-xl border border-white/40 px-3 py-3 text-[15px] font-semibold sm:inline-block sm:px-4 sm:text-base text-white hover:border-white hover:bg-white/10"
            >
              Teacher? Open your quiz library <span aria-hidden="true">→</span>
            </Link>
          </p>
        </div>
      </main>
    </div>
  );
}
