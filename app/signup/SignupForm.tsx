"use client";
// Teacher sign-up. On a fresh install this creates the first account, the server's admin; later it
// works only while the admin leaves sign-up open, and otherwise says so. Field errors sit under their
// fields (from the server's issues too); nothing typed is lost.
import { useRouter } from "next/navigation";
import { useEffect, useId, useState, type FormEvent } from "react";
import type { AuthStatus } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { TextField } from "@/app/components/ui/Field";
import { Spinner } from "@/app/components/ui/Spinner";
import { ApiRequestError, errorMessage } from "@/app/quizzes/_lib/api";
import { fetchAuthStatus, fieldErrors, signUp } from "@/app/components/auth/api";
import { AuthLink, AuthShell } from "@/app/components/auth/AuthShell";
import { authHref, currentNext } from "@/app/components/auth/next";
import { PasswordField } from "@/app/components/auth/PasswordField";

const PASSWORD_MIN = 8;
type Field = "name" | "email" | "password";
type Errors = Partial<Record<Field, string>>;
type Load = { status: "loading" } | { status: "error"; message: string } | { status: "ready"; auth: AuthStatus };

export function SignupForm() {
  const router = useRouter();
  const id = useId();
  const ids: Record<Field, string> = { name: `${id}-name`, email: `${id}-email`, password: `${id}-password` };
  const [load, setLoad] = useState<Load>({ status: "loading" });
  const [next, setNext] = useState<string | null>(null);
  const [values, setValues] = useState<Record<Field, string>>({ name: "", email: "", password: "" });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<{ message: string; exists: boolean } | null>(null);
  const [busy, setBusy] = useState(false);
  const [leaving, setLeaving] = useState(false);

  async function loadStatus() {
    setLoad({ status: "loading" });
    try {
      setLoad({ status: "ready", auth: await fetchAuthStatus() });
    } catch (err) {
      setLoad({ status: "error", message: errorMessage(err) });
    }
  }

  useEffect(() => {
    setNext(currentNext());
    void loadStatus();
  }, []);

  const focus = (field: Field) => document.getElementById(ids[field])?.focus();

  function change(field: Field, value: string) {
    setValues((v) => ({ ...v, [field]: value }));
    if (errors[field]) setErrors((e) => ({ ...e, [field]: undefined }));
  }

  async function submit(e: FormEvent) {
    e.preventDefault();
    if (busy) return;
    const local: Errors = {};
    if (!values.name.trim()) local.name = "Enter your name";
    if (!values.email.trim()) local.email = "Enter your email address";
    if (values.password.length < PASSWORD_MIN) local.password = `Use at least ${PASSWORD_MIN} characters`;
    setErrors(local);
    setFailure(null);
    const firstBad = (["name", "email", "password"] as const).find((f) => local[f]);
    if (firstBad) return focus(firstBad);

    setBusy(true);
    try {
      await signUp(values.name.trim(), values.email.trim(), values.password);
      setLeaving(true);
      router.replace(currentNext());
    } catch (err) {
      setBusy(false);
      const fields = fieldErrors(err) as Errors;
      const bad = (["name", "email", "password"] as const).find((f) => fields[f]);
      if (bad) {
        setErrors(fields);
        return focus(bad);
      }
      if (err instanceof ApiRequestError && err.status === 403 && load.status === "ready") {
        // Sign-up was closed meanwhile: show the closed screen.
        setLoad({ status: "ready", auth: { ...load.auth, setupNeeded: false, signupOpen: false } });
        return;
      }
      setFailure({ message: errorMessage(err), exists: err instanceof ApiRequestError && err.status === 409 });
      if (err instanceof ApiRequestError && err.status === 409) focus("email");
    }
  }

  if (load.status === "loading") {
    return (
      <AuthShell title="Create a teacher account">
        <div className="py-6 text-center text-slate-600">
          <Spinner className="h-6 w-6 text-brand" label="Loading…" />
        </div>
      </AuthShell>
    );
  }

  if (load.status === "error") {
    return (
      <AuthShell title="Create a teacher account">
        <Alert
          tone="error"
          title="Couldn't reach the server"
          action={
            <Button variant="secondary" onClick={() => void loadStatus()}>
              Try again
            </Button>
          }
        >
          {load.message}
        </Alert>
      </AuthShell>
    );
  }

  const { auth } = load;
  const loginHref = authHref("/login", next);

  if (!auth.setupNeeded && !auth.signupOpen) {
    return (
      <AuthShell title="Sign-up is closed">
        <Alert tone="info">
          <span className="text-base">Sign-up is closed on this server. Ask its admin for an account.</span>
        </Alert>
        <ButtonLink href={loginHref} className="mt-6 w-full py-2.5 text-base">
          Go to log in
        </ButtonLink>
      </AuthShell>
    );
  }

  return (
    <AuthShell
      title={auth.setupNeeded ? "Create the first teacher account" : "Create a teacher account"}
      intro={
        auth.setupNeeded ? (
          <p>
            Welcome to a fresh Factsprint server. <strong className="font-semibold text-slate-800">You will be this server&apos;s admin</strong>: you
            decide whether other teachers may sign up.
          </p>
        ) : (
          <p>Your own quiz library, with two sample banks to start from.</p>
        )
      }
      footer={
        auth.setupNeeded ? null : (
          <p>
            Already have an account? <AuthLink href={loginHref}>Log in</AuthLink>
          </p>
        )
      }
    >
      {auth.teacher && (
        <Alert tone="info" className="mb-4">
          You are logged in as {auth.teacher.name}. Creating another account logs you in as the new teacher.{" "}
          <AuthLink href="/quizzes">Back to your library</AuthLink>
        </Alert>
      )}
      <form noValidate onSubmit={submit} className="space-y-4" aria-busy={busy || leaving}>
        {failure && (
          <Alert
            tone="error"
            title="Couldn't create the account"
            action={
              failure.exists ? (
                <ButtonLink href={loginHref} variant="secondary" className="px-3 py-1.5 text-sm">
                  Log in
                </ButtonLink>
              ) : undefined
            }
          >
            {failure.message}
          </Alert>
        )}
        <TextField
          id={ids.name}
          label="Your name"
          name="name"
          autoComplete="name"
          required
          maxLength={80}
          value={values.name}
          error={errors.name}
          onChange={(e) => change("name", e.target.value)}
        />
        <TextField
          id={ids.email}
          label="Email"
          type="email"
          name="email"
          autoComplete="email"
          inputMode="email"
          autoCapitalize="off"
          spellCheck={false}
          required
          maxLength={200}
          value={values.email}
          error={errors.email}
          onChange={(e) => change("email", e.target.value)}
        />
        <PasswordField
          id={ids.password}
          label="Password"
          hint={`At least ${PASSWORD_MIN} characters. A few words strung together are easy to remember and hard to guess.`}
          name="password"
          autoComplete="new-password"
          required
          minLength={PASSWORD_MIN}
          maxLength={200}
          value={values.password}
          error={errors.password}
          onChange={(e) => change("password", e.target.value)}
        />
        <Button type="submit" disabled={busy || leaving} className="w-full py-2.5 text-base">
          {(busy || leaving) && <Spinner className="h-4 w-4" />}
          {busy || leaving ? "Creating your account…" : auth.setupNeeded ? "Create admin account" : "Create account"}
        </Button>
      </form>
    </AuthShell>
  );
}
