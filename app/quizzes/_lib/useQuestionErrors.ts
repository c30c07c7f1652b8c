// The editor's field errors, cut per question. Each slice stays the same object between renders while
// its content is unchanged, so memoised question cards that are not affected skip rendering.
import { useMemo, useRef } from "react";
import type { FieldErrors } from "./draft";

export const EMPTY_ERRORS: FieldErrors = Object.freeze({}) as FieldErrors;

export function useQuestionErrors(errors: FieldErrors): Map<string, FieldErrors> {
  const sliceCache = useRef(new Map<string, { json: string; errors: FieldErrors }>());
  return useMemo(() => {
    const grouped = new Map<string, FieldErrors>();
    for (const [key, msg] of Object.entries(errors)) {
      if (!key.startsWith("q.")) continue;
      const qKey = key.split(".")[1];
      const slice = grouped.get(qKey) ?? {};
      slice[key] = msg;
      grouped.set(qKey, slice);
    }
    const out = new Map<string, FieldErrors>();
    for (const [qKey, slice] of grouped) {
      const json = JSON.stringify(slice);
      const cached = sliceCache.current.get(qKey);
      if (cached && cached.json === json) out.set(qKey, cached.errors);
      else {
        sliceCache.current.set(qKey, { json, errors: slice });
        out.set(qKey, slice);
      }
    }
    return out;
  }, [errors]);
}

/** Keys of the questions that have at least one error (for the outline's warning marks). */
export function questionsWithErrors(errors: FieldErrors): Set<string> {
  return new Set(
    Object.keys(errors)
      .filter((k) => k.startsWith("q."))
      .map((k) => k.split(".")[1]),
  );
}
