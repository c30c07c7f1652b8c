"use client";
// The two steps before the game: the PIN from the projector, then a nickname.
import { useId, useState } from "react";

function Shell({ children }: { children: React.ReactNode }) {
  return (
    <main className="flex flex-1 flex-col items-center justify-center bg-brand px-5 py-10">
      <p className="mb-8 text-4xl font-black tracking-tight text-white">Factsprint</p>
      <div className="w-full max-w-sm rounded-2xl bg-white p-6 shadow-2xl">{children}</div>
    </main>
  );
}

function ErrorText({ id, message }: { id: string; message: string | null }) {
  return (
    <p id={id} role="alert" className={`mt-3 text-base font-semibold text-red-700 ${message ? "" : "sr-only"}`}>
      {message ?? ""}
    </p>
  );
}

const INPUT =
  "w-full rounded-xl border-2 border-slate-300 px-4 py-3 text-center text-2xl font-bold text-slate-900 placeholder:text-slate-400 focus:border-brand focus:outline-none aria-invalid:border-red-600";
const SUBMIT =
  "mt-4 w-full rounded-xl bg-slate-900 px-4 py-4 text-xl font-bold text-white transition hover:bg-slate-700 disabled:cursor-not-allowed disabled:bg-slate-400";

export function PinForm({ busy, message, onSubmit }: { busy: boolean; message: string | null; onSubmit: (pin: string) => void }) {
  const [value, setValue] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const id = useId();
  const shown = local ?? message;
  return (
    <Shell>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const pin = value.replace(/\D/g, "");
          if (pin.length !== 6) {
            setLocal("The Game PIN is the 6-digit number on the big screen.");
            return;
          }
          setLocal(null);
          onSubmit(pin);
        }}
      >
        <label htmlFor={`${id}-pin`} className="block text-center text-lg font-bold text-slate-700">
          Game PIN
        </label>
        <input
          id={`${id}-pin`}
          className={`${INPUT} mt-2 tracking-[0.2em] tabular-nums`}
          inputMode="numeric"
          autoComplete="off"
          pattern="[0-9 ]*"
          maxLength={7}
          placeholder="123 456"
          autoFocus
          value={value}
          aria-invalid={shown ? true : undefined}
          aria-describedby={`${id}-err`}
          onChange={(e) => {
            setLocal(null);
            setValue(e.target.value.replace(/[^\d ]/g, ""));
          }}
        />
        <button type="submit" className={SUBMIT} disabled={busy}>
          {busy ? "Checking…" : "Enter"}
        </button>
        <ErrorText id={`${id}-err`} message={shown} />
      </form>
    </Shell>
  );
}

export function NicknameForm({
  pin,
  busy,
  message,
  onSubmit,
  onChangePin,
}: {
  pin: string;
  busy: boolean;
  message: string | null;
  onSubmit: (nickname: string) => void;
  onChangePin: () => void;
}) {
  const [value, setValue] = useState("");
  const [local, setLocal] = useState<string | null>(null);
  const id = useId();
  const shown = local ?? message;
  return (
    <Shell>
      <div className="mb-4 flex items-center justify-center gap-2 text-base text-slate-600">
        <span>
          Game PIN <strong className="text-slate-900 tabular-nums">{pin}</strong>
        </span>
        <button type="button" onClick={onChangePin} className="rounded-md px-2 py-1 font-semibold text-brand underline underline-offset-2 hover:bg-slate-100">
          Change
        </button>
      </div>
      <form
        noValidate
        onSubmit={(e) => {
          e.preventDefault();
          const nickname = value.trim().replace(/\s+/g, " ");
          if (!nickname) {
            setLocal("Type a nickname first.");
            return;
          }
          setLocal(null);
          onSubmit(nickname);
        }}
      >
        <label htmlFor={`${id}-nick`} className="block text-center text-lg font-bold text-slate-700">
          Your nickname
        </label>
        <input
          id={`${id}-nick`}
          className={`${INPUT} mt-2`}
          maxLength={20}
          autoComplete="off"
          autoCapitalize="words"
          spellCheck={false}
          enterKeyHint="go"
          placeholder="e.g. Sam"
          autoFocus
          value={value}
          aria-invalid={shown ? true : undefined}
          aria-describedby={`${id}-hint ${id}-err`}
          onChange={(e) => {
            setLocal(null);
            setValue(e.target.value);
          }}
        />
        <p id={`${id}-hint`} className="mt-2 text-center text-sm text-slate-600">
          Letters, digits and spaces, up to 20. Everyone sees it on the big screen.
        </p>
        <button type="submit" className={SUBMIT} disabled={busy}>
          {busy ? "Joining…" : "Join game"}
        </button>
        <ErrorText id={`${id}-err`} message={shown} />
      </form>
    </Shell>
  );
}
