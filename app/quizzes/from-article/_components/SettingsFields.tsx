"use client";
// How many questions to keep and which kinds to make: used on the source form and to re-run a draft.
import { ARTICLE_ITEM_KINDS, type ArticleItemKind } from "@/server/protocol";
import { FieldError, SelectField } from "@/app/components/ui/Field";
import { COUNT_CHOICES, KIND_HINTS, KIND_LABELS, SAVABLE_KINDS } from "../_lib/review";
import type { DraftSettings } from "../_lib/api";

export function SettingsFields({
  idPrefix,
  settings,
  onChange,
  typesError,
  compact = false,
}: {
  idPrefix: string;
  settings: DraftSettings;
  onChange: (s: DraftSettings) => void;
  typesError?: string | null;
  compact?: boolean;
}) {
  const toggle = (kind: ArticleItemKind, on: boolean) => {
    const types = on ? ARTICLE_ITEM_KINDS.filter((k) => k === kind || settings.types.includes(k)) : settings.types.filter((k) => k !== kind);
    onChange({ ...settings, types });
  };
  const typesId = `${idPrefix}-types`;
  return (
    <div className={`grid gap-5 ${compact ? "" : "md:grid-cols-[12rem_minmax(0,1fr)]"}`}>
      <SelectField
        id={`${idPrefix}-count`}
        label="How many questions"
        hint={compact ? undefined : "A few spares are made too."}
        value={String(settings.count)}
        onChange={(e) => onChange({ ...settings, count: Number(e.target.value) })}
      >
        {COUNT_CHOICES.map((n) => (
          <option key={n} value={n}>
            {n} questions
          </option>
        ))}
      </SelectField>
      <fieldset aria-describedby={typesError ? `${typesId}-error` : undefined}>
        <legend className="mb-1 text-sm font-semibold text-slate-800">Kinds of question</legend>
        <div className={`grid gap-x-4 ${compact ? "gap-y-0" : "gap-y-1 sm:grid-cols-2 xl:grid-cols-3"}`}>
          {ARTICLE_ITEM_KINDS.map((kind) => {
            const id = `${idPrefix}-kind-${kind}`;
            const savable = SAVABLE_KINDS.includes(kind);
            return (
              <label key={kind} htmlFor={id} className={`flex items-start gap-2.5 rounded-lg ${compact ? "px-2 py-1" : "p-2"} ${savable ? "cursor-pointer hover:bg-slate-100" : "opacity-60"}`}>
                <input
                  id={id}
                  type="checkbox"
                  className="mt-0.5 h-5 w-5 shrink-0 accent-brand"
                  checked={settings.types.includes(kind)}
                  disabled={!savable}
                  onChange={(e) => toggle(kind, e.target.checked)}
                />
                <span className="min-w-0" title={compact ? KIND_HINTS[kind] : undefined}>
                  <span className="block font-semibold text-slate-900">{KIND_LABELS[kind]}</span>
                  {(!compact || !savable) && (
                    <span className="block text-sm leading-snug text-slate-600">{savable ? KIND_HINTS[kind] : "Can't be saved to a quiz yet"}</span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
        <FieldError id={typesId} error={typesError} />
      </fieldset>
    </div>
  );
}
