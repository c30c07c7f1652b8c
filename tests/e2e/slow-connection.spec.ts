// A phone on a slow network: the game's socket is still opening when the student sends a nickname.
// The join waits for the connection instead of telling the student to try again.
import { expect, test } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { hostContext, phoneContext, sendNickname, startGame } from "./fixtures";

const QUIZ: QuizInput = {
  title: `Slow ${Date.now()}`,
  description: "",
  questions: [{ type: "tf", prompt: "Water boils at 100 °C at sea level.", options: ["True", "False"], correct: 0, timeLimitSec: 60, points: 1000 }],
};

test("a nickname sent while the connection is still opening joins once it opens", async ({ browser }) => {
  const { host, pin } = await startGame(await hostContext(browser), QUIZ);
  const phone = await (await phoneContext(browser)).newPage();
  // Hold the socket for three seconds before it reaches the server.
  await phone.routeWebSocket(/\/socket\.io\//, async (ws) => {
    await new Promise((r) => setTimeout(r, 3000));
    ws.connectToServer();
  });
  await phone.goto(`/play?pin=${pin}`);
  await sendNickname(phone, "Ana");
  await expect(phone.getByRole("button", { name: "Joining…" })).toBeVisible();
  await phone.screenshot({ path: test.info().outputPath("phone-joining.png") });
  await expect(phone.getByText("Waiting for the host to start")).toBeVisible({ timeout: 10_000 });
  await expect(host.getByText("Ana", { exact: true })).toBeVisible();
  await host.context().close();
  await phone.context().close();
});
