import { expect, test, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { postNote } from "./support/notes";
import { createE2EUser, signIn, signedInContext } from "./support/users";

// The annotations side panel: filters, replies, edit with history, the 409 reconcile, resolve,
// delete and an admin's restore. Each test seeds its own annotations through the API.

const post = async (
  page: Page,
  target: object,
  body: string,
  tags: string[] = [],
  visibility: "team" | "private" = "team",
) => postNote(page, { target, body, tags, visibility });

const openPanel = async (page: Page) => {
  await page.getByTestId("annotations-toggle").click();
  const panel = page.getByTestId("annotations-panel");
  await expect(panel).toBeVisible();
  return panel;
};

test("the side panel lists the view's annotations, filters them and takes you to a target", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now();
  await post(
    page,
    { kind: "matrix-cell", country: "JP", dimension: "actors" },
    `Citizens matter in Japan ${stamp}`,
    ["actors", `t${stamp}`],
  );
  await post(page, { kind: "view", path: "/matrix" }, `Whole matrix remark ${stamp}`, ["method"]);
  await post(page, { kind: "view", path: "/charts/radar" }, `Radar only ${stamp}`);
  await post(
    page,
    { kind: "matrix-cell", country: "JP", dimension: "goals" },
    `My draft ${stamp} <img src=x onerror="window.__xss=1">`,
    [],
    "private",
  );

  await page.goto("/matrix?countries=CN,JP&lang=en");
  const panel = await openPanel(page);
  await expect(panel).toContainText(`Citizens matter in Japan ${stamp}`);
  await expect(panel).toContainText(`Whole matrix remark ${stamp}`);
  await expect(panel).not.toContainText(`Radar only ${stamp}`); // another view's
  await expect(
    panel.getByTestId("annotation-card").filter({ hasText: `My draft ${stamp}` }),
  ).toContainText("draft");
  await expect(panel.locator("img")).toHaveCount(0);
  expect(
    await page.evaluate(() => (window as unknown as { __xss?: number }).__xss),
  ).toBeUndefined();

  await panel.getByTestId("filter-q").fill(`${stamp}`);
  await expect(panel.getByTestId("annotation-card")).toHaveCount(3);
  await panel.getByTestId("filter-tag").selectOption(`t${stamp}`);
  await expect(panel.getByTestId("annotation-card")).toHaveCount(1);
  await panel.getByTestId("filter-tag").selectOption("");
  await panel.getByTestId("filter-kind").selectOption("view");
  await expect(panel.getByTestId("annotation-card")).toHaveCount(1);
  await expect(panel.getByTestId("annotation-card")).toContainText(`Whole matrix remark ${stamp}`);
  await panel.getByTestId("filter-kind").selectOption("");
  await panel.getByTestId("filter-status").selectOption("resolved");
  await expect(panel.getByTestId("annotation-card")).toHaveCount(0);
  await expect(panel).toContainText("No annotation matches these filters.");
  await panel.getByRole("button", { name: "Clear filters" }).click();
  await panel.getByTestId("filter-q").fill(`Citizens matter in Japan ${stamp}`);
  await shot(page, "annotations-panel");

  // Another analyst sees the shared notes but not the draft, in the panel or on the cell's badge.
  const { context: otherContext, page: other } = await signedInContext(browser, baseURL, "editor");
  await other.goto("/matrix?countries=CN,JP&lang=en");
  const otherPanel = await openPanel(other);
  await otherPanel.getByTestId("filter-q").fill(`${stamp}`);
  await expect(otherPanel.getByTestId("annotation-card")).toHaveCount(2);
  await expect(otherPanel).not.toContainText(`My draft ${stamp}`);
  await expect(other.getByTestId("annotations-JP-goals")).toHaveCount(0);
  await otherContext.close();

  // Clicking the annotation's target opens the cell; the panel stays open.
  await panel.getByTestId("annotation-target-link").first().click();
  await expect(page).toHaveURL(/focus=cell:JP:actors/);
  await expect(page.getByTestId("cell-panel")).toBeVisible();
  await expect(page.getByTestId("annotations-panel")).toBeVisible();
});

test("a thread: reply, edit with history, resolve, delete, and an admin restores", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await signIn(page, "analyst");
  const stamp = Date.now();
  const note = await post(page, { kind: "view", path: "/charts/actors" }, `Thread start ${stamp}`, [
    "thread",
  ]);
  await page.goto("/charts/actors?countries=CN,JP&lang=en");
  const panel = await openPanel(page);
  await panel.getByTestId("filter-q").fill(`${stamp}`);
  const card = panel.locator(`[data-annotation="${note.id}"]`);

  await card.getByRole("button", { name: "Reply" }).click();
  await panel.getByTestId("reply-form").getByLabel("Reply").fill(`A reply ${stamp}`);
  await panel.getByRole("button", { name: "Send reply" }).click();
  await expect(panel.locator(".annotation-replies")).toContainText(`A reply ${stamp}`);

  await card.getByRole("button", { name: "Edit" }).click();
  await card
    .getByTestId("annotation-editor")
    .getByLabel("Text (Markdown)")
    .fill(`Thread start, revised ${stamp}`);
  await card.getByRole("button", { name: "Save changes" }).click();
  const edited = card;
  await expect(edited).toContainText(`Thread start, revised ${stamp}`);
  await expect(edited).toContainText("edited");
  await edited.getByRole("button", { name: "History" }).click();
  await expect(edited.getByTestId("annotation-history")).toContainText(`Thread start ${stamp}`);

  // A resolved thread leaves the panel (hidden by default); the status filter finds it.
  await edited.getByRole("button", { name: "Resolve" }).click();
  await expect(edited).toHaveCount(0);
  await panel.getByTestId("filter-status").selectOption("resolved");
  await expect(edited.getByTestId("resolved-badge")).toHaveText("Resolved by E2E analyst");
  await edited.getByRole("button", { name: "Reopen" }).click();
  await expect(edited).toHaveCount(0);
  await panel.getByTestId("filter-status").selectOption("");
  await expect(edited.getByRole("button", { name: "Resolve" })).toBeVisible();

  page.once("dialog", (dialog) => dialog.accept());
  await edited.getByRole("button", { name: "Delete" }).click();
  await expect(edited).toHaveCount(0);

  // An admin still sees it, marked deleted, and restores it.
  const { context: adminContext, page: admin } = await signedInContext(browser, baseURL, "admin");
  await admin.goto("/charts/actors?countries=CN,JP&lang=en");
  const adminPanel = await openPanel(admin);
  await adminPanel.getByTestId("filter-q").fill(`${stamp}`);
  const deleted = adminPanel.locator(`[data-annotation="${note.id}"]`);
  await expect(deleted).toContainText("deleted");
  await deleted.getByRole("button", { name: "Restore" }).click();
  await expect(deleted).not.toContainText("deleted");
  // The author's page, not reloaded, shows it again.
  await expect(card).toHaveCount(1, { timeout: 10_000 });
  await adminContext.close();
});

test("another analyst resolves a thread they did not write, and the badge names them", async ({
  page,
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const second = "e2e-second-analyst@example.com";
  createE2EUser(second, "Second Analyst", "analyst");
  await signIn(page, "analyst");
  const stamp = Date.now();
  const note = await post(
    page,
    { kind: "view", path: "/charts/actors" },
    `Someone else's thread ${stamp}`,
    [],
  );
  const other = await browser.newContext({ baseURL });
  const theirs = await other.newPage();
  await signIn(theirs, "analyst", "/", second);
  await theirs.goto("/charts/actors?countries=CN,JP&lang=en");
  const panel = await openPanel(theirs);
  await panel.getByTestId("filter-q").fill(`${stamp}`);
  const card = panel.locator(`[data-annotation="${note.id}"]`);
  // Not theirs to edit or delete, but theirs to resolve.
  await expect(card.getByRole("button", { name: "Edit" })).toHaveCount(0);
  await expect(card.getByRole("button", { name: "Delete" })).toHaveCount(0);
  await card.getByRole("button", { name: "Resolve" }).click();
  await expect(card).toHaveCount(0);
  await panel.getByTestId("filter-status").selectOption("resolved");
  await expect(card.getByTestId("resolved-badge")).toHaveText("Resolved by Second Analyst");
  // The author sees who resolved it (resolved threads shown), in Chinese too, and may reopen it.
  await page.goto("/charts/actors?countries=CN,JP&lang=zh&resolved=shown");
  const mine = (await openPanel(page)).locator(`[data-annotation="${note.id}"]`);
  await expect(mine.getByTestId("resolved-badge")).toHaveText("已由Second Analyst标为解决");
  await expect(mine.getByTestId("resolved-badge")).toHaveAttribute("title", /^\d{4}-\d\d-\d\dT/);
  await mine.getByRole("button", { name: "重新打开" }).click();
  await expect(mine.getByTestId("resolved-badge")).toHaveCount(0);
  await other.close();
});

test("a stale edit is refused with the current text, and the author reconciles", async ({
  page,
  browser,
  baseURL,
}) => {
  await signIn(page, "analyst");
  const stamp = Date.now();
  const note = await post(page, { kind: "view", path: "/charts/radar" }, `Original ${stamp}`);
  await page.goto("/charts/radar?countries=CN,JP&lang=en");
  const panel = await openPanel(page);
  await panel.getByTestId("filter-q").fill(`${stamp}`);
  const card = panel.getByTestId("annotation-card").first();
  await card.getByRole("button", { name: "Edit" }).click();
  await card.getByTestId("annotation-editor").getByLabel("Text (Markdown)").fill(`Mine ${stamp}`);

  // Meanwhile an admin changes it.
  const { context: adminContext, page: admin } = await signedInContext(browser, baseURL, "admin");
  const changed = await admin.request.patch(`/api/v1/annotations/${note.id}?lang=en`, {
    headers: { Origin: baseURL! },
    data: { baseVersion: note.version, body: `Theirs ${stamp}` },
  });
  expect(changed.status()).toBe(200);
  await adminContext.close();

  await card.getByRole("button", { name: "Save changes" }).click();
  const conflict = card.getByTestId("annotation-conflict");
  await expect(conflict).toContainText(`Theirs ${stamp}`);
  await expect(card.getByRole("alert")).toContainText("changed while you were editing");
  await expect(card.getByTestId("annotation-editor").getByLabel("Text (Markdown)")).toHaveValue(
    `Mine ${stamp}`,
  );
  await shot(page, "annotation-conflict");
  await conflict.getByRole("button", { name: "Save mine over it" }).click();
  await expect(panel.getByTestId("annotation-card").first()).toContainText(`Mine ${stamp}`);
  await expect(panel.getByTestId("annotation-card").first()).toContainText("edited");
});

test("the panel pages on the server: thirty threads, then older ones on request, filters included", async ({
  page,
}) => {
  await signIn(page, "analyst");
  const stamp = Date.now();
  for (let n = 1; n <= 32; n++)
    await post(page, { kind: "view", path: "/charts/indicators" }, `Paged ${n} ${stamp}`, [
      `p${stamp}`,
    ]);
  await page.goto("/charts/indicators?countries=CN,JP&lang=en");
  const panel = await openPanel(page);
  await panel.getByTestId("filter-tag").selectOption(`p${stamp}`);
  // Filtered on the server: thirty of this tag's threads, and no total of the whole view.
  await expect(panel.getByTestId("annotations-shown")).toHaveText("30 threads");
  await expect(panel.getByTestId("annotation-card")).toHaveCount(30);
  await expect(panel.getByTestId("annotation-card").first()).toContainText(`Paged 32 ${stamp}`);
  await panel.getByTestId("annotations-more").click();
  await expect(panel.getByTestId("annotation-card")).toHaveCount(32);
  // Each note once: the second page follows the first without repeating or skipping any.
  const bodies = await panel.getByTestId("annotation-card").locator("p").allTextContents();
  for (let n = 1; n <= 32; n++)
    expect(
      bodies.filter((b) => b === `Paged ${n} ${stamp}`),
      `note ${n}`,
    ).toHaveLength(1);
  await expect(panel.getByTestId("annotations-more")).toHaveCount(0);
  await expect(panel.getByTestId("annotations-shown")).toHaveText("32 threads");
});
