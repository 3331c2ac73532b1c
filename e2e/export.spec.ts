import { readFile } from "node:fs/promises";
import { parse } from "csv-parse/sync";
import { unzipSync } from "fflate";
import { expect, test } from "@playwright/test";
import { postNote } from "./support/notes";
import { signIn } from "./support/users";

// The Export menu: the CSV download is the chart's table view; the matrix exports its cells.

test("the CSV from a chart's Export menu equals its table view", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/charts/indicators?countries=CN,JP&lang=en&view=table");
  const table = page.getByTestId("chart-table").locator("table");
  const header = await table.locator("thead th").allTextContents();
  const rows = await table
    .locator("tbody tr")
    .evaluateAll((trs) =>
      trs.map((tr) => [...tr.querySelectorAll("td")].map((td) => td.textContent ?? "")),
    );

  await page.getByTestId("export-menu").locator("summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-csv").click(),
  ]);
  // The file and its last column name the dataset version the figures come from.
  expect(download.suggestedFilename()).toMatch(
    /^smart-city-compare-indicators-CN-JP-v\d+-en\.csv$/,
  );
  const csv = parse(await readFile((await download.path())!, "utf8"), { bom: true }) as string[][];
  expect(csv[0]).toEqual([...header, "Dataset version"]);
  const version = csv[1].at(-1);
  expect(version).toMatch(/^\d+$/);
  expect(csv.slice(1)).toEqual(
    rows.map((row) => [...row.map((cell) => (cell === "—" ? "" : cell)), version]),
  );
});

test("the matrix exports its cells in the dimension filter and language of the view", async ({
  page,
}) => {
  await signIn(page, "analyst");
  await page.goto("/matrix?countries=CN,JP&dims=development-model&lang=zh");
  await page.getByTestId("export-menu").locator("summary").click();
  const [download] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-csv").click(),
  ]);
  const csv = parse(await readFile((await download.path())!, "utf8"), { bom: true }) as string[][];
  expect(csv.map((r) => r.slice(0, 2))).toEqual([
    ["维度", "国家或地区"],
    ["发展模式", "中国"],
    ["发展模式", "日本"],
  ]);
  expect(csv[1][3]).toContain("自上而下");
});

test("the Export menu's zip holds the data, the evidence with its quotes and a README", async ({
  page,
  baseURL,
}) => {
  await signIn(page, "analyst");
  await page.goto("/charts/timeline?countries=CN,JP&lang=en&from=2009&to=2016");
  await page.getByTestId("export-menu").locator("summary").click();
  await expect(page.getByTestId("export-zip")).toContainText("Data and evidence (.zip)");
  const [zipDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-zip").click(),
  ]);
  const name = zipDownload.suggestedFilename();
  expect(name).toMatch(/^smart-city-compare-timeline-CN-JP-v\d+-en\.zip$/);
  const base = name.replace(/\.zip$/, "");
  const version = base.match(/-v(\d+)-en$/)![1];
  const files = unzipSync(await readFile((await zipDownload.path())!));
  expect(Object.keys(files).sort()).toEqual(
    [`${base}-evidence.csv`, `${base}.csv`, "README.md"].sort(),
  );
  // The data file is the CSV download of the same view.
  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    page.getByTestId("export-csv").click(),
  ]);
  expect(
    Buffer.from(files[`${base}.csv`]).equals(await readFile((await csvDownload.path())!)),
  ).toBe(true);
  const evidence = parse(Buffer.from(files[`${base}-evidence.csv`]), {
    bom: true,
    columns: true,
  }) as Record<string, string>[];
  const quoted = evidence.filter((r) => r.evidence === "source");
  expect(quoted.length).toBeGreaterThan(0);
  const readme = Buffer.from(files["README.md"]).toString();
  for (const row of quoted) {
    expect(row.quote).not.toBe("");
    expect(row.source_title).not.toBe("");
    expect(readme).toContain(row.source_file);
  }
  // A quote opens its passage in the source viewer, which shows it.
  const first = quoted[0];
  await page.goto(first.source_link.replace(baseURL!, ""));
  await expect(page.locator("mark.passage.is-focused").first()).toBeVisible();
  const marked = await page
    .locator("mark.passage.is-focused")
    .evaluateAll((marks) => marks.map((m) => m.querySelector("a")?.textContent ?? "").join(""));
  expect(marked).toBe(first.quote);
  expect(readme).toContain(`Dataset version: ${version}`);
  expect(readme).toContain(
    `View: ${baseURL}/charts/timeline?countries=CN,JP&lang=en&from=2009&to=2016&version=${version}`,
  );
  expect(readme).toContain("No licence is stated.");
  expect(readme).toContain("breaks off");
});

test("a viewer can copy the link but not export data", async ({ page, context }) => {
  await context.grantPermissions(["clipboard-read", "clipboard-write"]);
  await signIn(page, "viewer");
  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  await page.getByTestId("export-menu").locator("summary").click();
  await expect(page.getByTestId("export-csv")).toHaveCount(0);
  await expect(page.getByTestId("export-zip")).toHaveCount(0);
  await page.getByTestId("export-copy-link").click();
  await expect(page.getByTestId("export-menu").getByRole("status")).toHaveText("Link copied.");
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(page.url());
});

test("the annotations panel exports the view's annotations as CSV and W3C JSON-LD", async ({
  page,
}) => {
  await signIn(page, "analyst");
  const stamp = `export-${Date.now()}`;
  await postNote(page, {
    target: { kind: "view", path: "/charts/actors" },
    body: stamp,
    tags: ["export"],
  });
  await page.goto("/charts/actors?countries=CN,JP&lang=en");
  await page.getByTestId("annotations-toggle").click();
  const panel = page.getByTestId("annotations-panel");

  const [csvDownload] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByTestId("annotation-export-csv").click(),
  ]);
  expect(csvDownload.suggestedFilename()).toBe("annotations.csv");
  expect(await readFile((await csvDownload.path())!, "utf8")).toContain(stamp);

  const [ldDownload] = await Promise.all([
    page.waitForEvent("download"),
    panel.getByTestId("annotation-export-jsonld").click(),
  ]);
  const collection = JSON.parse(await readFile((await ldDownload.path())!, "utf8")) as {
    type: string;
    first: { items: { type: string; body: unknown }[] };
  };
  expect(collection.type).toBe("AnnotationCollection");
  expect(JSON.stringify(collection.first.items)).toContain(stamp);
  expect(collection.first.items.every((item) => item.type === "Annotation")).toBe(true);
});

test("a slow export shows progress, and a failed one says why", async ({ page }) => {
  await signIn(page, "analyst");
  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  await page.route("**/api/v1/charts/radar/export.csv*", async (route) => {
    await new Promise((resolve) => setTimeout(resolve, 1_000));
    await route.fulfill({
      status: 400,
      contentType: "application/json",
      body: JSON.stringify({
        error: { code: "bad_request", message: "Choose 2 to 6 countries or regions." },
      }),
    });
  });
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("export-csv").click();
  await expect(page.getByTestId("export-menu").getByRole("status")).toHaveText(
    "Preparing the file…",
  );
  await expect(page.getByTestId("export-menu").getByRole("alert")).toHaveText(
    "The export failed: Choose 2 to 6 countries or regions.",
  );
});

test("the Export menu downloads a PNG at the chosen scale and an SVG, with the annotations when asked", async ({
  page,
}) => {
  test.setTimeout(60_000);
  await signIn(page, "analyst");
  const body = `On the image ${Date.now()}`;
  await postNote(page, {
    target: { kind: "chart-point", chart: "development-model", country: "CN", x: "position" },
    body,
  });
  await page.goto("/charts/development-model?countries=CN,JP&lang=zh");
  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();

  const [png] = await Promise.all([
    page.waitForEvent("download"),
    menu.getByTestId("export-png-2").click(),
  ]);
  expect(png.suggestedFilename()).toMatch(
    /^smart-city-compare-development-model-CN-JP-v\d+-zh@2x\.png$/,
  );
  const bytes = await readFile((await png.path())!);
  expect(bytes.subarray(1, 4).toString()).toBe("PNG");
  expect(bytes.readUInt32BE(16)).toBe(2400);

  await menu.getByTestId("export-annotations").check();
  const [svg] = await Promise.all([
    page.waitForEvent("download"),
    menu.getByTestId("export-svg").click(),
  ]);
  const text = await readFile((await svg.path())!, "utf8");
  expect(text).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
  // It parses as SVG (XML), as the browser reads it.
  expect(
    await page.evaluate(
      (source) =>
        new DOMParser().parseFromString(source, "image/svg+xml").querySelector("parsererror") ===
        null,
      text,
    ),
  ).toBe(true);
  expect(text).toContain("<title>发展模式：自下而上还是自上而下</title>");
  expect(text).toContain("来源：");
  expect(text).toContain(body);
  expect(text).toContain("标注");
});

test("an export with annotations filtered by tag, or picked in the panel, draws only those", async ({
  page,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now();
  const tag = `brief${stamp}`;
  const post = (country: string, body: string, tags: string[]) =>
    postNote(page, {
      target: { kind: "chart-point", chart: "development-model", country, x: "position" },
      body,
      tags,
    });
  await post("CN", `For the brief ${stamp}`, [tag]);
  await post("JP", `Not for the brief ${stamp}`, ["scratch"]);
  await page.goto("/charts/development-model?countries=CN,JP&lang=en");
  const menu = page.getByTestId("export-menu");
  await menu.locator("summary").click();
  await menu.getByTestId("export-annotations").check();
  await menu.getByTestId("notes-tag").selectOption(tag);
  const download = async () => {
    const [svg] = await Promise.all([
      page.waitForEvent("download"),
      menu.getByTestId("export-svg").click(),
    ]);
    return readFile((await svg.path())!, "utf8");
  };
  const byTag = await download();
  expect(byTag).toContain(`For the brief ${stamp}`);
  expect(byTag).not.toContain(`Not for the brief ${stamp}`);

  // Picked one by one in the panel instead.
  await menu.getByTestId("notes-tag").selectOption("");
  await menu.locator("summary").click();
  await page.getByTestId("annotations-toggle").click();
  const panel = page.getByTestId("annotations-panel");
  await panel.getByTestId("filter-q").fill(`${stamp}`);
  await panel
    .locator('[data-testid="annotation-card"]', { hasText: `Not for the brief ${stamp}` })
    .getByTestId("annotation-pick")
    .locator("input")
    .check();
  await panel.getByRole("button", { name: "Close the annotations" }).click();
  await menu.locator("summary").click();
  await menu.getByTestId("notes-picked").check();
  const picked = await download();
  expect(picked).toContain(`Not for the brief ${stamp}`);
  expect(picked).not.toContain(`For the brief ${stamp}`);
});
