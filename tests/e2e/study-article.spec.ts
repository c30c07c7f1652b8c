// "Study an article" on a phone, no account: from the start page, paste an article, see the progress,
// land in a study session, answer a question and see the feedback with the article's own sentence.
import { expect, test, type Page } from "@playwright/test";
import { PHONE } from "./fixtures";

test.use(PHONE);

// An invented story, written for this test.
const SENTENCES = [
  "The Saltmarsh Observatory Opens on Gull Island.",
  "After five years of building, the Saltmarsh Observatory on Gull Island welcomed its first visitors on Friday.",
  "The observatory was designed by the architect Ingrid Solberg and stands on wooden stilts above the tidal marsh.",
  "It cost 3.2 million pounds, most of it raised by the Coastal Birds Trust from more than 7,000 members.",
  "From its glass gallery, visitors can watch about 40,000 geese that spend every winter on the island.",
  "Warden Callum Reid, who has counted the birds since 1998, said the building was the best hide he had ever seen.",
  "A ferry from the harbour at Port Annick crosses to the island twice a day, and the trip takes twenty minutes.",
  "Entry is free for children, and adults pay six pounds.",
  "In 1952 a great storm flooded the whole marsh, and the old wooden hide was washed out to sea.",
  "The new building was tested against waves twice as high as the ones that night.",
  "Next spring the trust will open a small classroom beside the gallery for visiting schools from the mainland.",
];
const ARTICLE = `${SENTENCES[0]}\n\n${SENTENCES.slice(1, 4).join(" ")}\n\n${SENTENCES.slice(4, 8).join(" ")}\n\n${SENTENCES.slice(8).join(" ")}\n`;

const shot = (page: Page, name: string) => page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
async function noHorizontalScroll(page: Page) {
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
}

test("a learner pastes an article on a phone and studies it straight away", async ({ page }) => {
  await page.goto("/");
  const studyBox = page.getByRole("region", { name: "Study an article" });
  await expect(studyBox).toBeVisible();
  await expect(page.getByRole("link", { name: "My study" })).toHaveAttribute("href", "/study");
  await noHorizontalScroll(page);
  await shot(page, "01-start-page");
  await studyBox.getByRole("link", { name: /Study an article/ }).tap();

  // The form: paste text is the first tab, 10 questions by default.
  await expect(page.getByRole("heading", { name: "Study an article", level: 1 })).toBeVisible();
  await expect(page.getByLabel("How many questions")).toHaveValue("10");
  await noHorizontalScroll(page);
  await shot(page, "02-form");

  // Too short: refused in the browser, the text stays.
  await page.getByLabel("Article text").fill("Only a few words here.");
  await page.getByRole("button", { name: /Start studying/ }).tap();
  await expect(page.getByText(/That's only 5 words/)).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue("Only a few words here.");
  await shot(page, "03-too-short");

  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByLabel("How many questions").selectOption("5");
  await page.getByRole("button", { name: /Start studying/ }).tap();

  // Progress, then straight into the first question (no overview).
  await expect(page.getByText("Question 1 of", { exact: false })).toBeVisible({ timeout: 60_000 });
  await expect(page).toHaveURL(/\/study\/[^/?]+$/);
  await noHorizontalScroll(page);
  await shot(page, "04-question");

  // Answer with the first option, or with a guess where the question asks for a typed answer (which type comes first
  // is the generator's choice); the feedback shows the sentence the question came from.
  const typed = page.getByLabel("Type your answer");
  if (await typed.isVisible()) {
    await typed.fill("a guess");
    await page.getByRole("button", { name: "Submit" }).tap();
  } else await page.keyboard.press("1");
  await expect(page.getByRole("heading", { name: /Correct!|Not quite/ })).toBeVisible();
  const quote = page.locator("blockquote");
  await expect(quote).toBeVisible();
  const shown = (await quote.innerText()).replace(/^“|”$/g, "");
  expect(SENTENCES.some((s) => s.includes(shown) || shown.includes(s))).toBe(true);
  await noHorizontalScroll(page);
  await shot(page, "05-feedback");

  // It is in "My study" now.
  await page.goto("/study");
  await expect(page.getByRole("link", { name: /The Saltmarsh Observatory Opens on Gull Island/ })).toBeVisible();
  await shot(page, "06-my-study");
});

test("a failed request keeps the pasted text and says why", async ({ page }) => {
  await page.route("**/api/study/articles", async (route) => {
    await new Promise((r) => setTimeout(r, 1500));
    await route.fulfill({ status: 429, contentType: "application/json", body: JSON.stringify({ error: { code: "RATE_LIMITED", message: "That's 10 articles in 10 minutes from this network. Wait a few minutes, then try again; your text is still here." } }) });
  });
  await page.goto("/study/article");
  await page.getByLabel("Article text").fill(ARTICLE);
  await page.getByRole("button", { name: /Start studying/ }).tap();
  // The progress screen while the server works.
  await expect(page.getByRole("heading", { name: "Making questions…" })).toBeVisible();
  await noHorizontalScroll(page);
  await shot(page, "06b-progress");
  await expect(page.getByText(/Wait a few minutes/)).toBeVisible();
  await expect(page.getByLabel("Article text")).toHaveValue(ARTICLE);
  await noHorizontalScroll(page);
  await shot(page, "07-rate-limited");
  // A reload keeps it too.
  await page.unroute("**/api/study/articles");
  await page.reload();
  await expect(page.getByLabel("Article text")).toHaveValue(ARTICLE);
});
