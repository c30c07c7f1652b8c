// /api/auth/*: first-run setup, sign-up, log in and out, and the admin's sign-up switch.
import type { Db } from "../db/client";
import { AccountError, authenticate, createTeacher, setSignupOpen, setupNeeded, signupOpen } from "../auth/accounts";
import { requireTeacher } from "../auth/require";
import { clearedCookie, createSession, endSession, readCookie, SESSION_COOKIE, sessionCookie, teacherFromRequest } from "../auth/sessions";
import { adminSettingsSchema, loginSchema, signupSchema, type AuthStatus } from "../protocol";
import { clientAddress, RateLimiter } from "../realtime/guards";
import { HttpError, parseBody, readJson, sendJson } from "./json";
import type { RouteContext, Router } from "./router";

/** Failed log-ins allowed per address per minute: enough for typos, too few to guess passwords. */
const LOGIN_FAILURES_PER_MINUTE = 10;

export function registerAuthRoutes(router: Router, db: Db): void {
  const failures = new RateLimiter(LOGIN_FAILURES_PER_MINUTE, 60_000);

  async function startSession({ req, res }: RouteContext, teacherId: string, status: number, body: unknown) {
    const { token, expiresAt } = await createSession(db, teacherId);
    res.setHeader("set-cookie", sessionCookie(req, token, expiresAt));
    sendJson(res, status, body);
  }

  router
    .on("GET", "/api/auth/status", async ({ req, res }) => {
      const status: AuthStatus = {
        setupNeeded: await setupNeeded(db),
        signupOpen: await signupOpen(db),
        teacher: await teacherFromRequest(db, req),
      };
      sendJson(res, 200, status);
    })
    .on("POST", "/api/auth/signup", async (ctx) => {
      const input = parseBody(signupSchema, await readJson(ctx.req));
      try {
        const teacher = await createTeacher(db, input);
        await startSession(ctx, teacher.id, 201, { teacher });
      } catch (err) {
        if (err instanceof AccountError) throw new HttpError(err.status, "BAD_REQUEST", err.message);
        throw err;
      }
    })
    .on("POST", "/api/auth/login", async (ctx) => {
      const address = clientAddress(ctx.req);
      if (!failures.allow(address)) throw new HttpError(429, "RATE_LIMITED", "Too many failed log-ins. Wait a minute and try again.");
      const { email, password } = parseBody(loginSchema, await readJson(ctx.req));
      const teacher = await authenticate(db, email, password);
      if (!teacher) {
        failures.record(address);
        throw new HttpError(401, "NOT_SIGNED_IN", "That email and password do not match an account.");
      }
      await startSession(ctx, teacher.id, 200, { teacher });
    })
    .on("POST", "/api/auth/logout", async ({ req, res }) => {
      const token = readCookie(req, SESSION_COOKIE);
      if (token) await endSession(db, token);
      res.setHeader("set-cookie", clearedCookie());
      sendJson(res, 200, { ok: true });
    })
    .on("PUT", "/api/admin/settings", async ({ req, res }) => {
      const teacher = await requireTeacher(db, req);
      if (!teacher.isAdmin) throw new HttpError(403, "NOT_THE_HOST", "Only the admin can change this.");
      const { signupOpen: open } = parseBody(adminSettingsSchema, await readJson(req));
      await setSignupOpen(db, open);
      sendJson(res, 200, { signupOpen: open });
    });
}
