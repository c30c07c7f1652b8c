// Labelled form controls with a hint and an error wired up for screen readers (aria-describedby, aria-invalid).
// Every control gets a visible <label>; the error sits right under the control it belongs to.
import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes, TextareaHTMLAttributes } from "react";

export const CONTROL =
  "block w-full rounded-lg border bg-white px-3 py-2 text-base text-slate-900 shadow-xs placeholder:text-slate-400 focus:border-brand focus:outline-none focus:ring-2 focus:ring-brand/30 focus-visible:outline-3 focus-visible:outline-offset-2 focus-visible:outline-yellow-400 disabled:bg-slate-100";

export function controlClassName(error?: string | null, className = ""): string {
  return `${CONTROL} ${error ? "border-red-500 bg-red-50/40" : "border-slate-300"} ${className}`;
}

export function describedBy(id: string, error?: string | null, hint?: ReactNode): string | undefined {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean);
  return ids.length ? ids.join(" ") : undefined;
}

export function FieldError({ id, error }: { id: string; error?: string | null }) {
  if (!error) return null;
  return (
    <p id={`${id}-error`} className="mt-1 flex items-center gap-1 text-sm font-medium text-red-700">
      <span aria-hidden="true">⚠</span> {error}
    </p>
  );
}

interface FieldFrame {
  id: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | null;
  /** Hide the label visually (it is still read out). */
  srOnlyLabel?: boolean;
  className?: string;
  /** Text shown at the label's right, e.g. "Optional" or a character count. */
  aside?: ReactNode;
}

function Frame({ id, label, hint, error, srOnlyLabel, className = "", aside, children }: FieldFrame & { children: ReactNode }) {
  return (
    <div className={className}>
      <div className={srOnlyLabel ? "sr-only" : "mb-1 flex items-baseline justify-between gap-2"}>
        <label htmlFor={id} className="text-sm font-semibold text-slate-800">
          {label}
        </label>
        {aside && <span className="text-xs text-slate-500">{aside}</span>}
      </div>
      {children}
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}

type InputProps = FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, "id" | "className">;
export function TextField({ id, label, hint, error, srOnlyLabel, className, aside, ...props }: InputProps) {
  return (
    <Frame {...{ id, label, hint, error, srOnlyLabel, className, aside }}>
      <input
        id={id}
        type="text"
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClassName(error)}
        {...props}
      />
    </Frame>
  );
}

type TextAreaProps = FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, "id" | "className">;
export function TextAreaField({ id, label, hint, error, srOnlyLabel, className, aside, ...props }: TextAreaProps) {
  return (
    <Frame {...{ id, label, hint, error, srOnlyLabel, className, aside }}>
      <textarea
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClassName(error, "resize-y")}
        {...props}
      />
    </Frame>
  );
}

type SelectProps = FieldFrame & Omit<SelectHTMLAttributes<HTMLSelectElement>, "id" | "className">;
export function SelectField({ id, label, hint, error, srOnlyLabel, className, aside, children, ...props }: SelectProps) {
  return (
    <Frame {...{ id, label, hint, error, srOnlyLabel, className, aside }}>
      <select
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, error, hint)}
        className={controlClassName(error, "pr-8")}
        {...props}
      >
        {children}
      </select>
    </Frame>
  );
}
