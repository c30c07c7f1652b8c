"use client";
// A password input with a Show/Hide toggle (fewer typos on phones), wired like the other Field controls.
import { useState, type InputHTMLAttributes, type ReactNode } from "react";
import { controlClassName, describedBy, FieldError } from "@/app/components/ui/Field";

export function PasswordField({
  id,
  label,
  hint,
  error,
  ...props
}: { id: string; label: ReactNode; hint?: ReactNode; error?: string | null } & Omit<
  InputHTMLAttributes<HTMLInputElement>,
  "id" | "type" | "className"
>) {
  const [shown, setShown] = useState(false);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-semibold text-slate-800">
        {label}
      </label>
      <div className="relative">
        <input
          id={id}
          type={shown ? "text" : "password"}
          autoCapitalize="off"
          autoCorrect="off"
          spellCheck={false}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy(id, error, hint)}
          className={controlClassName(error, "pr-20")}
          {...props}
        />
        <button
          type="button"
          aria-pressed={shown}
          aria-controls={id}
          onClick={() => setShown((s) => !s)}
          className="absolute inset-y-1 right-1 rounded-md px-3 text-sm font-semibold text-slate-600 hover:bg-slate-100 hover:text-slate-900"
        >
          {shown ? "Hide" : "Show"}
          <span className="sr-only"> password</span>
        </button>
      </div>
      {hint && (
        <p id={`${id}-hint`} className="mt-1 text-sm text-slate-600">
          {hint}
        </p>
      )}
      <FieldError id={id} error={error} />
    </div>
  );
}
