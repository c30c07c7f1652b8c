"use client";
// The quiz editor, shared by /quizzes/new and /quizzes/[id]/edit.
// The teacher's work is never thrown away: bad input only marks fields, a failed save keeps the draft,
// leaving with unsaved changes asks first, and a local backup survives a closed tab or a crash.
// Pieces: EditorHeader (frame, bar, status), EditorNotices, QuizDetailsSection, QuestionList and
// EditorOutline here; the backup, the per-question error slices and the list edits are hooks in _lib.
import { useCallback, useEffect, useMemo, useRef, useState } from "react";
import type { QuizDetail } from "@/server/protocol";
import { ApiRequestError, createQuiz, errorMessage, fetchQuiz, updateQuiz } from "../_lib/api";
import { readBackup, useDraftProtection, writeBackup, type Backup } from "../_lib/backup";
import { blankDraft, draftFromDetail, snapshot, type Draft, type FieldErrors } from "../_lib/draft";
import { mapServerIssues, validateDraft } from "../_lib/draftValidation";
import { fieldId, focusTargetId, sortErrorKeys } from "../_lib/fieldKeys";
import { useQuestionEditing } from "../_lib/useQuestionEditing";
import { useQuestionErrors } from "../_lib/useQuestionErrors";
import { EditorBar, EditorFooter, EditorFrame, EditorLoadError, EditorLoading, SaveStatus, type SaveState } from "./EditorHeader";
import { BackupOffer, ErrorSummary, SavedNotice, UndoDeleteToast } from "./EditorNotices";
import { EditorOutline } from "./EditorOutline";
import { HostDialog, type HostTarget } from "./HostDialog";
import { QuestionList } from "./QuestionList";
import { QuizDetailsSection } from "./QuizDetailsSection";

type Load = { status: "loading" } | { status: "error"; message: string; notFound: boolean } | { status: "ready" };

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
  const [announcement, setAnnouncement] = useState("");
  const [hostTarget, setHostTarget] = useState<HostTarget | null>(null);
  const [summaryFocusTick, setSummaryFocusTick] = useState(0);

  const draftRef = useRef(draft);
  draftRef.current = draft;
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

  useDraftProtection({ ready: load.status === "ready", dirty, draft, quizId, backupChecked, backupPending: backupOffer !== null });

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
  const questionErrors = useQuestionErrors(errors);

  // ---------- editing ----------

  const edit = useCallback((update: (d: Draft) => Draft) => {
    setDraft(update);
    setServerErrors((e) => (Object.keys(e).length ? {} : e));
    setSaveState((s) => (s.status === "saved" || s.status === "error" ? { status: "idle" } : s));
  }, []);

  const questions = useQuestionEditing({ draftRef, edit, announce: setAnnouncement });

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
      questions.setLastDeleted(null);
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

  if (load.status === "loading") return <EditorLoading />;
  if (load.status === "error") {
    return (
      <EditorLoadError
        message={load.message}
        notFound={load.notFound}
        onRetry={!load.notFound && initialQuizId ? () => void loadQuiz(initialQuizId) : undefined}
      />
    );
  }

  const status = <SaveStatus saveState={saveState} dirty={dirty} quizId={quizId} />;
  const { lastDeleted } = questions;

  return (
    <EditorFrame
      onLeave={confirmLeave}
      bar={
        <EditorBar
          title={draft.title.trim() || (quizId ? "Untitled quiz" : "New quiz")}
          status={status}
          saving={saving}
          onLeave={confirmLeave}
          onHost={() => void hostLive()}
          onSave={() => void save()}
        />
      }
    >
      <p className="sr-only" aria-live="polite">
        {announcement}
      </p>

      <div className="mx-auto grid max-w-7xl grid-cols-1 gap-8 px-4 py-6 sm:px-6 lg:grid-cols-[15rem_minmax(0,1fr)]">
        <EditorOutline draft={draft} errors={errors} />

        <div className="grid max-w-4xl min-w-0 grid-cols-1 gap-6">
          <h1 className="text-3xl font-extrabold tracking-tight">{quizId ? "Edit quiz" : "New quiz"}</h1>

          {backupOffer && (
            <BackupOffer
              backup={backupOffer}
              onRestore={() => {
                setDraft(backupOffer.draft);
                setBackupOffer(null);
                setAnnouncement("Unsaved changes restored.");
              }}
              onDiscard={() => {
                writeBackup(quizId, null);
                setBackupOffer(null);
              }}
            />
          )}

          <ErrorSummary
            summaryRef={summaryRef}
            saveState={saveState}
            draft={draft}
            errors={errors}
            errorKeys={errorKeys}
            onSaveAsNew={() => void save({ asNew: true })}
            onJump={focusField}
          />

          {saveState.status === "saved" && !dirty && <SavedNotice questionCount={draft.questions.length} onHost={() => void hostLive()} />}

          <QuizDetailsSection
            title={draft.title}
            description={draft.description}
            errors={errors}
            isSample={isSample}
            autoFocusTitle={!quizId && !backupOffer}
            onTitle={(title) => edit((d) => ({ ...d, title }))}
            onDescription={(description) => edit((d) => ({ ...d, description }))}
          />

          <QuestionList
            questions={draft.questions}
            errors={errors}
            questionErrors={questionErrors}
            onChange={questions.changeQuestion}
            onMove={questions.moveQuestion}
            onDuplicate={questions.duplicate}
            onDelete={questions.remove}
            onAdd={questions.addQuestion}
          />

          <EditorFooter status={status} saving={saving} onHost={() => void hostLive()} onSave={() => void save()} />
        </div>
      </div>

      {lastDeleted && (
        <UndoDeleteToast index={lastDeleted.index} onUndo={questions.undoDelete} onDismiss={() => questions.setLastDeleted(null)} />
      )}

      <HostDialog quiz={hostTarget} onClose={() => setHostTarget(null)} />
    </EditorFrame>
  );
}
