// Bar chart of how many players chose each option. Each bar carries colour, shape and its count; the
// correct option has a ✓, the others are dimmed.
import { OPTION_BG, OPTION_NAMES, OptionShape } from "@/app/components/ui/OptionShape";

export function RevealChart({
  options,
  counts,
  correctOptions,
}: {
  options: string[];
  counts: number[];
  correctOptions: number[];
}) {
  const max = Math.max(1, ...counts);
  return (
    <figure className="flex h-full min-h-0 flex-col">
      <figcaption className="sr-only">How many players chose each answer</figcaption>
      <div className="flex min-h-0 flex-1 items-end justify-center gap-[2vw] px-[2vw]">
        {options.map((_, i) => {
          const correct = correctOptions.includes(i);
          const count = counts[i] ?? 0;
          return (
            <div key={i} className="flex h-full w-[12vw] flex-col items-center justify-end">
              <div className={`mb-[0.8vh] flex items-center gap-[0.6vw] text-[2.6vw] font-black ${correct ? "text-slate-900" : "text-slate-500"}`}>
                {correct && (
                  <span className="text-opt-3" aria-hidden="true">
                    ✓
                  </span>
                )}
                <span aria-label={`${OPTION_NAMES[i]}: ${count} ${count === 1 ? "answer" : "answers"}${correct ? ", correct" : ""}`}>{count}</span>
              </div>
              <div
                className={`flex w-full items-start justify-center rounded-t-xl pt-[1vh] text-white ${OPTION_BG[i]} ${correct ? "" : "opacity-35"}`}
                style={{ height: `max(3.2vw + 2vh, ${(count / max) * 100}%)` }}
              >
                <OptionShape index={i} className="h-[3vw] w-[3vw] drop-shadow" />
              </div>
            </div>
          );
        })}
      </div>
    </figure>
  );
}
