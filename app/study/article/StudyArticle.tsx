"use client";
// "Study an article" (no account): paste, upload or link an article, choose how many questions, and the
// server makes a quiz of them; the learner goes straight into a study session. Nothing typed is lost on
// an error: every field keeps its value, and the pasted text also survives a reload (sessionStorage).
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useEffect, useRef, useState } from "react";
import { STUDY_ARTICLE_COUNTS, STUDY_ARTICLE_DEFAULT_COUNT } from "@/server/protocol";
import { SelectField } from "@/app/components/ui/Field";
import { SourceForm, type SourceTab } from "@/app/quizzes/from-article/_components/SourceForm";
import { focusSoon, sourceFieldId, useArticleSource } from "@/app/quizzes/from-article/_lib/useArticleSource";
import { WorkingPanel } from "@/app/quizzes/from-article/_components/WorkingPanel";
import { StudyShell } from "../_components/StudyShell";
import { loadPastedText, savePastedText, studyFromFile, studyFromText, studyFromUrl } from "../_lib/article";
import { studyHref } from "../_lib/api";
import { ApiRequestError, errorMessage } from "../_lib/http";

const COUNT_ID = "study-count";

export function StudyArticle() {
  const router = useRouter();
  // the pasted text also survives a reload
  const source = useArticleSource({ onText: savePastedText });
  const { tab, text, setText, url, file, error, setError } = source;
  const [count, setCount] = useState<number>(STUDY_ARTICLE_DEFAULT_COUNT);
  const [work, setWork] = useState<{ kind: SourceTab; detail: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);

  useEffect(() => {
    const saved = loadPastedText();
    if (saved) setText((t) => t || saved);
  }, []);

  const focusField = (field: string) => focusSoon(field === "count" ? COUNT_ID : sourceFieldId(field), 0);

  async function submit() {
    const p = source.problem();
    setError(p);
    if (p) return focusField(p.field);
    const controller = new AbortController();
    abortRef.current = controller;
    setWork({ kind: tab, detail: source.describe() });
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
            {...source.fields}
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
