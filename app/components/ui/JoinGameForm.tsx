"use client";
// The student's way in: a 6-digit PIN that opens /play?pin=NNNNNN.
// Works without JavaScript too (a plain GET form to /play), and takes "123 456" or pasted text.
import { useRouter } from "next/navigation";
import { useId, useRef, useState } from "react";
import { FieldError } from "./Field";

export const PIN_LENGTH = 6;

export function JoinGameForm() {
  const router = useRouter();
  const id = useId();
  const inputId = `${id}-pin`;
  const inputRef = useRef<HTMLInputElement>(null);
  const [pin, setPin] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [going, setGoing] = useState(false);

  return (
    <form
      action="/play"
      method="get"
      noValidate
      onSubmit={(e) => {
        e.preventDefault();
        if (pin.length !== PIN_LENGTH) {
          setError(pin.length === 0 ? "Type the game PIN from the big screen." : `The PIN has ${PIN_LENGTH} digits; you typed ${pin.length}.`);
          inputRef.current?.focus();
          return;
        }
        setGoing(true);
        router.push(`/play?pin=${pin}`);
      }}
    >
      <label htmlFor={inputId} className="block text-base font-semibold text-slate-700">
        Game PIN
      </label>
      <input
        ref={inputRef}
        id={inputId}
        name="pin"
        type="text"
        inputMode="numeric"
        pattern="[0-9]*"
        autoComplete="off"
        autoCorrect="off"
        autoCapitalize="off"
        spellCheck={false}
        enterKeyHint="go"
        value={pin}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${inputId}-error` : `${inputId}-hint`}
        onChange={(e) => {
          setPin(e.target.value.replace(/\D/g, "").slice(0, PIN_LENGTH));
          setError(null);
        }}
        className={`mt-2 block h-16 w-full rounded-xl border-2 bg-white px-3 text-center font-mono text-3xl font-bold tracking-[0.3em] text-slate-900 tabular-nums focus:border-brand focus:outline-none sm:h-20 sm:text-4xl ${
          error ? "border-red-500" : "border-slate-300"
        }`}
      />
      {error ? (
        <FieldError id={inputId} error={error} />
      ) : (
        <p id={`${inputId}-hint`} className="mt-2 text-sm text-slate-600">
          The PIN is on your teacher&apos;s screen.
        </p>
      )}
      <button
        type="submit"
        disabled={going}
        className="mt-4 flex h-14 w-full items-center justify-center rounded-xl bg-brand text-xl font-bold text-white shadow-[0_4px_0_0_var(--color-brand-dark)] transition hover:bg-brand-dark active:translate-y-0.5 active:shadow-none disabled:opacity-80"
      >
        {going ? "Joining…" : "Join"}
      </button>
    </form>
  );
}
