import { TSX } from "../../scripts/db/tools";
import { spawn, spawnSync } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import net from "node:net";
import os from "node:os";
import path from "node:path";
import { expect } from "@playwright/test";

export const freePort = () =>
  new Promise<number>((resolve) => {
    const server = net.createServer().listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });

/** A fresh DATA_DIR for an embedded database of one test. */
export async function freshDataDir() {
  const dir = await mkdtemp(path.join(os.tmpdir(), "scc-e2e-data-"));
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) };
}

/** Environment that points the scripts at the embedded database in dataDir (never at the test server). */
export const embeddedEnv = (dataDir: string, extra: Record<string, string> = {}) => ({
  ...process.env,
  DATABASE_URL: "",
  DATA_DIR: dataDir,
  ...extra,
});

/** Runs one of the project's command-line scripts (`scripts/users.ts create …`) on the embedded database in dataDir. */
export function runScript(dataDir: string, script: string, args: string[]) {
  const result = spawnSync(process.execPath, [...TSX, script, ...args], {
    env: embeddedEnv(dataDir),
    encoding: "utf8",
  });
  if (result.status !== 0)
    throw new Error(`${script} ${args.join(" ")} failed:\n${result.stdout}\n${result.stderr}`);
  return result.stdout;
}

export interface RunningApp {
  url: string;
  output: () => string;
  /** Ctrl-C, as a person would; resolves with the exit code. */
  stop: () => Promise<number | null>;
}

/** `npm start`'s script on the embedded database in dataDir, once it says it is running. */
export async function startEmbeddedApp(dataDir: string): Promise<RunningApp> {
  const port = await freePort();
  const child = spawn(process.execPath, [...TSX, "scripts/start.ts"], {
    env: embeddedEnv(dataDir, { PORT: String(port), HOST: "127.0.0.1" }),
  });
  let output = "";
  child.stdout.on("data", (chunk) => (output += chunk));
  child.stderr.on("data", (chunk) => (output += chunk));
  const exited = new Promise<number | null>((resolve) => child.on("exit", resolve));
  try {
    await expect
      .poll(() => output, { timeout: 120_000 })
      .toContain("Smart City Compare is running at");
  } catch (error) {
    child.kill("SIGKILL");
    throw error;
  }
  const stop = async () => {
    child.kill("SIGINT");
    const code = await Promise.race([
      exited,
      new Promise<"still running">((resolve) => setTimeout(() => resolve("still running"), 30_000)),
    ]);
    if (code !== "still running") return code;
    child.kill("SIGKILL");
    return exited;
  };
  return { url: `http://127.0.0.1:${port}`, output: () => output, stop };
}
