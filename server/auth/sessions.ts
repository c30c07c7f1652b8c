// Teacher sessions: a random token in an httpOnly, SameSite=Lax cookie; the database keeps its hash.
import crypto from "node:crypto";
import type { IncomingMessage } from "node:http";
import type { Db } from "../db/client";

export const SESSION_COOKIE = "factsprint_session";
const SESSION_DAYS = 30;

export interface SignedInTeacher {
  id: string;
  email: string;
  name: string;
  isAdmin: boolean;
}

const hash = (token: string) => crypto.createHash("sha256").update(token).digest("hex");

export async function createSession(db: Db, teacherId: string, now = new Date()): Promise<{ token: string; expiresAt: Date }> {
  const token = crypto.randomBytes(32).toString("base64url");
  const expiresAt = new Date(now.getTime() + SESSION_DAYS * 86_400_000);
  await db.teacherSession.create({ data: { id: hash(token), teacherId, expiresAt } });
  return { token, expiresAt };
}

export async function endSession(db: Db, token: string): Promise<void> {
  await db.teacherSession.deleteMany({ where: { id: hash(token) } });
}

export function readCookie(req: IncomingMessage, name: string): string | null {
  for (const part of (req.headers.cookie ?? "").split(";")) {
    const [key, ...rest] = part.trim().split("=");
    if (key === name) return decodeURIComponent(rest.join("="));
  }
  return null;
}

/** The teacher behind a request's session cookie, or null (no cookie, unknown, or expired). */
export async function teacherFromRequest(db: Db, req: IncomingMessage, now = new Date()): Promise<SignedInTeacher | null> {
  const token = readCookie(req, SESSION_COOKIE);
  if (!token || token.length > 200) return null;
  const session = await db.teacherSession.findUnique({ where: { id: hash(token) }, include: { teacher: true } });
  if (!session || session.expiresAt <= now) return null;
  const { id, email, name, isAdmin } = session.teacher;
  return { id, email, name, isAdmin };
}

/** Secure cookies need HTTPS; a classroom server on a LAN usually has plain HTTP. */
function secure(req: IncomingMessage): boolean {
  return (req.socket as { encrypted?: boolean }).encrypted === true || (process.env.PUBLIC_URL ?? "").startsWith("https://");
}

export function sessionCookie(req: IncomingMessage, token: string, expiresAt: Date): string {
  return [
    `${SESSION_COOKIE}=${encodeURIComponent(token)}`,
    "Path=/",
    "HttpOnly",
    "SameSite=Lax",
    `Expires=${expiresAt.toUTCString()}`,
    ...(secure(req) ? ["Secure"] : []),
  ].join("; ");
}

export function clearedCookie(): string {
  return `${SESSION_COOKIE}=; Path=/; HttpOnly; SameSite=Lax; Expires=Thu, 01 Jan 1970 00:00:00 GMT`;
}
