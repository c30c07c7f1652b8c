"use client";
// Teacher log-in. A fresh install (no teacher yet) goes to /signup; someone already signed in goes on
// to ?next= (a path on this site) or the library. Errors show the server's words; nothing typed is lost.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { AuthStatus } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { TextField } from "@/app/components/ui/Field";
import { Spinner } from "@/app/components/ui/Spinner";
import { ApiRequestError, errorMessage } from "@/app/quizzes/_lib/api";
import { fetchAuthStatus, fieldErrors, logIn } from "@/app/components/auth/api";
import { AuthLink, AuthShell } from "@/app/components/auth/AuthShell";
import { authHref, currentNext } from "@/app/components/auth/next";
import { PasswordField } from "@/app/components/auth/PasswordField";

type Errors = { email?: string; password?: string };

export function LoginForm() {
  const router = useRouter();
  const id = useId();
  const emailId = `${id}-email`;
  const passwordId = `${id}-password`;
  const focus = (fieldId: string, select = false) => {
    const el = document.getElementById(fieldId) as HTMLInputElement | null;
    el?.focus();
    if (select) el?.select();
  };
  const [status, setStatus] = useState<AuthStatus | null>(null);
  const [email, setEmail] = useState("");
  const [password, setPassword] = useState("");
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<{ message: string; rateLimited: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [next, setNext] = useState<string | null>(null);

  useEffect(() => {
    let live = true;
    setNext(currentNext());
    fetchAuthStatus()
      .then((s) => {
        if (!live) return;
        if (s.setupNeeded) {
          setLeaving(true);
          router.replace(authHref("/signup", currentNext()));
        } else if (s.teacher) {
          setLeaving(true);
          router.replace(currentNext());
        } else setStatus(s);
      })
      .catch(() => {
        /* the form still works; a failed log-in will say what is wrong */
      });
    return () => {
      live = false;
    };
  }, [router]);

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Errors = {};
    if (!email.trim()) local.email = "Enter your email address";
    if (!password) local.password = "Enter your password";
    setErrors(local);
    setFailure(null);
    if (local.email || local.password) {
      focus(local.email ? emailId : passwordId);
      return;
    }
    setBusy(true);
    try {
      await logIn(email.trim(), password);
      setLeaving(true);
      router.replace(currentNext());
    } catch (err) {
      setBusy(false);
      const fields = fieldErrors(err) as Errors;
      if (fields.email || fields.password) {
        setErrors(fields);
        focus(fields.email ? emailId : passwordId);
        return;
      }
      setFailure({ message: errorMessage(err), rateLimited: err instanceof ApiRequestError && err.status === 429 });
      // Keep what was typed; select the password so it can be retyped at once.
      focus(passwordId, true);
    }
  }

  return (
    <AuthShell
      title="Log in"
      intro="Teachers: log in to your quiz library."
      footer={
        <div className="space-y-2">
          {status?.signupOpen ? (
            <p>
              New here? <AuthLink href={authHref("/signup", next)}>Create a teacher account</AuthLink>
            </p>
          ) : status ? (
            <p className="text-slate-600">No account yet? Ask this server&apos;s admin to open sign-up.</p>
          ) : null}
          <p className="text-sm text-slate-600">
            Joining a game? <AuthLink href="/">Enter the game PIN on the start page</AuthLink>
          </p>
        </div>
      }
    >
      <form noValidate onSubmit={submit} className="space-y-4" aria-busy={busy || leaving}>
        {failure && (
          <Alert tone="error" title={failure.rateLimited ? "Too many tries" : "Couldn't log you in"}>
            {failure.message}
          </Alert>
        )}
        <TextField
          id={emailId}
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="off"
          spellCheck={false}
          required
          value={email}
          error={errors.email}
          onChange={(e) => {
            setEmail(e.target.value);
            if (errors.email) setErrors((x) => ({ ...x, email: undefined }));
          }}
        />
        <PasswordField
          id={passwordId}
          label="Password"
          name="password"
          autoComplete="current-password"
          required
          value={password}
          error={errors.password}
          onChange={(e) => {
            setPassword(e.target.value);
            if (errors.password) setErrors((x) => ({ ...x, password: undefined }));
          }}
        />
        <Button type="submit" disabled={busy || leaving} className="w-full py-2.5 text-base">
          {(busy || leaving) && <Spinner className="h-4 w-4" />}
          {busy || leaving ? "Logging in…" : "Log in"}
        </Button>
      </form>
    </AuthShell>
  );
}
