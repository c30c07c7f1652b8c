// The solo screens' frame, phone first: a slim top bar (home mark, what this is, one action) and the page.
import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/app/quizzes/_components/AppHeader";

export function StudyShell({ label, action, children, wide = false }: { label?: ReactNode; action?: ReactNode; children: ReactNode; wide?: boolean }) {
  return (
    <div className="flex min-h-full flex-col bg-slate-50">
      <header className="border-b border-slate-200 bg-white">
        <div className={`mx-auto flex min-h-14 items-center gap-3 px-3 py-2 sm:px-5 ${wide ? "max-w-7xl" : "max-w-2xl"}`}>
          <Link href="/" className="flex shrink-0 items-center gap-2 rounded-lg font-extrabold tracking-tight text-slate-900" aria-label="Factsprint home">
            <Logo className="h-8 w-8" />
            <span className="hidden min-[400px]:inline">Factsprint</span>
          </Link>
          {label && <div className="min-w-0 flex-1 truncate text-sm font-semibold text-slate-600">{label}</div>}
          {action && <div className="ml-auto shrink-0">{action}</div>}
        </div>
      </header>
      <main className={`mx-auto flex w-full flex-1 flex-col px-4 py-5 sm:px-5 ${wide ? "max-w-7xl" : "max-w-2xl"}`}>{children}</main>
    </div>
  );
}

/** A centred message with a spinner, for loading states. */
export function Centered({ children }: { children: ReactNode }) {
  return <div className="flex flex-1 flex-col items-center justify-center gap-4 py-16 text-center text-slate-700">{children}</div>;
}
