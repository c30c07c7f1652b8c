"use client";
// The article beside the questions: every kept item's sentence is underlined, the selected item's sentence
// is highlighted and scrolled into view. Clicking an underlined sentence selects its question.
import { memo, useEffect, useMemo, useRef } from "react";
import type { DraftArticle } from "@/server/protocol";
import { paragraphs, type Paragraph, type Span } from "../_lib/review";

function hostOf(url: string | null): string | null {
  if (!url) return null;
  try {
    return new URL(url).host;
  } catch {
    return null;
  }
}

const ParagraphView = memo(function ParagraphView({
  paragraph,
  activeKey,
  keptKeys,
  onSelect,
}: {
  paragraph: Paragraph;
  activeKey: string | null;
  keptKeys: Set<string>;
  onSelect: (key: string) => void;
}) {
  return (
    <p className="mb-4 last:mb-0">
      {paragraph.pieces.map((piece) => {
        if (!piece.keys.length) return <span key={piece.start}>{piece.text}</span>;
        const active = activeKey !== null && piece.keys.includes(activeKey);
        const kept = piece.keys.some((k) => keptKeys.has(k));
        if (active) {
          return (
            <mark key={piece.start} data-active="true" className="rounded-sm bg-yellow-200 px-0.5 text-slate-950 ring-2 ring-yellow-300">
              {piece.text}
            </mark>
          );
        }
        return (
          <span
            key={piece.start}
            onClick={() => onSelect(piece.keys[0])}
            title="Show the question from this sentence"
            className={`cursor-pointer underline decoration-2 underline-offset-4 hover:bg-violet-50 ${kept ? "decoration-violet-400" : "decoration-slate-300 decoration-dotted"}`}
          >
            {piece.text}
          </span>
        );
      })}
    </p>
  );
});

export function ArticlePanel({
  article,
  spans,
  activeKey,
  keptKeys,
  onSelect,
  scrollTick,
}: {
  article: DraftArticle;
  spans: Span[];
  activeKey: string | null;
  keptKeys: Set<string>;
  onSelect: (key: string) => void;
  /** Changes whenever the selected sentence should be scrolled into view. */
  scrollTick: number;
}) {
  const scroller = useRef<HTMLDivElement>(null);
  const paras = useMemo(() => paragraphs(article.text, spans), [article.text, spans]);
  // Paragraphs that hold neither the old nor the new selection keep their props and skip rendering.
  const activeOf = (p: Paragraph) => (activeKey && p.pieces.some((x) => x.keys.includes(activeKey)) ? activeKey : null);
  const host = hostOf(article.sourceUrl);

  useEffect(() => {
    const box = scroller.current;
    const mark = box?.querySelector<HTMLElement>("mark[data-active]");
    if (!box || !mark) return;
    const top = mark.getBoundingClientRect().top - box.getBoundingClientRect().top + box.scrollTop;
    box.scrollTo({ top: Math.max(0, top - box.clientHeight / 3), behavior: window.matchMedia("(prefers-reduced-motion: reduce)").matches ? "auto" : "smooth" });
  }, [scrollTick, activeKey]);

  return (
    <section id="article-panel" aria-labelledby="article-panel-heading" className="flex max-h-[45vh] scroll-mt-32 flex-col overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200 lg:sticky lg:top-24 lg:max-h-[calc(100vh-7.5rem)]">
      <div className="border-b border-slate-100 px-5 py-3">
        <p id="article-panel-heading" className="text-xs font-bold tracking-wider text-slate-500 uppercase">
          The article
        </p>
        <p className="mt-0.5 line-clamp-2 font-bold text-slate-900">{article.title}</p>
        <p className="mt-0.5 flex flex-wrap gap-x-2 text-sm text-slate-600">
          <span>{article.words.toLocaleString()} words</span>
          {article.fileName && <span>· {article.fileName}</span>}
          {article.sourceUrl && host && (
            <a href={article.sourceUrl} target="_blank" rel="noopener noreferrer" className="font-semibold text-brand underline-offset-2 hover:underline">
              · {host} ↗<span className="sr-only"> (opens the original page in a new tab)</span>
            </a>
          )}
        </p>
        <p className="mt-2 flex items-center gap-3 text-xs text-slate-600">
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block w-5 border-b-2 border-violet-400" aria-hidden="true" /> a kept question&apos;s sentence
          </span>
          <span className="inline-flex items-center gap-1.5">
            <span className="inline-block h-3 w-5 rounded-sm bg-yellow-200 ring-1 ring-yellow-300" aria-hidden="true" /> selected
          </span>
        </p>
      </div>
      <div ref={scroller} tabIndex={0} aria-label="Article text" className="min-h-0 flex-1 overflow-y-auto px-5 py-4 text-[0.95rem] leading-relaxed text-slate-800 focus-visible:-outline-offset-4">
        {paras.map((p) => (
          <ParagraphView key={p.start} paragraph={p} activeKey={activeOf(p)} keptKeys={keptKeys} onSelect={onSelect} />
        ))}
      </div>
    </section>
  );
}
