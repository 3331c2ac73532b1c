import { expect, type Browser, type Page } from "@playwright/test";
import { signedInContext } from "./users";

const countOf = async (text: string | null) => Number(text?.match(/\d+/)?.[0] ?? 0);
const POINT = {
  observation: "cn-smart-city-projects",
  testId: "annotation-point-indicators-CN-cn-smart-city-projects",
};

async function annotate(page: Page, text: string, tags: string) {
  const form = page.getByTestId("annotation-form").first();
  await form.getByLabel("Text (Markdown)").fill(text);
  await form.getByLabel("Tags (separated by spaces)").fill(tags);
  await form.getByRole("button", { name: "Save annotation" }).click();
}

/**
 * Analyst A annotates a matrix cell and a chart point on `baseA`; analyst B, in another browser
 * context on `baseB` (the same app, or another instance on the same database), watches the matrix
 * and the indicators chart, and sees both appear without reloading, or any server render of
 * their pages: the badges patch themselves from the stream's events.
 */
export async function annotateWhileAnotherWatches(browser: Browser, baseA: string, baseB: string) {
  const { context: watcherContext, page: matrix } = await signedInContext(browser, baseB, "editor");
  await matrix.goto("/matrix?countries=CN,JP&lang=en");
  const chart = await watcherContext.newPage();
  await chart.goto("/charts/indicators?countries=CN,JP&lang=en");
  // The bars are drawn in the browser; count the point's annotations once they are.
  await chart.getByTestId(`bar-${POINT.observation}`).waitFor();
  const badge = matrix.getByTestId("annotations-CN-drivers");
  const cellBefore = (await badge.count()) ? await countOf(await badge.textContent()) : 0;
  const point = chart.getByTestId(POINT.testId);
  const pointBefore = (await point.count())
    ? await countOf(await point.getAttribute("aria-label"))
    : 0;

  // A server render of a watcher's page (an RSC request, as router.refresh makes): there must be none.
  const renders: string[] = [];
  for (const watcher of [matrix, chart])
    watcher.on("request", (r) => {
      if (r.headers()["rsc"] === "1" || r.url().includes("_rsc=")) renders.push(r.url());
    });

  const { context: authorContext, page: author } = await signedInContext(browser, baseA, "analyst");
  const stamp = Date.now();
  await author.goto("/matrix?countries=CN,JP&lang=en&focus=cell:CN:drivers");
  await annotate(author, `**Urbanisation** drives it ${stamp}`, "drivers cn");
  await expect(author.getByTestId("annotation-list")).toContainText(
    `Urbanisation drives it ${stamp}`,
  );
  await author.goto(
    `/charts/indicators?countries=CN,JP&lang=en&focus=observation:${POINT.observation}`,
  );
  await annotate(author, `Project count needs a second source ${stamp}`, "indicators");
  await expect(author.getByTestId("annotation-list")).toContainText(
    `Project count needs a second source ${stamp}`,
  );

  // Neither watcher page was reloaded: the live stream brought both changes.
  await expect
    .poll(async () => ((await badge.count()) ? countOf(await badge.textContent()) : 0), {
      timeout: 10_000,
    })
    .toBe(cellBefore + 1);
  await expect
    .poll(
      async () => ((await point.count()) ? countOf(await point.getAttribute("aria-label")) : 0),
      { timeout: 10_000 },
    )
    .toBe(pointBefore + 1);
  // The badges were patched from the stream's events: neither page was rendered again.
  expect(renders).toEqual([]);
  await chart.getByTestId("annotations-toggle").click();
  await expect(chart.getByTestId("annotations-panel")).toContainText(
    `Project count needs a second source ${stamp}`,
  );
  await matrix.getByTestId("cell-CN-drivers").click();
  await expect(matrix.getByTestId("annotation-list")).toContainText(
    `Urbanisation drives it ${stamp}`,
  );
  // Opening the cell is a client navigation with a server render: the detector sees those.
  expect(renders.length).toBeGreaterThan(0);
  await Promise.all([watcherContext.close(), authorContext.close()]);
}
