// Browser calls for "New quiz from an article", through the library's requestJson: failures become
// ApiRequestError with the server's own message and field issues; a cancelled request throws an AbortError.
import type { ArticleDraft, ArticleItemKind, DraftItem, QuizDetail, QuizFromArticle, RegeneratedItem } from "@/server/protocol";
import { requestJson } from "../../_lib/api";

const request = <T>(path: string, body: BodyInit, signal?: AbortSignal) => requestJson<T>(path, { method: "POST", body, signal });

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
