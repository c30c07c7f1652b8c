// Shared set-up for browser tests: a signed-in teacher on a desktop, students on phones.
import { expect, type Browser, type BrowserContext, type Page } from "@playwright/test";
import type { QuizInput } from "../../server/protocol";
import { TEACHER_STATE } from "./global-setup";

export const PHONE = { viewport: { width: 360, height: 740 }, isMobile: true, hasTouch: true, deviceScaleFactor: 2 };
export const DESKTOP = { viewport: { width: 1366, height: 768 } };

export const hostContext = (browser: Browser): Promise<BrowserContext> => browser.newContext({ ...DESKTOP, storageState: TEACHER_STATE });
export const phoneContext = (browser: Browser): Promise<BrowserContext> => browser.newContext(PHONE);

/** Creates the quiz as the teacher, opens a game for it and shows its lobby on the host screen. */
export async function startGame(teacher: BrowserContext, quiz: QuizInput): Promise<{ host: Page; pin: string; quizId: string }> {
  const created = await teacher.request.post("/api/quizzes", { data: quiz });
  expect(created.ok(), await created.text()).toBeTruthy();
  const { id: quizId } = await created.json();
  const game = await teacher.request.post("/api/games", { data: { quizId } });
  expect(game.ok(), await game.text()).toBeTruthy();
  const { pin, hostToken } = await game.json();
  const host = await teacher.newPage();
  await host.addInitScript(([p, t]) => localStorage.setItem(`factsprint:host:${p}`, t), [pin, hostToken]);
  await host.goto(`/host/${pin}`);
  await expect(host.getByLabel(`Game PIN ${pin.split("").join(" ")}`)).toBeVisible();
  return { host, pin, quizId };
}

/** Types the nickname on a phone's join screen and sends it. */
export async function sendNickname(phone: Page, nickname: string): Promise<void> {
  await phone.getByLabel("Your nickname").fill(nickname);
  await phone.keyboard.press("Enter");
}

/** A new phone opens the game's join link (as its QR code does), sends a nickname and reaches the lobby. */
export async function joinPhone(browser: Browser, pin: string, nickname: string): Promise<Page> {
  const phone = await (await phoneContext(browser)).newPage();
  await phone.goto(`/play?pin=${pin}`);
  await sendNickname(phone, nickname);
  await expect(phone.getByText("Waiting for the host to start")).toBeVisible();
  return phone;
}
