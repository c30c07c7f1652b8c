// Browser-side calls to the study, assignment and results API. Failures become the library's
// ApiRequestError carrying the server's own message, so every screen can show what went wrong.
import type { ApiError } from "@/server/protocol";
import { ApiRequestError } from "@/app/quizzes/_lib/api";
import { redirectToLogin } from "@/app/components/auth/onUnauthorized";

export { ApiRequestError, errorMessage } from "@/app/quizzes/_lib/api";

export async function apiFetch<T>(path: string, body?: unknown): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      cache: "no-store",
      ...(body === undefined ? {} : { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) }),
    });
  } catch {
    throw new ApiRequestError(0, "NETWORK", "Can't reach Factsprint. Check your connection, then try again.");
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
    // Only teacher routes (assigning, results) answer 401; students and learners never need an account.
    if (res.status === 401) redirectToLogin();
    throw new ApiRequestError(res.status, err?.code ?? "INTERNAL", err?.message ?? `The server answered with an error (HTTP ${res.status}). Try again.`, err?.issues ?? []);
  }
  return json as T;
}
