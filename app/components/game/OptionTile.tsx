// An answer option on the projector: colour AND shape AND text, so nobody depends on colour alone.
import { OPTION_BG, OptionShape } from "@/app/components/ui/OptionShape";

/** Option colours as text colour: a dimmed tile keeps its colour on the shape, so text stays readable. */
export const OPTION_TEXT = ["text-opt-0", "text-opt-1", "text-opt-2", "text-opt-3"] as const;

export function OptionTile({
  index,
  text,
  state = "plain",
  className = "",
}: {
  index: number;
  text: string;
  /** On the reveal: the correct option gets a ✓, the others are dimmed. */
  state?: "plain" | "correct" | "dimmed";
  className?: string;
}) {
  return (
    <div
      className={`flex min-h-0 items-center gap-[1.2vw] rounded-2xl px-[1.5vw] py-[1.2vh] ${
        state === "dimmed" ? "bg-white text-slate-600 ring-2 ring-slate-200" : `text-white shadow-md ${OPTION_BG[index]}`
      } ${className}`}
    >
      <OptionShape index={index} className={`h-[3.2vw] w-[3.2vw] shrink-0 ${state === "dimmed" ? OPTION_TEXT[index] : "drop-shadow"}`} />
      <span className="min-w-0 flex-1 font-bold leading-tight [overflow-wrap:anywhere]">{text}</span>
      {state === "correct" && (
        <span className="flex h-[3.2vw] w-[3.2vw] shrink-0 items-center justify-center rounded-full bg-white text-[2.2vw] font-black text-opt-3" aria-label="Correct answer">
          ✓
        </span>
      )}
    </div>
  );
}

/** Font size for option text by its length: long options shrink so four of them fit a 16:9 screen. */
export function optionTextSize(options: string[]): string {
  const longest = Math.max(...options.map((o) => o.length));
  if (longest > 80) return "text-[1.5vw]";
  if (longest > 45) return "text-[1.85vw]";
  if (longest > 16) return "text-[2.3vw]";
  return "text-[2.8vw]";
}

/** Font size for the question prompt on the projector, by its length. */
export function promptTextSize(prompt: string, roomy = false): string {
  const n = prompt.length;
  if (roomy) {
    if (n > 200) return "text-[2.6vw]";
    if (n > 110) return "text-[3.2vw]";
    return "text-[4vw]";
  }
  if (n > 200) return "text-[1.9vw]";
  if (n > 110) return "text-[2.3vw]";
  return "text-[2.8vw]";
}
