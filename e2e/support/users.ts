import { spawnSync } from "node:child_process";
import { expect, type Browser, type Page } from "@playwright/test";
import { TSX } from "../../scripts/db/tools";

export const E2E_PASSWORD = "e2e-password-not-secret-123";
export type E2ERole = "viewer" | "analyst" | "editor" | "admin";
export const e2eEmail = (role: E2ERole) => `e2e-${role}@example.com`;

/**
 * Creates a user in the test database through the same command people use (`npm run
 * user:create`); one that already exists is kept, so a spec can seed its own people on each run.
 */
export function createE2EUser(email: string, name: string, role: E2ERole) {
  const result = spawnSync(
    process.execPath,
    [
      ...TSX,
      "scripts/users.ts",
      "create",
      ...["--email", email, "--name", name, "--role", role, "--password", E2E_PASSWORD],
    ],
    { env: process.env, encoding: "utf8" },
  );
  if (result.status !== 0 && !result.stderr.includes("already exists"))
    throw new Error(`Creating the test user ${email} failed: ${result.stderr}`);
}

/** Fills in and submits the sign-in form that the page shows, in whichever language it is. */
export async function submitSignIn(page: Page, email: string, password: string) {
  await page.locator('input[name="email"]').fill(email);
  await page.locator('input[name="password"]').fill(password);
  await page.getByTestId("signin-submit").click();
}

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, role: E2ERole, path = "/", email = e2eEmail(role)) {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await submitSignIn(page, email, E2E_PASSWORD);
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
