// Intake errors carry an HTTP status, the request field they belong to and a message a teacher can act on.
// The intake functions know nothing of HTTP; server/http/article-routes.ts turns these into API errors.

export type IntakeField = "text" | "file" | "url" | "count" | "types" | "items" | "title";

export class IntakeError extends Error {
  constructor(
    readonly status: number,
    readonly field: IntakeField,
    message: string,
  ) {
    super(message);
    this.name = "IntakeError";
  }
}

export const formatCount = (n: number) => n.toLocaleString("en-US");

export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${Math.round((n / (1024 * 1024)) * 10) / 10} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} kB`;
  return `${n} bytes`;
}
