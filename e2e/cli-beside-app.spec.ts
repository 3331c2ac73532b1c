import { expect, test } from "@playwright/test";
import { freshDataDir, runScript, startEmbeddedApp } from "./support/embedded-app";
import { submitSignIn } from "./support/users";

// `npm start` tells people to add users with `npm run user:create`: that and `token:create` must
// work while the app holds the embedded database (they go through its socket), and after it stops.

test("user:create and token:create work while npm start runs on the embedded database, and after", async ({
  page,
}) => {
  test.setTimeout(240_000);
  const data = await freshDataDir();
  try {
    const app = await startEmbeddedApp(data.dir);
    expect(app.output()).toContain("npm run user:create");
    const email = "cli-beside@example.com";
    const password = "cli-beside-password-1";
    runScript(data.dir, "scripts/users.ts", [
      "create",
      ...["--email", email, "--name", "Beside App", "--role", "analyst", "--password", password],
    ]);
    const token = runScript(data.dir, "scripts/users.ts", ["token", "--email", email])
      .trim()
      .split("\n")
      .pop()!;

    // The running app knows the new user and accepts the new token at once.
    const created = await page.request.post(`${app.url}/api/v1/annotations`, {
      headers: { authorization: `Bearer ${token}` },
      data: { target: { kind: "view", path: "/matrix" }, body: "Made with a token from the CLI" },
    });
    expect(created.status(), await created.text()).toBe(201);
    expect((await created.json()).annotation.author.name).toBe("Beside App");
    await page.goto(`${app.url}/signin`);
    await submitSignIn(page, email, password);
    await expect(page.getByTestId("count-countries")).toHaveText("7");

    expect(await app.stop()).toBe(0);
    // With the app stopped, the same commands open the database themselves.
    const out = runScript(data.dir, "scripts/users.ts", ["token", "--email", email]);
    expect(out).toContain(`for ${email}`);
  } finally {
    await data.remove();
  }
});
