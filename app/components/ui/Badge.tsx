import type { ReactNode } from "react";

const TONES = {
  brand: "bg-violet-100 text-brand-dark ring-violet-200",
  neutral: "bg-slate-100 text-slate-700 ring-slate-200",
  success: "bg-green-100 text-green-800 ring-green-200",
  warning: "bg-amber-100 text-amber-900 ring-amber-200",
} as const;

export function Badge({ tone = "neutral", children, className = "" }: { tone?: keyof typeof TONES; children: ReactNode; className?: string }) {
  return (
    <span className={`inline-flex items-center gap-1 rounded-full px-2 py-0.5 text-xs font-semibold ring-1 ring-inset ${TONES[tone]} ${className}`}>
      {children}
    </span>
  );
}
