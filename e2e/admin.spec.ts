import { expect, test } from "@playwright/test";
import { signIn } from "./support/users";

test("an admin creates a user on the admin page, sees the password once, and the audit log records it", async ({ page }) => {
  await signIn(page, "admin");
  await page.getByTestId("admin-link").click();
  const email = `made-in-ui-${Date.now()}@example.com`;
  const create = page.locator("form").filter({ has: page.getByPlaceholder("email@example.com") });
  await create.getByPlaceholder("email@example.com").fill(email);
  await create.getByPlaceholder("姓名 · Name").fill("Made In UI");
  await create.getByRole("combobox").selectOption("analyst");
  await create.getByRole("button", { name: /Create/ }).click();
  await expect(create.getByTestId("secret")).toHaveText(/^[\w-]{20}$/);
  await expect(page.getByTestId("users")).toContainText(email);
  await page.screenshot({ path: "test-results/screenshots/admin-users.png", fullPage: true });
  await page.goto("/admin/audit");
  await expect(page.getByTestId("audit")).toContainText("user-created");
  await expect(page.getByTestId("audit")).toContainText(email);
});

test("a viewer sees no admin controls, is refused the admin pages, and manages their own tokens", async ({ page }) => {
  await signIn(page, "viewer");
  await expect(page.getByTestId("admin-link")).toHaveCount(0);
  await page.goto("/admin/users");
  await expect(page.getByRole("alert").filter({ hasText: "Your role does not allow this page." })).toBeVisible();
  await expect(page.getByRole("button", { name: /Create/ })).toHaveCount(0);

  await page.goto("/settings");
  await page.getByLabel("令牌名称 · Token name").fill("e2e script");
  await page.getByRole("button", { name: /Create token/ }).click();
  const token = (await page.getByTestId("secret").textContent())!;
  expect(token).toMatch(/^scc_/);

  const anonymous = await page.context().browser()!.newContext({ baseURL: test.info().project.use.baseURL });
  const withToken = await anonymous.request.get("/api/v1/countries", { headers: { Authorization: `Bearer ${token}` } });
  expect(withToken.status()).toBe(200);

  await page.reload();
  await page.getByTestId("tokens").getByRole("button", { name: /Revoke/ }).first().click();
  await expect(page.getByTestId("tokens")).toContainText("已吊销 · revoked");
  const revoked = await anonymous.request.get("/api/v1/countries", { headers: { Authorization: `Bearer ${token}` } });
  expect(revoked.status()).toBe(401);
  await anonymous.close();
});

test("a disabled user's session stops working at their next request", async ({ browser, page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const email = `to-disable-${Date.now()}@example.com`;
  const create = page.locator("form").filter({ has: page.getByPlaceholder("email@example.com") });
  await create.getByPlaceholder("email@example.com").fill(email);
  await create.getByPlaceholder("姓名 · Name").fill("Soon Disabled");
  await create.getByRole("button", { name: /Create/ }).click();
  const password = (await create.getByTestId("secret").textContent())!;

  const theirs = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const them = await theirs.newPage();
  await them.goto("/signin");
  await them.getByLabel(/Email/).fill(email);
  await them.getByLabel(/Password/).fill(password);
  await them.getByRole("button", { name: /Sign in/ }).click();
  await expect(them.getByTestId("account")).toContainText(email);

  page.on("dialog", (dialog) => dialog.accept());
  await page.reload();
  await page.getByRole("row").filter({ hasText: email }).getByRole("button", { name: /Disable/ }).click();
  await expect(page.getByRole("row").filter({ hasText: email })).toContainText("已停用 · disabled");

  await them.reload();
  await expect(them).toHaveURL(/\/signin/);
  await theirs.close();
});

test("resetting a password ends the sessions signed in with the old one", async ({ browser, page }) => {
  await signIn(page, "admin");
  await page.goto("/admin/users");
  const email = `to-reset-${Date.now()}@example.com`;
  const create = page.locator("form").filter({ has: page.getByPlaceholder("email@example.com") });
  await create.getByPlaceholder("email@example.com").fill(email);
  await create.getByPlaceholder("姓名 · Name").fill("Soon Reset");
  await create.getByRole("button", { name: /Create/ }).click();
  const password = (await create.getByTestId("secret").textContent())!;

  const theirs = await browser.newContext({ baseURL: test.info().project.use.baseURL });
  const them = await theirs.newPage();
  await them.goto("/signin");
  await them.getByLabel(/Email/).fill(email);
  await them.getByLabel(/Password/).fill(password);
  await them.getByRole("button", { name: /Sign in/ }).click();
  await expect(them.getByTestId("account")).toContainText(email);

  page.on("dialog", (dialog) => dialog.accept());
  await page.reload();
  const row = page.getByRole("row").filter({ hasText: email });
  await row.getByRole("button", { name: /Reset password/ }).click();
  await expect(row.getByTestId("secret")).toHaveText(/^[\w-]{20}$/);

  await them.reload();
  await expect(them).toHaveURL(/\/signin/);
  await theirs.close();
});
