// The four answer shapes. Each option is told apart by colour AND shape, so no player depends on colour.
import { OPTION_SHAPES } from "@/server/protocol";

export const OPTION_BG = ["bg-opt-0", "bg-opt-1", "bg-opt-2", "bg-opt-3"] as const;
export const OPTION_NAMES = ["Red triangle", "Blue diamond", "Yellow circle", "Green square"] as const;

export function OptionShape({ index, className = "h-6 w-6" }: { index: number; className?: string }) {
  const shape = OPTION_SHAPES[index];
  return (
    <svg viewBox="0 0 24 24" className={className} aria-hidden="true" fill="currentColor">
      {shape === "triangle" && <path d="M12 3 22 21H2z" />}
      {shape === "diamond" && <path d="M12 2 22 12 12 22 2 12z" />}
      {shape === "circle" && <circle cx="12" cy="12" r="10" />}
      {shape === "square" && <rect x="3" y="3" width="18" height="18" rx="1" />}
    </svg>
  );
}
