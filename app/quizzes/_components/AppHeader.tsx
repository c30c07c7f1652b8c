// The teacher screens' top bar: the Factsprint mark (home), whatever actions the screen adds, and the
// signed-in teacher (name, Account, Log out).
import Link from "next/link";
import type { MouseEvent, ReactNode } from "react";
import { TeacherMenu } from "@/app/components/auth/TeacherMenu";

export function Logo({ className = "h-8 w-8" }: { className?: string }) {
  return (
    <svg viewBox="0 0 64 64" className={className} aria-hidden="true">
      <rect width="64" height="64" rx="14" fill="#4b2bd6" />
      <path d="M36 8 18 36h12l-4 20 20-30H34z" fill="#facc15" />
    </svg>
  );
}

export function AppHeader({
  children,
  sticky = false,
  onLeave,
}: {
  children?: ReactNode;
  sticky?: boolean;
  /** Called when the home link is clicked; preventDefault() keeps the teacher on the page. */
  onLeave?: (e: MouseEvent<HTMLAnchorElement>) => void;
}) {
  return (
    // sticky from tablet width up: on a phone a bar of two rows would hide a third of the screen, so it scrolls away
    <header className={`z-20 border-b border-slate-200 bg-white/95 backdrop-blur ${sticky ? "sm:sticky sm:top-0" : ""}`}>
      <div className="mx-auto flex min-h-16 max-w-7xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2 sm:px-6">
        <Link href="/" onClick={onLeave} className="flex items-center gap-2 rounded-lg text-lg font-extrabold tracking-tight text-slate-900">
          <Logo />
          <span>Factsprint</span>
        </Link>
        {children}
        <TeacherMenu onLeave={onLeave as ((e: MouseEvent<HTMLElement>) => void) | undefined} />
      </div>
    </header>
  );
}
