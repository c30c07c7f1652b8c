// A square button showing only an icon; `label` is its accessible name and its tooltip.
import type { ButtonHTMLAttributes } from "react";
import { Icon, type IconName } from "./Icon";

const TONES = {
  neutral: "text-slate-600 hover:bg-slate-100 hover:text-slate-900",
  danger: "text-slate-600 hover:bg-red-50 hover:text-red-700",
} as const;

export function IconButton({
  icon,
  label,
  tone = "neutral",
  className = "",
  ...props
}: Omit<ButtonHTMLAttributes<HTMLButtonElement>, "aria-label" | "children"> & { icon: IconName; label: string; tone?: keyof typeof TONES }) {
  return (
    <button
      type="button"
      aria-label={label}
      title={label}
      {...props}
      className={`inline-flex h-10 w-10 items-center justify-center rounded-lg transition-colors disabled:cursor-not-allowed disabled:opacity-35 disabled:hover:bg-transparent ${TONES[tone]} ${className}`}
    >
      <Icon name={icon} />
    </button>
  );
}
