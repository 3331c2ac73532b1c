import { expect, test, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { formatDateTime } from "../lib/i18n/date-time";
import { TIME_ZONE_COOKIE } from "../lib/i18n/time-zone";
import { postNote } from "./support/notes";
import { signIn } from "./support/users";

// Times are shown in the reader's time zone, as their browser reports it, with the zone's label,
// and the exact instant (ISO 8601, UTC) on hover. Each test posts its own note.

const ISO = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/;
const spaces = (s: string) => s.replace(/\s+/g, " ").trim();

async function readerIn(browser: Browser, baseURL: string, timezoneId: string) {
  const context = await browser.newContext({ baseURL, timezoneId, locale: "en-US" });
  const page = await context.newPage();
  await signIn(page, "analyst", "/settings"); // a light page: the first render of / is slow on a cold server
  return { context, page };
}

const postMatrixNote = async (page: Page, body: string) =>
  (await postNote(page, { target: { kind: "view", path: "/matrix" }, body })).createdAt;

/** The note's time in the matrix's annotation panel (drawn in the browser), in a fresh tab. */
async function noteTime(context: BrowserContext, lang: "en" | "zh", body: string) {
  const page = await context.newPage(); // the drawer remembers being open per tab
  await page.goto(`/matrix?countries=CN,JP&lang=${lang}`);
  await page.getByTestId("annotations-toggle").click();
  const card = page.getByTestId("annotation-card").filter({ hasText: body });
  return card.getByTestId("date-time");
}

const ZONES = [
  { zone: "America/New_York", en: /\b(EST|EDT)$/, zh: /GMT-[45]\b/ },
  { zone: "Asia/Tokyo", en: /GMT\+9$/, zh: /GMT\+9\b/ },
];

for (const { zone, en, zh } of ZONES) {
  test(`a note's time is shown in ${zone}, labelled, with the ISO instant on hover`, async ({
    browser,
    baseURL,
  }) => {
    const { context, page } = await readerIn(browser, baseURL!, zone);
    const body = `Time zone note ${zone} ${Date.now()}`;
    const createdAt = await postMatrixNote(page, body);
    // The browser told the server its zone while signing in.
    expect((await context.cookies()).find((c) => c.name === TIME_ZONE_COOKIE)?.value).toBe(zone);

    for (const [lang, label] of [
      ["en", en],
      ["zh", zh],
    ] as const) {
      const time = await noteTime(context, lang, body);
      await expect(time).toHaveAttribute("title", createdAt);
      await expect(time).toHaveAttribute("datetime", createdAt);
      expect(createdAt).toMatch(ISO);
      const shown = spaces((await time.textContent()) ?? "");
      expect(shown).toBe(spaces(formatDateTime(createdAt, lang, zone)));
      expect(shown).toMatch(label);
      // Not Shanghai's time, as before, unless the zone is Shanghai's offset.
      expect(shown).not.toBe(spaces(formatDateTime(createdAt, lang, "Asia/Shanghai")));
    }

    // A time drawn on the server (the version list) agrees with the browser's zone.
    await page.goto("/curation/versions?lang=en");
    const version = page.locator(".version-row").getByTestId("date-time").first();
    const iso = await version.getAttribute("title");
    expect(iso).toMatch(ISO);
    expect(spaces((await version.textContent()) ?? "")).toBe(
      spaces(formatDateTime(iso!, "en", zone)),
    );
    await context.close();
  });
}

test("before the browser has told its zone, times are UTC and labelled so; then the reader's", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await readerIn(browser, baseURL!, "Asia/Tokyo");
  await context.clearCookies({ name: TIME_ZONE_COOKIE });
  // The server's first answer, before any script runs: UTC, with its label.
  const html = await (await page.request.get("/curation/versions?lang=en")).text();
  expect(html).toMatch(/<time[^>]*title="\d{4}-[^"]+Z"[^>]*>[^<]*UTC<\/time>/);
  // In the browser the page then learns the zone and shows Tokyo's time.
  await page.goto("/curation/versions?lang=en");
  const version = page.locator(".version-row").getByTestId("date-time").first();
  await expect(version).toContainText("GMT+9");
  expect((await context.cookies()).find((c) => c.name === TIME_ZONE_COOKIE)?.value).toBe(
    "Asia/Tokyo",
  );
  await context.close();
});

test("a time zone cookie the server does not know is UTC, not an error", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await readerIn(browser, baseURL!, "Asia/Tokyo");
  const url = new URL(baseURL!);
  for (const value of ["Mars/Olympus_Mons", "%3Cscript%3E", "Asia/Tokyo%3B%20path%3D%2F"]) {
    await context.addCookies([{ name: TIME_ZONE_COOKIE, value, domain: url.hostname, path: "/" }]);
    const response = await page.request.get("/curation/versions?lang=en");
    expect(response.status()).toBe(200);
    expect(await response.text()).toMatch(/<time[^>]*>[^<]*UTC<\/time>/);
  }
  await context.close();
});

test("a zone chosen on /settings wins over the browser's, until automatic is chosen again", async ({
  browser,
  baseURL,
}) => {
  const { context, page } = await readerIn(browser, baseURL!, "Asia/Tokyo");
  const versionTime = async () => {
    await page.goto("/curation/versions?lang=en");
    return page.locator(".version-row").getByTestId("date-time").first();
  };
  await page.goto("/settings?lang=en");
  await page.getByTestId("time-zone-choice").selectOption("America/New_York");
  await expect(page.getByTestId("time-zone-choice")).toHaveValue("America/New_York");
  await expect(await versionTime()).toHaveText(/\b(EST|EDT)$/);
  // Another page load in the Tokyo browser does not undo the choice.
  await page.reload();
  await expect(await versionTime()).toHaveText(/\b(EST|EDT)$/);

  await page.goto("/settings?lang=en");
  await page.getByTestId("time-zone-choice").selectOption("");
  await expect(page.getByTestId("time-zone-choice")).toHaveValue("");
  await expect(await versionTime()).toHaveText(/GMT\+9$/);
  await context.close();
});
