import { expect, test, type Page } from "@playwright/test";
import { createE2EUser, E2E_PASSWORD, signIn, submitSignIn } from "./support/users";

// Sign-in throttling: per account and address, never a lock on the whole address.

/** Submits the form and waits for its answer: the message shown, or the page signed in. */
async function attempt(page: Page, email: string, password: string) {
  const answered = page.waitForResponse((r) => r.url().includes("/api/auth/callback/credentials"));
  await submitSignIn(page, email, password);
  await answered;
}

const waitIn = (text: string | null) => Number(/(\d+)/.exec(text ?? "")?.[1] ?? NaN);

test("12 wrong passwords delay that account only, name the wait in seconds, and an admin can clear it", async ({
  browser,
  page,
}) => {
  test.setTimeout(120_000);
  const stamp = Date.now();
  const a = `throttle-a-${stamp}@example.com`;
  const b = `throttle-b-${stamp}@example.com`;
  createE2EUser(a, "Throttle A", "viewer");
  createE2EUser(b, "Throttle B", "viewer");

  await page.goto("/signin?lang=en");
  const alert = page.getByTestId("signin-error");
  const seen = new Set<string>();
  // 12 wrong passwords. While the wait is short, wait it out, so that the failures keep counting
  // (a refused attempt is not counted) and the delay grows: 5 free, then 1, 2 and 4 s, and after
  // the 8th counted failure 8 s, which is not waited out.
  for (let i = 0; i < 12; i++) {
    await attempt(page, a, "wrong-password-123");
    await expect(alert).toBeVisible();
    const text = (await alert.textContent())!;
    seen.add(text.replace(/\d+ seconds?/, "N s"));
    const wait = text.startsWith("Too many") ? waitIn(text) : 0;
    if (wait > 0 && wait <= 4) await page.waitForTimeout(wait * 1000 + 200);
  }
  expect([...seen].sort()).toEqual([
    "The email or password is not correct.",
    "Too many attempts; try again in N s.",
  ]);

  // The account itself, with the right password: delayed by seconds (8 now), not locked for
  // 15 minutes, and told so in both languages.
  await attempt(page, a, E2E_PASSWORD);
  await expect(alert).toHaveText(/^Too many attempts; try again in \d+ seconds?\.$/);
  expect(waitIn(await alert.textContent())).toBeLessThanOrEqual(8);
  await page.goto("/signin?lang=zh");
  await attempt(page, a, E2E_PASSWORD);
  await expect(alert).toHaveText(/^尝试次数过多，请 \d+ 秒后再试。$/);

  // Another account at the same address signs in at once.
  await page.goto("/signin?lang=en");
  await attempt(page, b, E2E_PASSWORD);
  await expect(page.getByTestId("account")).toContainText(b);

  // An admin sees the throttle and clears it; the audit log records it.
  const admin = await browser.newContext({
    baseURL: test.info().project.use.baseURL,
    locale: "en",
  });
  const adminPage = await admin.newPage();
  await signIn(adminPage, "admin", "/admin/users");
  const row = adminPage.getByTestId("throttle").filter({ hasText: a });
  await expect(row).toHaveCount(1);
  await expect(row).toContainText("account at an address");
  await adminPage.screenshot({
    path: "test-results/screenshots/admin-throttles.png",
    fullPage: true,
  });
  await row.getByRole("button", { name: "Clear" }).click();
  // The page renders again without it.
  await expect(row).toHaveCount(0);
  await adminPage.goto("/admin/audit");
  await expect(adminPage.getByTestId("audit")).toContainText("throttle-cleared");

  const other = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const aPage = await other.newPage();
  await aPage.goto("/signin?lang=en");
  await attempt(aPage, a, E2E_PASSWORD);
  await expect(aPage.getByTestId("account")).toContainText(a);
  await Promise.all([other.close(), admin.close()]);
});

test("a burst of parallel wrong guesses is counted: only the free ones are checked", async ({
  page,
}) => {
  const c = `throttle-c-${Date.now()}@example.com`;
  createE2EUser(c, "Throttle C", "viewer");
  const { csrfToken } = await (await page.request.get("/api/auth/csrf")).json();
  const answers = await Promise.all(
    Array.from({ length: 12 }, () =>
      page.request.post("/api/auth/callback/credentials", {
        form: { csrfToken, email: c, password: "wrong-password-123", json: "true" },
        maxRedirects: 0,
      }),
    ),
  );
  const errors = await Promise.all(
    answers.map(async (r) => new URL((await r.json()).url).searchParams.get("error")),
  );
  const invalid = errors.filter((e) => e === "invalid").length;
  const limited = errors.filter((e) => /^rate-limited:\d+$/.test(e ?? "")).length;
  expect(invalid + limited).toBe(12);
  expect(invalid).toBeGreaterThanOrEqual(1);
  expect(invalid).toBeLessThanOrEqual(6);
});
