import { expect, test } from "@playwright/test";
import { E2E_PASSWORD, e2eEmail, openAccountMenu, signIn, submitSignIn } from "./support/users";

test("a signed-out visitor is sent to the sign-in page, and the API answers 401", async ({
  page,
  request,
}) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin\?callbackUrl=%2F$/);
  const api = await request.get("/api/v1/countries", { headers: { "Accept-Language": "en" } });
  expect(api.status()).toBe(401);
  expect(await api.json()).toEqual({ error: { code: "unauthorized", message: "Sign in first." } });
});

test("sign in, then sign out", async ({ page }) => {
  await signIn(page, "editor");
  const session = (await page.context().cookies()).find((c) =>
    c.name.includes("next-auth.session-token"),
  );
  expect(session).toMatchObject({ httpOnly: true, sameSite: "Lax" });
  await expect(page.getByTestId("account")).toContainText(e2eEmail("editor"));
  await expect(page.getByTestId("account")).toContainText("编辑");
  await openAccountMenu(page);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/signin/);
  await page.goto("/");
  await expect(page).toHaveURL(/\/signin/);
});

test("a wrong password shows the message in the reader's language, the same as an unknown email", async ({
  page,
}) => {
  await page.goto("/signin");
  await expect(page.getByLabel("邮箱")).toBeVisible();
  await submitSignIn(page, e2eEmail("viewer"), `${E2E_PASSWORD}-wrong`);
  const alert = page.getByTestId("signin-error");
  await expect(alert).toHaveText("邮箱或密码不正确。");

  await page.getByTestId("lang-en").click();
  await expect(page.getByLabel("Email")).toBeVisible();
  await submitSignIn(page, e2eEmail("viewer"), `${E2E_PASSWORD}-wrong`);
  await expect(alert).toHaveText("The email or password is not correct.");
  const wrongPassword = await alert.textContent();
  await submitSignIn(page, "nobody-here@example.com", E2E_PASSWORD);
  await expect(alert).toHaveText(wrongPassword!);
  await expect(page).toHaveURL(/\/signin/);
  await page.screenshot({ path: "test-results/screenshots/signin-error.png" });
});

test("a write from another site is refused", async ({ page }) => {
  await signIn(page, "admin");
  // ?lang= beats the language remembered while browsing.
  const response = await page.request.post("/api/v1/countries?lang=en", {
    headers: { Origin: "https://evil.example" },
    data: {},
  });
  expect(response.status()).toBe(403);
  expect((await response.json()).error.message).toBe("Cross-site request refused.");
});

test("each page answers each role as its permissions say", async ({ browser }) => {
  // Four sign-ins and sixteen pages: more than the default 30 s on a busy 2-core machine.
  test.setTimeout(90_000);
  const allowed: Record<string, string[]> = {
    "/": ["viewer", "analyst", "editor", "admin"],
    "/settings": ["viewer", "analyst", "editor", "admin"],
    "/admin/users": ["admin"],
    "/admin/audit": ["admin"],
  };
  for (const role of ["viewer", "analyst", "editor", "admin"] as const) {
    const context = await browser.newContext({
      baseURL: test.info().project.use.baseURL,
      locale: "en",
    });
    const page = await context.newPage();
    await signIn(page, role);
    for (const [path, roles] of Object.entries(allowed)) {
      const response = await page.goto(path);
      // A page the role does not allow is the same frame with the message, answered 403.
      expect(response?.status(), `${path} as ${role}`).toBe(roles.includes(role) ? 200 : 403);
      const refused = page.getByText("Your role does not allow this page.");
      await expect(refused, `${path} as ${role}`).toHaveCount(roles.includes(role) ? 0 : 1);
    }
    await context.close();
  }
});

test("a signed-in visitor is never sent to another site by the callback URL", async ({ page }) => {
  await signIn(page, "viewer");
  for (const payload of [
    "/..//evil.example",
    "/.//evil.example",
    "/../\\evil.example",
    "//evil.example",
  ]) {
    const response = await page.request.get(`/signin?callbackUrl=${encodeURIComponent(payload)}`, {
      maxRedirects: 0,
    });
    expect(response.status(), payload).toBe(307);
    expect(response.headers().location, payload).toBe("/");
  }
  await page.goto(`/signin?callbackUrl=${encodeURIComponent("/..//evil.example")}`);
  expect(new URL(page.url()).host).toBe(new URL(test.info().project.use.baseURL!).host);
});

test("a forged X-Forwarded-Host does not choose where next-auth sends the browser", async ({
  request,
  baseURL,
}) => {
  const response = await request.get("/api/auth/signin", {
    headers: { "X-Forwarded-Host": "evil.example", "X-Forwarded-Proto": "https" },
    maxRedirects: 0,
  });
  expect(response.status()).toBe(302);
  const location = response.headers()["location"];
  expect(location).not.toContain("evil.example");
  expect(new URL(location, baseURL).origin).toBe(new URL(baseURL!).origin);
});

test("a write from another scheme of the same host is refused", async ({ page, baseURL }) => {
  await signIn(page, "admin");
  const response = await page.request.post("/api/v1/countries?lang=en", {
    headers: { Origin: new URL(baseURL!).origin.replace(/^http:/, "https:") },
    data: {},
  });
  expect(response.status()).toBe(403);
});

test("signing out ends the session on the server: a copy of the cookie no longer works", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "analyst");
  const copied = (await page.context().cookies()).filter((c) => c.name.includes("next-auth"));
  const other = await browser.newContext({ baseURL });
  await other.addCookies(copied);
  // The copy works while the session is open...
  expect((await other.request.get("/api/v1/countries")).status()).toBe(200);
  await openAccountMenu(page);
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/signin/);
  // ...and not after signing out, for the API and for pages.
  expect((await other.request.get("/api/v1/countries")).status()).toBe(401);
  const copy = await other.newPage();
  await copy.goto("/matrix");
  await expect(copy).toHaveURL(/\/signin/);
  await other.close();
});
