// Homework end to end: the teacher assigns a bank from the library (desktop), two students play it at
// their own pace on phones, and the teacher reads who did what on the results page.
import { expect, test, type Browser, type Page } from "@playwright/test";

const QUIZ = {
  title: `E2E homework ${Date.now()}`,
  description: "",
  questions: [
    { type: "mc", prompt: "Which planet is closest to the Sun?", options: ["Venus", "Mercury", "Mars"], correct: 1, timeLimitSec: 30, points: 1000, sourceSentence: "Mercury orbits closest to the Sun." },
    { type: "tf", prompt: "The Moon is a planet.", options: ["True", "False"], correct: 1, timeLimitSec: 30, points: 1000 },
  ],
};

const phone = { viewport: { width: 360, height: 740 }, hasTouch: true };

async function student(browser: Browser, link: string, name: string, keys: string[]): Promise<Page> {
  const page = await (await browser.newContext(phone)).newPage();
  await page.goto(link);
  await page.getByLabel("Your name").fill(name);
  await page.getByRole("button", { name: "Start" }).tap();
  for (const [i, key] of keys.entries()) {
    await expect(page.getByText(`Question ${i + 1} of ${keys.length}`)).toBeVisible();
    await expect(page.getByRole("timer")).toBeVisible(); // assignments are always timed
    await page.keyboard.press(key);
    await expect(page.getByRole("button", { name: /Next question|See your result/ })).toBeFocused();
    await page.keyboard.press("Enter");
  }
  await expect(page.getByRole("heading", { name: "All done!" })).toBeVisible();
  return page;
}

test("a teacher assigns homework, students play it on phones, the teacher sees the results", async ({ browser }) => {
  // A signed-in teacher with the bank in their library.
  const teacherContext = await browser.newContext({ viewport: { width: 1366, height: 768 } });
  const request = teacherContext.request; // shares the browser's cookies: the session
  const signup = await request.post("/api/auth/signup", { data: { name: "Homework Teacher", email: `hw-${Date.now()}@example.org`, password: "a long enough password" } });
  expect(signup.ok()).toBeTruthy();
  const created = await request.post("/api/quizzes", { data: QUIZ });
  expect(created.ok()).toBeTruthy();

  // The teacher assigns it from the library.
  const teacher = await teacherContext.newPage();
  await teacher.goto("/quizzes");
  const card = teacher.getByRole("article", { name: QUIZ.title });
  await card.getByRole("button", { name: /^Assign/ }).click();
  const dialog = teacher.getByRole("dialog", { name: /^Assign/ });
  await expect(dialog.getByLabel("Deadline")).toHaveValue(/^\d{4}-\d\d-\d\dT23:59$/);
  await dialog.getByRole("button", { name: "Create assignment" }).click();
  await expect(dialog.getByText("Assignment ready")).toBeVisible();
  const link = (await dialog.getByTestId("student-link").textContent())!.trim();
  expect(link).toMatch(/\/assignment\/[A-Za-z0-9_-]+$/);
  await teacher.screenshot({ path: test.info().outputPath("01-assigned.png") });

  // Ann gets both right; Ben gets the first wrong. Ben first tries a name already taken.
  const ann = await student(browser, link, "Ann", ["2", "2"]);
  await expect(ann.getByText("2 of 2 correct")).toBeVisible();
  await ann.screenshot({ path: test.info().outputPath("02-ann-finished.png") });

  const ben = await (await browser.newContext(phone)).newPage();
  await ben.goto(link);
  await ben.getByLabel("Your name").fill("ANN");
  await ben.getByRole("button", { name: "Start" }).tap();
  await expect(ben.getByText(/already started this assignment/)).toBeVisible();
  await expect(ben.getByLabel("Your name")).toHaveValue("ANN"); // nothing typed is lost
  await ben.getByLabel("Your name").fill("Ben");
  await ben.getByRole("button", { name: "Start" }).tap();
  await expect(ben.getByText("Question 1 of 2")).toBeVisible();
  await ben.keyboard.press("1");
  await expect(ben.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await expect(ben.getByText("Mercury orbits closest to the Sun.")).toBeVisible();
  await ben.screenshot({ path: test.info().outputPath("03-ben-wrong.png") });
  // A reload mid-assignment carries on at the same place.
  await ben.reload();
  await expect(ben.getByText("Question 2 of 2")).toBeVisible();
  await ben.keyboard.press("2");
  await expect(ben.getByRole("button", { name: "See your result" })).toBeFocused();
  await ben.keyboard.press("Enter");
  await expect(ben.getByText("1 of 2 correct")).toBeVisible();
  await expect(ben.getByText("2nd of 2 students so far")).toBeVisible();

  // The teacher's results: the list, then the game.
  await teacher.goto("/quizzes");
  await teacher.getByRole("article", { name: QUIZ.title }).getByRole("link", { name: /^Results/ }).click();
  const games = teacher.getByRole("list", { name: "Games and assignments" });
  await expect(games).toContainText("Assignment");
  await expect(games).toContainText("2 students");
  await teacher.screenshot({ path: test.info().outputPath("04-results-list.png") });
  await games.getByRole("link", { name: /View results/ }).click();
  await expect(teacher.getByRole("heading", { name: "Ranking" })).toBeVisible();
  const rows = teacher.getByRole("table").first().getByRole("row");
  await expect(rows.nth(1)).toContainText("Ann");
  await expect(rows.nth(1)).toContainText("2/2");
  await expect(rows.nth(2)).toContainText("Ben");
  await expect(teacher.getByRole("region", { name: "Answers by student" })).toContainText("Ben");
  await expect(teacher.getByText("1 of 2 correct")).toBeVisible(); // question 1's difficulty: 50%
  const overflow = await teacher.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await teacher.screenshot({ path: test.info().outputPath("05-results-game.png"), fullPage: true });

  const csv = await request.get(teacher.url().replace("/results/game/", "/api/results/games/") + "/csv");
  expect(csv.headers()["content-type"]).toMatch(/text\/csv/);
  expect(await csv.text()).toContain("1,Ann,");
});
