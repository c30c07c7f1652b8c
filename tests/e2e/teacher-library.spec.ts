// The teacher's round trip: write a quiz in the editor (and be stopped by a validation error first),
// save it, find it in the library, reorder its questions, and delete it.
import { expect, test, type Locator, type Page } from "@playwright/test";
import { TEACHER_STATE } from "./global-setup";

// The signed-in teacher made by the run's global set-up.
test.use({ storageState: TEACHER_STATE });

const questionCards = (page: Page) => page.getByTestId("question-card");
const promptOf = (card: Locator) => card.getByLabel("Question", { exact: true });

test("teacher creates, validates, saves, reorders and deletes a quiz", async ({ page }) => {
  const title = `E2E water cycle ${Date.now()}`;

  await page.goto("/quizzes");
  await expect(page.getByRole("heading", { name: "Quiz library" })).toBeVisible();
  await page.getByRole("link", { name: "New quiz", exact: true }).click();
  await expect(page).toHaveURL(/\/quizzes\/new$/);

  // Quiz details.
  await page.getByLabel("Title").fill(title);
  await page.getByLabel("Description").fill("Made by the end-to-end test.");

  // Question 1: multiple choice. The prompt is left empty on purpose; two of the four slots are filled.
  const first = questionCards(page).nth(0);
  await first.getByLabel("Option 1", { exact: true }).fill("Evaporation");
  await first.getByLabel("Option 2", { exact: true }).fill("Condensation");
  await first.getByRole("radio", { name: "Correct answer: option 2" }).check();
  await first.getByLabel("Time limit").selectOption("30");

  // Question 2: true/false.
  await page.getByRole("button", { name: "Add true/false question" }).click();
  await expect(questionCards(page)).toHaveCount(2);
  const second = questionCards(page).nth(1);
  await expect(promptOf(second)).toBeFocused();
  await promptOf(second).fill("Water boils at 100 °C at sea level.");
  await second.getByRole("radio", { name: "True" }).check();
  await second.getByLabel("Points").selectOption("2000");

  // Saving with an empty prompt is refused, the error sits next to the field, and nothing typed is lost.
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByText(/Not saved yet: one thing needs fixing/)).toBeVisible();
  await expect(promptOf(first)).toHaveAttribute("aria-invalid", "true");
  await expect(first.getByText("Write the question")).toBeVisible();
  await expect(page).toHaveURL(/\/quizzes\/new$/);
  await expect(page.getByLabel("Title")).toHaveValue(title);
  await expect(first.getByLabel("Option 2", { exact: true })).toHaveValue("Condensation");

  // Fix it: the error clears as soon as the prompt has text, then the save goes through.
  await promptOf(first).fill("What turns water vapour back into liquid water?");
  await expect(first.getByText("Write the question")).toHaveCount(0);
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ }).first()).toBeVisible();
  await expect(page).toHaveURL(/\/quizzes\/[^/]+\/edit$/);
  await expect(page.getByRole("button", { name: "Host live" }).first()).toBeVisible();
  // Empty option slots were left out when saving.
  await expect(first.getByLabel("Option 3", { exact: true })).toHaveCount(0);

  // The library lists it.
  await page.getByRole("link", { name: "Library", exact: true }).click();
  await expect(page).toHaveURL(/\/quizzes$/);
  const card = page.getByRole("article", { name: title });
  await expect(card).toBeVisible();
  await expect(card).toContainText("2 questions");

  // Reorder with the keyboard: question 2 moves up and focus stays on the moved question's controls.
  await card.getByRole("link", { name: /^Edit/ }).click();
  await expect(questionCards(page)).toHaveCount(2);
  await expect(promptOf(questionCards(page).nth(0))).toHaveValue("What turns water vapour back into liquid water?");
  await page.getByRole("button", { name: "Move question 2 up" }).focus();
  await page.keyboard.press("Enter");
  await expect(promptOf(questionCards(page).nth(0))).toHaveValue("Water boils at 100 °C at sea level.");
  await expect(page.getByRole("button", { name: "Move question 1 down" })).toBeFocused();
  await expect(page.getByText("Unsaved changes").first()).toBeVisible();
  await page.getByRole("button", { name: "Save", exact: true }).click();
  await expect(page.getByRole("status").filter({ hasText: /Saved at/ }).first()).toBeVisible();

  // The new order is what the server kept.
  await page.reload();
  await expect(promptOf(questionCards(page).nth(0))).toHaveValue("Water boils at 100 °C at sea level.");
  await expect(questionCards(page).nth(0).getByRole("radio", { name: "True" })).toBeChecked();
  await expect(questionCards(page).nth(0).getByLabel("Points")).toHaveValue("2000");
  await expect(promptOf(questionCards(page).nth(1))).toHaveValue("What turns water vapour back into liquid water?");
  await expect(questionCards(page).nth(1).getByRole("radio", { name: "Correct answer: option 2" })).toBeChecked();

  // Delete it from the library, through the confirmation.
  await page.getByRole("link", { name: "Library", exact: true }).click();
  const again = page.getByRole("article", { name: title });
  await again.getByRole("button", { name: /^Delete/ }).click();
  const dialog = page.getByRole("dialog", { name: "Delete this quiz?" });
  await expect(dialog).toBeVisible();
  await dialog.getByRole("button", { name: "Delete quiz" }).click();
  await expect(dialog).toBeHidden();
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
  await expect(page.getByText(`Deleted “${title}”.`)).toBeVisible();

  // Gone for good.
  await page.reload();
  await expect(page.getByRole("heading", { name: "Quiz library" })).toBeVisible();
  await expect(page.getByText("Loading your quizzes…")).toHaveCount(0);
  await expect(page.getByRole("article", { name: title })).toHaveCount(0);
});
