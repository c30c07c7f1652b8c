// The teacher this tab last knew to be signed in. Lets the teacher screens show at once when moving
// between /quizzes, /results and /host (each has its own guard), while the guard re-checks quietly.
import type { TeacherSummary } from "@/server/protocol";

let known: TeacherSummary | null = null;

export const knownTeacher = (): TeacherSummary | null => known;
export function rememberTeacher(teacher: TeacherSummary): void {
  known = teacher;
}
export function forgetTeacher(): void {
  known = null;
}
