import { expect, test, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

// Notes belong to facts, not to pictures: a note made on a matrix cell shows wherever the
// assessment is drawn, and a note started from a quote targets both the fact and the passage.

/** The number a chart's annotation marker shows, or 0 when it has none. */
async function markerCount(page: Page, testId: string): Promise<number> {
  const marker = page.getByTestId(testId);
  if ((await marker.count()) === 0) return 0;
  return Number(await marker.locator("text").first().textContent());
}

/** The number of the matrix cell's badge ("2 annotations"), or 0 when it has none. */
async function badgeCount(page: Page, country: string, dimension: string): Promise<number> {
  const badge = page.getByTestId(`annotations-${country}-${dimension}`);
  if ((await badge.count()) === 0) return 0;
  return Number((await badge.textContent())!.match(/\d+/)![0]);
}

async function noteOnCell(page: Page, country: string, dimension: string, body: string) {
  await page.goto(`/matrix?countries=CN,JP&lang=en&focus=cell:${country}:${dimension}`);
  const form = page.getByTestId("focus-annotations").getByTestId("annotation-form").last();
  await form.getByLabel("Text (Markdown)").fill(body);
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByTestId("annotation-list")).toContainText(body);
}

test("a note made on a matrix cell appears on the radar and on the development-model chart, with the same count", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now().toString(36);
  // Japan × data sharing is drawn by the matrix and the radar; Japan × development model by the
  // matrix and the development-model chart.
  await noteOnCell(page, "JP", "data-sharing", `Sharing is voluntary ${stamp}`);
  await noteOnCell(page, "JP", "development-model", `Ministries fund it ${stamp}`);

  await page.goto("/matrix?countries=CN,JP&lang=en");
  const sharing = await badgeCount(page, "JP", "data-sharing");
  const model = await badgeCount(page, "JP", "development-model");
  expect(sharing).toBeGreaterThanOrEqual(1);
  expect(model).toBeGreaterThanOrEqual(1);

  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  await expect(page.getByTestId("annotation-point-radar-JP-data-sharing")).toBeVisible();
  expect(await markerCount(page, "annotation-point-radar-JP-data-sharing")).toBe(sharing);
  // The radar's detail of the axis point is the same fact: the note is listed there too.
  await expect(page.locator('[data-mark="assessment:data-sharing:JP"]').first()).toBeAttached();

  await page.goto("/charts/development-model?countries=CN,JP&lang=en");
  await expect(page.getByTestId("annotation-point-development-model-JP-position")).toBeVisible();
  expect(await markerCount(page, "annotation-point-development-model-JP-position")).toBe(model);
  await shot(page, "fact-note-development-model");

  // The annotations panel of the chart lists the note, with its fact in words and a link to it.
  await page.getByTestId("annotations-toggle").click();
  const panel = page.getByTestId("annotations-panel");
  const card = panel
    .getByTestId("annotation-card")
    .filter({ hasText: `Ministries fund it ${stamp}` });
  await expect(card.getByTestId("annotation-target-link")).toContainText(
    "Japan × Development model",
  );
});

test("a note from a quote targets the fact and the passage, and shows in the source viewer", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const body = `The quote says so ${Date.now().toString(36)}`;
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:CN:data-sharing");
  const evidence = page.getByTestId("evidence").locator("li").first();
  const quote = (await evidence.locator("blockquote").textContent())!.trim();
  await evidence.getByTestId("annotate-quote").click();
  const form = evidence.getByTestId("annotation-form");
  await form.getByLabel("Text (Markdown)").fill(body);
  await form.getByRole("button", { name: "Save annotation" }).click();

  // Listed with the fact, offering both targets.
  const card = page
    .getByTestId("focus-annotations")
    .getByTestId("annotation-card")
    .filter({ hasText: body });
  await expect(card).toBeVisible();
  await expect(card.locator('[data-kind="assessment"]')).toContainText("China × Data sharing");
  const passageLink = card.locator('[data-kind="source-passage"]');
  await expect(passageLink).toContainText(quote.slice(0, 10));
  await shot(page, "fact-note-from-quote");

  // The passage link opens the source viewer at the passage, where the note is listed.
  await passageLink.click();
  await expect(page).toHaveURL(/\/sources\/[a-z0-9-]+\?.*focus=passage:\d+-\d+/);
  await expect(page.getByTestId("passage-panel")).toContainText(body);
  await expect(page.locator("[data-testid=source-text] .annotated").first()).toBeAttached();
  await shot(page, "fact-note-in-source");
});

test("resolved threads are hidden by default in the panel and on the charts, and a switch shows them", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const body = `Settled question ${Date.now().toString(36)}`;
  await noteOnCell(page, "JP", "ecosystem", body);
  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  // The chart draws its markers once the browser has measured it.
  await expect(page.getByTestId("annotation-point-radar-JP-ecosystem")).toBeVisible();
  const before = await markerCount(page, "annotation-point-radar-JP-ecosystem");
  expect(before).toBeGreaterThanOrEqual(1);

  await page.getByTestId("annotations-toggle").click();
  const panel = page.getByTestId("annotations-panel");
  const card = panel.getByTestId("annotation-card").filter({ hasText: body });
  await card.getByRole("button", { name: "Resolve" }).click();
  // Gone from the panel and from the chart's count, live.
  await expect(card).toHaveCount(0);
  await expect
    .poll(() => markerCount(page, "annotation-point-radar-JP-ecosystem"))
    .toBe(before - 1);

  // The switch brings resolved threads back, on the chart too, and the URL keeps it.
  await panel.getByTestId("show-resolved").check();
  await expect(page).toHaveURL(/resolved=shown/);
  await expect(panel.getByTestId("annotation-card").filter({ hasText: body })).toBeVisible();
  await expect.poll(() => markerCount(page, "annotation-point-radar-JP-ecosystem")).toBe(before);

  // In the fact's detail panel, the resolved thread waits behind a disclosure.
  await page.getByRole("button", { name: "Close the annotations" }).click();
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:ecosystem");
  const resolved = page.getByTestId("resolved-threads");
  await expect(resolved).toBeVisible();
  await expect(resolved.getByText(body)).toBeHidden();
  await resolved.locator("summary").click();
  await expect(resolved.getByText(body)).toBeVisible();
});

test("a note comparing two facts shows on both, and its card offers each", async ({ page }) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const body = `Both started as pilots ${Date.now().toString(36)}`;
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:CN:stages");
  const form = page.getByTestId("focus-annotations").getByTestId("annotation-form").last();
  await form
    .getByTestId("annotation-compare")
    .selectOption({ label: "Japan × Development stages" });
  await form.getByLabel("Text (Markdown)").fill(body);
  await form.getByRole("button", { name: "Save annotation" }).click();
  const card = page.getByTestId("annotation-card").filter({ hasText: body });
  await expect(card.locator('[data-kind="assessment"]')).toHaveCount(2);

  // Japan's cell lists it too, and links back to China's.
  await card.locator('[data-kind="assessment"]').filter({ hasText: "Japan" }).click();
  await expect(page).toHaveURL(/focus=cell:JP:stages/);
  const there = page
    .getByTestId("annotation-list")
    .getByTestId("annotation-card")
    .filter({ hasText: body });
  await expect(there).toBeVisible();
  await expect(
    there.locator('[data-kind="assessment"]').filter({ hasText: "China" }),
  ).toBeVisible();
});
