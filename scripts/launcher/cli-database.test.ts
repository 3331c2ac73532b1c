import { spawn, spawnSync, type ChildProcess } from "node:child_process";
import { mkdtemp, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { parseEnv } from "@/lib/config/env";
import { readLock } from "@/scripts/db/embedded";
import { projectRoot, TSX } from "@/scripts/db/tools";
import { openDatabase, openToolDatabase } from "./database";

/** Command-line tools on an embedded database that another process (the app) holds. */
describe("command-line tools beside a running app on the embedded database", () => {
  let dir: string;
  let holder: ChildProcess;
  let url: string;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "scc-cli-shared-"));
    holder = spawn(process.execPath, [...TSX, "testing/embedded-holder.ts", dir], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    // "ready" comes after the migrations, which the app also applies before anyone uses it.
    await new Promise<void>((resolve, reject) => {
      holder.stdout!.on("data", (chunk: Buffer) => {
        if (chunk.toString().includes("ready")) resolve();
      });
      holder.once("exit", (code) => reject(new Error(`the holder exited with ${code}`)));
    });
    const lock = await readLock(dir);
    expect(lock).toEqual({ pid: holder.pid, url: expect.stringMatching(/^postgresql:\/\//) });
    url = lock!.url!;
  });

  afterAll(async () => {
    if (holder && holder.exitCode === null) {
      const exited = new Promise((resolve) => holder.once("exit", resolve));
      holder.kill("SIGTERM");
      await exited;
    }
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  it("creates a user through the running app's database", async () => {
    const email = `shared-${Date.now()}@example.com`;
    const env: NodeJS.ProcessEnv = { ...process.env, DATA_DIR: dir };
    delete env.DATABASE_URL; // the test database: the tool must find the folder's holder instead
    const args = ["create", "--email", email, "--name", "Shared", "--role", "analyst"];
    const result = spawnSync(
      process.execPath,
      [...TSX, "scripts/users.ts", ...args, "--password", "correct-horse-battery-staple"],
      { cwd: projectRoot, env, encoding: "utf8", timeout: 60_000 },
    );
    expect(result.stderr).toContain(
      `Using the embedded database of the running app (process ${holder.pid}).`,
    );
    expect(result.status).toBe(0);
    expect(result.stdout).toContain(`Created analyst ${email}`);

    const client = new pg.Client({ connectionString: url });
    await client.connect();
    try {
      const { rows } = await client.query(`select name, role from "User" where email = $1`, [
        email,
      ]);
      expect(rows).toEqual([{ name: "Shared", role: "analyst" }]);
    } finally {
      await client.end();
    }
    expect(holder.exitCode).toBeNull(); // the tool left the app's database running
  });

  it("finds the running app's password in the lock file, and nobody gets in without it", async () => {
    expect(new URL(url).password).not.toBe("");
    expect((await stat(path.join(dir, "pglite.lock"))).mode & 0o777).toBe(0o600);
    const bare = new URL(url);
    bare.password = "";
    const client = new pg.Client({ connectionString: bare.toString() });
    client.on("error", () => {});
    await expect(client.connect()).rejects.toThrow(/password/);
    await client.end().catch(() => {});
  });

  it("still refuses a second app on the folder", async () => {
    await expect(openDatabase(parseEnv({ DATA_DIR: dir }))).rejects.toThrow(
      `is in use by process ${holder.pid}`,
    );
  });

  it("keeps the error when the holder is alive but advertises no URL (older version, starting)", async () => {
    const other = await mkdtemp(path.join(os.tmpdir(), "scc-cli-shared-"));
    try {
      // PID 1 is always alive.
      await writeFile(path.join(other, "pglite.lock"), JSON.stringify({ pid: 1 }));
      await expect(openToolDatabase(parseEnv({ DATA_DIR: other }))).rejects.toThrow(
        "is in use by process 1",
      );
    } finally {
      await rm(other, { recursive: true, force: true });
    }
  });
});
