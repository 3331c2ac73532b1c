import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

test("the read API answers over HTTP with ETags, and 400 for unknown keys", async ({ page }) => {
  await signIn(page, "analyst");
  const request = page.request;
  const response = await request.get(
    "/api/v1/assessments?countries=CN,JP&dimensions=development-model,data-governance",
  );
  expect(response.status()).toBe(200);
  const etag = response.headers()["etag"];
  expect(etag).toBeTruthy();
  const { assessments } = await response.json();
  expect(assessments).toHaveLength(4);

  const again = await request.get(
    "/api/v1/assessments?countries=CN,JP&dimensions=development-model,data-governance",
    { headers: { "If-None-Match": etag } },
  );
  expect(again.status()).toBe(304);

  // ?lang= beats the remembered cookie (set while browsing in Chinese) and Accept-Language.
  const bad = await request.get("/api/v1/timeline?countries=CN,ZZ&lang=en");
  expect(bad.status()).toBe(400);
  expect(await bad.json()).toEqual({
    error: {
      code: "unknown_key",
      message: expect.stringContaining('Unknown country or region "ZZ"'),
    },
  });
});

test("a bad percent-encoding or a NUL in the address is a JSON 400 with the security headers", async ({
  page,
}) => {
  await signIn(page, "analyst");
  for (const path of [
    "/api/v1/annotations/%FF%FE",
    "/api/v1/sources/%FF",
    "/api/v1/change-requests/a%00b",
    "/api/v1/annotations?q=%00",
  ]) {
    const response = await page.request.get(`${path}${path.includes("?") ? "&" : "?"}lang=en`);
    expect(response.status(), path).toBe(400);
    expect(await response.json(), path).toEqual({
      error: { code: "bad_request", message: expect.stringContaining("The address is not valid") },
    });
    expect(response.headers()["x-content-type-options"], path).toBe("nosniff");
    expect(response.headers()["content-security-policy"], path).toContain("frame-ancestors 'none'");
  }
});
