"use client";
// The teacher screens' gate (/quizzes, /host, /results, /account layouts): asks /api/auth/status, then
// shows the page with the teacher in context, or sends the visitor to /login?next=<this page> (to
// /signup on a fresh install). Student pages never use it.
import { useRouter } from "next/navigation";
import { useCallback, useEffect, useState, type ReactNode } from "react";
import type { TeacherSummary } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Spinner } from "@/app/components/ui/Spinner";
import { errorMessage } from "@/app/quizzes/_lib/api";
import { fetchAuthStatus } from "./api";
import { authHref } from "./next";
import { knownTeacher } from "./session";
import { TeacherContext } from "./TeacherContext";

type Gate = { status: "checking" } | { status: "error"; message: string } | { status: "in"; teacher: TeacherSummary } | { status: "out" };

export function RequireTeacher({ children }: { children: ReactNode }) {
  const router = useRouter();
  // A teacher already known in this tab is shown at once; the check below still runs.
  const [gate, setGate] = useState<Gate>(() => {
    const known = knownTeacher();
    return known ? { status: "in", teacher: known } : { status: "checking" };
  });

  const check = useCallback(async () => {
    try {
      const status = await fetchAuthStatus();
      if (status.teacher) {
        const teacher = status.teacher;
        setGate((g) => (g.status === "in" && sameTeacher(g.teacher, teacher) ? g : { status: "in", teacher }));
        return;
      }
      setGate({ status: "out" });
      const here = window.location.pathname + window.location.search;
      router.replace(authHref(status.setupNeeded ? "/signup" : "/login", here));
    } catch (err) {
      // Server unreachable: keep showing a known teacher's screen (its own calls will say what failed).
      setGate((g) => (g.status === "in" ? g : { status: "error", message: errorMessage(err) }));
    }
  }, [router]);

  useEffect(() => {
    void check();
  }, [check]);

  if (gate.status === "in") return <TeacherContext.Provider value={gate.teacher}>{children}</TeacherContext.Provider>;

  if (gate.status === "error") {
    return (
      <div className="mx-auto max-w-xl px-4 py-16">
        <Alert
          tone="error"
          title="Couldn't check your sign-in"
          action={
            <Button
              variant="secondary"
              onClick={() => {
                setGate({ status: "checking" });
                void check();
              }}
            >
              Try again
            </Button>
          }
        >
          {gate.message}
        </Alert>
      </div>
    );
  }

  // Checking, or on the way to /login.
  return (
    <div className="flex min-h-full items-center justify-center p-8 text-slate-600">
      <Spinner className="h-6 w-6 text-brand" label={gate.status === "out" ? "Opening the log-in page…" : "Checking your sign-in…"} />
    </div>
  );
}

const sameTeacher = (a: TeacherSummary, b: TeacherSummary) => a.id === b.id && a.name === b.name && a.email === b.email && a.isAdmin === b.isAdmin;
