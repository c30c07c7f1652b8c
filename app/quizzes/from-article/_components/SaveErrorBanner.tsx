"use client";
// Why the draft was not saved, with a link to each question at fault. (The "deleted — Undo" toast is the
// editor's UndoDeleteToast.)
import { Icon } from "@/app/components/ui/Icon";
import type { ReviewItem } from "../_lib/review";

export function SaveErrorBanner({ message, keys, items, onGoTo }: { message: string; keys: string[]; items: ReviewItem[]; onGoTo: (key: string) => void }) {
  return (
    <div className="mx-auto max-w-7xl px-4 pt-6 sm:px-6">
      <div role="alert" className="flex items-start gap-3 rounded-lg border border-red-300 bg-red-50 px-4 py-3 text-red-900">
        <Icon name="alert" className="mt-0.5 h-5 w-5 shrink-0" />
        <div className="min-w-0 flex-1">
          <p className="font-semibold">Not saved: {message}</p>
          {keys.length > 0 && (
            <p className="mt-1 flex flex-wrap gap-x-3 text-sm">
              {keys.map((k) => {
                const n = items.findIndex((i) => i.key === k) + 1;
                return n > 0 ? (
                  <button key={k} type="button" className="underline underline-offset-2" onClick={() => onGoTo(k)}>
                    Go to question {n}
                  </button>
                ) : null;
              })}
            </p>
          )}
        </div>
      </div>
    </div>
  );
}
