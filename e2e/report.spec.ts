import { expect, test, type Page } from "@playwright/test";
import { loadSeedDataset } from "@/prisma/seed";
import { postNote } from "./support/notes";
import { signIn } from "./support/users";

// The printed briefing: a cover, the contrasts, the matrix in full, every chart as the exported
// image, the chosen annotations and a numbered bibliography; the browser prints it on A4 or US
// Letter with page numbers, checked here by reading back the PDF Chromium makes.

test("the briefing: a cover with an absolute permalink, the contrasts, the matrix in full, every chart with labelled marks, the chosen annotations and a numbered bibliography", async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const body = `In the report ${Date.now()}`;
  await postNote(page, {
    target: { kind: "matrix-cell", country: "JP", dimension: "development-model" },
    body,
  });

  await page.goto("/matrix?countries=CN,JP&lang=en");
  await page.getByTestId("export-menu").locator("summary").click();
  await page.getByTestId("export-report").click();
  await expect(page).toHaveURL(/\/report\?countries=CN,JP&lang=en/);
  const report = page.getByTestId("report");

  // The cover: countries, date, version, and a permalink a reader of the paper can type.
  const cover = page.getByTestId("report-cover");
  // The page streams seven large inline images; on a busy two-core machine that takes longer than the default 5 s.
  await expect(cover.locator("h1")).toHaveText("How China and Japan build smart cities", {
    timeout: 30_000,
  });
  await expect(cover.locator('[data-fact="countries"] dd')).toHaveText("China · Japan");
  await expect(cover.locator('[data-fact="version"] dd')).toHaveText(
    /^Version \d+, the current published version$/,
  );
  const permalink = page.getByTestId("report-permalink");
  const href = await permalink.getAttribute("href");
  expect(href).toMatch(new RegExp(`^${baseURL}/\\?countries=CN,JP&lang=en&version=\\d+$`));
  await expect(permalink).toHaveText(href!);
  expect((await page.goto(href!))?.status()).toBe(200);
  await expect(page.getByTestId("contrasts")).toBeVisible();
  await page.goBack();

  // The headline contrasts and the matrix with every summary in full, cited by number.
  await expect(page.getByTestId("report-contrasts").locator("tbody tr")).toHaveCount(4);
  const data = await loadSeedDataset();
  const summaries = await page.getByTestId("report-summary").allTextContents();
  const expected = data.assessments.filter((a) => ["CN", "JP"].includes(a.country));
  expect(summaries).toHaveLength(expected.length);
  for (const a of expected) expect(summaries.some((s) => s.startsWith(a.summaryEn))).toBe(true);
  expect(summaries.every((s) => !s.includes("…"))).toBe(true);

  // The chosen annotation: its number on its cell, its words below the matrix.
  const cell = page
    .getByTestId("report-matrix")
    .locator('tr[data-dimension="development-model"] td[data-country="JP"]');
  await expect(cell.getByTestId("report-note-number")).not.toHaveCount(0);
  await expect(page.getByTestId("report-matrix-notes")).toContainText(body);

  // Every chart, as the exported image; the timelines label their marks.
  const images = report.locator(".report-part img");
  await expect(images).toHaveCount(6, { timeout: 30_000 });
  expect(await images.evaluateAll((list) => list.map((img) => img.getAttribute("alt")))).toEqual([
    "Scale positions (radar)",
    "Development model: bottom-up or top-down",
    "Stages and policy timeline",
    "Key indicators",
    "Actors",
    "Data and personal-information rules",
  ]);
  expect(
    await images.evaluateAll((list) =>
      list.every((img) => (img as HTMLImageElement).naturalWidth === 1200),
    ),
  ).toBe(true);
  const svgs = (
    await images.evaluateAll((list) => list.map((img) => (img as HTMLImageElement).src))
  ).map((src) => Buffer.from(src.split(",")[1], "base64").toString("utf8"));
  for (const svg of svgs) {
    expect(svg).toContain("Sources: ");
    expect(svg).toMatch(/Smart City Compare · dataset version \d+ · exported/);
  }
  const timeline = svgs[2];
  const events = data.timeline.filter(
    (e) => ["CN", "JP"].includes(e.country) && e.kind !== "stage",
  );
  const labelled = events.filter((e) => timeline.includes(`data-label="${e.key}"`));
  expect(labelled).toHaveLength(events.length);

  // The bibliography: numbered entries, and every number cited in the text leads to one.
  const entries = page.getByTestId("report-entries").locator("li");
  const count = await entries.count();
  expect(count).toBeGreaterThan(10);
  const cited = await page
    .getByTestId("report-refs")
    .locator("a")
    .evaluateAll((links) => links.map((a) => a.getAttribute("href")));
  expect(cited.length).toBeGreaterThan(count - 1);
  for (const ref of new Set(cited)) await expect(page.locator(ref!)).toHaveCount(1);
  // [1] is the first quote of the matrix's first cell, as the dataset has it.
  const first = data.assessments.find(
    (a) => a.country === "CN" && a.dimension === data.dimensions[0].key,
  )!.citations[0];
  await expect(entries.first()).toContainText(first.kind === "source" ? first.quote : first.title);
  await expect(page.getByTestId("report-print")).toBeVisible();
});

/** The PDF Chromium prints, read back with pdf.js: each page's size and text. */
async function printed(page: Page) {
  await page.emulateMedia({ media: "print" });
  const pdf = await page.pdf({ preferCSSPageSize: true, printBackground: true });
  const pdfjs = await import("pdfjs-dist/legacy/build/pdf.mjs");
  await import("pdfjs-dist/legacy/build/pdf.worker.mjs");
  const doc = await pdfjs.getDocument({ data: new Uint8Array(pdf), isEvalSupported: false })
    .promise;
  const pages: { width: number; height: number; text: string }[] = [];
  for (let n = 1; n <= doc.numPages; n++) {
    const p = await doc.getPage(n);
    const [, , width, height] = p.view;
    const content = await p.getTextContent();
    const text = content.items.map((i) => ("str" in i ? i.str : "")).join("");
    pages.push({ width: Math.round(width), height: Math.round(height), text });
  }
  await doc.destroy();
  return pages;
}

const squeeze = (text: string) => text.replace(/\s+/g, "");
/**
 * A pattern for printed text: pdf.js reads some CJK characters back as their look-alike radicals
 * (U+2E80–U+2FDF, "\u2EDA" for "\u9875"), so each CJK character may also be one of those.
 */
const printedPattern = (text: string) =>
  new RegExp(
    [...squeeze(text)]
      .map((c) =>
        /[\u3400-\u9FFF]/.test(c)
          ? `(?:${c}|[\u2E80-\u2FDF])`
          : c.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"),
      )
      .join(""),
  );

for (const [paper, size, lang] of [
  ["a4", { width: 595, height: 842 }, "en"],
  ["letter", { width: 612, height: 792 }, "zh"],
] as const)
  test(`the briefing prints on ${paper} (${lang}) with page numbers and nothing cut off`, async ({
    page,
  }) => {
    test.setTimeout(120_000);
    await signIn(page, "analyst");
    await page.goto(
      `/report?countries=CN,JP&lang=${lang}${paper === "letter" ? "&paper=letter" : ""}`,
    );
    await expect(page.getByTestId(`report-paper-${paper}`)).toHaveAttribute("aria-current", "true");
    await expect(page.getByTestId("report").locator(".report-part img")).toHaveCount(6, {
      timeout: 30_000,
    });
    const summaries = await page.getByTestId("report-summary").allTextContents();
    const pages = await printed(page);
    expect(pages.length).toBeGreaterThan(3);
    for (const p of pages) expect({ width: p.width, height: p.height }).toEqual(size);
    // Every page but the cover has its number and the total in the footer.
    pages.forEach((p, i) => {
      const words =
        lang === "en" ? `Page ${i + 1} of ${pages.length}` : `第${i + 1}页，共${pages.length}页`;
      expect(squeeze(p.text)).toMatch(printedPattern(words));
    });
    // Nothing is clipped: every summary and the permalink are in the printed text in full.
    const all = squeeze(pages.map((p) => p.text).join(""));
    for (const s of summaries) expect(all).toMatch(printedPattern(s.replace(/\[[\d, ]+\]$/, "")));
    const permalink = await page.getByTestId("report-permalink").getAttribute("href");
    expect(all).toContain(squeeze(permalink!));
    // And no part is wider than the printed page.
    const overflow = await page.evaluate(
      () =>
        [...document.querySelectorAll(".briefing *")].filter(
          (el) => el.getBoundingClientRect().right > document.documentElement.clientWidth + 1,
        ).length,
    );
    expect(overflow).toBe(0);
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
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now();
  const tag = `handout${stamp}`;
  for (const [country, body, tags] of [
    ["JP", `Handout note ${stamp}`, [tag]],
    ["CN", `Scratch note ${stamp}`, ["scratch"]],
  ] as const) {
    await postNote(page, {
      target: { kind: "matrix-cell", country, dimension: "data-governance" },
      body,
      tags: [...tags],
    });
  }
  await page.goto("/report?countries=CN,JP&lang=en");
  const form = page.getByTestId("report-notes");
  await form.getByTestId("notes-tag").selectOption(tag);
  await form.getByTestId("report-notes-apply").click();
  await expect(page).toHaveURL(new RegExp(`annotation-tag=${tag}`));
  await expect(page).toHaveURL(/countries=CN%2CJP|countries=CN,JP/);
  const notes = page.getByTestId("report-matrix-notes");
  // The report draws every chart before it answers: on a busy machine that takes a while.
  await expect(notes).toContainText(`Handout note ${stamp}`, { timeout: 30_000 });
  await expect(notes).not.toContainText(`Scratch note ${stamp}`);
  const cell = (country: string) =>
    page
      .getByTestId("report-matrix")
      .locator(`tr[data-dimension="data-governance"] td[data-country="${country}"]`)
      .getByTestId("report-note-number");
  await expect(cell("JP")).toHaveCount(1);
  await expect(cell("CN")).toHaveCount(0);
  // Switching the paper keeps the choice.
  await page.getByTestId("report-paper-letter").click();
  await expect(page).toHaveURL(/paper=letter/);
  await expect(page).toHaveURL(new RegExp(`annotation-tag=${tag}`));
  await expect(notes).not.toContainText(`Scratch note ${stamp}`);

  await page.goto("/report?countries=CN,JP&lang=en&annotation-limit=99");
  await expect(page.getByTestId("report-choice-problem")).toHaveText(
    "annotation-limit must be a whole number from 1 to 20.",
  );
});
