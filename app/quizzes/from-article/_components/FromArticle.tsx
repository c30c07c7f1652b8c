"use client";
// "New quiz from an article": source (paste / upload / web page) → progress → review the draft → saved.
// The teacher's input is never lost: errors only mark fields, the pasted text and address are kept in
// this browser until the quiz is saved, and leaving an unsaved draft asks first.
// The review step's state and per-question actions are the useDraftReview hook in _lib.
import { useMemo, useRef, useState } from "react";
import type { QuizDetail } from "@/server/protocol";
import { Button } from "@/app/components/ui/Button";
import { ApiRequestError, errorMessage } from "../../_lib/api";
import { draftFromFile, draftFromText, draftFromUrl, saveQuizFromArticle, type DraftSettings } from "../_lib/api";
import { DEFAULT_COUNT, issuesOf, keysAtFault, requestCount, SAVABLE_KINDS, savePayload } from "../_lib/review";
import { itemHeadingId } from "./ItemCard";
import { ReviewScreen } from "./ReviewScreen";
import { SavedPanel } from "./SavedPanel";
import { SaveErrorBanner } from "./SaveErrorBanner";
import { UndoDeleteToast } from "../../_components/EditorNotices";
import { FromArticleHeader } from "./FromArticleHeader";
import { SourceForm, type SourceError } from "./SourceForm";
import { focusSoon, sourceFieldId, useArticleSource } from "../_lib/useArticleSource";
import { WorkingPanel, type WorkKind } from "./WorkingPanel";
import { clearSourceBackup, useLeaveGuard, useSourceBackup } from "../_lib/useDraftGuards";
import { useDraftReview } from "../_lib/useDraftReview";

export type Stage = "input" | "working" | "review" | "saved";

export function FromArticle() {
  const [stage, setStage] = useState<Stage>("input");
  // source
  const source = useArticleSource();
  const { tab, setTab, text, setText, url, setUrl, file, setError: setSourceError } = source;
  const [settings, setSettings] = useState<DraftSettings>({ count: DEFAULT_COUNT, types: [...SAVABLE_KINDS] });
  // work
  const [work, setWork] = useState<{ kind: WorkKind; detail: string } | null>(null);
  const abortRef = useRef<AbortController | null>(null);
  // review
  const review = useDraftReview(setStage);
  const { draft, setDraft, items, setItems, title, setTitle, setTitleTouched, titleError, setTitleError, rerunError, setRerunError } = review;
  const { activeKey, scrollTick, filter, setFilter, busyKeys, notices, showIssues, setShowIssues, saveState, setSaveState } = review;
  const { lastDeleted, setLastDeleted, announcement, openReview, onSelect, onAccept, onAcceptMany, onSaveItem, onDelete, undoDelete, onRegenerate } = review;
  const [saved, setSaved] = useState<QuizDetail | null>(null);

  useSourceBackup({ text, url, tab, setText, setUrl, setTab });
  const unsaved = stage === "review" || (stage === "working" && work?.kind === "rerun");
  const confirmLeave = useLeaveGuard(unsaved);

  // ---------- making a draft ----------

  function sourceProblem(): SourceError | null {
    if (settings.types.length === 0) return { field: "types", message: "Pick at least one kind of question." };
    return source.problem();
  }

  function fieldOf(err: unknown): string {
    const path = err instanceof ApiRequestError ? err.issues[0]?.path ?? "" : "";
    const head = path.split(".")[0];
    return ["text", "file", "url", "types", "count"].includes(head) ? head : "general";
  }

  async function make() {
    const problem = sourceProblem();
    setSourceError(problem);
    if (problem) {
      focusSoon(problem.field === "types" ? "source-kind-mc" : sourceFieldId(problem.field));
      return;
    }
    const controller = new AbortController();
    abortRef.current = controller;
    const s = { count: requestCount(settings.count), types: settings.types };
    setWork({ kind: tab, detail: source.describe() });
    setStage("working");
    try {
      const d = tab === "text" ? await draftFromText(text, s, controller.signal) : tab === "file" ? await draftFromFile(file!, s, controller.signal) : await draftFromUrl(url, s, controller.signal);
      if (controller.signal.aborted) return;
      openReview(d, settings.count, false);
    } catch (err) {
      if ((err as Error)?.name === "AbortError") return;
      const field = fieldOf(err);
      setSourceError({ field, message: errorMessage(err) });
      setStage("input");
      if (field !== "general") focusSoon(field === "types" || field === "count" ? "source-kind-mc" : sourceFieldId(field));
    } finally {
      if (abortRef.current === controller) abortRef.current = null;
    }
  }

  async function rerun() {
    if (!draft) return;
    if (items.some((i) => i.edited) && !window.confirm("Make a new set of questions? Your edits to the current ones will be replaced.")) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setWork({ kind: "rerun", detail: `From “${draft.article.title}”: ${settings.count} questions.` });
    setStage("working");
    try {
      const d = await draftFromText(draft.article.text, { count: requestCount(settings.count), types: settings.types }, controller.signal, {
        title: draft.article.title,
        sourceUrl: draft.article.sourceUrl,
      });
      if (controller.signal.aborted) return;
      // A re-run reads the cleaned text as pasted text: keep where the article came from.
      openReview({ ...d, article: { ...d.article, source: draft.article.source, fileName: draft.article.fileName } }, settings.count, true);
    } catch (err) {
      if ((err as Error)?.name === "AbortError") return;
      setRerunError(errorMessage(err));
      setStage("review");
    }
  }

  function cancelWork() {
    abortRef.current?.abort();
    abortRef.current = null;
    setStage(work?.kind === "rerun" ? "review" : "input");
  }

  // ---------- saving ----------

  const kept = useMemo(() => items.filter((i) => i.accepted), [items]);

  async function save() {
    if (!draft || saveState.status === "saving") return;
    setShowIssues(true);
    const t = title.trim();
    if (!t) {
      setTitleError("Give the quiz a title");
      setSaveState({ status: "error", message: "Give the quiz a title.", keys: [] });
      focusSoon("quiz-title");
      return;
    }
    if (!kept.length) {
      setSaveState({ status: "error", message: "Keep at least one question: tick “Keep” on the ones you want.", keys: [] });
      return;
    }
    const bad = kept.filter((i) => issuesOf(i.item).length > 0);
    if (bad.length) {
      setSaveState({ status: "error", message: `${bad.length === 1 ? "One question needs" : `${bad.length} questions need`} fixing first (marked in red).`, keys: bad.map((b) => b.key) });
      setFilter("all");
      focusSoon(itemHeadingId(bad[0].key));
      return;
    }
    setSaveState({ status: "saving" });
    try {
      const quiz = await saveQuizFromArticle(savePayload(t, draft.article, kept));
      setSaved(quiz);
      setStage("saved");
      setSaveState({ status: "idle" });
      clearSourceBackup();
    } catch (err) {
      const keys = err instanceof ApiRequestError ? keysAtFault(err.issues, kept) : [];
      if (err instanceof ApiRequestError && err.issues.some((i) => i.path === "title")) setTitleError(err.issues.find((i) => i.path === "title")!.message);
      setSaveState({ status: "error", message: errorMessage(err), keys });
    }
  }

  function startOver() {
    if (stage === "review" && items.length > 0 && !window.confirm("Start again with another article? These questions aren't saved.")) return;
    setStage("input");
    setDraft(null);
    setItems([]);
    setSaved(null);
    setSourceError(null);
    setTitleTouched(false);
    focusSoon(sourceFieldId(tab));
  }

  // ---------- render ----------

  const saving = saveState.status === "saving";
  const summary = draft ? (
    <>
      From {draft.article.fileName ? `“${draft.article.fileName}”` : draft.article.sourceUrl ? new URL(draft.article.sourceUrl).host : "the text you pasted"} ·{" "}
      {draft.article.words.toLocaleString()} words · {draft.questions.length} question{draft.questions.length === 1 ? "" : "s"} made. Tick the ones to keep, edit any, then save.
    </>
  ) : null;

  return (
    <div className="min-h-full">
      <FromArticleHeader
        stage={stage}
        title={title}
        kept={kept.length}
        saving={saving}
        canSave={items.length > 0}
        onLeave={confirmLeave}
        onStartOver={startOver}
        onSave={() => void save()}
      />

      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      <main>
        {stage === "input" && (
          <div className="mx-auto max-w-7xl px-4 py-6 sm:px-6">
            <h1 className="text-3xl font-extrabold tracking-tight">New quiz from an article</h1>
            <p className="mt-1 mb-5 max-w-3xl text-slate-600">
              Give Factsprint an article: it finds the facts in it and writes questions, each with the sentence that proves its answer. You review them before
              anything is saved.
            </p>
            <SourceForm
              {...source.fields}
              settings={settings}
              onSettings={(next) => {
                setSettings(next);
                source.clearIf("types");
                source.clearIf("count");
              }}
              onSubmit={() => void make()}
            />
          </div>
        )}

        {stage === "working" && work && (
          <div className="px-4 py-12 sm:px-6">
            <WorkingPanel kind={work.kind} detail={work.detail} onCancel={cancelWork} />
          </div>
        )}

        {stage === "review" && draft && (
          <>
            {saveState.status === "error" && <SaveErrorBanner message={saveState.message} keys={saveState.keys} items={items} onGoTo={(k) => onSelect(k, "article")} />}
            <ReviewScreen
              draft={draft}
              items={items}
              title={title}
              onTitle={(t) => {
                setTitle(t);
                setTitleTouched(true);
                if (t.trim()) setTitleError(null);
              }}
              titleError={titleError}
              settings={settings}
              onSettings={setSettings}
              onRerun={() => void rerun()}
              rerunError={rerunError}
              activeKey={activeKey}
              scrollTick={scrollTick}
              onSelect={onSelect}
              onAccept={onAccept}
              onAcceptMany={onAcceptMany}
              onSaveItem={onSaveItem}
              onRegenerate={(k) => void onRegenerate(k)}
              onDelete={onDelete}
              busyKeys={busyKeys}
              notices={notices}
              showIssues={showIssues}
              filter={filter}
              onFilter={setFilter}
              summary={summary}
              onStartOver={startOver}
            />
            {items.length > 0 && (
            <div className="mx-auto flex max-w-7xl flex-wrap items-center justify-end gap-3 px-4 pb-16 sm:px-6">
              <span className="mr-auto text-sm text-slate-600">
                {kept.length} of {items.length} questions kept
              </span>
              <Button onClick={() => void save()} disabled={saving} className="px-5 py-2.5 text-base">
                {saving ? "Saving…" : `Save ${kept.length} question${kept.length === 1 ? "" : "s"} to my library`}
              </Button>
            </div>
            )}
          </>
        )}

        {stage === "saved" && saved && (
          <div className="px-4 py-12 sm:px-6">
            <SavedPanel quiz={saved} onAnother={startOver} />
          </div>
        )}
      </main>

      {lastDeleted && stage === "review" && <UndoDeleteToast index={lastDeleted.index} onUndo={undoDelete} onDismiss={() => setLastDeleted(null)} />}
    </div>
  );
}
