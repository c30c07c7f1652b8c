// Browser call for "Study an article": POST /api/study/articles (JSON text/url, or the file as multipart).
// Failures become ApiRequestError with the server's message and field issues; a cancel throws AbortError.
import type { StudyArticleCreated } from "@/server/protocol";
import { requestJson } from "@/app/quizzes/_lib/api";

const post = (body: BodyInit, signal?: AbortSignal) =>
  requestJson<StudyArticleCreated>("/api/study/articles", { method: "POST", body, signal }, {
    onUnauthorized: "answer", // learners need no account
    offlineMessage: "Can't reach Factsprint. Check your connection, then try again.",
  });

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
