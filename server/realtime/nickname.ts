// Nicknames are shown on a projector to a whole class: normalise them so look-alikes and invisible
// characters cannot impersonate or break the layout. Rendered only as text by the UI.
export const NICKNAME_MAX = 20;

// Control characters, bidi overrides/isolates, zero-width and other format characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

/** Returns the cleaned nickname, or null when nothing acceptable is left. */
export function cleanNickname(raw: string): string | null {
  const cleaned = raw.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
  const chars = Array.from(cleaned);
  if (chars.length === 0 || chars.length > NICKNAME_MAX) return null;
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return null;
  return cleaned;
}
