"use client";
// Where an article comes from (pasted text, a file, a web page), shared by "New quiz from an article" and
// "Study an article": the fields' values, the checks made before anything is sent, and the rule that an edit
// clears only its own field's error — nothing typed is ever cleared by an error.
import { useState } from "react";
import { ARTICLE_LIMITS } from "@/server/protocol";
import { checkFile, FIELD_IDS, type SourceError, type SourceTab } from "../_components/SourceForm";

export const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** Moves focus (and the view) to a field once React has drawn it. */
export function focusSoon(id: string, delay = 30) {
  window.setTimeout(() => {
    const el = document.getElementById(id);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: "center", behavior: "smooth" });
  }, delay);
}

/** The field id of a source field ("text", "file", "url"). */
export const sourceFieldId = (field: string) => FIELD_IDS[field as "text" | "file" | "url"];

export function useArticleSource({ onText }: { onText?: (text: string) => void } = {}) {
  const [tab, setTab] = useState<SourceTab>("text");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [error, setError] = useState<SourceError | null>(null);

  /** What is wrong with the source before it is sent, or null. */
  function problem(): SourceError | null {
    if (tab === "text") {
      if (!text.trim()) return { field: "text", message: "Paste the article's text first." };
      const words = wordCount(text);
      if (words < ARTICLE_LIMITS.minWords) {
        return { field: "text", message: `That's only ${words} word${words === 1 ? "" : "s"}. Paste the whole article: Factsprint needs at least ${ARTICLE_LIMITS.minWords} to find facts worth asking about.` };
      }
    }
    if (tab === "file") {
      if (!file) return { field: "file", message: "Choose a file to upload." };
      const p = checkFile(file);
      if (p) return { field: "file", message: p };
    }
    if (tab === "url" && !url.trim()) return { field: "url", message: "Type or paste the web page's address." };
    return null;
  }

  /** One line on what is being read, for the progress panel. */
  const describe = () =>
    tab === "text" ? `From the text you pasted (${wordCount(text).toLocaleString()} words).` : tab === "file" ? `From “${file?.name ?? ""}”.` : `From ${url.trim()}.`;

  const clearIf = (field: string) => setError((e) => (e?.field === field ? null : e));

  /** The props <SourceForm> takes for the source fields. */
  const fields = {
    tab,
    onTab: (t: SourceTab) => {
      setTab(t);
      setError(null);
    },
    text,
    onText: (v: string) => {
      setText(v);
      onText?.(v);
      clearIf("text");
    },
    url,
    onUrl: (v: string) => {
      setUrl(v);
      clearIf("url");
    },
    file,
    onFile: (f: File | null, p?: string | null) => {
      setFile(f);
      setError(p ? { field: "file", message: p } : null);
    },
    error,
  };

  return { tab, setTab, text, setText, url, setUrl, file, error, setError, clearIf, problem, describe, fields };
}
