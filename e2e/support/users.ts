import { expect, type Page } from "@playwright/test";

export const E2E_PASSWORD = "e2e-password-not-secret-123";
export type E2ERole = "viewer" | "analyst" | "editor" | "admin";
export const e2eEmail = (role: E2ERole) => `e2e-${role}@example.com`;

/** Signs in through the sign-in page, as a person would. */
export async function signIn(page: Page, role: E2ERole, path = "/") {
  await page.goto(`/signin?callbackUrl=${encodeURIComponent(path)}`);
  await page.getByLabel(/Email/).fill(e2eEmail(role));
  await page.getByLabel(/Password/).fill(E2E_PASSWORD);
  await page.getByRole("button", { name: /Sign in/ }).click();
  await expect(page).toHaveURL(new RegExp(`${path === "/" ? "/$" : path}`));
}
