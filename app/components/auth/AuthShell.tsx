// The frame of /login and /signup: the Factsprint mark (home) over one centred card, phone first.
import Link from "next/link";
import type { ReactNode } from "react";
import { Logo } from "@/app/quizzes/_components/AppHeader";

export function AuthShell({ title, intro, children, footer }: { title: ReactNode; intro?: ReactNode; children: ReactNode; footer?: ReactNode }) {
  return (
    <div className="flex min-h-full flex-col items-center bg-slate-50 px-4 py-8 sm:pt-[12vh]">
      <Link href="/" className="flex items-center gap-2 rounded-lg text-xl font-extrabold tracking-tight text-slate-900">
        <Logo className="h-10 w-10" />
        <span>Factsprint</span>
      </Link>
      <main className="mt-6 w-full max-w-md rounded-2xl border border-slate-200 bg-white p-6 shadow-sm sm:p-8">
        <h1 className="text-2xl font-extrabold tracking-tight">{title}</h1>
        {intro && <div className="mt-2 text-slate-600">{intro}</div>}
        <div className="mt-6">{children}</div>
      </main>
      {footer && <div className="mt-6 w-full max-w-md text-center text-slate-700">{footer}</div>}
    </div>
  );
}

/** A text link in the auth screens' style. */
export function AuthLink({ href, children }: { href: string; children: ReactNode }) {
  return (
    <Link href={href} className="rounded font-semibold text-brand underline-offset-2 hover:underline">
      {children}
    </Link>
  );
}
