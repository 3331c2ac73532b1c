import { defineConfig, devices } from "@playwright/test";
import { CHROMIUM_ARGS, chromiumPath } from "./scripts/chromium";

const baseURL = process.env.E2E_BASE_URL;
if (!baseURL)
  throw new Error(
    "E2E_BASE_URL is not set: run the end-to-end tests with `npm test` (or `npm run test:e2e`), which starts the app on a test database.",
  );

const browser = {
  ...devices["Desktop Chrome"],
  viewport: { width: 1280, height: 800 },
  launchOptions: {
    executablePath: chromiumPath(),
    args: CHROMIUM_ARGS,
  },
};

export default defineConfig({
  testDir: "e2e",
  globalSetup: "./e2e/global-setup.ts",
  outputDir: "test-results/e2e",
  fullyParallel: false,
  workers: 1,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  reporter: [["list"], ["json", { outputFile: "test-results/e2e-report.json" }]],
  use: {
    baseURL,
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    locale: "zh-CN",
  },
  // Curation publishes new dataset versions and adds a source: it runs after every other spec,
  // whose assertions read the seeded dataset.
  projects: [
    { name: "chromium", testIgnore: /curation\.spec\.ts/, use: browser },
    {
      name: "curation",
      testMatch: /curation\.spec\.ts/,
      dependencies: ["chromium"],
      use: browser,
    },
  ],
});
