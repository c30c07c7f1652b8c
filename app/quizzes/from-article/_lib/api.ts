// Browser calls for "New quiz from an article". Failures become ApiRequestError with the server's own
// message and field issues, as in the library's api.ts; a cancelled request throws an AbortError.
import type { ApiError, ArticleDraft, ArticleItemKind, DraftItem, QuizDetail, QuizFromArticle, RegeneratedItem } from "@/server/protocol";
import { ApiRequestError } from "../../_lib/api";

async function request<T>(path: string, body: BodyInit, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method: "POST",
      body,
      signal,
      cache: "no-store",
      // FormData sets its own multipart content type (with the boundary).
      headers: typeof body === "string" ? { "content-type": "application/json" } : undefined,
    });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw err;
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
    const message =
      err?.message ??
      (res.status === 413 ? "That is too large to send. Use a smaller file or a shorter text." : `The server answered with an error (HTTP ${res.status}). Try again.`);
    throw new ApiRequestError(res.status, err?.code ?? "INTERNAL", message, err?.issues ?? []);
  }
  return json as T;
}

export interface DraftSettings {
  count: number;
  types: ArticleItemKind[];
}

export const draftFromText = (text: string, s: DraftSettings, signal?: AbortSignal, rerun?: { title: string; sourceUrl: string | null }) =>
  request<ArticleDraft>("/api/articles/draft", JSON.stringify({ text, count: s.count, types: s.types, ...(rerun ?? {}) }), signal);

export const draftFromUrl = (url: string, s: DraftSettings, signal?: AbortSignal) =>
  request<ArticleDraft>("/api/articles/draft", JSON.stringify({ url, count: s.count, types: s.types }), signal);

export function draftFromFile(file: File, s: DraftSettings, signal?: AbortSignal) {
  const form = new FormData();
  form.set("count", String(s.count));
  form.set("types", s.types.join(","));
  form.set("file", file, file.name);
  return request<ArticleDraft>("/api/articles/draft", form, signal);
}

export const regenerateItem = (text: string, type: ArticleItemKind, exclude: Pick<DraftItem, "prompt" | "answer" | "sourceSentence">[]) =>
  request<RegeneratedItem>("/api/articles/regenerate", JSON.stringify({ text, type, exclude }));

export const saveQuizFromArticle = (input: QuizFromArticle) =>
  request<QuizDetail & { articleId: string }>("/api/quizzes/from-article", JSON.stringify(input));
