import { expect, test, type Locator, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { createE2EUser, E2E_PASSWORD, submitSignIn } from "./support/users";

// Phones and small tablets: at 390 px and 768 px, in Chinese and in English, no page scrolls
// sideways, the header's controls are on screen and clickable, drawers open below the header, and
// the development-model chart's axis labels do not run into each other.

const WIDTHS = [
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
];
const LANGS = ["zh", "en"] as const;
const EMAIL = "e2e-responsive-admin@example.com";
const CELL = "cell:JP:data-governance";

const PAGES = [
  "/",
  "/matrix",
  `/matrix?focus=${CELL}`,
  "/charts/radar",
  "/charts/development-model",
  "/charts/timeline",
  "/charts/indicators",
  "/charts/actors",
  "/charts/data-laws",
  "/sources",
  "/sources/cn-jp-comparison",
  "/history/assessment:JP:data-governance",
  "/curation",
  "/curation/versions",
  "/settings",
  "/admin/users",
  "/admin/audit",
  "/report",
];

const withLang = (path: string, lang: string) =>
  `${path}${path.includes("?") ? "&" : "?"}countries=CN,JP&lang=${lang}`;

test.beforeAll(() => createE2EUser(EMAIL, "E2E Responsive", "admin"));

async function signInAs(page: Page) {
  await page.goto("/signin?callbackUrl=%2F");
  await submitSignIn(page, EMAIL, E2E_PASSWORD);
  await expect(page).toHaveURL(/\/(\?.*)?$/);
}

/**
 * What sticks out sideways: the page's own width, and each element wider than the viewport that
 * is not inside a box of its own that scrolls (or clips) it.
 */
const overflow = (page: Page) =>
  page.evaluate(() => {
    const vw = window.innerWidth;
    const wide: string[] = [];
    for (const el of document.body.querySelectorAll<HTMLElement>("*")) {
      const r = el.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      if (r.left >= -1 && r.right <= vw + 1) continue;
      let boxed = false;
      for (let p = el.parentElement; p && p !== document.body; p = p.parentElement)
        if (/auto|scroll|hidden|clip/.test(getComputedStyle(p).overflowX)) boxed = true;
      if (boxed) continue;
      const name = `${el.tagName.toLowerCase()}${el.className && typeof el.className === "string" ? `.${el.className.trim().split(/\s+/).join(".")}` : ""}`;
      wide.push(`${name} [${Math.round(r.left)}, ${Math.round(r.right)}]`);
    }
    return { scrollWidth: document.documentElement.scrollWidth, vw, wide: wide.slice(0, 6) };
  });

/** A control is on screen and nothing lies over its middle (it would take the click). */
async function expectReachable(page: Page, control: Locator, what: string) {
  await expect(control, what).toBeVisible();
  const box = (await control.boundingBox())!;
  const vw = page.viewportSize()!.width;
  expect(box.x, `${what}: left edge on screen`).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width, `${what}: right edge on screen`).toBeLessThanOrEqual(vw);
  const onTop = await control.evaluate((el) => {
    const r = el.getBoundingClientRect();
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    return hit !== null && (el === hit || el.contains(hit));
  });
  expect(onTop, `${what}: nothing covers it`).toBe(true);
}

const headerControls = (page: Page) => {
  const bar = page.locator("header.topbar");
  return [
    { what: "language zh", control: bar.getByTestId("lang-zh") },
    { what: "language en", control: bar.getByTestId("lang-en") },
    { what: "account menu", control: bar.getByTestId("account").locator("summary") },
    { what: "annotations", control: bar.getByTestId("annotations-toggle") },
  ];
};

for (const size of WIDTHS) {
  test.describe(`at ${size.width} px`, () => {
    test.use({ viewport: size });

    for (const lang of LANGS) {
      test(`no page scrolls sideways (${lang})`, async ({ page, browser, baseURL }) => {
        test.setTimeout(120_000);
        await signInAs(page);
        const problems: string[] = [];
        for (const path of PAGES) {
          await page.goto(withLang(path, lang));
          await expect(page.locator("header.topbar")).toBeVisible();
          // A chart is drawn once the browser has measured its box: measure the page after that.
          if (path.startsWith("/charts/"))
            await expect(page.locator(".chart-frame svg").first()).toBeVisible();
          const o = await overflow(page);
          if (o.scrollWidth > o.vw || o.wide.length)
            problems.push(`${path}: page ${o.scrollWidth} px; ${o.wide.join(", ")}`);
        }
        await shot(page, `responsive-report-${lang}-${size.width}`);
        // Signed out: the sign-in page.
        const guest = await browser.newContext({ baseURL, viewport: size });
        const signin = await guest.newPage();
        await signin.goto(`/signin?lang=${lang}`);
        const o = await overflow(signin);
        if (o.scrollWidth > o.vw || o.wide.length)
          problems.push(`/signin: page ${o.scrollWidth} px; ${o.wide.join(", ")}`);
        await guest.close();
        expect(problems).toEqual([]);
      });
    }

    test("the header's controls are on screen, and the account menu opens on screen", async ({
      page,
    }) => {
      test.setTimeout(90_000);
      await signInAs(page);
      for (const lang of LANGS) {
        for (const path of ["/", "/matrix", "/charts/development-model"]) {
          await page.goto(withLang(path, lang));
          for (const { what, control } of headerControls(page))
            await expectReachable(page, control, `${path} ${lang}: ${what}`);
          const tabs = page.locator("header.topbar nav.tabs a");
          for (let i = 0; i < (await tabs.count()); i++)
            await expectReachable(page, tabs.nth(i), `${path} ${lang}: tab ${i + 1}`);
          await expectReachable(page, page.getByTestId("country-picker"), `${lang}: countries`);
        }
        await page.getByTestId("account").locator("summary").click();
        const menu = page.getByTestId("account").locator(".menu-body");
        await expect(menu).toBeVisible();
        const box = (await menu.boundingBox())!;
        expect(box.x).toBeGreaterThanOrEqual(0);
        expect(box.x + box.width).toBeLessThanOrEqual(size.width);
        await expectReachable(page, menu.getByRole("link").first(), `${lang}: account menu link`);
        await shot(page, `responsive-account-${lang}-${size.width}`);
      }
    });

    test("the cell panel and the annotations drawer open below the header", async ({ page }) => {
      await signInAs(page);
      for (const lang of LANGS) {
        await page.goto(withLang(`/matrix?focus=${CELL}`, lang));
        const panel = page.getByTestId("cell-panel");
        await expect(panel).toBeVisible();
        const header = (await page.locator("header.topbar").boundingBox())!;
        const at = (await panel.boundingBox())!;
        expect(at.y, "the cell panel starts below the header").toBeGreaterThanOrEqual(
          header.y + header.height - 1,
        );
        expect(at.x + at.width).toBeLessThanOrEqual(size.width);
        for (const { what, control } of headerControls(page))
          await expectReachable(page, control, `${lang}, cell panel open: ${what}`);
        await shot(page, `responsive-cell-panel-${lang}-${size.width}`);

        await page.goto(withLang("/matrix", lang));
        await page.getByTestId("annotations-toggle").click();
        const drawer = page.getByTestId("annotations-panel");
        await expect(drawer).toBeVisible();
        const top = (await drawer.boundingBox())!;
        const bar = (await page.locator("header.topbar").boundingBox())!;
        expect(top.y, "the annotations drawer starts below the header").toBeGreaterThanOrEqual(
          bar.y + bar.height - 1,
        );
        for (const { what, control } of headerControls(page))
          await expectReachable(page, control, `${lang}, annotations open: ${what}`);
        await page.getByTestId("annotations-toggle").click();
        await expect(drawer).toBeHidden();
      }
    });
  });
}

test("the development-model chart's axis labels do not overlap at 390 px and 768 px", async ({
  page,
}) => {
  await signInAs(page);
  for (const size of WIDTHS) {
    await page.setViewportSize(size);
    for (const lang of LANGS) {
      await page.goto(withLang("/charts/development-model", lang));
      const ticks = page.locator(".chart-frame .recharts-xAxis-tick-labels text");
      await expect(ticks.first()).toBeVisible();
      const boxes = (await ticks.evaluateAll((els) =>
        els
          .map((el) => el.getBoundingClientRect())
          .filter((r) => r.width > 0)
          .map((r) => ({ left: r.left, right: r.right, text: "" })),
      )) as { left: number; right: number }[];
      const texts = await ticks.allTextContents();
      expect(
        texts.filter((t) => t.trim()).length,
        `${lang} ${size.width}: labels shown`,
      ).toBeGreaterThanOrEqual(3);
      boxes.sort((a, b) => a.left - b.left);
      for (let i = 1; i < boxes.length; i++)
        expect(
          boxes[i].left,
          `${lang} ${size.width}: label ${i + 1} starts after label ${i} ends (${texts.join(" | ")})`,
        ).toBeGreaterThanOrEqual(boxes[i - 1].right);
      // Inside the chart's drawing, which would clip them.
      const svg = (await page.locator(".chart-frame svg.recharts-surface").first().boundingBox())!;
      for (const b of boxes) {
        expect(
          b.left,
          `${lang} ${size.width}: a label starts inside the chart`,
        ).toBeGreaterThanOrEqual(svg.x);
        expect(b.right, `${lang} ${size.width}: a label ends inside the chart`).toBeLessThanOrEqual(
          svg.x + svg.width,
        );
      }
    }
  }
});
