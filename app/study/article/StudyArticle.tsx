"use client";
// "Study an article" (no account): paste, upload or link an article, choose how many questions, and the
// server makes a quiz of them; the learner goes straight into a study session. Nothing typed is lost on
// an error: every field keeps its value, and the pasted text also survives a reload (sessionStorage).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { ARTICLE_LIMITS, STUDY_ARTICLE_COUNTS, STUDY_ARTICLE_DEFAULT_COUNT } from "@/server/protocol";
import { SelectField } from "@/app/components/ui/Field";
import { checkFile, FIELD_IDS, SourceForm, type SourceError, type SourceTab } from "@/app/quizzes/from-article/_components/SourceForm";
import { WorkingPanel } from "@/app/quizzes/from-article/_components/WorkingPanel";
import { StudyShell } from "../_components/StudyShell";
import { loadPastedText, savePastedText, studyFromFile, studyFromText, studyFromUrl } from "../_lib/article";
import { studyHref } from "../_lib/api";
import { ApiRequestError, errorMessage } from "../_lib/http";

const COUNT_ID = "study-count";
const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

function focusSoon(id: string) {
  window.setTimeout(() => {
    const el = document.getElementById(id);
    el?.focus({ preventScroll: true });
    el?.scrollIntoView({ block: "center" });
  }, 0);
}

export function StudyArticle() {
  const router = useRouter();
  const [tab, setTab] = useState<SourceTab>("text");
  const [text, setText] = useState("");
  const [url, setUrl] = useState("");
  const [file, setFile] = useState<File | null>(null);
  const [count, setCount] = useState<number>(STUDY_ARTICLE_DEFAULT_COUNT);
  const [error, setError] = useState<SourceError | null>(null);
  const [work, setWork] = useState<{ kind: SourceTab; detail: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const saved = loadPastedText();
    if (saved) setText((t) => t || saved);
  }, []);

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

  const focusField = (field: string) => focusSoon(field === "count" ? COUNT_ID : FIELD_IDS[field as "text" | "file" | "url"]);

  async function submit() {
    const p = problem();
    setError(p);
    if (p) return focusField(p.field);
    const controller = new AbortController();
    abortRef.current = controller;
    setWork({
      kind: tab,
      detail: tab === "text" ? `From the text you pasted (${wordCount(text).toLocaleString()} words).` : tab === "file" ? `From “${file!.name}”.` : `From ${url.trim()}.`,
    });
    try {
      const created = tab === "text" ? await studyFromText(text, count, controller.signal) : tab === "file" ? await studyFromFile(file!, count, controller.signal) : await studyFromUrl(url, count, controller.signal);
      if (controller.signal.aborted) return;
      router.push(`${studyHref(created.quizId)}?start=1`);
    } catch (err) {
      if ((err as Error)?.name === "AbortError") return;
      const head = err instanceof ApiRequestError ? (err.issues[0]?.path ?? "").split(".")[0] : "";
      const field = ["text", "file", "url", "count"].includes(head) ? head : "general";
      setError({ field, message: errorMessage(err) });
      setWork(null);
      if (field !== "general") focusField(field);
      else window.scrollTo({ top: 0 });
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  }

  function cancel() {
    abortRef.current?.abort();
    abortRef.current = null;
    setWork(null);
  }

  const countError = error?.field === "count" ? error.message : null;

  return (
    <StudyShell label="Study an article" action={<Link href="/study" className="rounded-lg px-2 py-1.5 text-sm font-semibold text-brand hover:bg-violet-50">My study</Link>}>
      {work ? (
        <WorkingPanel kind={work.kind} detail={work.detail} onCancel={cancel} />
      ) : (
        <>
          <div className="mb-5">
            <h1 className="text-2xl leading-tight font-black text-slate-900 sm:text-3xl">Study an article</h1>
            <p className="mt-1 text-slate-600">Give Factsprint an article and practise its facts on your own. No account needed.</p>
          </div>
          <SourceForm
            stacked
            tabLabels={{ text: "Paste text", file: "File", url: "Link" }}
            tab={tab}
            onTab={(t) => {
              setTab(t);
              setError(null);
            }}
            text={text}
            onText={(t) => {
              setText(t);
              savePastedText(t);
              if (error?.field === "text") setError(null);
            }}
            url={url}
            onUrl={(u) => {
              setUrl(u);
              if (error?.field === "url") setError(null);
            }}
            file={file}
            onFile={(f, p) => {
              setFile(f);
              setError(p ? { field: "file", message: p } : null);
            }}
            error={error}
            errorTitle="Couldn't make a study set"
            onSubmit={() => void submit()}
            submitLabel="Start studying"
            note="Your quiz is kept so you can come back to it from My study."
            settingsPanel={
              <SelectField
                  id={COUNT_ID}
                  label="How many questions"
                  value={String(count)}
                  error={countError}
                  onChange={(e) => {
                    setCount(Number(e.target.value));
                    if (error?.field === "count") setError(null);
                  }}
                >
                  {STUDY_ARTICLE_COUNTS.map((n) => (
                    <option key={n} value={n}>
                      {n} questions
                    </option>
                  ))}
                </SelectField>
            }
          />
        </>
      )}
    </StudyShell>
  );
}
