// Teacher accounts in the browser: the teacher screens send a visitor to /login and back; a wrong
// password says so and keeps what was typed; log out ends the session; a second teacher signs up and
// gets their own library (the sample banks, none of the first teacher's quizzes); the admin's sign-up
// switch; the first-run sign-up page. Every screen is kept as a screenshot in test-results/.
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { SAMPLE_BANKS } from "../../prisma/samples/banks";
import { DESKTOP, PHONE, hostContext } from "./fixtures";
import { TEACHER } from "./global-setup";

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`) });

/** A browser with no session at all (an empty storageState, even if the config ever sets one). */
async function freshPage(browser: Browser, options = DESKTOP): Promise<Page> {
  const context = await browser.newContext({ ...options, storageState: { cookies: [], origins: [] } });
  return context.newPage();
}

const header = (page: Page) => page.getByRole("banner");
/** The form's error box (Next's route announcer is an alert too, outside <main>). */
const formAlert = (page: Page) => page.getByRole("main").getByRole("alert");

async function logIn(page: Page, email: string, password: string) {
  await page.getByLabel("Email").fill(email);
  await page.getByLabel("Password", { exact: true }).fill(password);
  await page.getByLabel("Password", { exact: true }).press("Enter");
}

test("the library asks for a log-in, a wrong password says so, log out ends the session", async ({ browser }) => {
  const page = await freshPage(browser);

  // Not signed in: the teacher screens go to /login (and remember where they were going).
  await page.goto("/quizzes");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Create a teacher account" })).toBeVisible(); // sign-up is open
  await expect(page.getByLabel("Email")).toHaveAttribute("autocomplete", "email");
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("autocomplete", "current-password");
  await shot(page, "01-login");

  // Wrong password: the server's message, and nothing typed is lost.
  await logIn(page, TEACHER.email, "not the password");
  await expect(formAlert(page)).toContainText("That email and password do not match an account.");
  await expect(page).toHaveURL(/\/login$/);
  await expect(page.getByLabel("Email")).toHaveValue(TEACHER.email);
  await expect(page.getByLabel("Password", { exact: true })).toHaveValue("not the password");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await shot(page, "02-login-wrong-password");

  // Right password (Enter submits): the library, with the teacher's name in the top bar.
  await page.getByLabel("Password", { exact: true }).fill(TEACHER.password);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quizzes$/);
  await expect(page.getByRole("heading", { name: "Quiz library" })).toBeVisible();
  await expect(header(page).getByText(TEACHER.name, { exact: true })).toBeVisible();
  await expect(header(page).getByRole("link", { name: "Account" })).toBeVisible();
  await shot(page, "03-library-signed-in");
  // The editor's busier top bar still has room for the teacher.
  await page.getByRole("link", { name: "New quiz", exact: true }).click();
  await expect(page).toHaveURL(/\/quizzes\/new$/);
  await expect(page.getByLabel("Title")).toBeVisible();
  await expect(header(page).getByRole("button", { name: "Save", exact: true })).toBeVisible();
  await expect(header(page).getByRole("button", { name: "Log out" })).toBeVisible();
  await shot(page, "03b-editor-header");
  await header(page).getByRole("link", { name: "Library" }).click();
  await expect(page).toHaveURL(/\/quizzes$/);

  // Account: who is signed in; the admin sees the sign-up switch.
  await header(page).getByRole("link", { name: "Account" }).click();
  await expect(page).toHaveURL(/\/account$/);
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText(TEACHER.email, { exact: true })).toBeVisible();
  await expect(page.getByRole("switch", { name: "Allow new teachers to sign up" })).toBeChecked();
  await shot(page, "04-account-admin");

  // Log out: back to /login, and the library asks again.
  await header(page).getByRole("button", { name: "Log out" }).click();
  await expect(page).toHaveURL(/\/login$/);
  await page.goto("/quizzes");
  await expect(page).toHaveURL(/\/login$/);
  expect((await page.request.get("/api/auth/status").then((r) => r.json())).teacher).toBeNull();
  // Every teacher screen is guarded; the student pages stay open.
  for (const path of ["/host/123456", "/results/quiz/abc", "/quizzes/from-article"]) {
    await page.goto(path);
    await expect(page).toHaveURL(`/login?next=${encodeURIComponent(path)}`);
  }
  for (const path of ["/", "/play", "/study"]) {
    await page.goto(path);
    await page.waitForLoadState("networkidle");
    await expect(page).toHaveURL(path);
  }

  // A deeper page comes back after logging in (?next= is a path on this site, never a full URL).
  await page.goto("/account");
  await expect(page).toHaveURL(/\/login\?next=%2Faccount$/);
  await logIn(page, TEACHER.email, TEACHER.password);
  await expect(page).toHaveURL(/\/account$/);
  await page.goto("/login?next=https%3A%2F%2Fevil.example%2F");
  await expect(page).toHaveURL(/\/quizzes$/); // already signed in: on to the library, not the other site
  await page.context().close();
});

test("a second teacher signs up and has their own library", async ({ browser }) => {
  // The first teacher's own quiz, made through the API with their session.
  const rivera = await hostContext(browser);
  const riverasTitle = `Rivera's private quiz ${Date.now()}`;
  const quiz: QuizInput = {
    title: riverasTitle,
    description: "Only Ms Rivera should see this.",
    questions: [{ type: "tf", prompt: "The Nile flows north.", options: ["True", "False"], correct: 0, timeLimitSec: 20, points: 1000 }],
  };
  const made = await rivera.request.post("/api/quizzes", { data: quiz });
  expect(made.ok(), await made.text()).toBeTruthy();
  await rivera.close();

  const page = await freshPage(browser);
  await page.goto("/login");
  await page.getByRole("link", { name: "Create a teacher account" }).click();
  await expect(page).toHaveURL(/\/signup$/);
  await expect(page.getByRole("heading", { name: "Create a teacher account" })).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("autocomplete", "new-password");

  // Too short a password and a taken email: errors under the fields / from the server, nothing lost.
  const email = `okafor-${Date.now()}@example.school`;
  await page.getByLabel("Your name").fill("Mr Okafor");
  await page.getByLabel("Email").fill(TEACHER.email);
  await page.getByLabel("Password", { exact: true }).fill("short");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(page.getByText("Use at least 8 characters")).toBeVisible();
  await expect(page.getByLabel("Password", { exact: true })).toHaveAttribute("aria-invalid", "true");
  await expect(page.getByLabel("Password", { exact: true })).toBeFocused();
  await page.getByLabel("Password", { exact: true }).fill("periodic table of elements");
  await page.getByRole("button", { name: "Create account" }).click();
  await expect(formAlert(page)).toContainText("There is already an account with that email");
  await expect(page.getByLabel("Your name")).toHaveValue("Mr Okafor");
  await shot(page, "05-signup-email-taken");

  await page.getByLabel("Email").fill(email);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/quizzes$/);
  await expect(header(page).getByText("Mr Okafor", { exact: true })).toBeVisible();
  for (const bank of SAMPLE_BANKS) await expect(page.getByRole("article", { name: bank.title })).toBeVisible();
  await expect(page.getByRole("article")).toHaveCount(SAMPLE_BANKS.length);
  await expect(page.getByText(riverasTitle)).toHaveCount(0);
  await shot(page, "06-library-second-teacher");

  // Not the admin: no server settings on their account page.
  await header(page).getByRole("link", { name: "Account" }).click();
  await expect(page.getByRole("heading", { name: "Your account" })).toBeVisible();
  await expect(page.getByText("Teacher", { exact: true })).toBeVisible();
  await expect(page.getByRole("switch")).toHaveCount(0);
  await shot(page, "07-account-teacher");
  await page.context().close();
});

test("the admin closes sign-up and opens it again", async ({ browser }) => {
  const admin = await hostContext(browser);
  const page = await admin.newPage();
  const visitor = await freshPage(browser);
  try {
    await page.goto("/account");
    const toggle = page.getByRole("switch", { name: "Allow new teachers to sign up" });
    await expect(toggle).toBeChecked();
    await toggle.click();
    await expect(toggle).not.toBeChecked();
    await expect(page.getByRole("status").filter({ hasText: "Sign-up is closed." })).toBeAttached();
    await shot(page, "08-account-signup-closed");

    await visitor.goto("/signup");
    await expect(visitor.getByText("Sign-up is closed on this server. Ask its admin for an account.")).toBeVisible();
    await expect(visitor.getByLabel("Email")).toHaveCount(0);
    await shot(visitor, "09-signup-closed");
    await visitor.getByRole("link", { name: "Go to log in" }).click();
    await expect(visitor).toHaveURL(/\/login$/);
    await expect(visitor.getByRole("link", { name: "Create a teacher account" })).toHaveCount(0);

    await toggle.click();
    await expect(toggle).toBeChecked();
  } finally {
    // Leave sign-up open for the other specs, whatever happened above.
    await admin.request.put("/api/admin/settings", { data: { signupOpen: true } });
    await admin.close();
    await visitor.context().close();
  }
});

test("first run: /login goes to /signup, which makes the admin account", async ({ browser }) => {
  // A fresh install can't be had in this run (global setup made the first teacher), so the status is faked.
  const page = await freshPage(browser);
  await page.route("**/api/auth/status", (route) => route.fulfill({ json: { setupNeeded: true, signupOpen: true, teacher: null } }));
  await page.goto("/quizzes/new");
  await expect(page).toHaveURL(/\/signup\?next=%2Fquizzes%2Fnew$/);
  await expect(page.getByRole("heading", { name: "Create the first teacher account" })).toBeVisible();
  await expect(page.getByText("You will be this server's admin")).toBeVisible();
  await expect(page.getByRole("button", { name: "Create admin account" })).toBeVisible();
  await shot(page, "10-signup-first-run");
  await page.goto("/login");
  await expect(page).toHaveURL(/\/signup$/);
  await page.context().close();
});

test("log-in on a phone, and the rate-limit message", async ({ browser }) => {
  const page = await freshPage(browser, PHONE);
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "Log in" })).toBeVisible();
  await shot(page, "11-login-phone");

  // Too many failures: the server's 429 message (faked here so the real limiter isn't tripped for other specs).
  await page.route("**/api/auth/login", (route) =>
    route.fulfill({ status: 429, json: { error: { code: "RATE_LIMITED", message: "Too many failed log-ins. Wait a minute and try again." } } }),
  );
  await logIn(page, TEACHER.email, "guess");
  await expect(formAlert(page)).toContainText("Too many failed log-ins. Wait a minute and try again.");
  await expect(page.getByLabel("Email")).toHaveValue(TEACHER.email);
  await shot(page, "12-login-phone-rate-limited");

  // Then for real: the library on a phone, the teacher in its top bar.
  await page.unroute("**/api/auth/login");
  await page.getByLabel("Password", { exact: true }).fill(TEACHER.password);
  await page.getByRole("button", { name: "Log in" }).click();
  await expect(page).toHaveURL(/\/quizzes$/);
  await expect(header(page).getByRole("button", { name: "Log out" })).toBeVisible();
  await shot(page, "13-library-phone");
  await page.context().close();
});
