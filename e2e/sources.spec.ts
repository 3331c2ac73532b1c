import { expect, test } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

// The passage exactly as prisma/seed/dataset.json quotes it (half-width comma, full-width quotation marks).
const TOP_DOWN = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";

test("the source list shows both documents with their notes and links to the viewer", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await page.goto("/sources?countries=CN,JP&lang=zh");
  const cards = page.locator(".source-card");
  await expect(cards).toHaveCount(2);
  await expect(
    page.getByRole("link", { name: "中日智慧城市建设的阶段演进与实践特点比较" }),
  ).toHaveAttribute("href", "/sources/cn-jp-comparison?countries=CN,JP&lang=zh");
  await expect(page.getByRole("link", { name: /中国城镇化规模“空前”/ })).toBeVisible();
  await expect(cards.first().locator(".source-note")).toContainText("机器翻译");
  await shot(page, "sources");
});

test("a cited passage is highlighted, and focusing it lists the assessments that cite it", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await page.goto("/sources/cn-jp-comparison?countries=CN,JP&lang=zh");
  const passage = page.getByRole("link", { name: TOP_DOWN, exact: true });
  await expect(passage).toBeVisible();
  await expect(page.locator("mark.passage", { has: passage })).toHaveAttribute(
    "id",
    /^passage-\d+-\d+$/,
  );

  // Keyboard: the passage is a link; following it focuses it and opens its panel, from the URL alone.
  await passage.focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/focus=passage:\d+-\d+#passage-\d+-\d+$/);
  await expect(page.locator("mark.passage.is-focused").first()).toContainText(TOP_DOWN);
  const panel = page.getByTestId("passage-panel");
  await expect(panel.getByTestId("panel-quote")).toHaveText(TOP_DOWN);
  const id = (await page.locator("mark.passage.is-focused").first().getAttribute("id"))!.replace(
    "passage-",
    "",
  );
  await expect(page.getByTestId(`count-${id}`).locator("[aria-hidden=true]")).toHaveText(
    String(await panel.locator(".citing-list > li").count()),
  );
  const cell = panel.getByRole("link", { name: "中国 × 发展模式" });
  await expect(cell).toHaveAttribute(
    "href",
    "/matrix?countries=CN,JP&lang=zh&focus=cell:CN:development-model",
  );
  const reloaded = page.url();
  await page.reload();
  await expect(page).toHaveURL(reloaded);
  await expect(panel.getByTestId("panel-quote")).toHaveText(TOP_DOWN);

  const matrix = page.waitForResponse((r) => r.url().includes("/matrix?"));
  await cell.click();
  expect((await matrix).status()).toBe(200);
  await expect(page).toHaveURL(
    /\/matrix\?countries=CN,JP&lang=zh&focus=cell:CN:development-model$/,
  );
});

test("the web-page source reads as text, with English translations in the passage panel", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await page.goto("/sources/ndrc-international-cooperation?lang=en");
  const text = page.getByTestId("source-text");
  await expect(text.locator("h2")).toHaveText(
    "中国城镇化规模“空前”，建设新型智慧城市是“解题”关键？",
  );
  const shown = await text.innerText();
  expect(shown).not.toMatch(/<\/?[a-z][^>]*>/i);
  expect(shown).not.toContain("layout:");
  expect(shown).not.toContain("---");
  await expect(page.getByTestId("source-summary")).toContainText("29 cited passages");

  await text.locator("mark.passage a").first().click();
  await expect(page).toHaveURL(/focus=passage:/);
  const panel = page.getByTestId("passage-panel");
  await expect(panel.getByText("English translation:").first()).toBeVisible();
  await expect(panel.locator("[lang=en].translation").first()).not.toBeEmpty();
  // From the top, so that the sticky bar and panel are drawn where they belong.
  await page.evaluate(() => window.scrollTo(0, 0));
  await shot(page, "source-viewer");
});

test("an unknown passage is reported, and an unknown document is not found", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/sources/cn-jp-comparison?lang=en&focus=passage:1-2");
  await expect(page.getByTestId("state-notices")).toContainText(
    "The highlighted item does not exist",
  );
  const response = await page.goto("/sources/no-such-source?lang=en");
  expect(response?.status()).toBe(404);
});
