// The host locks the lobby (a latecomer is told so), unlocks it, and during a question sees which
// phones have dropped off.
import { expect, test } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { hostContext, joinPhone, phoneContext, sendNickname, startGame } from "./fixtures";

const QUIZ: QuizInput = {
  title: `Controls ${Date.now()}`,
  description: "",
  questions: [{ type: "tf", prompt: "Paris is the capital of France.", options: ["True", "False"], correct: 0, timeLimitSec: 60, points: 1000 }],
};

test("lobby lock, and the players whose phones dropped are named on the projector", async ({ browser }) => {
  const { host, pin } = await startGame(await hostContext(browser), QUIZ);
  await host.getByRole("button", { name: /Lock/ }).click();
  await expect(host.getByText("Locked: nobody else can join")).toBeVisible();
  await host.screenshot({ path: test.info().outputPath("host-lobby-locked.png") });

  const late = await (await phoneContext(browser)).newPage();
  await late.goto(`/play?pin=${pin}`);
  await sendNickname(late, "Ana");
  await expect(late.getByText(/locked this game/)).toBeVisible();

  await host.getByRole("button", { name: /Unlock/ }).click();
  await sendNickname(late, "Ana");
  await expect(late.getByText("Waiting for the host to start")).toBeVisible();
  const ben = await joinPhone(browser, pin, "Ben");

  await host.getByRole("button", { name: /Start/ }).click();
  await expect(ben.getByRole("button", { name: /^True/ })).toBeEnabled({ timeout: 10_000 });
  await late.context().close(); // Ana's phone goes away mid-question
  await expect(host.getByText("Offline: Ana")).toBeVisible({ timeout: 30_000 });
  await host.screenshot({ path: test.info().outputPath("host-answering-offline.png") });
  await host.context().close();
});
