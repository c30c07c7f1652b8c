"use client";
// The top bar of "New quiz from an article": back to the library, the quiz's name and how many questions are
// kept (not saved yet), and, while reviewing, "Start over" and "Save to my library".
import Link from "next/link";
import type { MouseEvent } from "react";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { Spinner } from "@/app/components/ui/Spinner";
import { AppHeader } from "../../_components/AppHeader";
import type { Stage } from "./FromArticle";

interface Props {
  stage: Stage;
  title: string;
  kept: number;
  saving: boolean;
  canSave: boolean;
  onLeave: (e: MouseEvent) => void;
  onStartOver: () => void;
  onSave: () => void;
}

export function FromArticleHeader({ stage, title, kept, saving, canSave, onLeave, onStartOver, onSave }: Props) {
  return (
    <AppHeader sticky onLeave={onLeave}>
      <Link href="/quizzes" onClick={onLeave} className="inline-flex items-center gap-1.5 rounded-lg px-2 py-1.5 font-semibold text-slate-700 hover:bg-slate-100">
        <Icon name="back" className="h-4 w-4" /> Library
      </Link>
      <div className="min-w-0 flex-1 basis-48">
        <p className="truncate font-semibold text-slate-900">{stage === "review" || stage === "saved" ? title.trim() || "Untitled quiz" : "New quiz from an article"}</p>
        {stage === "review" && (
          <p className="text-sm text-slate-600" role="status" aria-live="polite">
            {saving ? (
              <span className="inline-flex items-center gap-1.5">
                <Spinner className="h-4 w-4" /> Saving…
              </span>
            ) : (
              `${kept} question${kept === 1 ? "" : "s"} kept · not saved yet`
            )}
          </p>
        )}
      </div>
      {stage === "review" && (
        <div className="flex items-center gap-2">
          <Button variant="secondary" onClick={onStartOver} disabled={saving}>
            Start over
          </Button>
          <Button onClick={onSave} disabled={saving || !canSave}>
            {saving ? <Spinner className="h-4 w-4" /> : <Icon name="check" className="h-4 w-4" />}
            {saving ? "Saving…" : "Save to my library"}
          </Button>
        </div>
      )}
    </AppHeader>
  );
}
