// A phone that reloads mid-game (or a locked screen that kills the page) comes back to the same seat:
// same nickname, same score, and the answer it gave before the reload still counts.
import { expect, test } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { hostContext, joinPhone, startGame } from "./fixtures";

const QUIZ: QuizInput = {
  title: `Reload ${Date.now()}`,
  description: "",
  questions: [
    { type: "tf", prompt: "The Danube flows into the Black Sea.", options: ["True", "False"], correct: 0, timeLimitSec: 60, points: 1000 },
    { type: "tf", prompt: "The Volga flows into the Baltic Sea.", options: ["True", "False"], correct: 1, timeLimitSec: 60, points: 1000 },
  ],
};

test("a phone reloaded mid-question keeps its seat, score and answer", async ({ browser }) => {
  const teacher = await hostContext(browser);
  const { host, pin } = await startGame(teacher, QUIZ);

  const ana = await joinPhone(browser, pin, "Ana");
  const ben = await joinPhone(browser, pin, "Ben");

  await host.getByRole("button", { name: /Start/ }).click();
  await expect(ana.getByRole("button", { name: /^True/ })).toBeEnabled({ timeout: 10_000 });
  await ana.getByRole("button", { name: /^True/ }).click();
  await expect(ana.getByText("Answer locked in")).toBeVisible();

  // Reload in the middle of the question: the page comes back locked in, without asking for anything.
  await ana.reload();
  await expect(ana.getByText("Answer locked in")).toBeVisible();
  await ana.screenshot({ path: test.info().outputPath("phone-after-reload.png") });
  await expect(ana.getByLabel("Your nickname")).toHaveCount(0);

  await ben.getByRole("button", { name: /^False/ }).click();
  await expect(ana.getByText("Correct", { exact: true })).toBeVisible();
  const points = await ana.getByText(/^\+[\d,]+ points$/).textContent();
  expect(Number(points!.replace(/\D/g, ""))).toBeGreaterThan(500);

  // And again on the result screen: the score survives the reload too.
  await ana.reload();
  await expect(ana.getByText("Correct", { exact: true })).toBeVisible();
  await expect(host.getByText(/2 of 2 players answered/)).toBeVisible();
  for (const page of [ana, ben, host]) await page.context().close();
});
