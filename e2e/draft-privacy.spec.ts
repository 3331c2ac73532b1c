import { expect, test, type Locator } from "@playwright/test";
import { postNote } from "./support/notes";
import { signIn, signedInContext } from "./support/users";

// A private draft is its author's alone: on every page and every read another analyst makes,
// server-rendered or fetched, until the author shares it; then it reaches the others live.

const CELL = { kind: "matrix-cell", country: "JP", dimension: "ecosystem" } as const;
const countOf = async (badge: Locator) =>
  (await badge.count()) ? Number((await badge.textContent())?.match(/\d+/)?.[0] ?? 0) : 0;

test("another analyst never sees a private draft, on any page or read, until it is shared", async ({
  page,
  browser,
  baseURL,
}) => {
  const { context: otherContext, page: other } = await signedInContext(browser, baseURL, "editor");
  await other.goto("/matrix?countries=CN,JP&lang=en");
  const otherBadge = other.getByTestId("annotations-JP-ecosystem");
  const before = await countOf(otherBadge);

  await signIn(page, "analyst");
  const stamp = Date.now();
  const secret = `Only mine for now ${stamp}`;
  const draft = await postNote(page, {
    target: CELL,
    body: secret,
    tags: [`secret${stamp}`],
    visibility: "private",
  });

  // The author sees it: in the cell's details and in the panel.
  await page.goto(`/matrix?countries=CN,JP&lang=en&focus=cell:JP:ecosystem`);
  await expect(page.getByTestId("annotation-list")).toContainText(secret);

  // The other analyst: the live page's badge did not move, and no fresh render or read has it.
  await other.waitForTimeout(1000);
  expect(await countOf(otherBadge)).toBe(before);
  for (const path of [
    "/matrix?countries=CN,JP&lang=en",
    "/matrix?countries=CN,JP&lang=en&focus=cell:JP:ecosystem",
    "/?countries=CN,JP&lang=en",
    "/report?countries=CN,JP&lang=en&annotations=1",
    "/api/v1/annotations?view=/matrix&limit=200",
    `/api/v1/annotations?q=${stamp}`,
    `/api/v1/annotations?tag=secret${stamp}&format=csv`,
    `/api/v1/annotations?tag=secret${stamp}&format=jsonld`,
    `/api/v1/annotations/threads?view=/matrix&q=${stamp}`,
    `/api/v1/annotations/${draft.id}`,
  ]) {
    const response = await other.request.get(path);
    expect(await response.text(), path).not.toContain(secret);
  }
  await other.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:ecosystem");
  await expect(other.getByTestId("cell-panel")).toBeVisible();
  expect(await other.content()).not.toContain(secret);
  await other.getByTestId("annotations-toggle").click();
  await other.getByTestId("filter-q").fill(String(stamp));
  await expect(other.getByTestId("annotations-shown")).toContainText("0 threads");
  expect(await countOf(otherBadge)).toBe(before);

  // Shared: the other analyst's open page shows it without a reload, on the badge and in the panel.
  const shared = await page.request.patch(`/api/v1/annotations/${draft.id}?lang=en`, {
    headers: { Origin: baseURL! },
    data: { baseVersion: draft.version, visibility: "team" },
  });
  expect(shared.status()).toBe(200);
  await expect.poll(() => countOf(otherBadge), { timeout: 10_000 }).toBe(before + 1);
  await expect(other.getByTestId("annotations-panel")).toContainText(secret, { timeout: 10_000 });
  await otherContext.close();
});
