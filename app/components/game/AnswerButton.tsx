"use client";
// A player's answer button: a large touch target with colour, shape, text and its keyboard digit.
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";

export function AnswerButton({
  index,
  text,
  disabled,
  onChoose,
}: {
  index: number;
  text: string;
  disabled?: boolean;
  onChoose: (index: number) => void;
}) {
  return (
    <button
      type="button"
      disabled={disabled}
      onClick={() => onChoose(index)}
      aria-label={`${text} (${OPTION_NAMES[index]}, key ${index + 1})`}
      aria-keyshortcuts={String(index + 1)}
      className={`flex min-h-20 w-full items-center gap-3 rounded-2xl px-4 py-3 text-left text-white shadow-[0_5px_0_rgba(0,0,0,0.25)] transition active:translate-y-1 active:shadow-none disabled:opacity-60 ${OPTION_BG[index]}`}
    >
      <OptionShape index={index} className="h-10 w-10 shrink-0 drop-shadow" />
      <span className="min-w-0 flex-1 text-xl leading-snug font-bold [overflow-wrap:anywhere]">{text}</span>
      <kbd className="hidden shrink-0 rounded-md bg-black/20 px-2 py-0.5 font-mono text-sm font-bold sm:inline" aria-hidden="true">
        {index + 1}
      </kbd>
    </button>
  );
}
