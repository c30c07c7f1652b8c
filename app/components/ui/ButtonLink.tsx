// A link that looks like a Button. Navigation stays a link (middle-click, "open in new tab" keep working).
import Link from "next/link";
import type { ComponentProps } from "react";
import { buttonClassName, type ButtonVariant } from "./Button";

export function ButtonLink({ variant = "primary", className = "", ...props }: ComponentProps<typeof Link> & { variant?: ButtonVariant }) {
  return <Link {...props} className={buttonClassName(variant, className)} />;
}
