// Structural edits to the editor's list of questions: change, move, duplicate, delete (with undo) and
// add. Each one says what happened to screen readers and puts focus where the teacher expects it.
import { useCallback, useEffect, useRef, useState, type RefObject } from "react";
import type { QuestionType } from "@/server/protocol";
import { blankQuestion, duplicateQuestion, LIMITS, type Draft, type DraftQuestion } from "./draft";
import { fieldId, moveButtonId, questionHeadingId } from "./fieldKeys";

export interface DeletedQuestion {
  question: DraftQuestion;
  index: number;
}

export function useQuestionEditing({
  draftRef,
  edit,
  announce,
}: {
  /** The latest draft, read synchronously (callbacks stay stable across renders). */
  draftRef: RefObject<Draft>;
  edit: (update: (d: Draft) => Draft) => void;
  announce: (message: string) => void;
}) {
  const [lastDeleted, setLastDeleted] = useState<DeletedQuestion | null>(null);
  const pendingFocus = useRef<string | null>(null);

  // Focus after structural changes, once the DOM has the moved/added/restored question.
  useEffect(() => {
    if (!pendingFocus.current) return;
    const el = document.getElementById(pendingFocus.current);
    pendingFocus.current = null;
    if (el) {
      el.focus({ preventScroll: true });
      el.scrollIntoView({ block: "nearest", behavior: "smooth" });
    }
  });

  const changeQuestion = useCallback(
    (key: string, update: (q: DraftQuestion) => DraftQuestion) =>
      edit((d) => ({ ...d, questions: d.questions.map((q) => (q.key === key ? update(q) : q)) })),
    [edit],
  );

  const moveQuestion = useCallback(
    (key: string, dir: "up" | "down") => {
      const qs = draftRef.current.questions;
      const from = qs.findIndex((q) => q.key === key);
      const to = dir === "up" ? from - 1 : from + 1;
      if (from < 0 || to < 0 || to >= qs.length) return;
      edit((d) => {
        const next = [...d.questions];
        [next[from], next[to]] = [next[to], next[from]];
        return { ...d, questions: next };
      });
      // Keep focus on the button that was pressed, or its partner when the question reached an end.
      const atEnd = to === 0 || to === qs.length - 1;
      pendingFocus.current = moveButtonId(key, atEnd ? (dir === "up" ? "down" : "up") : dir);
      announce(`Question moved to position ${to + 1} of ${qs.length}.`);
    },
    [edit, draftRef, announce],
  );

  const duplicate = useCallback(
    (key: string) => {
      const qs = draftRef.current.questions;
      const index = qs.findIndex((q) => q.key === key);
      if (index < 0 || qs.length >= LIMITS.questions) return;
      const copy = duplicateQuestion(qs[index]);
      edit((d) => ({ ...d, questions: [...d.questions.slice(0, index + 1), copy, ...d.questions.slice(index + 1)] }));
      pendingFocus.current = questionHeadingId(copy.key);
      announce(`Question ${index + 1} duplicated as question ${index + 2}.`);
    },
    [edit, draftRef, announce],
  );

  const remove = useCallback(
    (key: string) => {
      const qs = draftRef.current.questions;
      const index = qs.findIndex((q) => q.key === key);
      if (index < 0) return;
      setLastDeleted({ question: qs[index], index });
      edit((d) => ({ ...d, questions: d.questions.filter((q) => q.key !== key) }));
      const neighbour = qs[index + 1] ?? qs[index - 1];
      pendingFocus.current = neighbour ? questionHeadingId(neighbour.key) : "add-question-mc";
      announce(`Question ${index + 1} deleted. Use Undo to bring it back.`);
    },
    [edit, draftRef, announce],
  );

  function undoDelete() {
    if (!lastDeleted) return;
    const { question, index } = lastDeleted;
    edit((d) => {
      const at = Math.min(index, d.questions.length);
      return { ...d, questions: [...d.questions.slice(0, at), question, ...d.questions.slice(at)] };
    });
    setLastDeleted(null);
    pendingFocus.current = questionHeadingId(question.key);
    announce(`Question ${index + 1} restored.`);
  }

  function addQuestion(type: QuestionType) {
    if (draftRef.current.questions.length >= LIMITS.questions) return;
    const q = blankQuestion(type);
    edit((d) => ({ ...d, questions: [...d.questions, q] }));
    pendingFocus.current = fieldId(`q.${q.key}.prompt`);
  }

  return { changeQuestion, moveQuestion, duplicate, remove, undoDelete, addQuestion, lastDeleted, setLastDeleted };
}
