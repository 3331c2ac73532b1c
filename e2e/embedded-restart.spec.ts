import { expect, test } from "@playwright/test";
import { freshDataDir, startEmbeddedApp } from "./support/embedded-app";
import { submitSignIn } from "./support/users";

/** Runs `npm start`'s script on an embedded database until `ready` is done, then Ctrl-C; returns its output and exit code. */
async function startAndInterrupt(
  dataDir: string,
  ready: (url: string, output: string) => Promise<void>,
) {
  const app = await startEmbeddedApp(dataDir);
  await ready(app.url, app.output());
  const code = await app.stop();
  return { code, output: app.output() };
}

test("npm start on the embedded database survives Ctrl-C and a second start", async ({ page }) => {
  test.setTimeout(240_000);
  const data = await freshDataDir();
  const dataDir = data.dir;
  try {
    const first = await startAndInterrupt(dataDir, async (url, output) => {
      // The first start creates an administrator and prints its random password once.
      const password = /password: (\S+)/.exec(output)?.[1];
      expect(password, output).toMatch(/^[\w-]{20}$/);
      await page.goto(`${url}/signin`);
      await submitSignIn(page, "admin@smart-city.local", password!);
      await expect(page.getByTestId("count-countries")).toHaveText("7");
    });
    expect(first.output).toContain("embedded PostgreSQL (PGlite)");
    expect(first.output).toContain("Embedded database closed cleanly.");
    expect(first.code, first.output).toBe(0);

    const second = await startAndInterrupt(dataDir, async (url, output) => {
      expect(output).not.toContain("password:");
      const health = await page.request.get(`${url}/api/health`);
      expect(await health.json()).toEqual({ status: "ok", db: "ok" });
      // Same data folder, same session secret: the session from before the restart still works.
      await page.goto(url);
      await expect(page.getByTestId("count-countries")).toHaveText("7");
    });
    expect(second.code, second.output).toBe(0);
  } finally {
    await data.remove();
  }
});
