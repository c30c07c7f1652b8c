// Browser-side calls to /api/auth/* and /api/admin/settings. Failures become ApiRequestError with the
// server's own message and field issues. A 401 here is an answer (wrong password), not a lost session,
// so these calls never redirect to /login by themselves.
import type { ApiError, AuthStatus, TeacherSummary } from "@/server/protocol";
import { ApiRequestError } from "@/app/quizzes/_lib/api";
import { forgetTeacher, rememberTeacher } from "./session";

async function call<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      cache: "no-store",
      credentials: "same-origin",
      ...(body === undefined ? {} : { headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiRequestError(0, "NETWORK", "Can't reach the Factsprint server. Check that it is still running, then try again.");
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    json = null;
  }
  if (!res.ok) {
    const err = (json as Partial<ApiError> | null)?.error;
    throw new ApiRequestError(res.status, err?.code ?? "INTERNAL", err?.message ?? `The server answered with an error (HTTP ${res.status}). Try again.`, err?.issues ?? []);
  }
  return json as T;
}

export async function fetchAuthStatus(): Promise<AuthStatus> {
  const status = await call<AuthStatus>("/api/auth/status");
  if (status.teacher) rememberTeacher(status.teacher);
  else forgetTeacher();
  return status;
}

export async function logIn(email: string, password: string): Promise<TeacherSummary> {
  const { teacher } = await call<{ teacher: TeacherSummary }>("/api/auth/login", "POST", { email, password });
  rememberTeacher(teacher);
  return teacher;
}

export async function signUp(name: string, email: string, password: string): Promise<TeacherSummary> {
  const { teacher } = await call<{ teacher: TeacherSummary }>("/api/auth/signup", "POST", { name, email, password });
  rememberTeacher(teacher);
  return teacher;
}

export async function logOut(): Promise<void> {
  await call<{ ok: true }>("/api/auth/logout", "POST");
  forgetTeacher();
}

export const setSignupOpen = (signupOpen: boolean) => call<{ signupOpen: boolean }>("/api/admin/settings", "PUT", { signupOpen });

/** Field errors from a 400's issues, keyed by the first path segment ("email", "password"…). */
export function fieldErrors(err: unknown): Record<string, string> {
  const out: Record<string, string> = {};
  if (err instanceof ApiRequestError) for (const issue of err.issues) out[issue.path.split(".")[0]] ??= issue.message;
  return out;
}
