import { expect, test } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

const countOf = async (text: string | null) => Number(text?.match(/\d+/)?.[0] ?? 0);

test("an analyst annotates a matrix cell, and another analyst sees it appear without reloading", async ({ page, browser, baseURL }) => {
  const otherContext = await browser.newContext({ baseURL });
  const other = await otherContext.newPage();
  await signIn(other, "editor");
  await other.goto("/matrix?countries=CN,JP&lang=en");
  const badge = other.getByTestId("annotations-CN-drivers");
  const before = (await badge.count()) ? await countOf(await badge.textContent()) : 0;

  await signIn(page, "analyst");
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:CN:drivers");
  const text = `Urbanisation drives it, note ${Date.now()}`;
  const form = page.getByTestId("annotation-form");
  await form.getByLabel("Text (Markdown)").fill(`**${text}**`);
  await form.getByLabel("Tags (separated by spaces)").fill("drivers cn");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByTestId("annotation-list")).toContainText(text);
  await expect(page.getByTestId("annotation-list").locator("strong", { hasText: text })).toBeVisible();

  // The other browser was not reloaded: the live stream brought the change.
  await expect(badge).toBeVisible({ timeout: 10_000 });
  await expect.poll(async () => countOf(await badge.textContent()), { timeout: 10_000 }).toBe(before + 1);
  await other.getByTestId("cell-CN-drivers").click();
  await expect(other.getByTestId("annotation-list")).toContainText(text);
  await shot(other, "matrix-annotations");
  await otherContext.close();
});

test("script in an annotation does not run, and a viewer cannot write", async ({ page, browser, baseURL }) => {
  await signIn(page, "analyst");
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:drivers");
  const form = page.getByTestId("annotation-form");
  await form.getByLabel("Text (Markdown)").fill('<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> [click](javascript:window.__xss=3) xss-probe');
  await form.getByLabel("Tags (separated by spaces)").fill("probe");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByTestId("annotation-list")).toContainText("xss-probe");
  await expect(page.getByTestId("annotation-list").locator("img, script, a[href^='javascript']")).toHaveCount(0);
  expect(await page.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();

  const viewerContext = await browser.newContext({ baseURL });
  const viewer = await viewerContext.newPage();
  await signIn(viewer, "viewer");
  await viewer.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:drivers");
  await expect(viewer.getByTestId("annotation-list")).toContainText("xss-probe");
  await expect(viewer.getByTestId("annotation-form")).toHaveCount(0);
  expect(await viewer.evaluate(() => (window as unknown as { __xss?: number }).__xss)).toBeUndefined();
  // Same-origin (past the CSRF check), so the 403 is the role's.
  const refused = await viewer.request.post("/api/v1/annotations?lang=en", { headers: { Origin: baseURL! }, data: { target: { kind: "matrix-cell", country: "JP", dimension: "drivers" }, body: "no" } });
  expect(refused.status()).toBe(403);
  await viewerContext.close();
});
