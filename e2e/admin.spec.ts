import { expect, test, type Browser, type Page } from "@playwright/test";
import { openAccountMenu, signIn, submitSignIn } from "./support/users";

/** Creates a user on the admin page (signed in as admin) and returns the password shown once. */
async function createUserInUi(page: Page, email: string, name: string, role = "viewer") {
  await page.goto("/admin/users");
  const create = page.locator("form").filter({ has: page.getByPlaceholder("email@example.com") });
  await create.getByPlaceholder("email@example.com").fill(email);
  await create.locator('input[name="name"]').fill(name);
  await create.getByRole("combobox").selectOption(role);
  await create.locator('button[type="submit"]').click();
  await expect(create.getByTestId("secret")).toHaveText(/^[\w-]{20}$/);
  return (await create.getByTestId("secret").textContent())!;
}

/** Signs someone in, in a browser context of their own. */
async function signInElsewhere(browser: Browser, email: string, password: string) {
  const context = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const page = await context.newPage();
  await page.goto("/signin");
  await submitSignIn(page, email, password);
  await expect(page.getByTestId("account")).toContainText(email);
  return { context, page };
}

test("an admin creates a user on the admin page, sees the password once, and the audit log records it", async ({
  page,
}) => {
  await signIn(page, "admin");
  await openAccountMenu(page);
  await page.getByTestId("admin-link").click();
  const email = `made-in-ui-${Date.now()}@example.com`;
  await createUserInUi(page, email, "Made In UI", "analyst");
  await expect(page.getByTestId("users")).toContainText(email);
  await page.screenshot({ path: "test-results/screenshots/admin-users.png", fullPage: true });
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit")).toContainText("user-created");
  await expect(page.getByTestId("audit")).toContainText(email);
});

test("a viewer sees no admin controls, is refused the admin pages, and manages their own tokens", async ({
  page,
}) => {
  await signIn(page, "viewer");
  await expect(page.getByTestId("admin-link")).toHaveCount(0);
  const refused = await page.goto("/admin/users?lang=en");
  await expect(
    page.getByRole("alert").filter({ hasText: "Your role does not allow this page." }),
  ).toBeVisible();
  await expect(page.getByTestId("users")).toHaveCount(0);
  // The page is in the app's frame, in the language chosen.
  await expect(page.getByTestId("account")).toBeVisible();
  // The same page, answered 403.
  expect(refused?.status()).toBe(403);

  await page.goto("/settings?lang=en");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API tokens");
  await page.getByLabel("Name").fill("e2e script");
  await page.getByRole("button", { name: "Create token" }).click();
  const token = (await page.getByTestId("secret").textContent())!;
  expect(token).toMatch(/^scc_/);

  const anonymous = await page
    .context()
    .browser()!
    .newContext({ baseURL: test.info().project.use.baseURL });
  const withToken = await anonymous.request.get("/api/v1/countries", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(withToken.status()).toBe(200);

  await page.reload();
  await page.getByTestId("tokens").getByRole("button", { name: "Revoke" }).first().click();
  await expect(page.getByTestId("tokens")).toContainText("revoked");
  await page.goto("/settings?lang=zh");
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("API 令牌");
  await expect(page.getByTestId("tokens")).toContainText("已吊销");
  const revoked = await anonymous.request.get("/api/v1/countries", {
    headers: { Authorization: `Bearer ${token}` },
  });
  expect(revoked.status()).toBe(401);
  await anonymous.close();
});

for (const [what, button] of [
  ["disabling the user", "Disable"],
  ["resetting their password", "Reset password"],
] as const) {
  test(`${what} ends their session at their next request`, async ({ browser, page }) => {
    await signIn(page, "admin");
    const email = `session-${Date.now()}@example.com`;
    const password = await createUserInUi(page, email, "Session Ender");
    const them = await signInElsewhere(browser, email, password);

    page.on("dialog", (dialog) => dialog.accept());
    await page.goto("/admin/users?lang=en");
    const row = page.getByRole("row").filter({ hasText: email });
    await row.getByRole("button", { name: button }).click();
    if (button === "Disable") await expect(row).toContainText("disabled");
    else await expect(row.getByTestId("secret")).toHaveText(/^[\w-]{20}$/);

    await them.page.reload();
    await expect(them.page).toHaveURL(/\/signin/);
    await them.context.close();
  });
}

test("a 10 MB body to a server action is a 413 with a message, not a 500", async ({ page }) => {
  await signIn(page, "admin");
  const response = await page.request.post("/admin/users?lang=en", {
    headers: {
      "Next-Action": "0".repeat(42),
      "Content-Type": "text/plain;charset=UTF-8",
      Origin: new URL(page.url()).origin,
    },
    data: "x".repeat(10 * 1024 * 1024),
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({
    error: { code: "too_large", message: "The request body is too large." },
  });
});
