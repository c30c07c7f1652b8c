// The results screens' top bar: the teacher header with a way back to the library.
import Link from "next/link";
import { AppHeader } from "@/app/quizzes/_components/AppHeader";

export function ResultsHeader() {
  return (
    <AppHeader>
      <span className="text-slate-400" aria-hidden="true">
        /
      </span>
      <Link href="/quizzes" className="rounded font-semibold text-slate-600 hover:text-brand hover:underline">
        Library
      </Link>
      <span className="text-slate-400" aria-hidden="true">
        /
      </span>
      <span className="font-semibold text-slate-600">Results</span>
    </AppHeader>
  );
}
