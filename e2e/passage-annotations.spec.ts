import { expect, test } from "@playwright/test";
import { shot } from "./support/screenshots";
import { signIn, signedInContext } from "./support/users";

// Selecting uncited text of a source and annotating it: W3C selectors from raw offsets, a count
// badge on the passage, live in another browser, and a reply in the passage panel.

test("an analyst annotates a selected passage of a source, and another analyst sees its badge appear", async ({
  page,
  browser,
  baseURL,
}) => {
  const { context: watcherContext, page: watcher } = await signedInContext(
    browser,
    baseURL,
    "editor",
  );
  await watcher.goto("/sources/ndrc-international-cooperation?countries=CN,JP&lang=en");

  await signIn(page, "analyst");
  await page.goto("/sources/ndrc-international-cooperation?countries=CN,JP&lang=en");
  // Select the first 12 characters of a run of uncited body text (not a heading, not inside a cited passage).
  const select = () =>
    page.evaluate(() => {
      const run = [
        ...document.querySelectorAll<HTMLElement>(
          "[data-testid=source-text] p span[data-raw][data-verbatim=true]",
        ),
      ].find(
        (span) =>
          !span.closest("mark") &&
          !span.classList.contains("annotated") &&
          (span.textContent ?? "").trim().length > 20,
      )!;
      const node = run.firstChild!;
      const range = document.createRange();
      const text = node.textContent ?? "";
      const skip = text.length - text.trimStart().length;
      range.setStart(node, skip);
      range.setEnd(node, skip + 12);
      document.getSelection()!.removeAllRanges();
      document.getSelection()!.addRange(range);
      const start = Number(run.dataset.raw) + skip;
      return { start, end: start + 12, quote: range.toString() };
    });
  // Selected again until the page has hydrated and its selection listener answers.
  let picked = await select();
  await expect(async () => {
    picked = await select();
    await expect(page.getByTestId("annotate-selection")).toBeVisible({ timeout: 1_000 });
  }).toPass({ timeout: 15_000 });
  await page.getByTestId("annotate-selection").click();
  const form = page.getByTestId("selection-form");
  await form.getByLabel("Text (Markdown)").fill(`Worth a second source ${picked.start}`);
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(page).toHaveURL(new RegExp(`focus=passage:${picked.start}-${picked.end}`));
  const badge = page.getByTestId(`annotations-passage-${picked.start}-${picked.end}`);
  await expect(badge).toHaveText("1");
  await expect(page.getByTestId("passage-annotations")).toContainText(
    `Worth a second source ${picked.start}`,
  );
  await expect(page.getByTestId("panel-quote")).toContainText(picked.quote);

  // The API stored W3C selectors whose quote is the source's text at those offsets.
  const stored = await page.request.get(
    `/api/v1/annotations?target=source-passage:ndrc-international-cooperation:${picked.start}-${picked.end}`,
  );
  const [annotation] = (
    (await stored.json()) as {
      annotations: {
        targets: { selector: [{ exact: string }, { start: number; end: number }] }[];
      }[];
    }
  ).annotations;
  const [target] = annotation.targets;
  expect(target.selector[0].exact).toBe(picked.quote);
  expect(target.selector[1]).toMatchObject({
    type: "TextPositionSelector",
    start: picked.start,
    end: picked.end,
  });

  // The other browser was not reloaded.
  await expect(watcher.getByTestId(`annotations-passage-${picked.start}-${picked.end}`)).toHaveText(
    "1",
    { timeout: 10_000 },
  );
  await shot(watcher, "source-passage-annotation");

  // A reply in the passage panel counts on the badge too.
  const panel = page.getByTestId("passage-annotations");
  await panel.getByRole("button", { name: "Reply" }).click();
  await panel.getByTestId("reply-form").getByLabel("Reply").fill("Agreed");
  await panel.getByRole("button", { name: "Send reply" }).click();
  await expect(badge).toHaveText("2");
  await watcherContext.close();
});
