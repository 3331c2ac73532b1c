import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

// Toggling a dimension and opening a cell change the URL without reloading the page: the menu
// stays open, and a value set on the page's window survives.

test("toggling a dimension and opening a cell do not reload the matrix", async ({ page }) => {
  await signIn(page, "viewer");
  await page.goto("/matrix?countries=CN,JP&lang=en");
  const rows = page.locator("[data-testid=matrix] tbody tr");
  const all = await rows.count();
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  const marker = () => page.evaluate(() => (window as unknown as { marker?: number }).marker);

  const filter = page.locator("details.dimension-filter");
  await filter.locator("summary").click();
  await filter.getByRole("link", { name: /^Drivers \(shown\)$/ }).click();
  await expect(page).toHaveURL(/[?&]dims=[^&]+/);
  await expect(rows).toHaveCount(all - 1);
  await expect(page.locator("tr[data-dimension=drivers]")).toHaveCount(0);
  await expect(filter).toHaveAttribute("open", "");
  expect(await marker()).toBe(42);

  await filter.getByRole("link", { name: "All dimensions" }).click();
  await expect(rows).toHaveCount(all);
  await expect(page).not.toHaveURL(/dims=/);

  await page.getByTestId("cell-JP-data-governance").click();
  await expect(page).toHaveURL(/focus=cell:JP:data-governance/);
  await expect(page.getByTestId("rubric")).toBeVisible();
  expect(await marker()).toBe(42);
});
