// What every teacher API starts with: a signed-in teacher, and (for a bank or a game) that it is theirs.
// Someone else's bank answers 404, not 403: it does not tell a stranger that the id exists.
import type { IncomingMessage } from "node:http";
import type { Db } from "../db/client";
import { HttpError } from "../http/json";
import { teacherFromRequest, type SignedInTeacher } from "./sessions";

export async function requireTeacher(db: Db, req: IncomingMessage): Promise<SignedInTeacher> {
  const teacher = await teacherFromRequest(db, req);
  if (!teacher) throw new HttpError(401, "NOT_SIGNED_IN", "Log in to continue.");
  return teacher;
}

export async function requireOwnQuiz(db: Db, teacher: SignedInTeacher, quizId: string): Promise<void> {
  const quiz = await db.quiz.findUnique({ where: { id: quizId }, select: { teacherId: true } });
  if (!quiz || quiz.teacherId !== teacher.id) throw new HttpError(404, "BAD_REQUEST", "That quiz does not exist (it may have been deleted).");
}

export async function requireOwnGame(db: Db, teacher: SignedInTeacher, gameId: string): Promise<void> {
  const game = await db.game.findUnique({ where: { id: gameId }, select: { teacherId: true } });
  if (!game || game.teacherId !== teacher.id) throw new HttpError(404, "GAME_NOT_FOUND", "That game does not exist.");
}
