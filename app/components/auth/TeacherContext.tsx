"use client";
// The signed-in teacher, provided by <RequireTeacher> to everything under a teacher layout.
import { createContext, useContext } from "react";
import type { TeacherSummary } from "@/server/protocol";

export const TeacherContext = createContext<TeacherSummary | null>(null);

/** The signed-in teacher; only inside <RequireTeacher>. */
export function useTeacher(): TeacherSummary {
  const teacher = useContext(TeacherContext);
  if (!teacher) throw new Error("useTeacher() is only available inside <RequireTeacher>");
  return teacher;
}

/** The signed-in teacher, or null outside the teacher screens. */
export const useOptionalTeacher = (): TeacherSummary | null => useContext(TeacherContext);
