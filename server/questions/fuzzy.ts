// Answer matching for type-the-answer items: case, accents, punctuation, articles and small
// misspellings are forgiven; numbers must be exact (a wrong digit is a wrong answer).
import { normalize } from "./util";

/** Optimal string alignment distance (Levenshtein plus adjacent transpositions). */
export function editDistance(a: string, b: string): number {
  const m = a.length, n = b.length;
  if (!m) return n;
  if (!n) return m;
  const d: number[][] = Array.from({ length: m + 1 }, (_, i) => [i, ...new Array(n).fill(0)]);
  for (let j = 1; j <= n; j++) d[0][j] = j;
  for (let i = 1; i <= m; i++) {
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[m][n];
}

/** Typos allowed for an answer of this length: none up to 3 characters, 1 up to 7, then 2. */
export function allowedTypos(len: number): number {
  return len <= 3 ? 0 : len <= 7 ? 1 : 2;
}

/** True when `input` matches one of the accepted answers. */
export function matchesAnswer(input: string, accept: string | string[]): boolean {
  const given = normalize(input);
  if (!given) return false;
  const givenDigits = given.replace(/\s+/g, "");
  for (const a of Array.isArray(accept) ? accept : [accept]) {
    const want = normalize(a);
    if (!want) continue;
    if (given === want) return true;
    if (/\d/.test(want)) {
      if (givenDigits === want.replace(/\s+/g, "")) return true;
      continue;
    }
    if (editDistance(given, want) <= allowedTypos(want.length)) return true;
  }
  return false;
}
