// Solo study on a phone: a whole sitting with keys and taps, immediate feedback with the source
// sentence, the summary, the "missed ones" round, and a return visit that remembers the learner.
import { expect, test, type Page } from "@playwright/test";

test.use({ viewport: { width: 360, height: 740 }, hasTouch: true });

const QUIZ = {
  title: `E2E solo capitals ${Date.now()}`,
  description: "Three capitals.",
  questions: [
    { type: "mc", prompt: "What is the capital of France?", options: ["Lyon", "Paris", "Nice", "Lille"], correct: 1, timeLimitSec: 20, points: 1000, sourceSentence: "Paris is the capital of France.", explanation: "It has been the capital for centuries." },
    { type: "tf", prompt: "Madrid is the capital of Portugal.", options: ["True", "False"], correct: 1, timeLimitSec: 20, points: 1000, sourceSentence: "Lisbon is the capital of Portugal." },
    { type: "mc", prompt: "What is the capital of Italy?", options: ["Milan", "Turin", "Rome"], correct: 2, timeLimitSec: 20, points: 1000 },
  ],
};

const answers = (page: Page) => page.getByRole("group", { name: /Answers/ });
const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });

async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a learner studies a bank on a phone, practises the missed one, and comes back", async ({ page, browser }) => {
  // A teacher (in their own browser) writes the bank; the learner needs no account.
  const teacher = await browser.newContext();
  const signup = await teacher.request.post("/api/auth/signup", { data: { name: "Solo Teacher", email: `solo-${Date.now()}@example.org`, password: "a long enough password" } });
  expect(signup.ok()).toBeTruthy();
  const created = await teacher.request.post("/api/quizzes", { data: QUIZ });
  expect(created.ok()).toBeTruthy();
  const quizId = (await created.json()).id as string;
  await teacher.close();

  // First visit: everything is new.
  await page.goto(`/study/${quizId}`);
  await expect(page.getByRole("heading", { name: QUIZ.title })).toBeVisible();
  const progress = page.getByRole("region", { name: "Your progress" });
  await expect(progress).toContainText("3new");
  await expect(page.getByLabel("Timer")).not.toBeChecked(); // off by default
  await noHorizontalScroll(page);
  await shot(page, "01-overview");
  await page.getByRole("button", { name: "Study 3 questions" }).click();

  // Question 1, answered with the keyboard (key 2 = Paris): right, with the evidence.
  await expect(page.getByText("Question 1 of 3")).toBeVisible();
  await expect(page.getByRole("heading", { name: QUIZ.questions[0].prompt })).toBeVisible();
  await expect(page.getByRole("timer")).toHaveCount(0);
  await noHorizontalScroll(page);
  await shot(page, "02-question");
  await page.keyboard.press("2");
  await expect(page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(page.getByText("Paris is the capital of France.")).toBeVisible();
  await expect(page.getByText("It has been the capital for centuries.")).toBeVisible();
  await expect(page.getByText(/Up to box 1 of 5 · next review tomorrow/)).toBeVisible();
  await expect(page.getByRole("button", { name: /Next question/ })).toBeFocused();
  await shot(page, "03-feedback-correct");
  await page.keyboard.press("Enter");

  // Question 2, tapped: wrong. The right answer and its source are shown.
  await expect(page.getByText("Question 2 of 3")).toBeVisible();
  await answers(page).getByRole("button", { name: /^True/ }).tap();
  await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
  await expect(page.getByText("The answer", { exact: true })).toBeVisible();
  await expect(page.getByText("You chose", { exact: true })).toBeVisible();
  await expect(page.getByText("Lisbon is the capital of Portugal.")).toBeVisible();
  await expect(page.getByText(/Back to box 0 · you’ll see it again in 10 minutes/)).toBeVisible();
  await noHorizontalScroll(page);
  await shot(page, "04-feedback-wrong");
  await page.getByRole("button", { name: "Next question" }).tap();

  // Question 3: right; then the summary lists the missed one.
  await expect(page.getByText("Question 3 of 3")).toBeVisible();
  // the new question's options are live before a key is pressed (as for question 1)
  await expect(page.getByRole("heading", { name: QUIZ.questions[2].prompt })).toBeVisible();
  await expect(answers(page).getByRole("button").first()).toBeEnabled();
  await page.keyboard.press("3");
  await expect(page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(page.getByRole("banner")).toContainText("✓ 2");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Round complete" })).toBeVisible();
  await expect(page.getByText("correct (67%)")).toBeVisible();
  const missed = page.getByRole("region", { name: /To practise/ });
  await expect(missed).toContainText(QUIZ.questions[1].prompt);
  await expect(missed).not.toContainText(QUIZ.questions[0].prompt);
  await noHorizontalScroll(page);
  await shot(page, "05-summary");

  // The missed ones: just that question, answered right this time.
  await page.getByRole("button", { name: "Practise the missed ones (1)" }).tap();
  await expect(page.getByText("Missed ones · Question 1 of 1")).toBeVisible();
  await expect(page.getByRole("heading", { name: QUIZ.questions[1].prompt })).toBeVisible();
  await shot(page, "06-missed-question");
  await page.keyboard.press("2");
  await expect(page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(page.getByText(/Not due yet, so its review stays in 10 minutes/)).toBeVisible();
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Missed ones: done" })).toBeVisible();
  await expect(page.getByText("Nothing missed — well done!")).toBeVisible();
  await page.keyboard.press("Enter"); // Enter on the summary: back to the overview (nothing left to practise)
  await expect(page.getByText("All caught up!")).toBeVisible();

  // A return visit: a fresh page, same browser. The learner's progress is on the server.
  const again = await page.context().newPage();
  await again.goto("/study");
  const sets = again.getByRole("list", { name: "Study sets" });
  await expect(sets).toContainText(QUIZ.title);
  await expect(sets).toContainText("Caught up");
  await expect(sets).toContainText("next in 10 minutes");
  await shot(again, "07-my-study");
  await sets.getByRole("link", { name: new RegExp(QUIZ.title) }).tap();
  await expect(again.getByRole("heading", { name: QUIZ.title })).toBeVisible();
  const back = again.getByRole("region", { name: "Your progress" });
  await expect(back).toContainText("0due now");
  await expect(back).toContainText("0new");
  await expect(back).toContainText("3learning");
  await expect(again.getByText(/Your next review is in 10 minutes/)).toBeVisible();
  await shot(again, "08-return-overview");

  // Studying ahead, with the timer on this time: the schedule does not move.
  await again.getByLabel("Timer").check();
  await again.getByRole("button", { name: "Study all 3 anyway" }).tap();
  await expect(again.getByRole("timer")).toBeVisible();
  await shot(again, "09-timer-question");
  await again.keyboard.press("2");
  await expect(again.getByText(/Not due yet, so its review stays tomorrow/)).toBeVisible();

  // Another learner (another browser) starts from scratch.
  const stranger = await (await page.context().browser()!.newContext({ viewport: { width: 360, height: 740 } })).newPage();
  await stranger.goto(`/study/${quizId}`);
  await expect(stranger.getByRole("region", { name: "Your progress" })).toContainText("3new");
  await stranger.context().close();
});

const TYPES_QUIZ = {
  title: `E2E solo typed and ordered ${Date.now()}`,
  description: "A typed answer and an ordering.",
  questions: [
    { type: "type", prompt: "Which planet is called the Red Planet?", options: ["Mars", "Planet Mars"], correct: 0, timeLimitSec: 20, points: 1000, sourceSentence: "Mars is known as the Red Planet." },
    { type: "order", prompt: "Put these planets in order from the Sun outwards.", options: ["Mercury", "Venus", "Earth", "Mars"], correct: 0, timeLimitSec: 30, points: 1000 },
  ],
};

test("a learner types an answer and puts items in order on a phone", async ({ page, browser }) => {
  const teacher = await browser.newContext();
  const signup = await teacher.request.post("/api/auth/signup", { data: { name: "Types Teacher", email: `solo-types-${Date.now()}@example.org`, password: "a long enough password" } });
  expect(signup.ok()).toBeTruthy();
  const created = await teacher.request.post("/api/quizzes", { data: TYPES_QUIZ });
  expect(created.ok()).toBeTruthy();
  const quizId = (await created.json()).id as string;
  await teacher.close();

  await page.goto(`/study/${quizId}`);
  await page.getByRole("button", { name: "Study 2 questions" }).click();

  // Typed: a small misspelling is forgiven; Enter sends.
  await expect(page.getByText("Question 1 of 2")).toBeVisible();
  const input = page.getByLabel("Type your answer");
  await expect(input).toBeFocused();
  await input.fill("Marz");
  await noHorizontalScroll(page);
  await shot(page, "20-typed-question");
  await input.press("Enter");
  await expect(page.getByRole("heading", { name: "Correct!" })).toBeVisible();
  await expect(page.getByText("Answer: Mars", { exact: true })).toBeVisible();
  await expect(page.getByText("You typed: Marz")).toBeVisible();
  await shot(page, "21-typed-feedback");
  await page.keyboard.press("Enter");

  // Ordering: the items come shuffled; taps place them, Backspace undoes; a wrong order shows the right one.
  await expect(page.getByText("Question 2 of 2")).toBeVisible();
  const items = page.getByRole("group", { name: /Items to put in order/ });
  const shown = (await items.getByRole("button").allInnerTexts()).map((t) => t.trim());
  expect([...shown].sort()).toEqual(["Earth", "Mars", "Mercury", "Venus"]);
  expect(shown).not.toEqual(["Mercury", "Venus", "Earth", "Mars"]);
  await items.getByRole("button", { name: /^Mars/ }).tap();
  await items.getByRole("button", { name: /^Earth/ }).tap();
  await page.keyboard.press("Backspace");
  await expect(page.getByText("1 of 4 placed")).toBeVisible();
  await items.getByRole("button", { name: /^Earth/ }).tap();
  await items.getByRole("button", { name: /^Venus/ }).tap();
  await items.getByRole("button", { name: /^Mercury/ }).tap();
  await expect(page.getByRole("button", { name: "Submit order" })).toBeEnabled();
  await noHorizontalScroll(page);
  await shot(page, "22-order-question");
  await page.getByRole("button", { name: "Submit order" }).tap();
  await expect(page.getByRole("heading", { name: "Not quite" })).toBeVisible();
  const right = page.getByRole("region", { name: "The correct order" });
  await expect(right.getByRole("listitem")).toHaveText([/Mercury$/, /Venus$/, /Earth$/, /Mars$/]);
  await expect(page.getByRole("region", { name: "Your order" }).getByRole("listitem")).toHaveText([/Mars$/, /Earth$/, /Venus$/, /Mercury$/]);
  await noHorizontalScroll(page);
  await shot(page, "23-order-feedback");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("heading", { name: "Round complete" })).toBeVisible();
  await expect(page.getByRole("region", { name: /To practise/ })).toContainText("Order: Mercury → Venus → Earth → Mars");
  await shot(page, "24-summary");
});
