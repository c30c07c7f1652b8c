// Browser call for "Study an article": POST /api/study/articles (JSON text/url, or the file as multipart).
// Failures become ApiRequestError with the server's message and field issues; a cancel throws AbortError.
import type { ApiError, StudyArticleCreated } from "@/server/protocol";
import { ApiRequestError } from "./http";

async function post(body: BodyInit, signal?: AbortSignal): Promise<StudyArticleCreated> {
  let res: Response;
  try {
    res = await fetch("/api/study/articles", {
      method: "POST",
      body,
      signal,
      cache: "no-store",
      headers: typeof body === "string" ? { "content-type": "application/json" } : undefined,
    });
  } catch (err) {
    if ((err as Error)?.name === "AbortError") throw err;
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
    const message =
      err?.message ?? (res.status === 413 ? "That is too large to send. Use a smaller file or a shorter text." : `The server answered with an error (HTTP ${res.status}). Try again.`);
    throw new ApiRequestError(res.status, err?.code ?? "INTERNAL", message, err?.issues ?? []);
  }
  return json as StudyArticleCreated;
}

export const studyFromText = (text: string, count: number, signal?: AbortSignal) => post(JSON.stringify({ text, count }), signal);
export const studyFromUrl = (url: string, count: number, signal?: AbortSignal) => post(JSON.stringify({ url, count }), signal);
export function studyFromFile(file: File, count: number, signal?: AbortSignal) {
  const form = new FormData();
  form.set("count", String(count));
  form.set("file", file, file.name);
  return post(form, signal);
}

/** The pasted text survives a reload or a trip back from the study page (this tab only). */
const DRAFT_KEY = "factsprint:study-article:text";
export function loadPastedText(): string {
  try {
    return window.sessionStorage.getItem(DRAFT_KEY) ?? "";
  } catch {
    return "";
  }
}
export function savePastedText(text: string): void {
  try {
    if (text) window.sessionStorage.setItem(DRAFT_KEY, text);
    else window.sessionStorage.removeItem(DRAFT_KEY);
  } catch {
    /* not essential */
  }
}
