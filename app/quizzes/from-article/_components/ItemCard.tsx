"use client";
// One generated question in the review: keep it or not, see its key, difficulty, explanation and source
// sentence; edit it inline (prompt, options, key), regenerate it (another of the same kind) or delete it.
import { memo, useState } from "react";
import type { DraftItem } from "@/server/protocol";
import { Badge } from "@/app/components/ui/Badge";
import { Button } from "@/app/components/ui/Button";
import { Icon } from "@/app/components/ui/Icon";
import { IconButton } from "@/app/components/ui/IconButton";
import { OPTION_BG, OptionShape } from "@/app/components/ui/OptionShape";
import { answerText, issuesOf, KIND_LABELS, type ReviewItem } from "../_lib/review";
import { ItemEditor } from "./ItemEditor";

export const itemCardId = (key: string) => `item-${key}`;
export const itemHeadingId = (key: string) => `item-${key}-heading`;

/** The generator's default explanation just quotes the source sentence, which the card shows anyway. */
function onlyQuotes(explanation: string, source: string): boolean {
  const norm = (t: string) => t.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, " ").trim();
  const e = norm(explanation.replace(/^the article says:?/i, ""));
  const src = norm(source);
  return e.length > 0 && (src.startsWith(e) || e === src);
}

const DIFFICULTY_TONE = { easy: "success", medium: "neutral", hard: "warning" } as const;

function RefreshIcon({ className = "h-4 w-4" }: { className?: string }) {
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={2} strokeLinecap="round" strokeLinejoin="round">
      <path d="M20 11a8 8 0 0 0-14.5-4.6L4 8M4 4v4h4M4 13a8 8 0 0 0 14.5 4.6L20 16m0 4v-4h-4" />
    </svg>
  );
}

interface Props {
  entry: ReviewItem;
  number: number;
  active: boolean;
  busy: boolean;
  notice: string | null;
  showIssues: boolean;
  onSelect: (key: string) => void;
  onAccept: (key: string, accepted: boolean) => void;
  onSave: (key: string, item: DraftItem) => void;
  onRegenerate: (key: string) => void;
  onDelete: (key: string) => void;
}

function ItemCardImpl({ entry, number, active, busy, notice, showIssues, onSelect, onAccept, onSave, onRegenerate, onDelete }: Props) {
  const { key, item, accepted, edited } = entry;
  const [editing, setEditing] = useState(false);
  const issues = showIssues && accepted ? issuesOf(item) : [];
  const headingId = itemHeadingId(key);
  const keepId = `${key}-keep`;

  return (
    <article
      id={itemCardId(key)}
      aria-labelledby={headingId}
      data-testid="draft-item"
      onClick={(e) => {
        if (!(e.target as HTMLElement).closest("button, input, textarea, select, label, a")) onSelect(key);
      }}
      className={`scroll-mt-28 rounded-xl bg-white shadow-sm ring-1 transition-shadow ${
        active ? "ring-2 ring-brand" : issues.length ? "ring-2 ring-red-400" : "ring-slate-200"
      } ${accepted ? "" : "bg-slate-50"}`}
    >
      <header className="flex flex-wrap items-center gap-x-3 gap-y-1 border-b border-slate-100 py-2 pr-2 pl-4">
        <label htmlFor={keepId} className="flex cursor-pointer items-center gap-2 rounded-lg py-1 pr-2 text-sm font-semibold text-slate-700">
          <input id={keepId} type="checkbox" checked={accepted} onChange={(e) => onAccept(key, e.target.checked)} className="h-5 w-5 accent-brand" />
          Keep<span className="sr-only"> question {number}</span>
        </label>
        <h3 id={headingId} tabIndex={-1} className="font-bold text-slate-900 focus:outline-none focus-visible:outline-3">
          Question {number}
        </h3>
        <Badge tone="brand">{KIND_LABELS[item.type]}</Badge>
        <Badge tone={DIFFICULTY_TONE[item.difficulty]}>{item.difficulty[0].toUpperCase() + item.difficulty.slice(1)}</Badge>
        {edited && <Badge>Edited</Badge>}
        <div className="ml-auto flex items-center gap-0.5" role="group" aria-label={`Question ${number} actions`}>
          {!editing && (
            <Button variant="ghost" className="px-2.5! py-1.5! text-sm" onClick={() => setEditing(true)} disabled={busy}>
              <Icon name="edit" className="h-4 w-4" /> Edit<span className="sr-only"> question {number}</span>
            </Button>
          )}
          <Button
            variant="ghost"
            className="px-2.5! py-1.5! text-sm"
            onClick={() => onRegenerate(key)}
            disabled={busy || editing}
            title="Replace it with another question of the same kind from the article"
          >
            <RefreshIcon className={`h-4 w-4 ${busy ? "animate-spin motion-reduce:animate-none" : ""}`} /> {busy ? "Finding…" : "Regenerate"}
            <span className="sr-only"> question {number}</span>
          </Button>
          <IconButton icon="trash" tone="danger" label={`Delete question ${number}`} onClick={() => onDelete(key)} disabled={busy} />
        </div>
      </header>

      {editing ? (
        <ItemEditor
          item={item}
          number={number}
          onCancel={() => setEditing(false)}
          onDone={(next) => {
            onSave(key, next);
            setEditing(false);
          }}
        />
      ) : (
        <div className={`grid gap-3 px-4 py-4 ${accepted ? "" : "opacity-70"}`}>
          <p className="text-lg leading-snug font-semibold text-slate-900">{item.prompt}</p>
          <KeyView item={item} />
          {item.explanation && !onlyQuotes(item.explanation, item.sourceSentence) && (
            <p className="text-sm text-slate-600">
              <span className="font-semibold text-slate-500">Explanation: </span>
              {item.explanation}
            </p>
          )}
          <div className="flex flex-wrap items-start gap-x-3 gap-y-1 rounded-lg bg-slate-50 px-3 py-2 text-sm">
            <span className="font-semibold text-slate-500">Source</span>
            <p className="line-clamp-2 min-w-0 flex-1 text-slate-700 italic">{item.sourceSentence}</p>
            <button type="button" onClick={() => onSelect(key)} className="shrink-0 rounded font-semibold text-brand underline-offset-2 hover:underline">
              Show in article<span className="sr-only"> (question {number})</span>
            </button>
          </div>
          {notice && (
            <p role="status" className="text-sm font-medium text-amber-800">
              {notice}
            </p>
          )}
          {issues.length > 0 && (
            <ul className="grid gap-0.5 text-sm font-medium text-red-700">
              {issues.map((i) => (
                <li key={i.path + i.message}>
                  <span aria-hidden="true">⚠</span> {i.message}.{" "}
                  <button type="button" className="underline underline-offset-2" onClick={() => setEditing(true)}>
                    Edit to fix
                  </button>
                </li>
              ))}
            </ul>
          )}
        </div>
      )}
    </article>
  );
}

export const ItemCard = memo(ItemCardImpl);

function KeyView({ item }: { item: DraftItem }) {
  if (item.type === "type") {
    return (
      <div className="text-slate-800">
        <p>
          <span className="font-semibold text-slate-500">Answer: </span>
          <span className="rounded bg-green-50 px-1.5 py-0.5 font-semibold text-green-900 ring-1 ring-green-600">{answerText(item)}</span>
        </p>
        {item.accept && item.accept.filter((a) => a.toLowerCase() !== answerText(item).toLowerCase()).length > 0 && (
          <p className="mt-1 text-sm text-slate-600">
            Also accepted: {item.accept.filter((a) => a.toLowerCase() !== answerText(item).toLowerCase()).join(", ")}
          </p>
        )}
      </div>
    );
  }
  if (item.type === "order") {
    const events = Array.isArray(item.answer) ? item.answer : [item.answer];
    return (
      <div>
        <p className="text-sm font-semibold text-slate-500">Correct order (players see it shuffled)</p>
        <ol className="mt-1 grid gap-1.5">
          {events.map((e, i) => (
            <li key={i} className="flex items-start gap-2 rounded-lg border border-slate-200 px-3 py-1.5">
              <span className="font-bold text-slate-500 tabular-nums">{i + 1}.</span> <span>{e}</span>
            </li>
          ))}
        </ol>
      </div>
    );
  }
  const key = answerText(item);
  return (
    <ul className={`grid gap-2 ${item.type === "tf" ? "grid-cols-2 sm:max-w-md" : "sm:grid-cols-2"}`}>
      {item.options.map((o, i) => {
        const correct = o === key;
        return (
          <li key={i} className={`flex items-stretch overflow-hidden rounded-lg border-2 ${correct ? "border-green-600 bg-green-50" : "border-slate-200 bg-white"}`}>
            <span className={`${OPTION_BG[i % 4]} flex w-9 shrink-0 items-center justify-center text-white`} aria-hidden="true">
              <OptionShape index={i % 4} className="h-4 w-4" />
            </span>
            <span className={`min-w-0 flex-1 px-3 py-1.5 ${correct ? "font-semibold text-green-950" : "text-slate-800"}`}>{o}</span>
            {correct && (
              <span className="flex items-center gap-1 pr-2.5 text-sm font-semibold text-green-800">
                <Icon name="check" className="h-4 w-4" />
                <span>Correct</span>
              </span>
            )}
          </li>
        );
      })}
    </ul>
  );
}
