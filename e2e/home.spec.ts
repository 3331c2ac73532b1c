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
