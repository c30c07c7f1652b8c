// Where to go after logging in: only a path on this site ("/quizzes/abc/edit?x=1"), never a full URL,
// a protocol-relative "//host" or a backslash trick, and never back to /login or /signup (a loop).
export const DEFAULT_NEXT = "/quizzes";

export function safeNext(raw: string | null | undefined, fallback = DEFAULT_NEXT): string {
  if (!raw || !raw.startsWith("/") || raw.startsWith("//") || raw.startsWith("/\\")) return fallback;
  const base = "http://factsprint.invalid";
  try {
    // URL parsing drops tabs and newlines and folds backslashes, so "/\t/evil.example" is caught here.
    const url = new URL(raw, base);
    if (url.origin !== base) return fallback;
    if (/^\/(login|signup)(\/|$)/.test(url.pathname)) return fallback;
    return url.pathname + url.search + url.hash;
  } catch {
    return fallback;
  }
}

/** The ?next= value of the current address, made safe. */
export function currentNext(): string {
  if (typeof window === "undefined") return DEFAULT_NEXT;
  return safeNext(new URLSearchParams(window.location.search).get("next"));
}

/** "/login?next=…" (or /signup) for a path; the default destination needs no parameter. */
export function authHref(page: "/login" | "/signup", next: string | null | undefined): string {
  const safe = safeNext(next);
  return safe === DEFAULT_NEXT ? page : `${page}?next=${encodeURIComponent(safe)}`;
}
