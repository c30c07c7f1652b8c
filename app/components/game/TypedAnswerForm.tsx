"use client";
// The type-the-answer form, shared by the live phone screen and solo study: a large field (no autocorrect, Enter
// sends), a character count near the limit, and a Submit button. What sending means stays with the screen.
import { useId, type FormEvent, type Ref } from "react";
import { TYPED_ANSWER_MAX } from "@/server/protocol";

export function TypedAnswerForm({
  value,
  onValue,
  onSubmit,
  canSubmit,
  readOnly = false,
  inputRef,
  autoFocus = false,
}: {
  value: string;
  onValue: (v: string) => void;
  onSubmit: (e: FormEvent) => void;
  canSubmit: boolean;
  readOnly?: boolean;
  inputRef?: Ref<HTMLInputElement>;
  autoFocus?: boolean;
}) {
  const id = useId();
  return (
    <form onSubmit={onSubmit} className="flex flex-col gap-3" noValidate>
      <label htmlFor={id} className="text-base font-bold text-slate-700">
        Type your answer
      </label>
      <input
        id={id}
        ref={inputRef}
        type="text"
        value={value}
        onChange={(e) => onValue(e.target.value)}
        readOnly={readOnly}
        maxLength={TYPED_ANSWER_MAX}
        autoCapitalize="off"
        autoCorrect="off"
        autoComplete="off"
        spellCheck={false}
        enterKeyHint="send"
        autoFocus={autoFocus}
        className="w-full rounded-2xl border-4 border-brand bg-white px-4 py-4 text-2xl font-bold text-slate-900 shadow-inner placeholder:font-semibold placeholder:text-slate-400 focus:outline-none focus-visible:ring-4 focus-visible:ring-yellow-400"
        placeholder="Your answer"
      />
      {value.length > TYPED_ANSWER_MAX - 20 && (
        <p className="-mt-1 text-right text-sm text-slate-600 tabular-nums">
          {value.length}/{TYPED_ANSWER_MAX}
        </p>
      )}
      <button
        type="submit"
        disabled={!canSubmit}
        className="min-h-16 rounded-2xl bg-brand px-6 text-2xl font-black text-white shadow-[0_5px_0_rgba(0,0,0,0.25)] transition active:translate-y-1 active:shadow-none disabled:bg-slate-400 disabled:shadow-none"
      >
        Submit
      </button>
    </form>
  );
}
