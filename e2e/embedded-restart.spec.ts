import { spawn } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { submitSignIn } from "./support/users";

const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** Runs `npm start`'s script on an embedded database until `ready`, then Ctrl-C; returns its output and exit code. */
async function startAndInterrupt(dataDir: string, ready: (url: string, output: string) => Promise<void>) {
  const port = await freePort();
  const child = spawn(process.execPath, ["--import", "tsx", "scripts/start.ts"], {
    env: { ...process.env, DATABASE_URL: "", DATA_DIR: dataDir, PORT: String(port), HOST: "127.0.0.1" },
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  await expect.poll(() => output, { timeout: 90_000 }).toContain("Smart City Compare is running at");
  await ready(`http://127.0.0.1:${port}`, output);
  child.kill("SIGINT");
  const code = await Promise.race([exited, new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 30_000))]);
  if (code === "still running") child.kill("SIGKILL");
  return { code, output };
}

test("npm start on the embedded database survives Ctrl-C and a second start", async ({ page }) => {
  test.setTimeout(240_000);
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "scc-e2e-data-"));
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
    await rm(dataDir, { recursive: true, force: true });
  }
});
