import { expect, test, type Page } from "@playwright/test";
import { textPdf } from "../testing/fixtures/source-files";
import { shot } from "./support/screenshots";
import { createE2EUser, signedInContext, signIn } from "./support/users";

// Curation in the browser, as a team does it: an editor adds a PDF source, cites a passage of it
// by selecting it, changes an assessment's level; a second editor reviews the field diff and
// publishes; a third person's matrix (on the other app instance when there is one) updates live;
// the old version stays readable; the fact's history shows both values and reverting restores it.

const SECOND_EDITOR = "e2e-editor-two@example.com";
const CELL = { country: "JP", dimension: "data-governance" };
const MATRIX = "/matrix?countries=CN,JP&lang=en";
// Each line fits the page's width: the text layer keeps only what is on the page.
const QUOTE = "The 2020 amendment strengthened the rights of individuals.";
const PDF_PAGES = [
  "Act on the Protection of Personal Information: an overview\nThe Act was enacted in 2003.",
  `${QUOTE}\nIt introduced pseudonymously processed information.\nIt took full effect in 2022.`,
];

test.beforeAll(() => createE2EUser(SECOND_EDITOR, "E2E second editor", "editor"));

/** Selects `phrase` in the source viewer's text, retried until the page has hydrated. */
async function selectPhrase(page: Page, phrase: string) {
  await expect(async () => {
    const found = await page.evaluate((wanted) => {
      const root = document.querySelector("[data-testid=source-text]");
      if (!root) return false;
      const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const at = (node.textContent ?? "").indexOf(wanted);
        if (at < 0) continue;
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + wanted.length);
        document.getSelection()!.removeAllRanges();
        document.getSelection()!.addRange(range);
        return true;
      }
      return false;
    }, phrase);
    expect(found, `"${phrase}" is in the source text`).toBe(true);
    await expect(page.getByTestId("cite-selection")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 20_000 });
}

const levelChip = (page: Page) =>
  page.getByTestId(`cell-${CELL.country}-${CELL.dimension}`).getByTestId("level-chip");

/** The second editor approves the request on its review page, then publishes it. */
/** The number of the latest published dataset version. */
async function latestVersion(page: Page): Promise<number> {
  const answer = await page.request.get("/api/v1/versions");
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { versions: { number: number }[] }).versions[0].number;
}

async function approveAndPublish(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.getByRole("button", { name: "Approve", exact: true }).click();
  await expect(page.getByTestId("activity")).toContainText("Approved");
  await page.getByRole("button", { name: "Publish", exact: true }).click();
  // The button's answer, or the page as the live update re-renders it, whichever shows first.
  const published = page
    .getByTestId("published")
    .or(page.getByRole("link", { name: /^Published as version \d+$/ }))
    .first();
  await expect(published).toContainText(/version \d+/);
  return Number((await published.innerText()).match(/version (\d+)/)![1]);
}

test("an editor cites a new PDF source and changes a level; a second editor publishes it; the team sees it live; history reverts it", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(240_000);
  const reviewer = await browser.newContext({ baseURL });
  const second = await reviewer.newPage();
  await signIn(second, "editor", "/", SECOND_EDITOR);
  // The watcher reads the matrix on the second app instance when there is one.
  const watcher = await signedInContext(
    browser,
    process.env.E2E_SECOND_BASE_URL ?? baseURL,
    "viewer",
  );
  await watcher.page.goto(MATRIX);
  await expect(levelChip(watcher.page)).toContainText("3/5");

  // A key of its own on each run: a source cannot be deleted, only given new versions.
  const key = `e2e-appi-${Date.now().toString(36)}`;
  await test.step("an editor uploads a PDF source with its metadata", async () => {
    await signIn(page, "editor");
    await page.goto("/sources/new?lang=en");
    const form = page.getByTestId("source-form");
    await form.locator('input[type="file"]').setInputFiles({
      name: "appi-overview.pdf",
      mimeType: "application/pdf",
      buffer: Buffer.from(textPdf(PDF_PAGES, "APPI overview")),
    });
    await form.getByLabel("Title in English").fill("APPI overview (test document)");
    await form.getByLabel("Title in Chinese").fill("APPI overview (test document, zh title)");
    await form.getByLabel("Author (as the document gives it)").fill("E2E test");
    await form.getByLabel("Publisher").fill("E2E test publisher");
    await form.getByLabel(/^Date/).fill("2022-04");
    await form.getByLabel("Language of the text").selectOption("en");
    await form.getByLabel("Kind").selectOption("law");
    await form.getByLabel("Key (optional)").fill(key);
    await shot(page, "curation-new-source");
    await form.getByRole("button", { name: "Add the source" }).click();
    await expect(page).toHaveURL(new RegExp(`/sources/${key}\\?lang=en$`));
    await expect(page.getByTestId("source-text")).toContainText(QUOTE);
  });

  await test.step("…selects a passage and cites it for Japan × data governance", async () => {
    await selectPhrase(page, QUOTE);
    await page.getByTestId("cite-selection").click();
    const dialog = page.getByRole("dialog");
    await expect(dialog.locator(".cite-quote")).toHaveText(QUOTE);
    await dialog.getByLabel("Country or region").selectOption(CELL.country);
    await dialog.getByLabel("Dimension").selectOption(CELL.dimension);
    await dialog.getByTestId("cite-submit").click();
    await expect(dialog.getByTestId("cite-done")).toBeVisible();
  });

  let requestUrl = "";
  await test.step("…raises the level from 3 to 4 and opens the draft for review", async () => {
    await page.goto(
      `/curation/edit/assessment?country=${CELL.country}&dimension=${CELL.dimension}&lang=en`,
    );
    const form = page.getByTestId("fact-form");
    await expect(form).toContainText(QUOTE);
    await form.getByLabel("Level").selectOption("4");
    await form.getByTestId("add-to-draft").click();
    await page.goto("/curation/draft?lang=en");
    const draft = page.getByTestId("draft");
    await draft.getByLabel("Title").fill("Japan's data governance: the 2020 APPI amendment");
    await draft.getByRole("button", { name: "Save" }).click();
    await expect(draft.getByRole("status")).toBeVisible();
    await page.getByTestId("open-for-review").click();
    await expect(page).toHaveURL(/\/curation\/requests\/[^/?]+\?lang=en$/);
    requestUrl = new URL(page.url()).pathname + "?lang=en";
    // The author cannot approve their own request.
    await expect(page.getByRole("button", { name: "Approve", exact: true })).toHaveCount(0);
  });

  // Adding the source made a version of its own; this is the last one with level 3.
  const oldVersion = await latestVersion(page);
  let newVersion = 0;
  await test.step("a second editor reviews the field diff and publishes", async () => {
    await second.goto(requestUrl);
    const card = second.getByTestId("change-card");
    await expect(card).toHaveCount(1);
    await expect(card).toContainText("Scale level");
    await expect(card.locator("del, .before").filter({ hasText: "3" }).first()).toBeVisible();
    await expect(card.locator("ins, .after").filter({ hasText: "4" }).first()).toBeVisible();
    await expect(card).toContainText(QUOTE);
    await shot(second, "curation-review");
    newVersion = await approveAndPublish(second, requestUrl);
    expect(newVersion).toBe(oldVersion + 1);
  });

  await test.step("the third person's matrix updates without a reload", async () => {
    await expect(levelChip(watcher.page)).toContainText("4/5", { timeout: 15_000 });
  });

  await test.step("the old version still reads the old value", async () => {
    await watcher.page.goto(`${MATRIX}&version=${oldVersion}`);
    await expect(watcher.page.getByTestId("dataset-banner")).toContainText(
      `dataset version ${oldVersion}`,
    );
    await expect(levelChip(watcher.page)).toContainText("3/5");
    const pinned = await watcher.page.request.get(
      `/api/v1/assessments?countries=JP&version=${oldVersion}`,
    );
    expect(pinned.headers()["x-dataset-version"]).toBe(String(oldVersion));
  });

  let revertUrl = "";
  await test.step("the history shows both values, and restoring the old one is a request", async () => {
    await page.goto(`/history/assessment:${CELL.country}:${CELL.dimension}?lang=en`);
    const entry = page.locator("li", { hasText: `Version ${newVersion}` }).first();
    await expect(entry).toContainText("3");
    await expect(entry).toContainText("4");
    await shot(page, "curation-history");
    // The current value has no restore button; the one before it (the seeded value) has.
    const restore = page.getByTestId(/^restore-\d+$/).first();
    expect(Number((await restore.getAttribute("data-testid"))!.slice(8))).toBeLessThan(newVersion);
    await restore.click();
    await expect(page).toHaveURL(/\/curation\/requests\/[^/?]+\?lang=en$/);
    revertUrl = new URL(page.url()).pathname + "?lang=en";
    expect(revertUrl).not.toBe(requestUrl);
  });

  await test.step("once published, the revert restores 3 everywhere, live", async () => {
    const reverted = await approveAndPublish(second, revertUrl);
    expect(reverted).toBe(newVersion + 1);
    // The pinned view says a newer version exists instead of changing under the reader.
    await expect(watcher.page.getByTestId("newer-version")).toBeVisible({ timeout: 15_000 });
    await expect(levelChip(watcher.page)).toContainText("3/5");
    await watcher.page.goto(MATRIX);
    await expect(levelChip(watcher.page)).toContainText("3/5");
    expect(await latestVersion(watcher.page)).toBe(reverted);
  });

  await test.step("the curation hub reaches every edit form, a dimension's scale included", async () => {
    await page.goto("/curation?lang=en");
    const edit = page.getByTestId("hub-edit");
    await expect(edit.getByRole("link", { name: /^New / })).toHaveCount(7);
    await edit.getByText(/^Dimensions \(\d+\)$/).click();
    await edit.getByRole("link", { name: "Data governance (data-governance)" }).click();
    await expect(page).toHaveURL(/\/curation\/edit\/dimension\?key=data-governance&lang=en$/);
    await expect(page.getByTestId("fact-form")).toContainText("Scale");
    await shot(page, "curation-edit-dimension");
  });

  await reviewer.close();
  await watcher.context.close();
});
