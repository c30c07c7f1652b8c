// The student's side of an assignment: the API calls, and the seat (player id + resume token) kept in
// localStorage so a reload, or coming back later the same day, carries on where the student was.
import type { AssignmentFeedback, AssignmentInfo, AssignmentJoined, AssignmentSeat, AssignmentStep, CreatedAssignment } from "@/server/protocol";
import { apiFetch } from "@/app/study/_lib/http";

const base = (code: string) => `/api/assignments/${encodeURIComponent(code)}`;

export const fetchAssignment = (code: string) => apiFetch<AssignmentInfo>(base(code));
export const joinAssignment = (code: string, nickname: string) => apiFetch<AssignmentJoined>(`${base(code)}/join`, { nickname });
export const nextStep = (code: string, seat: AssignmentSeat) => apiFetch<AssignmentStep>(`${base(code)}/next`, seat);
/** One answer: a choice (null: time ran out), or a typed text, or an order (display indices, first to last). */
export const sendAnswer = (code: string, seat: AssignmentSeat, questionIndex: number, answer: { choice: number | null; text?: string; order?: number[] }) =>
  apiFetch<AssignmentFeedback>(`${base(code)}/answer`, { ...seat, questionIndex, ...answer });
export const createAssignment = (quizId: string, deadline: string, streakBonus: boolean) =>
  apiFetch<CreatedAssignment>("/api/assignments", { quizId, deadline, streakBonus });

export type SavedAssignmentSeat = AssignmentJoined;
const seatKey = (code: string) => `factsprint:assignment:${code}`;

export function loadSeat(code: string): SavedAssignmentSeat | null {
  try {
    const raw = window.localStorage.getItem(seatKey(code));
    const seat = raw ? (JSON.parse(raw) as Partial<SavedAssignmentSeat>) : null;
    if (seat && typeof seat.playerId === "string" && typeof seat.resumeToken === "string" && typeof seat.nickname === "string") return seat as SavedAssignmentSeat;
  } catch {
    /* a corrupt seat is no seat */
  }
  return null;
}

export function saveSeat(code: string, seat: SavedAssignmentSeat): void {
  try {
    window.localStorage.setItem(seatKey(code), JSON.stringify(seat));
  } catch {
    /* private mode: works until the page is closed */
  }
}

export function clearSeat(code: string): void {
  try {
    window.localStorage.removeItem(seatKey(code));
  } catch {
    /* ignore */
  }
}
