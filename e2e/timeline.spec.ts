import { expect, test, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn } from "./support/users";

const CN_STAGES = [
  ["cn-stage-1", "第一阶段：初步形成期", "1999 年–2008 年"],
  ["cn-stage-2", "第二阶段：布局期", "2009 年–2015 年"],
  ["cn-stage-3", "第三阶段：新过渡期", "2016 年–2018 年"],
  ["cn-stage-4", "第四阶段：新的发展阶段", "2020 年至今"],
] as const;

const mark = (page: Page, key: string) => page.getByTestId(`mark-${key}`);
// Client-side URL updates wait for the server's answer, which a development server can be slow to give.
const navigation = { timeout: 15_000 };

test.describe("timeline and data-laws charts", () => {
  test.beforeEach(async ({ page }) => {
    await signIn(page, "viewer");
  });

  test("the timeline shows China's four stages with their years, as bands and in the table", async ({
    page,
  }) => {
    await page.goto("/charts/timeline?countries=CN,JP&lang=zh");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText("发展阶段与政策时间线");
    for (const [key, title, period] of CN_STAGES) {
      await expect(mark(page, key)).toBeVisible();
      await expect(mark(page, key)).toHaveAttribute("data-title", title);
      await expect(mark(page, key)).toHaveAttribute("data-period", period);
    }
    // The fourth stage runs to the edge of the axis, and says it is ongoing.
    await expect(mark(page, "cn-stage-4")).toContainText("2020 年至今");
    // Japan's 2008 stage has no end: a point whose end the source does not state.
    await expect(mark(page, "jp-eco-city-concepts-2008")).toHaveAttribute(
      "data-period",
      "2008 年，原文未说明结束时间",
    );
    await expect(page.getByTestId("kind-legend")).toContainText("法律");

    await mark(page, "cn-stage-3").hover();
    await expect(page.getByTestId("chart-tooltip")).toContainText("第三阶段：新过渡期");
    await expect(page.getByTestId("chart-tooltip")).toContainText("1 条引文");
    await shot(page, "timeline");

    await page.getByTestId("show-table").click();
    await expect(page).toHaveURL(/view=table/, navigation);
    const table = page.getByTestId("chart-table");
    for (const [, title, period] of CN_STAGES)
      await expect(table.getByRole("row").filter({ hasText: title })).toContainText(period);
    await expect(page.getByTestId("chart-body")).toHaveCount(0);
  });

  test("a link with a year range and a focused event reproduces the zoom and the details panel", async ({
    page,
  }) => {
    await page.goto(
      "/charts/timeline?countries=CN,JP&lang=en&from=2016&to=2020&focus=event:cn-stage-3",
    );
    await expect(page.getByTestId("year-from")).toHaveValue("2016");
    await expect(page.getByTestId("year-to")).toHaveValue("2020");
    await expect(page.getByTestId("lanes-chart")).toHaveAttribute("data-from", "2016");
    await expect(mark(page, "cn-stage-3")).toBeVisible();
    await expect(mark(page, "cn-stage-1")).toHaveCount(0);
    await expect(mark(page, "cn-stage-3")).toHaveAttribute("data-focused", "true");
    const details = page.getByTestId("event-details");
    await expect(details.getByRole("heading", { level: 2 })).toHaveText("Stage 3: new transition");
    await expect(details).toContainText("2016–2018");
    await expect(details.getByTestId("evidence")).toContainText(
      "第三阶段(2016-2018年)是我国智慧城市建设的新过渡期",
    );
    await expect(details.getByRole("link", { name: "View in source" })).toHaveAttribute(
      "href",
      /^\/sources\/cn-jp-comparison\?.*focus=passage:846-877/,
    );
    // The table keeps to the same years.
    await expect(page.getByTestId("chart-table")).not.toContainText("Stage 1: initial formation");

    await page.getByTestId("reset-zoom").click();
    await expect(page).not.toHaveURL(/from=/, navigation);
    await expect(mark(page, "cn-stage-1")).toBeVisible();

    await page.goto("/charts/timeline?countries=CN,JP&lang=en&focus=event:no-such-event");
    await expect(page.getByTestId("event-details-missing")).toContainText("does not exist");
  });

  test("the details panel is rendered on the server", async ({ page }) => {
    // The server's HTML holds the panel: a link reproduces it before any script runs.
    const html = await (
      await page.request.get("/charts/timeline?countries=CN,JP&lang=zh&focus=event:cn-stage-4")
    ).text();
    expect(html).toContain('data-testid="event-details"');
    expect(html).toContain("第四阶段：新的发展阶段");
  });

  test("clicking a mark highlights it and opens its details", async ({ page }) => {
    await page.goto("/charts/timeline?countries=CN,JP&lang=en");
    await mark(page, "jp-data-utilization-act-2016").click();
    await expect(page).toHaveURL(/focus=event:jp-data-utilization-act-2016/, navigation);
    await expect(page.getByTestId("event-details").getByRole("heading", { level: 2 })).toHaveText(
      /Basic Act on the Advancement of Public and Private Sector Data Utilization/,
    );
    await expect(mark(page, "jp-data-utilization-act-2016")).toHaveAttribute(
      "data-focused",
      "true",
    );
    await page.getByTestId("year-from").selectOption("2010");
    await page.getByTestId("year-apply").click();
    await expect(page).toHaveURL(/from=2010/, navigation);
    await expect(page).toHaveURL(/focus=event:jp-data-utilization-act-2016/);
    await expect(page.getByTestId("lanes-chart")).toHaveAttribute("data-from", "2010");
  });

  test("data-laws shows a data rule of each country, with the data-governance positions", async ({
    page,
  }) => {
    await page.goto("/charts/data-laws?countries=CN,JP&lang=en");
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(
      "Data and personal-information rules",
    );
    await expect(mark(page, "cn-infosec-guideline-2020-04")).toHaveAttribute(
      "data-kind",
      "standard",
    );
    await expect(mark(page, "jp-data-utilization-act-2016")).toHaveAttribute("data-kind", "law");
    await expect(mark(page, "cn-stage-1")).toHaveCount(0);
    const table = page.getByTestId("chart-table");
    await expect(
      table.getByRole("row").filter({ hasText: "Information-security technology guide" }),
    ).toContainText("Apr 2020");
    await expect(
      table.getByRole("row").filter({
        hasText: "Basic Act on the Advancement of Public and Private Sector Data Utilization",
      }),
    ).toContainText("Japan");
    await expect(page.getByTestId("chart-context")).toContainText(
      "Japan: level 3 of 5, National legal framework",
    );
    await mark(page, "cn-infosec-guideline-2020-04").hover();
    await expect(page.getByTestId("chart-tooltip")).toContainText("Standard · 1 citation");
    await shot(page, "data-laws");
  });
});
