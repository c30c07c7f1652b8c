"use client";
// The editor's messages: an unsaved backup to restore, the "not saved" summary whose items jump to
// their fields, the "saved" note, and the undo toast after deleting a question.
import type { RefObject } from "react";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import type { Backup } from "../_lib/backup";
import type { Draft, FieldErrors } from "../_lib/draft";
import { fieldLabel } from "../_lib/fieldKeys";
import type { SaveState } from "./EditorHeader";

const dateTimeFormat = new Intl.DateTimeFormat(undefined, { dateStyle: "medium", timeStyle: "short" });

export function BackupOffer({ backup, onRestore, onDiscard }: { backup: Backup; onRestore: () => void; onDiscard: () => void }) {
  return (
    <Alert
      tone="warning"
      title="You have unsaved changes from earlier"
      action={
        <div className="flex flex-wrap gap-2">
          <Button onClick={onRestore}>Restore them</Button>
          <Button variant="secondary" onClick={onDiscard}>
            Discard
          </Button>
        </div>
      }
    >
      This browser kept a copy of edits that were never saved ({dateTimeFormat.format(new Date(backup.at))}).
    </Alert>
  );
}

export function ErrorSummary({
  summaryRef,
  saveState,
  draft,
  errors,
  errorKeys,
  onSaveAsNew,
  onJump,
}: {
  summaryRef: RefObject<HTMLDivElement | null>;
  saveState: SaveState;
  draft: Draft;
  errors: FieldErrors;
  errorKeys: string[];
  onSaveAsNew: () => void;
  onJump: (key: string) => void;
}) {
  if (!((saveState.status === "invalid" || saveState.status === "error") && (errorKeys.length > 0 || saveState.status === "error"))) return null;
  return (
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
            <Button variant="secondary" onClick={onSaveAsNew}>
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
                <button type="button" className="text-left underline underline-offset-2 hover:no-underline" onClick={() => onJump(key)}>
                  {fieldLabel(draft, key)}: {errors[key]}
                </button>
              </li>
            ))}
            {errorKeys.length > 8 && <li>…and {errorKeys.length - 8} more, marked below.</li>}
          </ul>
        )}
      </Alert>
    </div>
  );
}

export function SavedNotice({ questionCount, onHost }: { questionCount: number; onHost: () => void }) {
  return (
    <Alert
      tone="success"
      title="Saved"
      action={
        <Button onClick={onHost}>
          <Icon name="play" className="h-4 w-4" /> Host live
        </Button>
      }
    >
      {questionCount === 0 ? "Add at least one question before hosting." : "It's in your library. Host it live whenever your class is ready."}
    </Alert>
  );
}

export function UndoDeleteToast({ index, onUndo, onDismiss }: { index: number; onUndo: () => void; onDismiss: () => void }) {
  return (
    <div className="fixed inset-x-0 bottom-4 z-30 flex justify-center px-4">
      <div className="flex items-center gap-3 rounded-xl bg-slate-900 py-2 pr-2 pl-4 text-white shadow-xl">
        <span>Question {index + 1} deleted.</span>
        <button type="button" onClick={onUndo} className="rounded-lg px-3 py-1.5 font-semibold text-yellow-300 hover:bg-slate-800">
          Undo
        </button>
        <button type="button" onClick={onDismiss} aria-label="Dismiss" className="rounded-lg p-1.5 hover:bg-slate-800">
          <Icon name="x" className="h-4 w-4" />
        </button>
      </div>
    </div>
  );
}
