import { expect, test, type Browser, type Page } from "@playwright/test";
import { shot } from "./support/screenshots";
import { postNote } from "./support/notes";
import { createE2EUser, signIn } from "./support/users";

// @mentions: analyst A mentions analyst B in a note; B's bell counts it at once, in another
// browser, without a reload; and the e-mail reaches the SMTP catcher that `npm test` starts
// (E2E_MAIL_URL). The spec makes its own two analysts.

const stamp = Date.now();
const ada = { email: `e2e-notify-ada-${stamp}@example.com`, name: `Ada ${stamp}` };
const bo = { email: `e2e-notify-bo-${stamp}@example.com`, name: `Bo ${stamp}` };

async function personPage(browser: Browser, baseURL: string | undefined, email: string) {
  const context = await browser.newContext({ baseURL });
  const page = await context.newPage();
  await signIn(page, "analyst", "/", email);
  return { context, page };
}

interface CaughtMail {
  to: string[];
  text: string;
}
const caught = async (): Promise<CaughtMail[]> =>
  (await fetch(process.env.E2E_MAIL_URL!)).json() as Promise<CaughtMail[]>;

const bell = (page: Page) => page.getByTestId("notifications");

test.beforeAll(() => {
  createE2EUser(ada.email, ada.name, "analyst");
  createE2EUser(bo.email, bo.name, "analyst");
});

test("A mentions B: B's bell counts it live, lists it, marks it read; the e-mail is sent", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const b = await personPage(browser, baseURL, bo.email);
  await b.page.goto("/matrix?countries=CN,JP&lang=en");
  await expect(bell(b.page).locator("summary")).toHaveAccessibleName(/none unread/);
  await expect(bell(b.page).getByTestId("unread-count")).toHaveCount(0);

  const a = await personPage(browser, baseURL, ada.email);
  await a.page.goto("/matrix?countries=CN,JP&lang=en&focus=cell:JP:drivers");
  const form = a.page.getByTestId("annotation-form");
  const text = form.getByRole("combobox", { name: "Text (Markdown)" });
  // Suggestions by name or e-mail: "@Bo" offers B among others; B's address narrows it to one.
  const suggestions = form.getByRole("listbox");
  // Typed again until the page has hydrated and the suggestions answer (a live refresh of the
  // panel may also redraw the form while the page settles).
  await expect(async () => {
    await text.fill("");
    await text.pressSequentially("Please check this @Bo");
    await expect(suggestions.getByRole("option", { name: new RegExp(bo.name) })).toBeVisible({
      timeout: 3000,
    });
  }).toPass({ timeout: 30_000 });
  await text.press("Escape");
  await expect(suggestions).toBeHidden();
  await text.pressSequentially(`-${stamp}`);
  await expect(suggestions.getByRole("option")).toHaveCount(1);
  await text.press("ArrowDown");
  await expect(text).toHaveAttribute("aria-activedescendant", /option-0/);
  await text.press("Enter");
  await expect(text).toHaveValue(`Please check this @${bo.name} `);
  await expect(suggestions).toBeHidden();
  await text.pressSequentially("for the drivers");
  await form.getByRole("button", { name: "Save annotation" }).click();
  await expect(a.page.getByTestId("annotation-list")).toContainText(`@${bo.name} for the drivers`);

  // B, in the other browser, sees the count rise without reloading.
  await expect(bell(b.page).getByTestId("unread-count")).toHaveText("1");
  await bell(b.page).locator("summary").click();
  const entry = bell(b.page).getByTestId("notification").first();
  await expect(entry).toContainText(`${ada.name} mentioned you`);
  await expect(entry).toContainText("for the drivers");
  await expect(entry.getByRole("link")).toHaveAttribute(
    "href",
    /\/matrix\?.*focus=cell:JP:drivers/,
  );
  await shot(b.page, "notifications-bell");
  await bell(b.page).getByRole("button", { name: "Mark all read" }).click();
  await expect(bell(b.page).getByTestId("unread-count")).toHaveCount(0);

  if (process.env.E2E_MAIL_URL) {
    await expect
      .poll(async () => (await caught()).filter((m) => m.to.includes(bo.email)).length)
      .toBe(1);
    const [mail] = (await caught()).filter((m) => m.to.includes(bo.email));
    expect(mail.text).toContain(`@${bo.name} for the drivers`);
    expect(mail.text).toContain(`${baseURL}/matrix?`);
  }
  await a.context.close();
  await b.context.close();
});

test("B turns reply notifications off in the settings, and a reply in B's thread then stays quiet", async ({
  browser,
  baseURL,
}) => {
  test.setTimeout(90_000);
  const b = await personPage(browser, baseURL, bo.email);
  await b.page.goto("/settings?lang=en");
  const settings = b.page.getByTestId("notification-settings");
  const replies = settings.getByLabel("Tell me about replies in threads I take part in");
  await expect(replies).toBeChecked();
  await replies.uncheck();
  await settings.getByRole("button", { name: "Save" }).click();
  await expect(settings.getByTestId("action-result")).toHaveText("Saved.");
  await b.page.reload();
  await expect(replies).not.toBeChecked();

  const target = { kind: "matrix-cell", country: "CN", dimension: "goals" };
  const root = await postNote(b.page, { target, body: `B's question ${stamp}` });
  const a = await personPage(browser, baseURL, ada.email);
  await postNote(a.page, { target, body: "A's answer", parentId: root.id });
  const inbox = await b.page.request.get("/api/v1/notifications?unread=1");
  const { notifications } = (await inbox.json()) as { notifications: { kind: string }[] };
  expect(notifications.filter((n) => n.kind === "reply")).toEqual([]);
  await a.context.close();
  await b.context.close();
});
