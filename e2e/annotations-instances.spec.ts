import { test } from "@playwright/test";
import { annotateWhileAnotherWatches } from "./support/live-annotations";

// `npm test` starts a second app instance on the same database when the tests run on a PostgreSQL
// server (TEST_DATABASE_URL, as in CI): a change made through one instance must reach the other's
// streams through LISTEN/NOTIFY. The embedded database serves a single instance.
const second = process.env.E2E_SECOND_BASE_URL;

test("an annotation made on one app instance appears live on another instance on the same database", async ({
  browser,
  baseURL,
}) => {
  test.skip(!second, "needs a PostgreSQL server for two instances: run with TEST_DATABASE_URL set");
  await annotateWhileAnotherWatches(browser, baseURL!, second!);
});
