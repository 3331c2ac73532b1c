import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

test("the home page is the overview, in Chinese by default, and reads the database", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("概览");
  await expect(page.getByRole("link", { name: "智慧城市比较" })).toBeVisible();
  // Browser → Next.js → Prisma → PostgreSQL: the seeded countries are counted.
  await expect(page.getByTestId("count-countries")).toHaveText("7");
  // The comparison dataset is loaded on the first start.
  await expect(page.getByTestId("count-sources")).toHaveText("2");
  expect(Number(await page.getByTestId("count-assessments").textContent())).toBeGreaterThanOrEqual(
    12,
  );
  expect(Number(await page.getByTestId("count-citations").textContent())).toBeGreaterThan(50);
  await page.screenshot({ path: "test-results/screenshots/home.png", fullPage: true });
});

test("the health endpoint reports the database", async ({ request }) => {
  const response = await request.get("/api/health");
  expect(response.status()).toBe(200);
  expect(await response.json()).toEqual({ status: "ok", db: "ok" });
});

test("every page is sent with security headers", async ({ page }) => {
  await signIn(page, "viewer");
  for (const path of ["/", "/signin", "/api/health", "/api/v1/countries"]) {
    const headers = (await page.request.get(path, { maxRedirects: 0 })).headers();
    expect(headers["content-security-policy"], path).toContain("frame-ancestors 'none'");
    expect(headers["content-security-policy"], path).toContain("default-src 'self'");
    expect(headers["x-content-type-options"], path).toBe("nosniff");
    expect(headers["referrer-policy"], path).toBe("strict-origin-when-cross-origin");
    // Served over http here (NEXTAUTH_URL unset): no HSTS.
    expect(headers["strict-transport-security"], path).toBeUndefined();
  }
});

test("scripts run only with the response's nonce, and an injected handler does not run", async ({
  page,
}) => {
  await signIn(page, "viewer");
  const response = await page.goto("/matrix");
  const policy = response!.headers()["content-security-policy"];
  const scripts = policy.split("; ").find((d) => d.startsWith("script-src "))!;
  expect(scripts).not.toContain("unsafe-inline");
  const nonce = scripts.match(/'nonce-([^']+)'/)![1];
  expect(nonce.length).toBeGreaterThan(20);
  // A new nonce for every response.
  const again = await page.request.get("/matrix");
  expect(again.headers()["content-security-policy"]).not.toContain(nonce);
  // Every script of the page carries it (the browser hides it from attributes: read the property).
  const nonces = await page.$$eval("script", (all) => all.map((s) => s.nonce));
  expect(nonces.length).toBeGreaterThan(0);
  expect(new Set(nonces)).toEqual(new Set([nonce]));
  // The page works under it: the matrix is hydrated and opens a cell without a reload.
  await page.evaluate(() => ((window as unknown as { marker: number }).marker = 42));
  await page.getByTestId("cell-JP-data-governance").click();
  await expect(page).toHaveURL(/focus=cell:JP:data-governance/);
  await expect(page.getByTestId("rubric")).toBeVisible();
  expect(await page.evaluate(() => (window as unknown as { marker?: number }).marker)).toBe(42);
  const blocked = await page.evaluate(
    () =>
      new Promise<boolean>((resolve) => {
        const w = window as unknown as { injected?: boolean };
        document.addEventListener("securitypolicyviolation", () => resolve(!w.injected), {
          once: true,
        });
        const div = document.createElement("div");
        div.innerHTML = '<img src="/no-such-image.png" onerror="window.injected = true">';
        document.body.append(div);
        setTimeout(() => resolve(false), 3000);
      }),
  );
  expect(blocked).toBe(true);
});

test("the app has an icon: /favicon.ico and an SVG icon linked from every page", async ({
  page,
}) => {
  const ico = await page.request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect(ico.headers()["content-type"]).toMatch(/image\/(x-icon|vnd\.microsoft\.icon)/);
  expect((await ico.body()).subarray(0, 4)).toEqual(Buffer.from([0, 0, 1, 0]));
  await page.goto("/signin");
  const href = await page.locator('link[rel="icon"][type="image/svg+xml"]').getAttribute("href");
  expect(href).toMatch(/^\/icon\.svg/);
  const svg = await page.request.get(href!);
  expect(svg.status()).toBe(200);
  expect(await svg.text()).toContain("<svg");
});
