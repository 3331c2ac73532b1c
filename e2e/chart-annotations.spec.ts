import { expect, test, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { postNote } from "./support/notes";
import { signIn } from "./support/users";

// Annotation markers on the charts: dots for points, shaded areas for year ranges, count dots on
// timeline events. The annotations are seeded through the API.

const post = (page: Page, target: object, body: string) => postNote(page, { target, body });

test("charts draw annotated points as dots, annotated years as shaded areas, and count annotations on events", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "analyst");
  await post(page, { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }, "Pilot years");
  await post(
    page,
    { kind: "chart-range", chart: "timeline", country: "JP", from: 2010, to: 2012 },
    "Japan's eco-model cities",
  );
  await post(page, { kind: "timeline-event", event: "cn-first-pilots-2011" }, "First pilots");
  await post(
    page,
    { kind: "chart-point", chart: "radar", country: "CN", x: "data-governance" },
    "Dedicated standards",
  );
  await post(
    page,
    { kind: "chart-point", chart: "development-model", country: "JP", x: "position" },
    "Bottom-up, but the ministries fund it",
  );

  await page.goto("/charts/timeline?countries=CN,JP&lang=en");
  await expect(page.getByTestId("annotation-range-timeline-all-2008-2015")).toBeVisible();
  await expect(page.getByTestId("annotation-range-timeline-JP-2010-2012")).toBeVisible();
  await expect(page.getByTestId("annotations-event-cn-first-pilots-2011")).toHaveAttribute(
    "aria-label",
    /\d+ annotations?/,
  );
  await shot(page, "timeline-annotations");

  // The focused event lists its annotations, and a new one from the panel goes on the chosen years.
  await page.goto("/charts/timeline?countries=CN,JP&lang=en&focus=event:cn-first-pilots-2011");
  await expect(page.getByTestId("focus-annotations")).toContainText("First pilots");
  await page.goto("/charts/timeline?countries=CN,JP&lang=en&from=2016&to=2020");
  await page.getByTestId("annotations-toggle").click();
  await page.getByTestId("annotation-new").click();
  const form = page.getByTestId("annotations-panel").getByTestId("annotation-form");
  await form.getByTestId("annotation-target").selectOption({ label: "Years 2016–2020, China" });
  await form.getByLabel("Text (Markdown)").fill("New-type smart cities");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByTestId("annotation-range-timeline-CN-2016-2020")).toBeVisible();
  await expect(page.getByTestId("annotations-panel")).toContainText("New-type smart cities");
  await page.getByRole("button", { name: "Close the annotations" }).click();
  await expect(page.getByTestId("annotations-panel")).toBeHidden();

  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  await expect(page.getByTestId("annotation-point-radar-CN-data-governance")).toBeVisible();
  await page.goto("/charts/development-model?countries=CN,JP&lang=en");
  await expect(page.getByTestId("annotation-point-development-model-JP-position")).toBeVisible();
  await shot(page, "development-model-annotations");
});
