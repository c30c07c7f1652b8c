"use client";
// The signed-in teacher in the top bar: their name, Account, and Log out. Renders nothing outside the
// teacher screens. `onLeave` is the screen's "unsaved changes?" check; preventDefault() cancels.
import Link from "next/link";
import { usePathname } from "next/navigation";
import type { MouseEvent } from "react";
import { Spinner } from "@/app/components/ui/Spinner";
import { useOptionalTeacher } from "./TeacherContext";
import { useLogOut } from "./useLogOut";

export function TeacherMenu({ onLeave }: { onLeave?: (e: MouseEvent<HTMLElement>) => void }) {
  const teacher = useOptionalTeacher();
  const onAccount = usePathname() === "/account";
  const { logOut, busy, error } = useLogOut();
  if (!teacher) return null;

  return (
    <div className="ml-auto flex flex-wrap items-center justify-end gap-1 sm:gap-2">
      <p className="flex min-w-0 items-center gap-2 text-sm text-slate-700" title={teacher.email}>
        <span aria-hidden="true" className="hidden h-8 w-8 shrink-0 items-center justify-center rounded-full bg-violet-100 font-bold text-brand-dark sm:flex">
          {initial(teacher.name)}
        </span>
        <span className="sr-only">Signed in as {teacher.name}</span>
        <span aria-hidden="true" className="hidden max-w-48 truncate font-semibold sm:inline">
          {teacher.name}
        </span>
      </p>
      <Link
        href="/account"
        onClick={onLeave}
        aria-current={onAccount ? "page" : undefined}
        className="rounded-lg px-2.5 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-100 hover:text-slate-900 aria-[current=page]:bg-violet-50 aria-[current=page]:text-brand-dark"
      >
        Account
      </Link>
      <button
        type="button"
        disabled={busy}
        onClick={(e) => {
          onLeave?.(e);
          if (!e.defaultPrevented) void logOut();
        }}
        className="inline-flex items-center gap-1.5 rounded-lg px-2.5 py-1.5 text-sm font-semibold text-slate-700 hover:bg-slate-100 hover:text-slate-900 disabled:text-slate-400"
      >
        {busy && <Spinner className="h-3.5 w-3.5" />}
        {busy ? "Logging out…" : "Log out"}
      </button>
      {error && (
        <p role="alert" className="basis-full text-right text-sm font-medium text-red-700">
          Couldn&apos;t log out: {error}
        </p>
      )}
    </div>
  );
}

const initial = (name: string) => (name.trim()[0] ?? "?").toUpperCase();
