// Browser-side calls to the study, assignment and results API. Failures become the library's
// ApiRequestError carrying the server's own message, so every screen can show what went wrong.
import { requestJson } from "@/app/quizzes/_lib/api";

export { ApiRequestError, errorMessage } from "@/app/quizzes/_lib/api";

export function apiFetch<T>(path: string, body?: unknown): Promise<T> {
  // Only teacher routes (assigning, results) answer 401; students and learners never need an account.
  return requestJson<T>(path, body === undefined ? {} : { method: "POST", body: JSON.stringify(body) }, {
    offlineMessage: "Can't reach Factsprint. Check your connection, then try again.",
  });
}
