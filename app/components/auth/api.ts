// Browser-side calls to /api/auth/* and /api/admin/settings. Failures become ApiRequestError with the
// server's own message and field issues. A 401 here is an answer (wrong password), not a lost session,
// so these calls never redirect to /login by themselves.
import type { AuthStatus, TeacherSummary } from "@/server/protocol";
import { ApiRequestError, requestJson } from "@/app/quizzes/_lib/api";
import { forgetTeacher, rememberTeacher } from "./session";

function call<T>(path: string, method = "GET", body?: unknown): Promise<T> {
  const init: RequestInit = { method, credentials: "same-origin", ...(body === undefined ? {} : { body: JSON.stringify(body) }) };
  return requestJson<T>(path, init, { onUnauthorized: "answer" });
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
