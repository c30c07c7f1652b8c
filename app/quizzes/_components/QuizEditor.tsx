"use client";
// The quiz editor, shared by /quizzes/new and /quizzes/[id]/edit.
// The teacher's work is never thrown away: bad input only marks fields, a failed save keeps the draft,
// leaving with unsaved changes asks first, and a local backup survives a closed tab or a crash.
import Link from "next/link";
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { QuestionType, QuizDetail } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { TextAreaField, TextField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { ApiRequestError, createQuiz, errorMessage, fetchQuiz, updateQuiz } from "../_lib/api";
import {
  blankDraft,
  blankQuestion,
  draftFromDetail,
  duplicateQuestion,
  fieldId,
  fieldLabel,
  focusTargetId,
  LIMITS,
  mapServerIssues,
  snapshot,
  sortErrorKeys,
  validateDraft,
  type Draft,
  type DraftQuestion,
  type FieldErrors,
} from "../_lib/draft";
import { AppHeader } from "./AppHeader";
import { HostDialog, type HostTarget } from "./HostDialog";
import { moveButtonId, QuestionCard, questionHeadingId, questionSectionId } from "./QuestionCard";

type Load = { status: "loading" } | { status: "error"; message: string; notFound: boolean } | { status: "ready" };
type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; at: Date }
  | { status: "invalid" }
  | { status: "error"; message: string; notFound: boolean };

interface Backup {
  at: number;
  draft: Draft;
}

const backupKey = (quizId: string | null) => `factsprint:draft:${quizId ?? "new"}`;
const EMPTY_ERRORS: FieldErrors = Object.freeze({}) as FieldErrors;
const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });
const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

function readBackup(quizId: string | null): Backup | null {
  try {
    const raw = localStorage.getItem(backupKey(quizId));
    if (!raw) return null;
    const parsed = JSON.parse(raw) as Backup;
    return parsed && Array.isArray(parsed.draft?.questions) ? parsed : null;
  } catch {
    return null;
  }
}

function writeBackup(quizId: string | null, draft: Draft | null) {
  try {
    if (draft) localStorage.setItem(backupKey(quizId), JSON.stringify({ at: Date.now(), draft } satisfies Backup));
    else localStorage.removeItem(backupKey(quizId));
  } catch {
    /* storage full or blocked: the beforeunload warning still protects the work */
  }
}

export function QuizEditor({ quizId: initialQuizId }: { quizId?: string }) {
  const [quizId, setQuizId] = useState<string | null>(initialQuizId ?? null);
  const [load, setLoad] = useState<Load>(initialQuizId ? { status: "loading" } : { status: "ready" });
  const [initialDraft] = useState<Draft>(() => (initialQuizId ? { title: "", description: "", questions: [] } : blankDraft()));
  const [draft, setDraft] = useState<Draft>(initialDraft);
  const [savedSnap, setSavedSnap] = useState(() => snapshot(initialDraft));
  const [isSample, setIsSample] = useState(false);
  const [showErrors, setShowErrors] = useState(false);
  const [serverErrors, setServerErrors] = useState<FieldErrors>({});
  const [saveState, setSaveState] = useState<SaveState>({ status: "idle" });
  const [backupOffer, setBackupOffer] = useState<Backup | null>(null);
  const [backupChecked, setBackupChecked] = useState(false);
  const [lastDeleted, setLastDeleted] = useState<{ question: DraftQuestion; index: number } | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const [hostTarget, setHostTarget] = useState<HostTarget | null>(null);
  const [summaryFocusTick, setSummaryFocusTick] = useState(0);

  const draftRef = useRef(draft);
  draftRef.current = draft;
  const pendingFocus = useRef<string | null>(null);
  const summaryRef = useRef<HTMLDivElement>(null);

  const dirty = snapshot(draft) !== savedSnap;
  const saving = saveState.status === "saving";

  // ---------- loading ----------

  const loadQuiz = useCallback(async (id: string) => {
    setLoad({ status: "loading" });
    try {
      const detail = await fetchQuiz(id);
      const loaded = draftFromDetail(detail);
      setDraft(loaded);
      setSavedSnap(snapshot(loaded));
      setIsSample(detail.isSample);
      setLoad({ status: "ready" });
      const backup = readBackup(id);
      if (backup && snapshot(backup.draft) !== snapshot(loaded)) setBackupOffer(backup);
      setBackupChecked(true);
    } catch (err) {
      setLoad({ status: "error", message: errorMessage(err), notFound: err instanceof ApiRequestError && err.status === 404 });
    }
  }, []);

  useEffect(() => {
    if (initialQuizId) {
      void loadQuiz(initialQuizId);
    } else {
      const backup = readBackup(null);
      if (backup && snapshot(backup.draft) !== snapshot(initialDraft)) setBackupOffer(backup);
      setBackupChecked(true);
    }
  }, [initialQuizId, initialDraft, loadQuiz]);

  // ---------- protecting unsaved work ----------

  useEffect(() => {
    if (!dirty || load.status !== "ready") return;
    const warn = (e: BeforeUnloadEvent) => {
      e.preventDefault();
      e.returnValue = "";
    };
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty, load.status]);

  useEffect(() => {
    // Only once the saved version is known and any older backup has been offered, so nothing is overwritten.
    if (load.status !== "ready" || !backupChecked || backupOffer) return;
    const t = window.setTimeout(() => writeBackup(quizId, dirty ? draft : null), 400);
    return () => window.clearTimeout(t);
  }, [draft, dirty, quizId, load.status, backupChecked, backupOffer]);

  // ---------- focus after structural changes ----------

  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  });

  useEffect(() => {
    if (summaryFocusTick > 0) {
      summaryRef.current?.focus({ preventScroll: true });
      summaryRef.current?.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }, [summaryFocusTick]);

  // ---------- errors ----------

  const validation = useMemo(() => validateDraft(draft), [draft]);
  const errors: FieldErrors = useMemo(() => {
    if (!showErrors) return serverErrors;
    return { ...serverErrors, ...(validation.ok ? {} : validation.errors) };
  }, [showErrors, serverErrors, validation]);
  const errorKeys = useMemo(() => sortErrorKeys(draft, Object.keys(errors)), [draft, errors]);

  // Per-question slices, kept identical between renders when unchanged so unaffected cards skip rendering.
  const sliceCache = useRef(new Map<string, { json: string; errors: FieldErrors }>());
  const questionErrors = useMemo(() => {
    const grouped = new Map<string, FieldErrors>();
    for (const [key, msg] of Object.entries(errors)) {
      if (!key.startsWith("q.")) continue;
      const qKey = key.split(".")[1];
      const slice = grouped.get(qKey) ?? {};
      slice[key] = msg;
      grouped.set(qKey, slice);
    }
    const out = new Map<string, FieldErrors>();
    for (const [qKey, slice] of grouped) {
      const json = JSON.stringify(slice);
      const cached = sliceCache.current.get(qKey);
      if (cached && cached.json === json) out.set(qKey, cached.errors);
      else {
        sliceCache.current.set(qKey, { json, errors: slice });
        out.set(qKey, slice);
      }
    }
    return out;
  }, [errors]);

  // ---------- editing ----------

  const edit = useCallback((update: (d: Draft) => Draft) => {
    setDraft(update);
    setServerErrors((e) => (Object.keys(e).length ? {} : e));
    setSaveState((s) => (s.status === "saved" || s.status === "error" ? { status: "idle" } : s));
  }, []);

  const changeQuestion = useCallback(
    (key: string, update: (q: DraftQuestion) => DraftQuestion) =>
      edit((d) => ({ ...d, questions: d.questions.map((q) => (q.key === key ? update(q) : q)) })),
    [edit],
  );

  const moveQuestion = useCallback(
    (key: string, dir: "up" | "down") => {
      const qs = draftRef.current.questions;
      const from = qs.findIndex((q) => q.key === key);
      const to = dir === "up" ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= qs.length) return;
      edit((d) => {
        const next = [...d.questions];
        [next[from], next[to]] = [next[to], next[from]];
        return { ...d, questions: next };
      });
      // Keep focus on the button that was pressed, or its partner when the question reached an end.
      const atEnd = to === 0 || to === qs.length - 1;
      pendingFocus.current = moveButtonId(key, atEnd ? (dir === "up" ? "down" : "up") : dir);
      setAnnouncement(`Question moved to position ${to + 1} of ${qs.length}.`);
    },
    [edit],
  );

  const duplicate = useCallback(
    (key: string) => {
      const qs = draftRef.current.questions;
      const index = qs.findIndex((q) => q.key === key);
      if (index < 0 || qs.length >= LIMITS.questions) return;
      const copy = duplicateQuestion(qs[index]);
      edit((d) => ({ ...d, questions: [...d.questions.slice(0, index + 1), copy, ...d.questions.slice(index + 1)] }));
      pendingFocus.current = questionHeadingId(copy.key);
      setAnnouncement(`Question ${index + 1} duplicated as question ${index + 2}.`);
    },
    [edit],
  );

  const remove = useCallback(
    (key: string) => {
      const qs = draftRef.current.questions;
      const index = qs.findIndex((q) => q.key === key);
      if (index < 0) return;
      setLastDeleted({ question: qs[index], index });
      edit((d) => ({ ...d, questions: d.questions.filter((q) => q.key !== key) }));
      const neighbour = qs[index + 1] ?? qs[index - 1];
      pendingFocus.current = neighbour ? questionHeadingId(neighbour.key) : "add-question-mc";
      setAnnouncement(`Question ${index + 1} deleted. Use Undo to bring it back.`);
    },
    [edit],
  );

  function undoDelete() {
    if (!lastDeleted) return;
    const { question, index } = lastDeleted;
    edit((d) => {
      const at = Math.min(index, d.questions.length);
      return { ...d, questions: [...d.questions.slice(0, at), question, ...d.questions.slice(at)] };
    });
    setLastDeleted(null);
    pendingFocus.current = questionHeadingId(question.key);
    setAnnouncement(`Question ${index + 1} restored.`);
  }

  function addQuestion(type: QuestionType) {
    if (draftRef.current.questions.length >= LIMITS.questions) return;
    const q = blankQuestion(type);
    edit((d) => ({ ...d, questions: [...d.questions, q] }));
    pendingFocus.current = fieldId(`q.${q.key}.prompt`);
  }

  // ---------- saving ----------

  async function save(opts: { asNew?: boolean } = {}): Promise<{ id: string; questionCount: number; title: string } | null> {
    if (saveState.status === "saving") return null;
    const sent = draftRef.current;
    const v = validateDraft(sent);
    setShowErrors(true);
    if (!v.ok) {
      setSaveState({ status: "invalid" });
      setSummaryFocusTick((t) => t + 1);
      return null;
    }
    const targetId = opts.asNew ? null : quizId;
    setSaveState({ status: "saving" });
    try {
      const saved: QuizDetail = targetId ? await updateQuiz(targetId, v.input) : await createQuiz(v.input);
      const fromServer = draftFromDetail(
        saved,
        sent.questions.map((q) => q.key),
      );
      setSavedSnap(snapshot(fromServer));
      // Edits typed while the request was in flight stay; otherwise show exactly what was stored.
      if (snapshot(draftRef.current) === snapshot(sent)) setDraft(fromServer);
      if (saved.id !== quizId) {
        writeBackup(quizId, null);
        setQuizId(saved.id);
        setIsSample(saved.isSample);
        window.history.replaceState(null, "", `/quizzes/${encodeURIComponent(saved.id)}/edit`);
      }
      writeBackup(saved.id, null);
      setShowErrors(false);
      setServerErrors({});
      setLastDeleted(null);
      setSaveState({ status: "saved", at: new Date() });
      return { id: saved.id, questionCount: saved.questions.length, title: saved.title };
    } catch (err) {
      const issues = err instanceof ApiRequestError ? err.issues : [];
      if (issues.length) setServerErrors(mapServerIssues(sent, v.optionMaps, issues));
      setSaveState({
        status: "error",
        message: errorMessage(err),
        notFound: err instanceof ApiRequestError && err.status === 404 && Boolean(targetId),
      });
      setSummaryFocusTick((t) => t + 1);
      return null;
    }
  }

  const saveRef = useRef(save);
  saveRef.current = save;
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if ((e.ctrlKey || e.metaKey) && e.key.toLowerCase() === "s") {
        e.preventDefault();
        void saveRef.current();
      }
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, []);

  async function hostLive() {
    let target: HostTarget | null = null;
    if (quizId && !dirty) target = { id: quizId, title: draft.title, questionCount: draft.questions.length };
    else target = await save();
    if (target) setHostTarget(target);
  }

  function confirmLeave(e: React.MouseEvent) {
    if (dirty && !window.confirm("You have unsaved changes. Leave the editor without saving them?")) e.preventDefault();
  }

  function focusField(key: string) {
    const el = document.getElementById(focusTargetId(key)) ?? document.getElementById(fieldId(key));
    if (el) {
      // Collapsed sections (source/explanation) open when they hold an error, so the field is reachable.
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "center", behavior: "smooth" });
    }
  }

  // ---------- render ----------

  if (load.status === "loading") {
    return (
      <EditorFrame>
        <div className="mx-auto max-w-4xl px-4 py-16 text-center sm:px-6">
          <Spinner label="Loading the quiz…" className="h-6 w-6 text-brand" />
        </div>
      </EditorFrame>
    );
  }
  if (load.status === "error") {
    return (
      <EditorFrame>
        <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
          <Alert
            tone="error"
            title={load.notFound ? "Quiz not found" : "Couldn't load this quiz"}
            action={
              !load.notFound && initialQuizId ? (
                <Button variant="secondary" onClick={() => void loadQuiz(initialQuizId)}>
                  Try again
                </Button>
              ) : undefined
            }
          >
            {load.message}
          </Alert>
          <ButtonLink href="/quizzes" variant="secondary" className="mt-6">
            <Icon name="back" className="h-4 w-4" /> Back to the library
          </ButtonLink>
        </div>
      </EditorFrame>
    );
  }

  const statusText =
    saveState.status === "saving" ? (
      <span className="inline-flex items-center gap-1.5 text-slate-600">
        <Spinner className="h-4 w-4" /> Saving…
      </span>
    ) : dirty ? (
      <span className="inline-flex items-center gap-1.5 text-amber-800">
        <span className="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true" /> Unsaved changes
      </span>
    ) : saveState.status === "saved" ? (
      <span className="inline-flex items-center gap-1.5 font-semibold text-green-800">
        <Icon name="check" className="h-4 w-4" /> Saved at {timeFormat.format(saveState.at)}
      </span>
    ) : quizId ? (
      <span className="text-slate-500">All changes saved</span>
    ) : (
      <span className="text-slate-500">Not saved yet</span>
    );

  const count = draft.questions.length;
  const atLimit = count >= LIMITS.questions;

  return (
    <EditorFrame
      onLeave={confirmLeave}
      bar={
        <>
          <Link
            href="/quizzes"
            onClick={confirmLeave}
            className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1.5 font-semibold text-slate-700 hover:bg-slate-100"
          >
            <Icon name="back" className="h-4 w-4" /> Library
          </Link>
          <div className="min-w-0 flex-1 basis-48">
            <p className="truncate font-semibold text-slate-900">{draft.title.trim() || (quizId ? "Untitled quiz" : "New quiz")}</p>
            <p className="text-sm" role="status" aria-live="polite">
              {statusText}
            </p>
          </div>
          <div className="flex items-center gap-2">
            <Button variant="secondary" onClick={() => void hostLive()} disabled={saving}>
              <Icon name="play" className="h-4 w-4" /> Host live
            </Button>
            <Button onClick={() => void save()} disabled={saving} aria-keyshortcuts="Control+S" title="Save (Ctrl+S)">
              {saving ? <Spinner className="h-4 w-4" /> : <Icon name="check" className="h-4 w-4" />}
              {saving ? "Saving…" : "Save"}
            </Button>
          </div>
        </>
      }
    >
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <Outline draft={draft} errors={errors} />

        <div className="grid max-w-4xl min-w-0 grid-cols-1 gap-6">
          <h1 className="text-3xl font-extrabold tracking-tight">{quizId ? "Edit quiz" : "New quiz"}</h1>

          {backupOffer && (
            <Alert
              tone="warning"
              title="You have unsaved changes from earlier"
              action={
                <div className="flex flex-wrap gap-2">
                  <Button
                    onClick={() => {
                      setDraft(backupOffer.draft);
                      setBackupOffer(null);
                      setAnnouncement("Unsaved changes restored.");
                    }}
                  >
                    Restore them
                  </Button>
                  <Button
                    variant="secondary"
                    onClick={() => {
                      writeBackup(quizId, null);
                      setBackupOffer(null);
                    }}
                  >
                    Discard
                  </Button>
                </div>
              }
            >
              This browser kept a copy of edits that were never saved ({dateTimeFormat.format(new Date(backupOffer.at))}).
            </Alert>
          )}

          {(saveState.status === "invalid" || saveState.status === "error") && (errorKeys.length > 0 || saveState.status === "error") && (
            <div ref={summaryRef} tabIndex={-1} className="scroll-mt-24 rounded-lg focus:outline-none">
              <Alert
                tone="error"
                title={
                  saveState.status === "error"
                    ? "Not saved: " + saveState.message
                    : `Not saved yet: ${errorKeys.length === 1 ? "one thing needs" : `${errorKeys.length} things need`} fixing`
                }
                action={
                  saveState.status === "error" && saveState.notFound ? (
                    <Button variant="secondary" onClick={() => void save({ asNew: true })}>
                      Save as a new quiz
                    </Button>
                  ) : undefined
                }
              >
                {saveState.status === "error" && !errorKeys.length ? (
                  <p>Your changes are still here. {saveState.notFound ? "" : "Try saving again."}</p>
                ) : (
                  <ul className="mt-1 list-disc space-y-0.5 pl-5">
                    {errorKeys.slice(0, 8).map((key) => (
                      <li key={key}>
                        <button type="button" className="text-left underline underline-offset-2 hover:no-underline" onClick={() => focusField(key)}>
                          {fieldLabel(draft, key)}: {errors[key]}
                        </button>
                      </li>
                    ))}
                    {errorKeys.length > 8 && <li>…and {errorKeys.length - 8} more, marked below.</li>}
                  </ul>
                )}
              </Alert>
            </div>
          )}

          {saveState.status === "saved" && !dirty && (
            <Alert
              tone="success"
              title="Saved"
              action={
                <Button onClick={() => void hostLive()}>
                  <Icon name="play" className="h-4 w-4" /> Host live
                </Button>
              }
            >
              {count === 0 ? "Add at least one question before hosting." : "It's in your library. Host it live whenever your class is ready."}
            </Alert>
          )}

          <section aria-labelledby="details-heading" className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200">
            <div className="flex items-center gap-3">
              <h2 id="details-heading" className="text-lg font-bold">
                Quiz details
              </h2>
              {isSample && <Badge tone="brand">Sample</Badge>}
            </div>
            {isSample && <p className="mt-1 text-sm text-slate-600">This is a sample quiz. Saving changes it for everyone using this Factsprint.</p>}
            <div className="mt-4 grid gap-4">
              <TextField
                id={fieldId("title")}
                label="Title"
                value={draft.title}
                maxLength={LIMITS.title}
                placeholder="e.g. The water cycle"
                error={errors.title}
                autoFocus={!quizId && !backupOffer}
                onChange={(e) => {
                  const title = e.target.value;
                  edit((d) => ({ ...d, title }));
                }}
                className="[&_input]:text-lg [&_input]:font-semibold"
              />
              <TextAreaField
                id={fieldId("description")}
                label="Description"
                aside="Optional"
                rows={2}
                maxLength={LIMITS.description}
                placeholder="What is it about, and who is it for?"
                value={draft.description}
                error={errors.description}
                onChange={(e) => {
                  const description = e.target.value;
                  edit((d) => ({ ...d, description }));
                }}
              />
            </div>
          </section>

          <section aria-labelledby="questions-heading" className="grid gap-4">
            <div className="flex items-baseline justify-between gap-3">
              <h2 id="questions-heading" className="text-xl font-bold">
                Questions <span className="font-normal text-slate-500">({count})</span>
              </h2>
            </div>
            {errors.questions && (
              <p id={fieldId("questions")} tabIndex={-1} className="text-sm font-medium text-red-700">
                ⚠ {errors.questions}
              </p>
            )}
            {count === 0 && (
              <div className="rounded-xl border-2 border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
                No questions yet. Add one below; a quiz needs at least one question to be hosted.
              </div>
            )}
            {draft.questions.map((q, i) => (
              <QuestionCard
                key={q.key}
                question={q}
                index={i}
                total={count}
                errors={questionErrors.get(q.key) ?? EMPTY_ERRORS}
                onChange={changeQuestion}
                onMove={moveQuestion}
                onDuplicate={duplicate}
                onDelete={remove}
                canDuplicate={!atLimit}
              />
            ))}

            <div className="flex flex-wrap items-center gap-3 rounded-xl border-2 border-dashed border-slate-300 p-4">
              <Button id="add-question-mc" variant="secondary" onClick={() => addQuestion("mc")} disabled={atLimit}>
                <Icon name="plus" className="h-4 w-4" /> Add question
              </Button>
              <Button variant="ghost" onClick={() => addQuestion("tf")} disabled={atLimit}>
                <Icon name="plus" className="h-4 w-4" /> Add true/false question
              </Button>
              {atLimit && <span className="text-sm text-slate-600">A quiz can have up to {LIMITS.questions} questions.</span>}
            </div>
          </section>

          <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-6 pb-16">
            <span className="mr-auto text-sm">{statusText}</span>
            <Button variant="secondary" onClick={() => void hostLive()} disabled={saving}>
              <Icon name="play" className="h-4 w-4" /> Host live
            </Button>
            <Button onClick={() => void save()} disabled={saving}>
              {saving ? "Saving…" : "Save quiz"}
            </Button>
          </div>
        </div>
      </div>

      {lastDeleted && (
        <div className="fixed inset-x-0 bottom-4 z-30 flex justify-center px-4">
          <div className="flex items-center gap-3 rounded-xl bg-slate-900 py-2 pr-2 pl-4 text-white shadow-xl">
            <span>Question {lastDeleted.index + 1} deleted.</span>
            <button type="button" onClick={undoDelete} className="rounded-lg px-3 py-1.5 font-semibold text-yellow-300 hover:bg-slate-800">
              Undo
            </button>
            <button type="button" onClick={() => setLastDeleted(null)} aria-label="Dismiss" className="rounded-lg p-1.5 hover:bg-slate-800">
              <Icon name="x" className="h-4 w-4" />
            </button>
          </div>
        </div>
      )}

      <HostDialog quiz={hostTarget} onClose={() => setHostTarget(null)} />
    </EditorFrame>
  );
}

function EditorFrame({
  bar,
  onLeave,
  children,
}: {
  bar?: React.ReactNode;
  onLeave?: (e: React.MouseEvent<HTMLAnchorElement>) => void;
  children: React.ReactNode;
}) {
  return (
    <div className="min-h-full">
      <AppHeader sticky onLeave={onLeave}>
        {bar}
      </AppHeader>
      <main>{children}</main>
    </div>
  );
}

/** Desktop side list of questions: jump to one, see which ones have problems. */
function Outline({ draft, errors }: { draft: Draft; errors: FieldErrors }) {
  const withErrors = new Set(
    Object.keys(errors)
      .filter((k) => k.startsWith("q."))
      .map((k) => k.split(".")[1]),
  );
  return (
    <nav aria-label="Questions in this quiz" className="hidden lg:block">
      <div className="sticky top-24 max-h-[calc(100vh-7rem)] overflow-y-auto pr-1">
        <p className="px-2 text-xs font-bold tracking-wider text-slate-500 uppercase">Outline</p>
        <ol className="mt-2 grid gap-0.5">
          {draft.questions.map((q, i) => (
            <li key={q.key}>
              <button
                type="button"
                onClick={() => {
                  const heading = document.getElementById(questionHeadingId(q.key));
                  heading?.focus({ preventScroll: true });
                  document.getElementById(questionSectionId(q.key))?.scrollIntoView({ block: "start", behavior: "smooth" });
                }}
                className="flex w-full items-start gap-2 rounded-lg px-2 py-1.5 text-left text-sm text-slate-700 hover:bg-white hover:shadow-sm"
              >
                <span className="w-5 shrink-0 text-right font-semibold text-slate-500 tabular-nums">{i + 1}</span>
                <span className="line-clamp-2 min-w-0 flex-1">{q.prompt.trim() || <span className="text-slate-400 italic">Untitled question</span>}</span>
                {withErrors.has(q.key) && (
                  <span className="mt-0.5 shrink-0 text-red-600" title="Needs fixing">
                    <Icon name="alert" className="h-4 w-4" />
                    <span className="sr-only">needs fixing</span>
                  </span>
                )}
              </button>
            </li>
          ))}
        </ol>
        {draft.questions.length === 0 && <p className="px-2 pt-2 text-sm text-slate-500">No questions yet.</p>}
      </div>
    </nav>
  );
}
