"use client";
// The editor's frame and sticky top bar: back to the library, the quiz's name, whether it is saved,
// and the Host live / Save actions.
import Link from "next/link";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { ButtonLink } from "@/app/components/ui/ButtonLink";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { AppHeader } from "./AppHeader";

export type SaveState =
  | { status: "idle" }
  | { status: "saving" }
  | { status: "saved"; at: Date }
  | { status: "invalid" }
  | { status: "error"; message: string; notFound: boolean };

const timeFormat = new Intl.DateTimeFormat(undefined, { timeStyle: "short" });

export function EditorFrame({
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

/** "Saving…", "Unsaved changes", "Saved at 10:42"… */
export function SaveStatus({ saveState, dirty, quizId }: { saveState: SaveState; dirty: boolean; quizId: string | null }) {
  if (saveState.status === "saving") {
    return (
      <span className="inline-flex items-center gap-1.5 text-slate-600">
        <Spinner className="h-4 w-4" /> Saving…
      </span>
    );
  }
  if (dirty) {
    return (
      <span className="inline-flex items-center gap-1.5 text-amber-800">
        <span className="h-2 w-2 rounded-full bg-amber-500" aria-hidden="true" /> Unsaved changes
      </span>
    );
  }
  if (saveState.status === "saved") {
    return (
      <span className="inline-flex items-center gap-1.5 font-semibold text-green-800">
        <Icon name="check" className="h-4 w-4" /> Saved at {timeFormat.format(saveState.at)}
      </span>
    );
  }
  return <span className="text-slate-500">{quizId ? "All changes saved" : "Not saved yet"}</span>;
}

export function EditorBar({
  title,
  status,
  saving,
  onLeave,
  onHost,
  onSave,
}: {
  title: string;
  status: React.ReactNode;
  saving: boolean;
  onLeave: (e: React.MouseEvent) => void;
  onHost: () => void;
  onSave: () => void;
}) {
  return (
    <>
      <Link href="/quizzes" onClick={onLeave} className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1.5 font-semibold text-slate-700 hover:bg-slate-100">
        <Icon name="back" className="h-4 w-4" /> Library
      </Link>
      <div className="min-w-0 flex-1 basis-48">
        <p className="truncate font-semibold text-slate-900">{title}</p>
        <p className="text-sm" role="status" aria-live="polite">
          {status}
        </p>
      </div>
      <div className="flex items-center gap-2">
        <Button variant="secondary" onClick={onHost} disabled={saving}>
          <Icon name="play" className="h-4 w-4" /> Host live
        </Button>
        <Button onClick={onSave} disabled={saving} aria-keyshortcuts="Control+S" title="Save (Ctrl+S)">
          {saving ? <Spinner className="h-4 w-4" /> : <Icon name="check" className="h-4 w-4" />}
          {saving ? "Saving…" : "Save"}
        </Button>
      </div>
    </>
  );
}

/** The Save / Host live row under the last question. */
export function EditorFooter({ status, saving, onHost, onSave }: { status: React.ReactNode; saving: boolean; onHost: () => void; onSave: () => void }) {
  return (
    <div className="flex flex-wrap items-center justify-end gap-3 border-t border-slate-200 pt-6 pb-16">
      <span className="mr-auto text-sm">{status}</span>
      <Button variant="secondary" onClick={onHost} disabled={saving}>
        <Icon name="play" className="h-4 w-4" /> Host live
      </Button>
      <Button onClick={onSave} disabled={saving}>
        {saving ? "Saving…" : "Save quiz"}
      </Button>
    </div>
  );
}

export function EditorLoading() {
  return (
    <EditorFrame>
      <div className="mx-auto max-w-4xl px-4 py-16 text-center sm:px-6">
        <Spinner label="Loading the quiz…" className="h-6 w-6 text-brand" />
      </div>
    </EditorFrame>
  );
}

export function EditorLoadError({ message, notFound, onRetry }: { message: string; notFound: boolean; onRetry?: () => void }) {
  return (
    <EditorFrame>
      <div className="mx-auto max-w-3xl px-4 py-10 sm:px-6">
        <Alert
          tone="error"
          title={notFound ? "Quiz not found" : "Couldn't load this quiz"}
          action={
            onRetry ? (
              <Button variant="secondary" onClick={onRetry}>
                Try again
              </Button>
            ) : undefined
          }
        >
          {message}
        </Alert>
        <ButtonLink href="/quizzes" variant="secondary" className="mt-6">
          <Icon name="back" className="h-4 w-4" /> Back to the library
        </ButtonLink>
      </div>
    </EditorFrame>
  );
}
