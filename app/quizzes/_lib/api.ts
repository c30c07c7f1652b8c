// Browser-side calls to the quiz and game API. Every failure becomes an ApiRequestError carrying the
// server's own message (and field issues), so screens can show exactly what the API said.
import type { ApiError, CreatedGame, QuizDetail, QuizInput, QuizSummary } from "@/server/protocol";
import { redirectToLogin } from "@/app/components/auth/onUnauthorized";

export type ApiIssue = { path: string; message: string };

export class ApiRequestError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly issues: ApiIssue[] = [],
  ) {
    super(message);
  }
}

export function errorMessage(err: unknown): string {
  if (err instanceof ApiRequestError) return err.message;
  if (err instanceof Error) return err.message;
  return "Something went wrong.";
}

/**
 * The one JSON request every screen uses. `onUnauthorized: "login"` (the default, for teacher screens)
 * sends a lapsed session to the log-in page; "answer" leaves a 401 to the caller (a wrong password).
 */
export async function requestJson<T>(
  path: string,
  init: RequestInit = {},
  { onUnauthorized = "login", offlineMessage }: { onUnauthorized?: "login" | "answer"; offlineMessage?: string } = {},
): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      ...init,
      cache: "no-store",
      // a string body is JSON; FormData sets its own multipart type (with the boundary)
      headers: typeof init.body === "string" ? { "content-type": "application/json", ...init.headers } : init.headers,
    });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw err; // the user cancelled: not an error to show
    throw new ApiRequestError(0, "NETWORK", offlineMessage ?? "Can't reach the Factsprint server. Check that it is still running, then try again.");
  }
  const text = await res.text();
  let body: unknown = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = null;
  }
  if (!res.ok) {
    const err = (body as Partial<ApiError> | null)?.error;
    if (res.status === 401 && onUnauthorized === "login") redirectToLogin(); // the session ended: log in again, then come back here
    throw new ApiRequestError(
      res.status,
      err?.code ?? "INTERNAL",
      err?.message ??
        (res.status === 413 ? "That is too large to send. Use a smaller file or a shorter text." : `The server answered with an error (HTTP ${res.status}). Try again.`),
      err?.issues ?? [],
    );
  }
  return body as T;
}

export const fetchQuizzes = () => requestJson<QuizSummary[]>("/api/quizzes");
export const fetchQuiz = (id: string) => requestJson<QuizDetail>(`/api/quizzes/${encodeURIComponent(id)}`);
export const createQuiz = (input: QuizInput) => requestJson<QuizDetail>("/api/quizzes", { method: "POST", body: JSON.stringify(input) });
export const updateQuiz = (id: string, input: QuizInput) =>
  requestJson<QuizDetail>(`/api/quizzes/${encodeURIComponent(id)}`, { method: "PUT", body: JSON.stringify(input) });
export const deleteQuiz = (id: string) => requestJson<{ ok: true }>(`/api/quizzes/${encodeURIComponent(id)}`, { method: "DELETE" });

export const hostTokenKey = (pin: string) => "factsprint:host:" + pin;

/** Opens a game lobby and keeps the host token where the /host/[pin] page looks for it. */
export async function startGame(quizId: string, streakBonus: boolean): Promise<CreatedGame> {
  const game = await requestJson<CreatedGame>("/api/games", { method: "POST", body: JSON.stringify({ quizId, streakBonus }) });
  localStorage.setItem(hostTokenKey(game.pin), game.hostToken);
  return game;
}
