import { expect, test } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

test.beforeEach(async ({ page }) => {
  await signIn(page, "viewer");
});

test("the overview contrasts China and Japan: development model, data rules, indicators", async ({
  page,
}) => {
  await page.goto("/?countries=CN,JP&lang=zh");
  const contrasts = page.getByTestId("contrasts");
  const dev = contrasts.locator('tr[data-dimension="development-model"]');
  await expect(dev.locator('td[data-country="CN"]')).toContainText("以自上而下为主");
  await expect(dev.locator('td[data-country="JP"]')).toContainText("以自下而上为主");
  const rules = contrasts.locator('tr[data-dimension="data-governance"]');
  await expect(rules.locator('td[data-country="CN"]')).toContainText("2020 年 4 月");
  await expect(rules.locator('td[data-country="CN"]')).toContainText(
    "2020 年 4 月 《智慧城市建设信息安全技术指南》",
  );
  await expect(rules.locator('td[data-country="JP"]')).toContainText(
    "促进公共和私人数据利用基本法",
  );
  await expect(page.getByTestId("key-indicators")).toContainText("超过 500 个");
  await expect(page.getByTestId("view-link-timeline")).toHaveAttribute(
    "href",
    "/charts/timeline?countries=CN,JP&lang=zh",
  );
  await shot(page, "overview");
});

test("the matrix shows scale chips, citation counts, and says where the sources are silent", async ({
  page,
}) => {
  await page.goto("/matrix?countries=CN,JP&lang=zh");
  await expect(page.getByTestId("cell-CN-development-model")).toContainText("4/5 · 以自上而下为主");
  await expect(page.getByTestId("cell-CN-development-model")).toContainText("4 条引文");
  await expect(page.getByTestId("cell-JP-development-model")).toContainText("2/5 · 以自下而上为主");
  await expect(page.getByTestId("cell-CN-data-governance")).toContainText(
    "5/5 · 专门的国家标准和指南",
  );
  await expect(page.getByTestId("cell-CN-data-governance")).toContainText("2020 年 4 月");
  await expect(page.getByTestId("cell-JP-data-governance")).toContainText(
    "促进公共和私人数据利用基本法",
  );
  for (const years of ["1999–2008", "2009–2015", "2016–2018", "2020 年以来"])
    await expect(page.getByTestId("cell-CN-stages")).toContainText(years);
  await expect(page.getByTestId("cell-JP-security-compliance")).toContainText("来源对此没有论述");
  await expect(page.getByTestId("matrix-legend")).toBeVisible();
  await shot(page, "matrix");
});

test("a keyboard user reaches a cell's side panel and closes it with Escape", async ({ page }) => {
  await page.goto("/matrix?countries=CN,JP&lang=en");
  let reached = false;
  for (let i = 0; i < 40 && !reached; i++) {
    await page.keyboard.press("Tab");
    reached = await page.evaluate(
      () =>
        (document.activeElement as HTMLElement | null)?.dataset.testid ===
        "cell-CN-development-model",
    );
  }
  expect(reached, "Tab reaches the China × development-model cell").toBe(true);
  await page.keyboard.press("Enter");
  const panel = page.getByTestId("cell-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("China × Development model");
  await expect(panel.getByRole("heading", { level: 2 })).toBeFocused();
  await expect(page).toHaveURL(/focus=cell:CN:development-model/);
  await expect(panel.getByTestId("rubric").locator('[aria-current="true"]')).toContainText(
    "Mainly top-down",
  );
  await expect(panel.getByTestId("evidence")).toContainText(
    "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。",
  );
  await expect(panel.locator(".translation").first()).not.toBeEmpty();
  await shot(page, "matrix-panel");
  await page.keyboard.press("Escape");
  await expect(panel).toHaveCount(0);
  await expect(page.getByTestId("cell-CN-development-model")).toBeFocused();
  await expect(page).not.toHaveURL(/focus=/);
});

test("a URL with state reproduces the view: countries, dimensions, language and the open cell", async ({
  page,
}) => {
  await page.goto(
    "/matrix?countries=JP,US,CN&dims=development-model,data-governance&lang=en&focus=cell:JP:data-governance",
  );
  await expect(page.getByTestId("matrix").locator("thead th")).toHaveText([
    "Dimension",
    "Japan",
    "United States",
    "China",
  ]);
  await expect(page.getByTestId("matrix").locator("tbody tr")).toHaveCount(2);
  const panel = page.getByTestId("cell-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText("Japan × Data governance");
  await expect(panel).toContainText("National legal framework");
  await expect(page.getByTestId("cell-US-development-model")).toContainText(
    "The sources are silent",
  );
  // The links out of the view keep the selection and the language.
  await expect(page.getByRole("link", { name: "Overview" })).toHaveAttribute(
    "href",
    "/?countries=JP,US,CN&dims=development-model,data-governance&lang=en",
  );
});

test("the language switch changes labels and content, and is remembered", async ({ page }) => {
  await page.goto("/matrix?countries=CN,JP&lang=zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("比较矩阵");
  await page.getByTestId("lang-en").click();
  await expect(page).toHaveURL(/lang=en/);
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparison matrix");
  await expect(page.getByTestId("cell-CN-development-model")).toContainText("Mainly top-down");
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  // Remembered: a link without a language opens in English.
  await page.goto("/matrix");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("Comparison matrix");
  await page.getByTestId("lang-zh").click();
  await expect(page.getByTestId("cell-CN-development-model")).toContainText("以自上而下为主");
  await expect(page.locator("html")).toHaveAttribute("lang", "zh-CN");
});

test("the country picker searches, keeps 2 to 6 countries, and puts the choice in the URL", async ({
  page,
}) => {
  await page.goto("/matrix?countries=CN,JP&lang=zh");
  await page.getByTestId("country-picker").click();
  const dialog = page.getByRole("dialog");
  await dialog.getByRole("searchbox").fill("Singa");
  await expect(dialog.getByRole("checkbox")).toHaveCount(1);
  await dialog.getByRole("checkbox").check();
  await dialog.getByRole("searchbox").fill("");
  await dialog.getByRole("checkbox", { name: /中国/ }).uncheck();
  await dialog.getByRole("checkbox", { name: /日本/ }).uncheck();
  await expect(dialog.getByRole("button", { name: "应用" })).toBeDisabled();
  await expect(dialog.getByRole("alert")).toContainText("请选择 2 到 6 个国家或地区");
  await dialog.getByRole("checkbox", { name: /日本/ }).check();
  // The order the analyst chose is kept: Singapore first, then Japan.
  await expect(dialog.getByTestId("picker-order-SG")).toHaveText("1");
  await expect(dialog.getByTestId("picker-order-JP")).toHaveText("2");
  await dialog.getByRole("button", { name: "应用" }).click();
  await expect(page).toHaveURL(/countries=SG,JP/);
  await expect(page.getByTestId("matrix").locator("thead th")).toHaveText([
    "维度",
    "新加坡",
    "日本",
  ]);
});

test("a country keeps its colour whatever else is selected", async ({ page }) => {
  const fill = async (countries: string, country: string) => {
    await page.goto(`/charts/development-model?countries=${countries}&lang=en`);
    const bar = page.locator(`rect[data-mark="assessment:development-model:${country}"]`).first();
    await expect(bar).toBeVisible();
    return bar.getAttribute("fill");
  };
  const japan = await fill("CN,JP", "JP");
  const china = await fill("CN,JP", "CN");
  expect(japan).not.toBe(china);
  expect(await fill("US,SG,KR,EU,JP,CN", "JP")).toBe(japan);
  expect(await fill("JP,CN", "JP")).toBe(japan);
  expect(await fill("JP,US", "JP")).toBe(japan);
  expect(await fill("US,SG,KR,EU,JP,CN", "CN")).toBe(china);
});

test("a bad link is explained, not an error", async ({ page }) => {
  await page.goto("/matrix?countries=CN,XX&from=2020&to=1999&lang=en");
  await expect(page.getByTestId("state-notices")).toContainText(
    "There is no country or region “XX”.",
  );
  await expect(page.getByTestId("state-notices")).toContainText("At least 2 countries");
  await expect(page.getByTestId("matrix").locator("thead th")).toHaveText([
    "Dimension",
    "China",
    "Japan",
  ]);
  expect((await page.request.get("/charts/no-such-chart")).status()).toBe(404);
});

test("the radar and development-model charts draw the contrast and read it out as a table", async ({
  page,
}) => {
  await page.goto("/charts/development-model?countries=CN,JP&lang=en");
  await expect(page.getByTestId("chart-body").locator(".recharts-bar-rectangle")).toHaveCount(2);
  const table = page.getByTestId("chart-table");
  await expect(table.locator("tbody tr").nth(0)).toContainText("China");
  await expect(table.locator("tbody tr").nth(0)).toContainText("Mainly top-down");
  await expect(table.locator("tbody tr").nth(1)).toContainText("Mainly bottom-up");
  await expect(page.getByTestId("chart-caption")).toContainText("Sources:");
  // A tooltip on the mark.
  await page.getByTestId("chart-body").locator(".recharts-bar-rectangle").first().hover();
  await expect(page.locator(".recharts-tooltip-wrapper")).toContainText("Level 4: Mainly top-down");
  await shot(page, "development-model");

  await page.goto("/charts/radar?countries=CN,JP&lang=zh");
  await expect(page.getByTestId("chart-body").locator(".recharts-radar")).toHaveCount(2);
  await page.getByTestId("show-table").click();
  await expect(
    page.getByTestId("chart-table").locator("tbody tr").filter({ hasText: "数据治理" }),
  ).toContainText("5 · 专门的国家标准和指南");
  await expect(
    page.getByTestId("chart-table").locator("tbody tr").filter({ hasText: "数据治理" }),
  ).toContainText("3 · 国家法律框架");
  await page.getByTestId("show-chart").click();
  await shot(page, "radar");
});

test("a view sends the browser its part of the data, not the dataset", async ({ page }) => {
  for (const path of [
    "/matrix?countries=CN,JP&lang=zh",
    "/charts/radar?countries=CN,JP&lang=zh",
    "/?countries=CN,JP&lang=zh",
  ]) {
    const html = await (await page.request.get(path)).text();
    // Uncited text of a source document, and a country outside the selection, stay on the server.
    expect(html, path).not.toContain("三四五线市县成为新的增长极");
    expect(html, path).not.toContain("黎明的文章只把新加坡列为");
    expect(html.length, path).toBeLessThan(400_000);
  }
});

test("in table view, a row opens its evidence", async ({ page }) => {
  await page.goto("/charts/timeline?countries=CN,JP&lang=zh&view=table");
  await page.getByTestId("chart-table").getByRole("link", { name: "第一阶段：初步形成期" }).click();
  await expect(page).toHaveURL(/focus=event:cn-stage-1/);
  await expect(page.getByTestId("event-details")).toContainText("1999");
  await expect(page.getByTestId("event-details").getByTestId("evidence")).not.toBeEmpty();
});
