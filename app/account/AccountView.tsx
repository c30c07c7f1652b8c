"use client";
// The signed-in teacher's account: who they are, Log out, and for the admin the sign-up switch.
import Link from "next/link";
import { useEffect, useId, useState } from "react";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { Spinner } from "@/app/components/ui/Spinner";
import { AppHeader } from "@/app/quizzes/_components/AppHeader";
import { errorMessage } from "@/app/quizzes/_lib/api";
import { fetchAuthStatus, setSignupOpen } from "@/app/components/auth/api";
import { useTeacher } from "@/app/components/auth/TeacherContext";
import { useLogOut } from "@/app/components/auth/useLogOut";

export function AccountView() {
  const teacher = useTeacher();
  const { logOut, busy, error } = useLogOut();

  return (
    <div className="min-h-full">
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
        <span className="font-semibold text-slate-600">Account</span>
      </AppHeader>

      <main className="mx-auto max-w-3xl px-4 py-8 sm:px-6">
        <h1 className="text-3xl font-extrabold tracking-tight">Your account</h1>

        <section aria-labelledby="who-heading" className="mt-6 rounded-2xl border border-slate-200 bg-white p-6 shadow-xs">
          <h2 id="who-heading" className="sr-only">
            Signed in as
          </h2>
          <dl className="grid gap-4 sm:grid-cols-[8rem_1fr]">
            <dt className="text-sm font-semibold text-slate-600">Name</dt>
            <dd className="-mt-3 text-lg font-semibold break-words sm:mt-0">{teacher.name}</dd>
            <dt className="text-sm font-semibold text-slate-600">Email</dt>
            <dd className="-mt-3 break-all sm:mt-0">{teacher.email}</dd>
            <dt className="text-sm font-semibold text-slate-600">Role</dt>
            <dd className="-mt-3 sm:mt-0">
              {teacher.isAdmin ? (
                <Badge tone="brand">Admin</Badge>
              ) : (
                <Badge>Teacher</Badge>
              )}
              <span className="ml-2 text-sm text-slate-600">
                {teacher.isAdmin ? "You manage this server's settings." : "Your quizzes and results are yours alone."}
              </span>
            </dd>
          </dl>
          <div className="mt-6 flex flex-wrap items-center gap-3 border-t border-slate-200 pt-5">
            <Button variant="secondary" onClick={() => void logOut()} disabled={busy}>
              {busy && <Spinner className="h-4 w-4" />}
              {busy ? "Logging out…" : "Log out"}
            </Button>
            <p className="text-sm text-slate-600">On a shared computer, log out when you are done.</p>
          </div>
          {error && (
            <Alert tone="error" title="Couldn't log out" className="mt-4">
              {error}
            </Alert>
          )}
        </section>

        {teacher.isAdmin && <AdminSettings />}
      </main>
    </div>
  );
}

type Setting = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; open: boolean };

function AdminSettings() {
  const labelId = useId();
  const descId = useId();
  const [setting, setSetting] = useState<Setting>({ status: "loading" });
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<string | null>(null);
  const [origin, setOrigin] = useState("");
  const [announcement, setAnnouncement] = useState("");

  async function load() {
    setSetting({ status: "loading" });
    try {
      setSetting({ status: "ready", open: (await fetchAuthStatus()).signupOpen });
    } catch (err) {
      setSetting({ status: "error", message: errorMessage(err) });
    }
  }

  useEffect(() => {
    setOrigin(window.location.origin);
    void load();
  }, []);

  async function toggle() {
    if (setting.status !== "ready" || saving) return;
    const open = !setting.open;
    setSaving(true);
    setSaveError(null);
    setSetting({ status: "ready", open }); // shown at once; put back if the server refuses
    try {
      const saved = await setSignupOpen(open);
      setSetting({ status: "ready", open: saved.signupOpen });
      setAnnouncement(saved.signupOpen ? "Sign-up is open." : "Sign-up is closed.");
    } catch (err) {
      setSetting({ status: "ready", open: !open });
      setSaveError(errorMessage(err));
    } finally {
      setSaving(false);
    }
  }

  return (
    <section aria-labelledby="server-heading" className="mt-8 rounded-2xl border border-slate-200 bg-white p-6 shadow-xs">
      <h2 id="server-heading" className="text-xl font-bold">
        This server
      </h2>
      <p className="mt-1 text-slate-600">Only you, the admin, see these settings.</p>

      {setting.status === "loading" && (
        <div className="mt-5 text-slate-600">
          <Spinner className="h-5 w-5 text-brand" label="Loading the settings…" />
        </div>
      )}
      {setting.status === "error" && (
        <Alert
          tone="error"
          title="Couldn't load the settings"
          className="mt-5"
          action={
            <Button variant="secondary" onClick={() => void load()}>
              Try again
            </Button>
          }
        >
          {setting.message}
        </Alert>
      )}
      {setting.status === "ready" && (
        <div className="mt-5 flex items-start justify-between gap-4 rounded-xl border border-slate-200 p-4">
          <div className="min-w-0">
            <p id={labelId} className="font-semibold text-slate-900">
              Allow new teachers to sign up
            </p>
            <p id={descId} className="mt-1 text-sm text-slate-600">
              {setting.open ? (
                <>
                  On: anyone who can reach this server can create a teacher account at{" "}
                  <span className="font-mono break-all text-slate-800">{origin}/signup</span>. Turn it off once your colleagues have joined.
                </>
              ) : (
                <>Off: no new accounts can be created. Existing teachers still log in as usual.</>
              )}
            </p>
          </div>
          <button
            type="button"
            role="switch"
            aria-checked={setting.open}
            aria-labelledby={labelId}
            aria-describedby={descId}
            disabled={saving}
            onClick={() => void toggle()}
            className={`relative mt-0.5 inline-flex h-8 w-14 shrink-0 items-center rounded-full transition-colors disabled:opacity-60 ${
              setting.open ? "bg-brand" : "bg-slate-300"
            }`}
          >
            <span
              aria-hidden="true"
              className={`inline-block h-6 w-6 rounded-full bg-white shadow transition-transform motion-reduce:transition-none ${
                setting.open ? "translate-x-7" : "translate-x-1"
              }`}
            />
          </button>
        </div>
      )}
      <p className="sr-only" role="status" aria-live="polite">
        {announcement}
      </p>
      {saveError && (
        <Alert tone="error" title="Couldn't change the setting" className="mt-4">
          {saveError}
        </Alert>
      )}
    </section>
  );
}
