import { expect, type Browser, type Page } from "@playwright/test";

export const E2E_PASSWORD = "e2e-password-not-secret-123";
export type E2ERole = "viewer" | "analyst" | "editor" | "admin";
export const e2eEmail = (role: E2ERole) => `e2e-${role}@example.com`;

/** Fills in and submits the sign-in form that the page shows, in whichever language it is. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId("signin-submit").click();
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, role: E2ERole, path = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await submitSignIn(page, e2eEmail(role), E2E_PASSWORD);
  await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/$" : path}`));
}

/** Opens the account menu in the dashboard's top bar (sign-out, tokens, admin links). */
export async function openAccountMenu(page: Page) {
  await page.getByTestId("account").locator("summary").click();
}

/** Another person: a browser context of their own on `baseURL`, signed in as `role`. */
export async function signedInContext(
  browser: Browser,
  baseURL: string | undefined,
  role: E2ERole,
) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, role);
  return { context, page };
}
