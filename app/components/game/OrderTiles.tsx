"use client";
// The tiles of an ordering question, shared by the live phone screen and solo study: each tile shows its
// colour and shape until it is placed, then its place in the order. Tapping, keys and submitting stay with
// the screen that owns the answer.
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";
import { ordinal } from "@/app/lib/format";

/** Long items get smaller text so four of them stay readable on a phone without endless scrolling. */
export function itemTextSize(items: string[]): string {
  const longest = Math.max(0, ...items.map((t) => t.length));
  return longest > 60 ? "text-base" : "text-lg";
}

export function OrderTiles({ items, picked, onPick, disabled }: { items: string[]; picked: number[]; onPick: (i: number) => void; disabled: boolean }) {
  const textSize = itemTextSize(items);
  return (
    <div className="grid gap-3" role="group" aria-label="Items to put in order (keys 1 to 4, Backspace undoes)">
      {items.map((text, i) => {
        const pos = picked.indexOf(i);
        const placed = pos >= 0;
        return (
          <button
            key={i}
            type="button"
            onClick={() => onPick(i)}
            disabled={disabled}
            aria-disabled={placed || undefined}
            aria-label={`${text} (${OPTION_NAMES[i]}, key ${i + 1})${placed ? `, placed ${ordinal(pos + 1)}` : ""}`}
            aria-keyshortcuts={String(i + 1)}
            className={`flex min-h-16 w-full items-center gap-3 rounded-2xl px-3 py-2.5 text-left transition disabled:opacity-60 ${
              placed ? "bg-white text-slate-700 ring-2 ring-slate-300" : `${OPTION_BG[i]} text-white shadow-[0_5px_0_rgba(0,0,0,0.25)] active:translate-y-1 active:shadow-none`
            }`}
          >
            {placed ? (
              <span className="flex h-10 w-10 shrink-0 items-center justify-center rounded-full bg-slate-900 text-xl font-black text-white tabular-nums" aria-hidden="true">
                {pos + 1}
              </span>
            ) : (
              <OptionShape index={i} className="h-9 w-9 shrink-0 drop-shadow" />
            )}
            <span className={`min-w-0 flex-1 leading-snug font-bold [overflow-wrap:anywhere] ${textSize}`}>{text}</span>
            <kbd className={`hidden shrink-0 rounded-md px-2 py-0.5 font-mono text-sm font-bold sm:inline ${placed ? "bg-slate-100" : "bg-black/20"}`} aria-hidden="true">
              {i + 1}
            </kbd>
          </button>
        );
      })}
    </div>
  );
}
