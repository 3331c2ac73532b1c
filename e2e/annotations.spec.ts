import { expect, test } from "@playwright/test";
import { annotateWhileAnotherWatches } from "./support/live-annotations";
import { signIn, signedInContext } from "./support/users";

test("an analyst annotates a matrix cell and a chart point, and another analyst sees both appear without reloading", async ({
  browser,
  baseURL,
}) => {
  await annotateWhileAnotherWatches(browser, baseURL!, baseURL!);
});

test("script in an annotation does not run, and a viewer cannot write", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "analyst");
  await page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:drivers");
  const form = page.getByTestId("annotation-form");
  await form
    .getByLabel("Text (Markdown)")
    .fill(
      '<img src=x onerror="window.__xss=1"> <script>window.__xss=2</script> [click](javascript:window.__xss=3) xss-probe',
    );
  await form.getByLabel("Tags (separated by spaces)").fill("probe");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page.getByTestId("annotation-list")).toContainText("xss-probe");
  await expect(
    page.getByTestId("annotation-list").locator("img, script, a[href^='javascript']"),
  ).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();

  const { context: viewerContext, page: viewer } = await signedInContext(
    browser,
    baseURL,
    "viewer",
  );
  await viewer.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:drivers");
  await expect(viewer.getByTestId("annotation-list")).toContainText("xss-probe");
  await expect(viewer.getByTestId("annotation-form")).toHaveCount(0);
  expect(
    await viewer.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();
  // Same-origin (past the CSRF check), so the 403 is the role's.
  const refused = await viewer.request.post("/api/v1/annotations?lang=en", {
    headers: { Origin: baseURL! },
    data: { target: { kind: "matrix-cell", country: "JP", dimension: "drivers" }, body: "no" },
  });
  expect(refused.status()).toBe(403);
  await viewerContext.close();
});
