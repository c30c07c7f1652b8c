"use client";
// Step 3: the draft. Questions grouped by kind (tabs with counts) on the left, the article on the right;
// title, re-run settings and the save action above.
import { useMemo, useRef, useState, type KeyboardEvent } from "react";
import type { ArticleDraft, ArticleItemKind, DraftItem } from "@/server/protocol";
import { ARTICLE_ITEM_KINDS } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { TextField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import type { DraftSettings } from "../_lib/api";
import { KIND_LABELS, locate, type ReviewItem, type Span } from "../_lib/review";
import { ArticlePanel } from "./ArticlePanel";
import { ItemCard } from "./ItemCard";
import { SettingsFields } from "./SettingsFields";

export type Filter = ArticleItemKind | "all";

export interface ReviewProps {
  draft: ArticleDraft;
  items: ReviewItem[];
  title: string;
  onTitle: (t: string) => void;
  titleError: string | null;
  settings: DraftSettings;
  onSettings: (s: DraftSettings) => void;
  onRerun: () => void;
  rerunError: string | null;
  activeKey: string | null;
  scrollTick: number;
  onSelect: (key: string, from: "list" | "article") => void;
  onAccept: (key: string, accepted: boolean) => void;
  onAcceptMany: (keys: string[], accepted: boolean) => void;
  onSaveItem: (key: string, item: DraftItem) => void;
  onRegenerate: (key: string) => void;
  onDelete: (key: string) => void;
  busyKeys: Set<string>;
  notices: Record<string, string>;
  showIssues: boolean;
  filter: Filter;
  onFilter: (f: Filter) => void;
  summary: React.ReactNode;
  onStartOver: () => void;
}

export function ReviewScreen(p: ReviewProps) {
  const { draft, items, filter } = p;
  const [settingsOpen, setSettingsOpen] = useState(false);
  const tabRefs = useRef<Record<string, HTMLButtonElement | null>>({});

  const counts = useMemo(() => {
    const c = new Map<ArticleItemKind, number>();
    for (const i of items) c.set(i.item.type, (c.get(i.item.type) ?? 0) + 1);
    return c;
  }, [items]);
  const tabs: { id: Filter; label: string; count: number }[] = [
    { id: "all", label: "All", count: items.length },
    ...ARTICLE_ITEM_KINDS.filter((k) => counts.get(k)).map((k) => ({ id: k as Filter, label: KIND_LABELS[k], count: counts.get(k)! })),
  ];
  const shown = filter === "all" ? items : items.filter((i) => i.item.type === filter);
  const keptCount = items.filter((i) => i.accepted).length;

  const spans: Span[] = useMemo(
    () =>
      items.flatMap((i) => {
        const at = locate(draft.article.text, i.item);
        return at ? [{ ...at, key: i.key }] : [];
      }),
    [items, draft.article.text],
  );
  const keptKeys = useMemo(() => new Set(items.filter((i) => i.accepted).map((i) => i.key)), [items]);

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>, i: number) {
    const n = tabs.length;
    const next = e.key === "ArrowRight" ? (i + 1) % n : e.key === "ArrowLeft" ? (i + n - 1) % n : e.key === "Home" ? 0 : e.key === "End" ? n - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    p.onFilter(tabs[next].id);
    tabRefs.current[tabs[next].id]?.focus();
  }

  return (
    // One column on tablets (intro, settings, article, questions); on desktops the article is a sticky
    // column beside everything.
    <div className="mx-auto grid max-w-7xl grid-cols-1 content-start gap-5 px-4 py-6 sm:px-6 lg:grid-cols-[minmax(0,1fr)_minmax(22rem,30rem)] lg:grid-rows-[auto_auto_1fr] lg:gap-x-6">
        <div className="min-w-0 lg:col-start-1">
          <h1 id="review-heading" tabIndex={-1} className="text-3xl font-extrabold tracking-tight focus:outline-none">
            Review the questions
          </h1>
          <p className="mt-1 text-slate-600">{p.summary}</p>

          {p.rerunError && (
            <Alert tone="error" title="Couldn't make new questions" className="mt-4">
              {p.rerunError} Your questions below are unchanged.
            </Alert>
          )}
        </div>

        <section aria-label="Quiz details and settings" className="grid min-w-0 gap-4 rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200 lg:col-start-1">
          <TextField
            id="quiz-title"
            label="Quiz title"
            value={p.title}
            maxLength={120}
            error={p.titleError}
            onChange={(e) => p.onTitle(e.target.value)}
            className="[&_input]:text-lg [&_input]:font-semibold"
          />
          <div>
            <button
              type="button"
              aria-expanded={settingsOpen}
              aria-controls="rerun-settings"
              onClick={() => setSettingsOpen((o) => !o)}
              className="inline-flex items-center gap-1.5 rounded-lg py-1 font-semibold text-brand hover:underline"
            >
              <Icon name="chevron" className={`h-4 w-4 transition-transform ${settingsOpen ? "rotate-90" : ""}`} />
              Change how many questions and which kinds
            </button>
            {settingsOpen && (
              <div id="rerun-settings" className="mt-3 grid gap-4 rounded-lg border border-slate-200 p-4">
                <SettingsFields idPrefix="rerun" settings={p.settings} onChange={p.onSettings} />
                <div className="flex flex-wrap items-center justify-end gap-3">
                  <p className="mr-auto text-sm text-slate-600">Makes a new set from the same article; edits to the questions below are replaced.</p>
                  <Button variant="secondary" onClick={p.onRerun} disabled={p.settings.types.length === 0}>
                    Make new questions
                  </Button>
                </div>
              </div>
            )}
          </div>
        </section>

        <div className="min-w-0 lg:col-start-2 lg:row-span-3 lg:row-start-1">
          <ArticlePanel
            article={draft.article}
            spans={spans}
            activeKey={p.activeKey}
            keptKeys={keptKeys}
            onSelect={(k) => p.onSelect(k, "article")}
            scrollTick={p.scrollTick}
          />
        </div>

        <section aria-labelledby="items-heading" className="grid min-w-0 content-start gap-3 lg:col-start-1">
          <div className="flex flex-wrap items-baseline justify-between gap-2">
            <h2 id="items-heading" className="text-xl font-bold">
              Questions <span className="font-normal text-slate-500">({keptCount} of {items.length} kept)</span>
            </h2>
            <div className="flex gap-1 text-sm">
              <Button variant="ghost" className="px-2.5! py-1! text-sm" onClick={() => p.onAcceptMany(shown.map((i) => i.key), true)}>
                Keep all{filter === "all" ? "" : " shown"}
              </Button>
              <Button variant="ghost" className="px-2.5! py-1! text-sm" onClick={() => p.onAcceptMany(shown.map((i) => i.key), false)}>
                Keep none{filter === "all" ? "" : " shown"}
              </Button>
            </div>
          </div>

          <div role="tablist" aria-label="Kinds of question" className="flex flex-wrap gap-1.5">
            {tabs.map((t, i) => {
              const selected = filter === t.id;
              return (
                <button
                  key={t.id}
                  ref={(el) => {
                    tabRefs.current[t.id] = el;
                  }}
                  type="button"
                  role="tab"
                  id={`kind-tab-${t.id}`}
                  aria-selected={selected}
                  aria-controls="items-panel"
                  tabIndex={selected ? 0 : -1}
                  onClick={() => p.onFilter(t.id)}
                  onKeyDown={(e) => onTabKey(e, i)}
                  className={`inline-flex items-center gap-2 rounded-full px-3.5 py-1.5 text-sm font-semibold ring-1 transition-colors ${
                    selected ? "bg-brand text-white ring-brand" : "bg-white text-slate-700 ring-slate-300 hover:bg-slate-100"
                  }`}
                >
                  {t.label}
                  <span className={`rounded-full px-1.5 text-xs tabular-nums ${selected ? "bg-white/20" : "bg-slate-100 text-slate-600"}`}>{t.count}</span>
                </button>
              );
            })}
          </div>

          <div id="items-panel" role="tabpanel" aria-labelledby={`kind-tab-${filter}`} className="grid gap-4">
            {items.length === 0 && (
              <div className="rounded-xl border-2 border-dashed border-slate-300 bg-white px-6 py-10 text-center text-slate-600">
                <p className="font-semibold text-slate-800">No questions found in this article.</p>
                <p className="mt-1">Try more kinds of question, or an article with more names, places, numbers and dates.</p>
                <Button variant="secondary" className="mt-4" onClick={p.onStartOver}>
                  Try another article
                </Button>
              </div>
            )}
            {shown.map((entry) => (
              <ItemCard
                key={entry.key}
                entry={entry}
                number={items.indexOf(entry) + 1}
                active={p.activeKey === entry.key}
                busy={p.busyKeys.has(entry.key)}
                notice={p.notices[entry.key] ?? null}
                showIssues={p.showIssues}
                onSelect={(k) => p.onSelect(k, "list")}
                onAccept={p.onAccept}
                onSave={p.onSaveItem}
                onRegenerate={p.onRegenerate}
                onDelete={p.onDelete}
              />
            ))}
          </div>
        </section>
    </div>
  );
}
