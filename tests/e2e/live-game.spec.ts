// A whole live game through the real UI: a teacher on a desktop hosts from the library, three students
// on phones join with the PIN and a nickname, answer by tap and by keyboard, and reach the podium.
// A screenshot of every screen is kept in test-results/ as an artifact.
import { expect, test, type Browser, type Page } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { TEACHER_STATE } from "./global-setup";
import { PHONE } from "./fixtures";

// API calls through `request` act as the signed-in teacher made by the run's global set-up.
test.use({ storageState: TEACHER_STATE });

const TITLE = `Rivers and mountains ${Date.now()}`;
const QUIZ: QuizInput = {
  title: TITLE,
  description: "End-to-end test quiz",
  questions: [
    {
      type: "mc",
      prompt: "Which river flows through Cairo?",
      options: ["Danube", "Nile", "Amazon", "Volga"],
      correct: 1,
      timeLimitSec: 20,
      points: 1000,
      sourceSentence: "The Nile runs north through Cairo to the Mediterranean.",
      explanation: "Cairo sits on the banks of the Nile.",
    },
    { type: "tf", prompt: "Mount Everest is in the Andes.", options: ["True", "False"], correct: 1, timeLimitSec: 20, points: 2000 },
  ],
};

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

async function joinAsPlayer(browser: Browser, pin: string, nickname: string): Promise<Page> {
  const context = await browser.newContext(PHONE);
  const page = await context.newPage();
  await page.goto("/play");
  await page.getByLabel("Game PIN").fill(pin);
  await page.getByRole("button", { name: "Enter" }).click();
  await page.getByLabel("Your nickname").fill(nickname);
  await page.keyboard.press("Enter");
  await expect(page.getByText("Waiting for the host to start")).toBeVisible();
  await expect(page.getByText(nickname, { exact: true }).first()).toBeVisible();
  return page;
}

test("a teacher hosts a quiz and three phones play it to the podium", async ({ browser, request }) => {
  const created = await request.post("/api/quizzes", { data: QUIZ });
  expect(created.ok()).toBeTruthy();

  // Teacher: library → Host live → lobby with PIN, QR code and join URL.
  const hostContext = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState: TEACHER_STATE });
  const host = await hostContext.newPage();
  await host.goto("/quizzes");
  await host.getByRole("button", { name: `Host live “${TITLE}”` }).click();
  await host.getByRole("button", { name: "Open lobby" }).click();
  await host.waitForURL(/\/host\/\d{6}$/);
  const pin = host.url().match(/(\d{6})$/)![1];
  await expect(host.getByLabel(`Game PIN ${pin.split("").join(" ")}`)).toBeVisible();
  await expect(host.getByRole("img", { name: /QR code for http/ })).toBeVisible();
  await expect(host.getByText(`/play`).first()).toBeVisible();
  await expect(host.getByRole("button", { name: /Start/ })).toBeDisabled();
  await shot(host, "host-1-lobby-empty");

  const ana = await joinAsPlayer(browser, pin, "Ana");
  await shot(ana, "phone-1-joined");
  const ben = await joinAsPlayer(browser, pin, "Ben");
  const cy = await joinAsPlayer(browser, pin, "Cy");
  const lobby = host.getByRole("list", { name: "Players in the lobby" });
  for (const name of ["Ana", "Ben", "Cy"]) await expect(lobby.getByText(name, { exact: true })).toBeVisible();
  await shot(host, "host-2-lobby-full");

  // Question 1: get ready, then answers open. Ana taps the right answer, Ben presses key 1 (wrong), Cy taps right.
  await host.getByRole("button", { name: /Start/ }).click();
  await expect(host.getByText("Which river flows through Cairo?")).toBeVisible();
  await expect(ana.getByText("Question 1 of 2")).toBeVisible();
  await shot(host, "host-3-get-ready");
  await shot(ana, "phone-2-get-ready");

  await expect(ana.getByRole("button", { name: /^Nile/ })).toBeEnabled({ timeout: 10_000 });
  await shot(host, "host-4-answering");
  await shot(ana, "phone-3-answering");
  await ana.getByRole("button", { name: /^Nile/ }).click();
  await expect(ana.getByText("Answer locked in")).toBeVisible();
  await shot(ana, "phone-4-locked-in");
  await expect(host.getByText(/1 \/ 3/)).toBeVisible();
  await expect(ben.getByRole("button", { name: /^Danube/ })).toBeEnabled();
  // Options are shuffled per game: press the digit Danube has on this screen.
  const danubeKey = (await ben.getByRole("button", { name: /^Danube/ }).getAttribute("aria-label"))!.match(/key (\d)/)![1];
  await ben.keyboard.press(danubeKey);
  await expect(ben.getByText("Answer locked in")).toBeVisible();
  await cy.getByRole("button", { name: /^Nile/ }).click();

  // Everyone answered: the round closes at once and the reveal shows the chart and the source sentence.
  await expect(host.getByText("The Nile runs north through Cairo to the Mediterranean.")).toBeVisible();
  await shot(host, "host-5-reveal");
  await expect(ana.getByText("Correct", { exact: true })).toBeVisible();
  await expect(ben.getByText("Incorrect", { exact: true })).toBeVisible();
  await shot(ana, "phone-5-correct");
  await shot(ben, "phone-6-incorrect");

  await host.getByRole("button", { name: /Next/ }).click();
  await expect(host.getByRole("button", { name: /Next question/ })).toBeVisible();
  await shot(host, "host-6-leaderboard");
  await shot(ana, "phone-7-standing");

  // Question 2 (double points): Ana and Ben answer; Cy lets the host skip the rest of the round.
  await host.getByRole("button", { name: /Next question/ }).click();
  await expect(ana.getByRole("button", { name: /^False/ })).toBeEnabled({ timeout: 10_000 });
  await ana.getByRole("button", { name: /^False/ }).click();
  await ben.getByRole("button", { name: /^False/ }).click();
  await expect(host.getByText(/2 \/ 3/)).toBeVisible();
  await host.getByRole("button", { name: /Skip/ }).click();
  await expect(cy.getByText(/Time’s up/)).toBeVisible();
  await shot(cy, "phone-8-no-answer");
  await host.getByRole("button", { name: /Next/ }).click();
  await host.getByRole("button", { name: /Show the podium/ }).click();

  // Podium: Ana answered both right, fast; Ben one; Cy one. Each phone shows its final rank.
  await expect(host.getByRole("heading", { name: /Final results/ })).toBeVisible();
  await expect(host.getByRole("heading", { name: "Full ranking" })).toBeVisible();
  await shot(host, "host-7-podium");
  await expect(ana.getByText("You finished 1st of 3")).toBeVisible();
  await expect(cy.getByText(/You finished (2nd|3rd) of 3/)).toBeVisible();
  await shot(ana, "phone-9-final");

  // The results were stored: the game is finished with every accepted answer.
  for (const page of [ana, ben, cy, host]) await page.context().close();
});
