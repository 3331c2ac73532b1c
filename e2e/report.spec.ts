import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

// The printable report: the matrix and every chart as images with their sources, the annotations
// and the permalink; the browser's print dialog turns it into a PDF.

test("the report holds the matrix and every chart, with sources, annotations and the permalink", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "analyst");
  const body = `In the report ${Date.now()}`;
  const created = await page.request.post("/api/v1/annotations?lang=en", {
    headers: { Origin: baseURL! },
    data: { target: { kind: "matrix-cell", country: "JP", dimension: "development-model" }, body },
  });
  expect(created.status()).toBe(201);

  await page.goto("/matrix?countries=CN,JP&lang=en");
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("export-report").click();
  await expect(page).toHaveURL(/\/report\?countries=CN,JP&lang=en/);
  const images = page.getByTestId("report").locator(".report-part img");
  // The page streams seven large inline images; on a busy two-core machine that takes longer than the default 5 s.
  await expect(images).toHaveCount(7, { timeout: 30_000 });
  const alts = await images.evaluateAll((list) => list.map((img) => img.getAttribute("alt")));
  expect(alts).toEqual([
    "Comparison matrix",
    "Scale positions (radar)",
    "Development model: bottom-up or top-down",
    "Stages and policy timeline",
    "Key indicators",
    "Actors",
    "Data and personal-information rules",
  ]);
  // Every image loaded (a broken data: URL has no natural width), and each carries sources and the product line.
  expect(
    await images.evaluateAll((list) =>
      list.every((img) => (img as HTMLImageElement).naturalWidth === 1200),
    ),
  ).toBe(true);
  const svgs = await images.evaluateAll((list) =>
    list.map((img) =>
      new TextDecoder().decode(
        Uint8Array.from(atob((img as HTMLImageElement).src.split(",")[1]), (c) => c.charCodeAt(0)),
      ),
    ),
  );
  for (const svg of svgs) {
    expect(svg).toContain("Sources: ");
    expect(svg).toContain("Smart City Compare · exported");
  }
  expect(svgs[0]).toContain(body);
  await expect(page.getByTestId("report-permalink")).toHaveAttribute(
    "href",
    "/?countries=CN,JP&lang=en",
  );
  await expect(page.getByTestId("report-print")).toBeVisible();
});

test("the report is an export: a viewer is refused it with a 403, as by the export API, and is not offered it", async ({
  page,
}) => {
  await signIn(page, "viewer");
  const report = await page.goto("/report?countries=CN,JP&lang=en");
  expect(report?.status()).toBe(403);
  await expect(
    page.getByRole("alert").filter({ hasText: "Your role does not allow this page." }),
  ).toBeVisible();
  await expect(page.locator(".report-part img")).toHaveCount(0);
  const api = await page.request.get("/api/v1/charts/radar/export.png?countries=CN,JP&lang=en");
  expect(api.status()).toBe(403);
  await page.goto("/matrix?countries=CN,JP&lang=en");
  await page.getByTestId("export-menu").locator("summary").click();
  await expect(page.getByTestId("export-copy-link")).toBeVisible();
  await expect(page.getByTestId("export-report")).toHaveCount(0);
});

test("the report draws the annotations chosen by tag, and says when a choice is bad", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now();
  const tag = `handout${stamp}`;
  for (const [country, body, tags] of [
    ["JP", `Handout note ${stamp}`, [tag]],
    ["CN", `Scratch note ${stamp}`, ["scratch"]],
  ] as const) {
    const created = await page.request.post("/api/v1/annotations?lang=en", {
      headers: { Origin: baseURL! },
      data: {
        target: { kind: "matrix-cell", country, dimension: "data-governance" },
        body,
        tags,
      },
    });
    expect(created.status()).toBe(201);
  }
  await page.goto("/report?countries=CN,JP&lang=en");
  const form = page.getByTestId("report-notes");
  await form.getByTestId("notes-tag").selectOption(tag);
  await form.getByTestId("report-notes-apply").click();
  await expect(page).toHaveURL(new RegExp(`annotation-tag=${tag}`));
  await expect(page).toHaveURL(/countries=CN%2CJP|countries=CN,JP/);
  const matrix = page.getByTestId("report").locator(".report-part img").first();
  await expect(matrix).toBeVisible({ timeout: 30_000 });
  const svg = await matrix.evaluate((img) =>
    new TextDecoder().decode(
      Uint8Array.from(atob((img as HTMLImageElement).src.split(",")[1]), (c) => c.charCodeAt(0)),
    ),
  );
  expect(svg).toContain(`Handout note ${stamp}`);
  expect(svg).not.toContain(`Scratch note ${stamp}`);

  await page.goto("/report?countries=CN,JP&lang=en&annotation-limit=99");
  await expect(page.getByTestId("report-choice-problem")).toHaveText(
    "annotation-limit must be a whole number from 1 to 20.",
  );
});
