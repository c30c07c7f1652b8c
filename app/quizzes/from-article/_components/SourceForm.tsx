"use client";
// Step 1: where the article comes from (paste, upload, web page) and what to make of it.
// Nothing typed here is ever cleared by an error: the parent keeps every field's value.
import { useId, useRef, useState, type KeyboardEvent, type ReactNode } from "react";
import { ARTICLE_LIMITS } from "@/server/protocol";
import { Alert } from "@/app/components/ui/Alert";
import { Button } from "@/app/components/ui/Button";
import { FieldError, TextAreaField, TextField } from "@/app/components/ui/Field";
import { Icon } from "@/app/components/ui/Icon";
import type { DraftSettings } from "../_lib/api";
import { SettingsFields } from "./SettingsFields";

export type SourceTab = "text" | "file" | "url";
export interface SourceError {
  field: string;
  message: string;
}

const TABS: { id: SourceTab; label: string }[] = [
  { id: "text", label: "Paste text" },
  { id: "file", label: "Upload a file" },
  { id: "url", label: "From a web page" },
];

export const FIELD_IDS = { text: "article-text", file: "article-file", url: "article-url", types: "source-types" } as const;

const formatSize = (n: number) => (n >= 1024 * 1024 ? `${(n / (1024 * 1024)).toFixed(1)} MB` : `${Math.max(1, Math.round(n / 1024))} kB`);
const wordCount = (s: string) => s.match(/\S+/g)?.length ?? 0;

/** Checks a chosen file in the browser before anything is sent. */
export function checkFile(file: File): string | null {
  const ext = file.name.includes(".") ? file.name.slice(file.name.lastIndexOf(".")).toLowerCase() : "";
  if (!(ARTICLE_LIMITS.fileExtensions as readonly string[]).includes(ext)) {
    return `“${file.name}” isn't a file Factsprint reads. Choose a .txt, .md, .html or .pdf file${/^\.docx?$|^\.odt$/.test(ext) ? " (save a Word document as PDF first)" : ""}.`;
  }
  if (file.size === 0) return `“${file.name}” is empty.`;
  if (file.size > ARTICLE_LIMITS.maxUploadBytes) return `“${file.name}” is ${formatSize(file.size)}; files up to 5 MB can be uploaded.`;
  return null;
}

export function SourceForm({
  tab,
  onTab,
  text,
  onText,
  url,
  onUrl,
  file,
  onFile,
  settings,
  onSettings,
  error,
  onSubmit,
  settingsPanel,
  submitLabel = "Make questions",
  note = "Nothing is saved until you have reviewed the questions.",
  errorTitle = "Couldn't make questions",
  stacked = false,
  tabLabels,
}: {
  tab: SourceTab;
  onTab: (t: SourceTab) => void;
  text: string;
  onText: (t: string) => void;
  url: string;
  onUrl: (u: string) => void;
  file: File | null;
  onFile: (f: File | null, error?: string | null) => void;
  /** Optional when `settingsPanel` replaces the question settings. */
  settings?: DraftSettings;
  onSettings?: (s: DraftSettings) => void;
  error: SourceError | null;
  onSubmit: () => void;
  /** Other screens (study an article) put their own settings in the "Questions" box. */
  settingsPanel?: ReactNode;
  submitLabel?: ReactNode;
  note?: ReactNode;
  errorTitle?: string;
  /** One column at every width (for narrow pages). */
  stacked?: boolean;
  /** Shorter tab names for narrow pages (the tabs' accessible roles and panels are unchanged). */
  tabLabels?: Partial<Record<SourceTab, string>>;
}) {
  const baseId = useId();
  const tabRefs = useRef<Record<SourceTab, HTMLButtonElement | null>>({ text: null, file: null, url: null });
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const fieldError = (f: string) => (error && error.field === f ? error.message : null);
  const general = error && !["text", "file", "url", "types", "count"].includes(error.field) ? error.message : null;
  const words = wordCount(text);

  function onTabKey(e: KeyboardEvent<HTMLButtonElement>, i: number) {
    const next = e.key === "ArrowRight" ? (i + 1) % TABS.length : e.key === "ArrowLeft" ? (i + TABS.length - 1) % TABS.length : e.key === "Home" ? 0 : e.key === "End" ? TABS.length - 1 : -1;
    if (next < 0) return;
    e.preventDefault();
    onTab(TABS[next].id);
    tabRefs.current[TABS[next].id]?.focus();
  }

  function choose(f: File | null | undefined) {
    if (!f) return;
    onFile(f, checkFile(f));
  }

  return (
    <form
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        onSubmit();
      }}
      className={`grid items-start gap-6 ${stacked ? "" : "lg:grid-cols-[minmax(0,1fr)_21rem]"}`}
    >
      {general && (
        <Alert tone="error" title={errorTitle} className={stacked ? "" : "lg:col-span-2"}>
          {general}
        </Alert>
      )}

      <section className="overflow-hidden rounded-xl bg-white shadow-sm ring-1 ring-slate-200" aria-label="The article">
        <div role="tablist" aria-label="Where the article comes from" className="flex flex-wrap gap-1 border-b border-slate-200 bg-slate-50 px-3 pt-3">
          {TABS.map((t, i) => {
            const selected = tab === t.id;
            return (
              <button
                key={t.id}
                ref={(el) => {
                  tabRefs.current[t.id] = el;
                }}
                type="button"
                role="tab"
                id={`${baseId}-tab-${t.id}`}
                aria-selected={selected}
                aria-controls={`${baseId}-panel-${t.id}`}
                tabIndex={selected ? 0 : -1}
                onClick={() => onTab(t.id)}
                onKeyDown={(e) => onTabKey(e, i)}
                className={`-mb-px rounded-t-lg border px-4 py-2.5 font-semibold transition-colors ${
                  selected ? "border-slate-200 border-b-white bg-white text-brand" : "border-transparent text-slate-600 hover:bg-white/70 hover:text-slate-900"
                }`}
              >
                {tabLabels?.[t.id] ?? t.label}
              </button>
            );
          })}
        </div>

        <div role="tabpanel" id={`${baseId}-panel-${tab}`} aria-labelledby={`${baseId}-tab-${tab}`} className="p-5">
          {tab === "text" && (
            <TextAreaField
              id={FIELD_IDS.text}
              label="Article text"
              aside={text ? `${words.toLocaleString()} word${words === 1 ? "" : "s"}` : `At least ${ARTICLE_LIMITS.minWords} words`}
              hint="Paste the whole article. Headlines, bylines, photo credits and share buttons can stay: Factsprint leaves them out."
              rows={12}
              value={text}
              error={fieldError("text")}
              placeholder="Paste the article here…"
              onChange={(e) => onText(e.target.value)}
              className="[&_textarea]:min-h-64 [&_textarea]:leading-relaxed"
            />
          )}

          {tab === "file" && (
            <div>
              <p className="mb-1 text-sm font-semibold text-slate-800" id={`${FIELD_IDS.file}-label`}>
                Article file
              </p>
              <div
                onDragOver={(e) => {
                  e.preventDefault();
                  setDragging(true);
                }}
                onDragLeave={() => setDragging(false)}
                onDrop={(e) => {
                  e.preventDefault();
                  setDragging(false);
                  choose(e.dataTransfer.files?.[0]);
                }}
                className={`relative flex min-h-52 flex-col items-center justify-center gap-3 rounded-xl border-2 border-dashed px-6 py-8 text-center transition-colors has-[input:focus-visible]:outline-3 has-[input:focus-visible]:outline-offset-2 has-[input:focus-visible]:outline-yellow-400 ${
                  fieldError("file") ? "border-red-400 bg-red-50/40" : dragging ? "border-brand bg-violet-50" : "border-slate-300 bg-slate-50"
                }`}
              >
                <svg viewBox="0 0 24 24" className="h-10 w-10 text-slate-400" aria-hidden="true" fill="none" stroke="currentColor" strokeWidth={1.6} strokeLinecap="round" strokeLinejoin="round">
                  <path d="M14 3H7a2 2 0 0 0-2 2v14a2 2 0 0 0 2 2h10a2 2 0 0 0 2-2V8z" />
                  <path d="M14 3v5h5M12 17v-6M9.5 13.5 12 11l2.5 2.5" />
                </svg>
                {file ? (
                  <div>
                    <p className="text-lg font-semibold text-slate-900">{file.name}</p>
                    <p className="text-sm text-slate-600">{formatSize(file.size)}</p>
                  </div>
                ) : (
                  <p className="text-lg font-semibold text-slate-800">Drop a file here, or choose one</p>
                )}
                <p className="text-sm text-slate-600">.txt, .md, .html or .pdf with selectable text · up to 5 MB</p>
                <div className="flex flex-wrap justify-center gap-2">
                  <label htmlFor={FIELD_IDS.file} className="inline-flex cursor-pointer items-center gap-2 rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold text-slate-900 hover:bg-slate-100">
                    {file ? "Choose another file" : "Choose a file"}
                  </label>
                  {file && (
                    <Button
                      type="button"
                      variant="ghost"
                      onClick={() => {
                        onFile(null);
                        if (fileInput.current) fileInput.current.value = "";
                      }}
                    >
                      <Icon name="x" className="h-4 w-4" /> Remove
                    </Button>
                  )}
                </div>
                <input
                  ref={fileInput}
                  id={FIELD_IDS.file}
                  type="file"
                  accept={[...ARTICLE_LIMITS.fileExtensions, "text/plain", "text/markdown", "text/html", "application/pdf"].join(",")}
                  aria-labelledby={`${FIELD_IDS.file}-label`}
                  aria-invalid={fieldError("file") ? true : undefined}
                  aria-describedby={fieldError("file") ? `${FIELD_IDS.file}-error` : undefined}
                  onChange={(e) => choose(e.target.files?.[0])}
                  className="sr-only"
                />
              </div>
              <FieldError id={FIELD_IDS.file} error={fieldError("file")} />
            </div>
          )}

          {tab === "url" && (
            <TextField
              id={FIELD_IDS.url}
              type="url"
              inputMode="url"
              autoComplete="url"
              spellCheck={false}
              label="Web page address"
              placeholder="https://…"
              hint="Factsprint fetches the page and keeps only the article, like your browser's reader view. Pages behind a login or a paywall can't be read: paste their text instead."
              value={url}
              error={fieldError("url")}
              onChange={(e) => onUrl(e.target.value)}
            />
          )}
        </div>
      </section>

      <div className={`grid gap-4 ${stacked ? "" : "lg:sticky lg:top-24"}`}>
        <section className="rounded-xl bg-white p-5 shadow-sm ring-1 ring-slate-200" aria-labelledby={`${baseId}-settings`}>
          <h2 id={`${baseId}-settings`} className="mb-3 text-lg font-bold">
            Questions
          </h2>
          {settingsPanel ?? (settings && onSettings && <SettingsFields idPrefix="source" settings={settings} onChange={onSettings} typesError={fieldError("types") ?? fieldError("count")} compact />)}
        </section>
        <Button type="submit" className="w-full px-6 py-3 text-lg">
          {submitLabel} <Icon name="chevron" className="h-5 w-5" />
        </Button>
        {note && <p className="text-center text-sm text-slate-600">{note}</p>}
      </div>
    </form>
  );
}
