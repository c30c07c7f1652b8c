// Type-the-answer and put-in-order questions through the real UI: a teacher hosts from the library on a
// 1366×768 screen, two phones (360×740) answer one right and one wrong each (a misspelled typed answer
// is accepted), the reveals say the same on the big screen and the phones, and the game ends on the
// podium. Then: long items still fit both screens, and the editor writes both types.
// Screenshots of every screen are kept in test-results/.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { TEACHER_STATE } from "./global-setup";

// API calls through `request` act as the signed-in teacher made by the run's global set-up.
test.use({ storageState: TEACHER_STATE });
import type { QuizInput } from "../../server/protocol";
import { joinPhone } from "./fixtures";

const PLANETS = ["Mercury", "Venus", "Earth", "Mars"];

async function shot(page: Page, name: string) {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: false });
}

async function hostFromLibrary(browser: Browser, title: string): Promise<{ host: Page; pin: string }> {
  const context = await browser.newContext({ viewport: { width: 1366, height: 768 }, storageState: TEACHER_STATE });
  const host = await context.newPage();
  await host.goto("/quizzes");
  await host.getByRole("button", { name: `Host live “${title}”` }).click();
  await host.getByRole("button", { name: "Open lobby" }).click();
  await host.waitForURL(/\/host\/\d{6}$/);
  return { host, pin: host.url().match(/(\d{6})$/)![1] };
}

/** The items as this phone shows them (display order), read from the tiles. */
async function shownItems(phone: Page): Promise<string[]> {
  const group = phone.getByRole("group", { name: /Items to put in order/ });
  return group.getByRole("button").evaluateAll((buttons) => buttons.map((b) => b.querySelector("span.flex-1")?.textContent ?? ""));
}

/** Nothing on the page is wider than the viewport (no sideways scrolling on a phone). */
async function expectNoSidewaysScroll(page: Page) {
  const { scroll, client } = await page.evaluate(() => ({ scroll: document.documentElement.scrollWidth, client: document.documentElement.clientWidth }));
  expect(scroll).toBeLessThanOrEqual(client);
}

test("type-the-answer and ordering questions, hosted and played to the podium", async ({ browser, request }) => {
  const title = `Space and capitals ${Date.now()}`;
  const quiz: QuizInput = {
    title,
    description: "Question types end-to-end",
    questions: [
      {
        type: "type",
        prompt: "What is the capital of Australia?",
        options: ["Canberra", "Canberra ACT"],
        correct: 0,
        timeLimitSec: 30,
        points: 1000,
        sourceSentence: "Canberra was chosen as the capital in 1908, a compromise between Sydney and Melbourne.",
      },
      { type: "order", prompt: "Put these planets in order from the Sun, nearest first.", options: PLANETS, correct: 0, timeLimitSec: 60, points: 2000 },
    ],
  };
  expect((await request.post("/api/quizzes", { data: quiz })).ok()).toBeTruthy();

  const { host, pin } = await hostFromLibrary(browser, title);
  const ana = await joinPhone(browser, pin, "Ana");
  const ben = await joinPhone(browser, pin, "Ben");
  await expect(host.getByRole("list", { name: "Players in the lobby" }).getByText("Ben", { exact: true })).toBeVisible();

  // ---------- question 1: type the answer ----------
  await host.getByRole("button", { name: /Start/ }).click();
  await expect(host.getByText("Type the answer", { exact: true })).toBeVisible();
  await expect(ana.getByText("Type the answer", { exact: true })).toBeVisible();
  await shot(host, "host-01-get-ready-type");
  await shot(ana, "phone-01-get-ready-type");

  const anaInput = ana.getByLabel("Type your answer");
  await expect(anaInput).toBeEditable({ timeout: 15_000 });
  await expect(anaInput).toHaveAttribute("autocapitalize", "off");
  await expect(anaInput).toHaveAttribute("maxlength", "80");
  // The big screen shows no options for a typed answer: the answer is never sent before the reveal.
  await expect(host.getByText("Type your answer on your phone")).toBeVisible();
  await expect(host.getByText("Canberra")).toHaveCount(0);
  await shot(host, "host-02-answering-type");
  await expect(ana.getByRole("button", { name: "Submit" })).toBeDisabled();
  await anaInput.fill("canberrra"); // one letter too many: still accepted
  await shot(ana, "phone-02-typing");
  await anaInput.press("Enter");
  await expect(ana.getByText("Answer locked in")).toBeVisible();
  await expect(ana.getByText("canberrra")).toBeVisible();
  await shot(ana, "phone-03-type-locked");
  await expect(host.getByText("1 / 2", { exact: true })).toBeVisible();
  await ben.getByLabel("Type your answer").fill("Sydney");
  await ben.getByRole("button", { name: "Submit" }).click();

  // Reveal: the accepted answers, big, and how many got it right; each phone: what it typed and the answer.
  await expect(host.getByText("1 of 2 got it right")).toBeVisible();
  await expect(host.getByText(/Also accepted:/)).toContainText("Canberra ACT");
  await shot(host, "host-03-reveal-type");
  await expect(ana.getByText("Correct", { exact: true })).toBeVisible();
  await expect(ana.getByText("You typed")).toBeVisible();
  await expect(ana.getByText("canberrra")).toBeVisible();
  await expect(ana.getByText("Canberra", { exact: true })).toBeVisible();
  await expect(ben.getByText("Incorrect", { exact: true })).toBeVisible();
  await expect(ben.getByText("Sydney")).toBeVisible();
  await expect(ben.getByText("Canberra", { exact: true })).toBeVisible();
  await shot(ana, "phone-04-type-correct");
  await shot(ben, "phone-05-type-incorrect");

  await host.getByRole("button", { name: /Next/ }).click();
  await host.getByRole("button", { name: /Next question/ }).click();

  // ---------- question 2: put in order ----------
  await expect(host.getByText("Put in order", { exact: true })).toBeVisible();
  await shot(host, "host-04-get-ready-order");
  const anaItems = ana.getByRole("group", { name: /Items to put in order/ });
  await expect(anaItems.getByRole("button").first()).toBeEnabled({ timeout: 15_000 });
  await expect(host.getByRole("region", { name: "Items to put in order" }).getByRole("listitem")).toHaveCount(4);
  await shot(host, "host-05-answering-order");
  const shown = await shownItems(ana);
  expect([...shown].sort()).toEqual([...PLANETS].sort());
  expect(shown).not.toEqual(PLANETS); // shuffled for the game

  // Ana taps the planets in the right order, with one undo along the way.
  await anaItems.getByRole("button", { name: /^Mercury/ }).click();
  await anaItems.getByRole("button", { name: /^Earth/ }).click();
  await expect(anaItems.getByRole("button", { name: /^Earth.*placed 2nd/ })).toBeVisible();
  await ana.getByRole("button", { name: "Undo" }).click();
  await anaItems.getByRole("button", { name: /^Venus/ }).click();
  await anaItems.getByRole("button", { name: /^Earth/ }).click();
  await shot(ana, "phone-06-order-partly-placed");
  await expect(ana.getByRole("button", { name: "Submit order" })).toBeDisabled();
  await anaItems.getByRole("button", { name: /^Mars/ }).click();
  await ana.getByRole("button", { name: "Submit order" }).click();
  await expect(ana.getByText("Answer locked in")).toBeVisible();
  await expect(ana.getByText("Your order")).toBeVisible();
  await shot(ana, "phone-07-order-locked");

  // Ben uses the keyboard: digits append (by the number on each tile), Backspace undoes, Enter sends.
  // He swaps Venus and Earth, so his order is wrong.
  const benShown = await shownItems(ben);
  const key = (planet: string) => String(benShown.indexOf(planet) + 1);
  await expect(ben.getByRole("group", { name: /Items to put in order/ }).getByRole("button").first()).toBeEnabled();
  for (const planet of ["Mercury", "Mars"]) await ben.keyboard.press(key(planet));
  await ben.keyboard.press("Backspace");
  for (const planet of ["Earth", "Venus", "Mars"]) await ben.keyboard.press(key(planet));
  await ben.keyboard.press("Enter"); // the last answer: the round closes at once, straight to the reveal

  // Reveal: the correct order, numbered, and who got it.
  const hostOrder = host.getByRole("region", { name: "The correct order" }).getByRole("listitem");
  await expect(host.getByText("1 of 2 got the order right")).toBeVisible();
  await expect(hostOrder).toHaveText(PLANETS.map((p, i) => new RegExp(`${i + 1}.*${p}`)));
  await shot(host, "host-06-reveal-order");
  await expect(ana.getByText("Correct", { exact: true })).toBeVisible();
  await expect(ana.getByText(/yours matched/)).toBeVisible();
  await expect(ana.getByRole("region", { name: "The correct order" }).getByRole("listitem")).toHaveText(PLANETS.map((p) => new RegExp(p)));
  await expect(ben.getByText("Incorrect", { exact: true })).toBeVisible();
  await expect(ben.getByText(/yours was different/)).toBeVisible();
  await expect(ben.getByText("You put: Earth")).toBeVisible();
  await shot(ana, "phone-08-order-correct");
  await shot(ben, "phone-09-order-incorrect");

  // ---------- podium ----------
  await host.getByRole("button", { name: /Next/ }).click();
  await host.getByRole("button", { name: /Show the podium/ }).click();
  await expect(host.getByRole("heading", { name: /Final results/ })).toBeVisible();
  await expect(ana.getByText("You finished 1st of 2")).toBeVisible();
  await expect(ben.getByText("You finished 2nd of 2")).toBeVisible();
  await shot(host, "host-07-podium");
  await shot(ana, "phone-10-final");
  for (const page of [ana, ben, host]) await page.context().close();
});

test("long items fit the 1366×768 screen and a 360×740 phone", async ({ browser, request }) => {
  const title = `Long items ${Date.now()}`;
  const long = (s: string) => `${s} ${"and then a long stretch of explanation that keeps going on ".repeat(3)}`.slice(0, 118).trim();
  const items = ["First the seed is planted", "Then roots grow down", "Next a shoot pushes up", "Finally the plant flowers"].map(long);
  const answer = "The International Bureau of Weights and Measures in Sèvres near Paris in France";
  const quiz: QuizInput = {
    title,
    description: "",
    questions: [
      {
        type: "order",
        prompt: `Put these stages of a plant's life in order. ${"Think about what has to happen before each of the other stages can begin. ".repeat(3)}`.slice(0, 290),
        options: items,
        correct: 0,
        timeLimitSec: 60,
        points: 1000,
        sourceSentence: "A seed needs water and warmth to germinate; roots anchor the plant before the shoot reaches the light.",
        explanation: "Each stage depends on the one before it: no shoot without roots, no flowers without leaves.",
      },
      { type: "type", prompt: "Which organisation keeps the international prototype of the kilogram?", options: [answer, "BIPM", "International Bureau of Weights and Measures"], correct: 0, timeLimitSec: 30, points: 1000 },
    ],
  };
  expect((await request.post("/api/quizzes", { data: quiz })).ok()).toBeTruthy();
  const { host, pin } = await hostFromLibrary(browser, title);
  const phone = await joinPhone(browser, pin, "Zoe");
  await host.getByRole("button", { name: /Start/ }).click();

  const tiles = phone.getByRole("group", { name: /Items to put in order/ }).getByRole("button");
  await expect(tiles.first()).toBeEnabled({ timeout: 15_000 });
  await shot(host, "long-01-host-answering-order");
  await shot(phone, "long-02-phone-order");
  await expectNoSidewaysScroll(phone);
  const lastItem = host.getByRole("region", { name: "Items to put in order" }).getByRole("listitem").last();
  expect((await lastItem.boundingBox())!.y + (await lastItem.boundingBox())!.height).toBeLessThanOrEqual(768);

  for (const text of items) await tiles.filter({ hasText: text.slice(0, 24) }).click();
  await phone.getByRole("button", { name: "Submit order" }).scrollIntoViewIfNeeded();
  await shot(phone, "long-03-phone-order-placed");
  await phone.getByRole("button", { name: "Submit order" }).click();
  await expect(host.getByText("1 of 1 got the order right")).toBeVisible();
  await expect(host.getByRole("button", { name: /Next/ })).toBeInViewport();
  await shot(host, "long-04-host-reveal-order");
  await shot(phone, "long-05-phone-reveal-order");
  await expectNoSidewaysScroll(phone);

  await host.getByRole("button", { name: /Next/ }).click();
  await host.getByRole("button", { name: /Next question/ }).click();
  const input = phone.getByLabel("Type your answer");
  await expect(input).toBeEditable({ timeout: 15_000 });
  await input.fill("the international bureau of weights and measure");
  await shot(phone, "long-06-phone-typing");
  await phone.getByRole("button", { name: "Submit" }).click();
  await expect(host.getByText("1 of 1 got it right")).toBeVisible();
  await expect(host.getByRole("button", { name: /Next/ })).toBeInViewport();
  await shot(host, "long-07-host-reveal-type");
  await shot(phone, "long-08-phone-reveal-type");
  await expectNoSidewaysScroll(phone);
  for (const page of [phone, host]) await page.context().close();
});

test("the editor writes type-the-answer and ordering questions", async ({ page }) => {
  const title = `Editor types ${Date.now()}`;
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto("/quizzes/new");
  await page.getByLabel("Title").fill(title);

  // A multiple-choice question becomes "type the answer": the correct option is the main answer.
  const first = page.getByTestId("question-card").nth(0);
  await first.getByLabel("Question", { exact: true }).fill("What is the capital of Italy?");
  await first.getByLabel("Option 1", { exact: true }).fill("Milan");
  await first.getByLabel("Option 2", { exact: true }).fill("Rome");
  await first.getByRole("radio", { name: "Correct answer: option 2" }).check();
  await first.getByLabel("Question type").selectOption("type");
  await expect(first.getByRole("textbox", { name: /^Accepted answer 1/ })).toHaveValue("Rome");
  await expect(first.getByText(/small misspellings are accepted/)).toBeVisible();
  await first.getByRole("button", { name: "Add another accepted answer" }).click();
  await first.getByRole("textbox", { name: "Accepted answer 2" }).fill("Roma");

  // An ordering question: items in their true order, one moved into place with the arrows.
  await page.getByRole("button", { name: "Add ordering question" }).click();
  const second = page.getByTestId("question-card").nth(1);
  await second.getByLabel("Question", { exact: true }).fill("Put these numbers from smallest to largest.");
  for (const [i, v] of ["One", "Three", "Two"].entries()) await second.getByRole("textbox", { name: `Item ${i + 1}`, exact: true }).fill(v);
  await second.getByRole("button", { name: "Move item 3 up" }).click();
  await expect(second.getByRole("button", { name: "Move item 2 up" })).toBeFocused();
  await expect(second.getByRole("textbox", { name: "Item 2", exact: true })).toHaveValue("Two");
  await shot(page, "editor-01-types");

  // A repeated item is refused next to the field; fixed, the quiz saves and comes back the same.
  await second.getByRole("textbox", { name: "Item 4", exact: true }).fill("one");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(second.getByText("Same as item 1")).toBeVisible();
  await second.getByRole("textbox", { name: "Item 4", exact: true }).fill("Four");
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ }).first()).toBeVisible();
  await page.reload();
  const cards = page.getByTestId("question-card");
  await expect(cards.nth(0).getByLabel("Question type")).toHaveValue("type");
  await expect(cards.nth(0).getByRole("textbox", { name: "Accepted answer 2" })).toHaveValue("Roma");
  await expect(cards.nth(1).getByLabel("Question type")).toHaveValue("order");
  for (const [i, v] of ["One", "Two", "Three", "Four"].entries()) await expect(cards.nth(1).getByRole("textbox", { name: `Item ${i + 1}`, exact: true })).toHaveValue(v);
  await cards.nth(1).scrollIntoViewIfNeeded();
  await shot(page, "editor-02-saved");
});
