// New quiz from an article, as a teacher does it: a refused short text (kept in the box), then a pasted
// article → progress → draft beside the article → select a question (its sentence is highlighted) →
// edit one → drop one → save → the quiz is in the library with the edit, and opens in the editor.
import { expect, test } from "@playwright/test";
import { TEACHER_STATE } from "./global-setup";

// The signed-in teacher made by the run's global set-up.
test.use({ storageState: TEACHER_STATE });

// Written for this test: an invented story with people, places, numbers, dates and a quotation.
const ARTICLE = `The Glass Bridge of Vellmar Opens

After six years of building, the glass footbridge over the Vellmar Gorge opened to walkers on Sunday. The bridge, designed by the architect Ingrid Solberg, is 320 metres long and hangs 95 metres above the river Aske.

Construction began in 2018 and cost 41 million euros, most of it paid by the regional council of Nordmark. More than 400 workers from Norway, Poland and Portugal took part, and the last glass panel was fitted in March.

On the first morning about 12,000 visitors crossed the gorge. "I was terrified for the first ten steps and then I forgot to be afraid," said Marta Lindqvist, a teacher from Bergen who queued from six o'clock.

The bridge links the old mining town of Kopparvik with the nature reserve of Fjellheim, which until now could only be reached by a 40-minute drive. Engineers say the deck can carry 3,500 people at once and will be closed when winds exceed 90 kilometres per hour.
`;

test("teacher makes a quiz from a pasted article, edits it and saves it to the library", async ({ page }) => {
  const title = `E2E glass bridge ${Date.now()}`;

  await page.goto("/quizzes");
  await page.getByRole("link", { name: "New quiz from an article" }).click();
  await expect(page).toHaveURL(/\/quizzes\/from-article$/);
  await expect(page.getByRole("heading", { name: "New quiz from an article" })).toBeVisible();

  // Too short: refused with a reason, and the text stays in the box.
  const box = page.getByLabel("Article text");
  await box.fill("The bridge opened on Sunday.");
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByText(/That's only 5 words/)).toBeVisible();
  await expect(box).toHaveValue("The bridge opened on Sunday.");
  await expect(box).toHaveAttribute("aria-invalid", "true");

  // The whole article.
  await box.fill(ARTICLE);
  await page.getByLabel("How many questions").selectOption("5");
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByRole("heading", { name: "Review the questions" })).toBeVisible();

  const items = page.getByTestId("draft-item");
  await expect(items.first()).toBeVisible();
  const total = await items.count();
  expect(total).toBeGreaterThan(5); // five kept plus spares
  await expect(page.getByRole("heading", { name: /Questions \(5 of \d+ kept\)/ })).toBeVisible();
  await expect(page.getByLabel("Quiz title")).toHaveValue("The Glass Bridge of Vellmar Opens");

  // The article is beside the draft; choosing a question highlights its sentence there.
  const panel = page.locator("#article-panel");
  await expect(panel).toContainText("Ingrid Solberg");
  const second = items.nth(1);
  const source = (await second.locator("p.italic").textContent())!.trim();
  await second.getByRole("button", { name: /Show in article/ }).click();
  await expect(panel.locator("mark")).toHaveText(source);

  // Edit the first question's wording.
  const first = items.nth(0);
  await first.getByRole("button", { name: /^Edit/ }).click();
  const prompt = first.getByLabel("Question", { exact: true });
  await expect(prompt).toBeFocused();
  const edited = `${(await prompt.inputValue()).trim()} (edited)`;
  await prompt.fill(edited);
  await first.getByRole("button", { name: /^Done/ }).click();
  await expect(first.getByText(edited)).toBeVisible();
  await expect(first.getByText("Edited", { exact: true })).toBeVisible();

  // Drop the second question; keep one more from the spares.
  await second.getByRole("checkbox", { name: /Keep/ }).uncheck();
  await items.nth(5).getByRole("checkbox", { name: /Keep/ }).check();
  await expect(page.getByRole("heading", { name: /Questions \(5 of \d+ kept\)/ })).toBeVisible();

  await page.getByLabel("Quiz title").fill(title);
  await page.getByRole("button", { name: "Save to my library" }).click();
  await expect(page.getByRole("heading", { name: "Saved to your library" })).toBeVisible();
  await expect(page.getByText(/has 5 questions/)).toBeVisible();
  await expect(page.getByRole("button", { name: "Host live" })).toBeVisible();
  await expect(page.getByRole("link", { name: "Open in editor" })).toBeVisible();

  // It is in the library.
  await page.getByRole("link", { name: "Back to the library" }).click();
  const card = page.getByRole("article", { name: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText("5 questions");
  await expect(card).toContainText("Questions generated from “The Glass Bridge of Vellmar Opens”");

  // And the editor shows the edited wording, with the source sentence kept.
  await card.getByRole("link", { name: /^Edit/ }).click();
  await expect(page.getByLabel("Question", { exact: true }).first()).toHaveValue(edited);
});

test("nothing the teacher did is lost: the pasted text survives a reload, a deleted question comes back, a refused save says why", async ({ page }) => {
  await page.goto("/quizzes/from-article");
  await page.getByLabel("Article text").fill(ARTICLE);
  // the text is kept in this browser: a reload (or a closed tab) brings it back
  await page.waitForTimeout(700);
  await page.reload();
  await expect(page.getByLabel("Article text")).toHaveValue(ARTICLE);
  await page.getByRole("button", { name: "Make questions" }).click();
  await expect(page.getByRole("heading", { name: "Review the questions" })).toBeVisible();

  const items = page.getByTestId("draft-item");
  const total = await items.count();
  const firstCard = await items.nth(0).innerText();
  await page.getByRole("button", { name: "Delete question 1", exact: true }).click();
  await expect(items).toHaveCount(total - 1);
  await expect(page.getByText("Question 1 deleted.", { exact: true })).toBeVisible();
  await page.getByRole("button", { name: "Undo" }).click();
  await expect(items).toHaveCount(total);
  expect(await items.nth(0).innerText()).toBe(firstCard);

  // no title: not saved, and the reason is given where the teacher looks
  await page.getByLabel("Quiz title").fill("");
  await page.getByRole("button", { name: "Save to my library" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "Not saved" })).toContainText("Not saved: Give the quiz a title.");
  await expect(page.getByLabel("Quiz title")).toBeFocused();
  await expect(items).toHaveCount(total);
});
