// Runs once after the web server is up: creates the first teacher (the admin) through the API, as the
// first visitor would, and saves the signed-in state for the specs that act as that teacher.
import { request, type FullConfig } from "@playwright/test";
import fs from "node:fs";
import path from "node:path";

export const TEACHER_STATE = path.resolve("test-results/e2e-auth/teacher.json");
export const TEACHER = { name: "Ms Rivera", email: "rivera@example.school", password: "correct horse battery" };

export default async function globalSetup(config: FullConfig) {
  const baseURL = config.projects[0].use.baseURL!;
  const api = await request.newContext({ baseURL });
  const status = await (await api.get("/api/auth/status")).json();
  const res = status.setupNeeded ? await api.post("/api/auth/signup", { data: TEACHER }) : await api.post("/api/auth/login", { data: TEACHER });
  if (!res.ok()) throw new Error(`could not sign in the test teacher: ${res.status()} ${await res.text()}`);
  fs.mkdirSync(path.dirname(TEACHER_STATE), { recursive: true });
  await api.storageState({ path: TEACHER_STATE });
  await api.dispose();
}
