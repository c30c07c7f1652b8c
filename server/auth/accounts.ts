// Teacher accounts: the first one is created on the first visit and becomes the admin; later teachers
// sign up while the admin leaves sign-up open. The first teacher also takes over anything made before
// accounts existed, and every new teacher starts with their own copy of the sample banks.
import type { Db } from "../db/client";
import { seedSampleBanks } from "../db/seed";
import type { SignupInput, TeacherSummary } from "../protocol";
import { hashPassword, verifyPassword } from "./passwords";

const SIGNUP_OPEN = "signupOpen";

export class AccountError extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

const summary = (t: { id: string; name: string; email: string; isAdmin: boolean }): TeacherSummary => ({
  id: t.id,
  name: t.name,
  email: t.email,
  isAdmin: t.isAdmin,
});

export async function setupNeeded(db: Db): Promise<boolean> {
  return (await db.teacher.count()) === 0;
}

export async function signupOpen(db: Db): Promise<boolean> {
  const row = await db.setting.findUnique({ where: { key: SIGNUP_OPEN } });
  return row ? row.value === true : true;
}

export async function setSignupOpen(db: Db, open: boolean): Promise<void> {
  await db.setting.upsert({ where: { key: SIGNUP_OPEN }, create: { key: SIGNUP_OPEN, value: open }, update: { value: open } });
}

/** Creates a teacher: the admin when it is the first, otherwise only while sign-up is open. */
export async function createTeacher(db: Db, input: SignupInput): Promise<TeacherSummary> {
  const passwordHash = await hashPassword(input.password);
  const teacher = await db.$transaction(async (tx) => {
    const first = (await tx.teacher.count()) === 0;
    if (!first && !(await signupOpen(tx as unknown as Db))) throw new AccountError(403, "Sign-up is closed on this server. Ask its admin for an account.");
    if (await tx.teacher.findUnique({ where: { email: input.email } })) throw new AccountError(409, "There is already an account with that email. Log in instead.");
    const created = await tx.teacher.create({ data: { name: input.name, email: input.email, passwordHash, isAdmin: first } });
    if (first) {
      await tx.quiz.updateMany({ where: { teacherId: null }, data: { teacherId: created.id } });
      await tx.game.updateMany({ where: { teacherId: null }, data: { teacherId: created.id } });
    }
    return created;
  });
  await seedSampleBanks(db, teacher.id);
  return summary(teacher);
}

export async function authenticate(db: Db, email: string, password: string): Promise<TeacherSummary | null> {
  const teacher = await db.teacher.findUnique({ where: { email } });
  // Verify against a dummy hash when there is no such account, so timing does not tell which emails exist.
  const ok = await verifyPassword(password, teacher?.passwordHash ?? DUMMY_HASH);
  return teacher && ok ? summary(teacher) : null;
}

const DUMMY_HASH = "scrypt$32768$8$1$AAAAAAAAAAAAAAAAAAAAAA==$AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=";
