import { existsSync } from "node:fs";

// The Chromium that the end-to-end tests (playwright.config.ts) and the bench (bench/browser.ts)
// drive: Debian's, or PLAYWRIGHT_CHROMIUM_PATH. Playwright's own browser download is impossible
// offline.

/** Where a Chromium is looked for, in order. */
export const chromiumCandidates = () =>
  [process.env.PLAYWRIGHT_CHROMIUM_PATH, "/usr/bin/chromium"].filter((p): p is string =>
    Boolean(p),
  );

/** The first candidate that exists, or null. */
export function findChromium(): string | null {
  return chromiumCandidates().find((candidate) => existsSync(candidate)) ?? null;
}

/** Why no Chromium was found, and how to get one. */
export const noChromiumMessage = () =>
  `No Chromium found (looked at ${chromiumCandidates().join(", ")}). Install one with \`sudo apt-get install -y chromium fonts-noto-cjk\`, or set PLAYWRIGHT_CHROMIUM_PATH to a Chromium or Chrome binary.`;

/** The Chromium to use; throws with noChromiumMessage when there is none. */
export function chromiumPath(): string {
  const found = findChromium();
  if (!found) throw new Error(noChromiumMessage());
  return found;
}

/** Flags for a headless Chromium in a container, offline. */
export const CHROMIUM_ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
  "--disable-quic",
];
