import type { Page } from "@playwright/test";

/** Keeps a full-page screenshot of a view among the test artifacts (test-results/screenshots/NAME.png). */
export const shot = (page: Page, name: string) =>
  page.screenshot({ path: `test-results/screenshots/${name}.png`, fullPage: true });
