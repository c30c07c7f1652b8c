// Nicknames are shown on a projector to a whole class: normalise them so look-alikes and invisible
// characters cannot impersonate or break the layout, and refuse offensive ones. Rendered only as text.
import { englishDataset, englishRecommendedTransformers, RegExpMatcher } from "obscenity";

export const NICKNAME_MAX = 20;

// Control characters, bidi overrides/isolates, zero-width and other format characters.
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;

// obscenity's matcher sees through leetspeak, repeated letters and spacing tricks ("f u c k", "sh1t").
const profanity = new RegExpMatcher({ ...englishDataset.build(), ...englishRecommendedTransformers });

export type NicknameCheck = { ok: true; nickname: string } | { ok: false; reason: "invalid" | "offensive" };

export function checkNickname(raw: string): NicknameCheck {
  const cleaned = raw.normalize("NFKC").replace(INVISIBLE, "").replace(/\s+/gu, " ").trim();
  const chars = Array.from(cleaned);
  if (chars.length === 0 || chars.length > NICKNAME_MAX) return { ok: false, reason: "invalid" };
  if (!/[\p{L}\p{N}]/u.test(cleaned)) return { ok: false, reason: "invalid" };
  // Letters spelled out one by one ("f u c k", "s.h.i.t") are read as one word; other names are not
  // glued together, which would turn "Player 455" into a false match.
  const spelledOut = /^(\S[\s._-]+){2,}\S$/u.test(cleaned) ? cleaned.replace(/[\s._-]+/gu, "") : "";
  // Numbers on their own ("Player 455") are not read as leetspeak; digits inside a word ("sh1t") are.
  const words = cleaned.replace(/(^|\s)\d+(?=\s|$)/gu, "$1");
  if (profanity.hasMatch(words) || (spelledOut && profanity.hasMatch(spelledOut))) return { ok: false, reason: "offensive" };
  return { ok: true, nickname: cleaned };
}
