import { expect, test } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

test.beforeEach(async ({ page }) => {
  await signIn(page, "viewer");
});

test("the indicators chart shows the sources' figures with comparator, unit and year, and says Japan has none", async ({
  page,
}) => {
  await page.goto("/charts/indicators?countries=CN,JP&lang=zh");
  const body = page.getByTestId("chart-body");
  const smartCities = body.getByTestId("indicator-smart-cities");
  await expect(smartCities).toContainText("智慧城市数量");
  await expect(smartCities).toContainText("单位：个");
  await expect(smartCities.getByTestId("bar-cn-smart-cities-2018")).toContainText("> 500 个");
  await expect(smartCities.getByTestId("bar-cn-smart-cities-2018")).toContainText("2018 年");
  const office = body.getByTestId("bar-cn-office365-enterprise-users");
  await expect(office).toContainText("> 120万 个");
  await expect(office).toContainText("未说明年份");
  await expect(body.getByTestId("bar-cn-smart-city-projects")).toContainText("≈ 800 个");
  // Japan has no figure: it is named in the notes, and no bar is drawn for it.
  await expect(body.getByTestId("indicators-silent")).toHaveText(
    "来源在这些指标上均未给出日本的数字。",
  );
  await expect(page.getByTestId("chart-caption")).toContainText(
    "来源在这些指标上均未给出日本的数字。",
  );
  await expect(body.locator("[data-testid^=bar-jp-]")).toHaveCount(0);
  await shot(page, "indicators");
});

test("the indicators table lists the same figures with exact numbers, units and years", async ({
  page,
}) => {
  await page.goto("/charts/indicators?countries=CN,JP&lang=zh");
  await page.getByTestId("show-table").click();
  await expect(page).toHaveURL(/view=table/);
  const table = page.getByTestId("chart-table").getByRole("table");
  await expect(table.getByRole("columnheader")).toHaveText([
    "指标",
    "国家或地区",
    "数值",
    "比较方式",
    "单位",
    "年份",
    "说明",
    "引文数",
  ]);
  await expect(
    table.getByRole("row", { name: /智慧城市数量 中国 500 超过 个 2018/ }),
  ).toBeVisible();
  await expect(
    table.getByRole("row", { name: /Office 365 企业用户数 中国 1200000 超过 个 未说明年份/ }),
  ).toBeVisible();
  await expect(
    table.getByRole("row", { name: /单位国内生产总值能耗下降目标 中国 20 约 百分比 2010/ }),
  ).toBeVisible();
  await expect(table.getByRole("row")).toHaveCount(1 + 9);
});

test("a figure's focus link shows its details and evidence, and clicking a bar sets the focus", async ({
  page,
}) => {
  await page.goto(
    "/charts/indicators?countries=CN,JP&lang=en&focus=observation:cn-smart-cities-2018",
  );
  const panel = page.getByTestId("focus-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Number of smart cities · China",
  );
  await expect(panel.getByTestId("focus-value")).toHaveText("more than 500 cities");
  await expect(panel.getByTestId("focus-year")).toHaveText("2018");
  await expect(panel.getByTestId("evidence")).toContainText("到2018年,智慧城市数量已超过500个");
  await expect(panel.getByTestId("evidence")).toContainText(
    "By 2018, the number of smart cities exceeded 500",
  );
  await expect(panel.getByRole("link", { name: "View in source" })).toHaveAttribute(
    "href",
    /^\/sources\/cn-jp-comparison\?.*focus=passage:\d+-\d+/,
  );

  await page.goto("/charts/indicators?countries=CN,JP&lang=en");
  await page.waitForLoadState("networkidle");
  await expect(page.getByTestId("focus-panel")).toHaveCount(0);
  await page.getByTestId("bar-cn-smart-city-projects").click();
  // The server renders the details for the new URL: allow it time on a cold server.
  await expect(page).toHaveURL(/focus=observation:cn-smart-city-projects/, { timeout: 15_000 });
  await expect(page.getByTestId("focus-panel")).toContainText("about 800 projects");
  await expect(page.getByTestId("focus-year")).toHaveText("year not stated");
  await expect(page.getByTestId("focus-note")).toContainText("currently");
});

test("the actors chart shows China's central government and Japan's ministries, and a focus link their evidence", async ({
  page,
}) => {
  await page.goto("/charts/actors?countries=CN,JP&lang=en");
  const body = page.getByTestId("chart-body");
  await expect(body.getByText("Government", { exact: true }).first()).toBeVisible();
  const japan = body.getByTestId("actors-JP");
  for (const ministry of [
    "Ministry of Internal Affairs and Communications",
    "Ministry of Economy, Trade and Industry (METI)",
    "Ministry of the Environment",
    "Ministry of Land, Infrastructure, Transport and Tourism (MLIT)",
  ]) {
    // The drawn chart is hidden from the accessibility tree (the table is what screen readers read), so no role queries here.
    await expect(
      japan.locator("button.actor-name").getByText(ministry, { exact: true }),
    ).toBeVisible();
  }
  await expect(japan).toContainText("8 actors");
  const china = body.getByTestId("actors-CN");
  await expect(china.getByTestId("actor-cn-central-government")).toContainText(
    "Central authorities and ministries (CPC Central Committee, State Council)",
  );
  await expect(china.getByTestId("actor-cn-central-government")).toContainText("Development model");
  await shot(page, "actors");

  const table = page.getByTestId("chart-table").getByRole("table");
  await expect(
    table.getByRole("row", { name: /Japan Ministry of the Environment Government Actors: Listed/ }),
  ).toHaveCount(1);

  await page.goto("/charts/actors?countries=CN,JP&lang=en&focus=actor:jp-mic");
  const panel = page.getByTestId("focus-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "Ministry of Internal Affairs and Communications",
  );
  await expect(panel.getByTestId("focus-kind")).toHaveText("Government · Japan");
  await expect(panel.getByTestId("focus-role")).toContainText("Actors");
  await expect(panel.getByTestId("evidence").first()).toContainText("总务省");
  await expect(panel.getByRole("link", { name: "View in source" }).first()).toHaveAttribute(
    "href",
    /^\/sources\//,
  );
  await expect(page.getByTestId("actor-jp-mic")).toHaveClass(/is-focused/);
});

test("clicking an organisation puts it in the URL and shows its roles", async ({ page }) => {
  await page.goto("/charts/actors?countries=CN,JP&lang=zh");
  await page.waitForLoadState("networkidle");
  await page.getByTestId("actor-cn-central-government").locator("button").click();
  await expect(page).toHaveURL(/focus=actor:cn-central-government/, { timeout: 15_000 });
  const panel = page.getByTestId("focus-panel");
  await expect(panel.getByRole("heading", { level: 2 })).toHaveText(
    "中央和各部委（中共中央、国务院）",
  );
  await expect(panel.getByTestId("focus-role")).toHaveCount(2);
  await panel.getByRole("link", { name: "关闭" }).click();
  await expect(page).not.toHaveURL(/focus=/, { timeout: 15_000 });
  await expect(page.getByTestId("focus-panel")).toHaveCount(0);
});
