import { spawnSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { projectRoot, TSX } from "@/scripts/db/tools";
import { findFreePort } from "./port";

function start(env: Record<string, string>) {
  const result = spawnSync(process.execPath, [...TSX, "scripts/start.ts"], {
    cwd: projectRoot,
    env: { ...process.env, DEBUG: "", ...env },
    encoding: "utf8",
    timeout: 60_000,
  });
  return { status: result.status, stderr: result.stderr.trim() };
}

describe("npm start with a bad configuration", () => {
  it("refuses a shared database without a strong NEXTAUTH_SECRET, in one line", async () => {
    const { status, stderr } = start({
      DATABASE_URL: process.env.DATABASE_URL!,
      NEXTAUTH_SECRET: "changeme",
      PORT: String(await findFreePort()),
    });
    expect(status).toBe(1);
    expect(stderr).toMatch(
      /^Error: NEXTAUTH_SECRET is too weak: use at least 32 random characters/,
    );
    expect(stderr.split("\n")).toHaveLength(1);
  });

  it.each([
    [{ PORT: "http" }, 'Error: Invalid environment variable PORT: must be a number (got "http").'],
    [
      { DATABASE_URL: "mysql://localhost/db" },
      /^Error: Invalid environment variable DATABASE_URL: must be a postgresql:\/\/ URL/,
    ],
  ])("%j stops with exit code 1 and one line", (env, expected) => {
    const { status, stderr } = start(env);
    expect(status).toBe(1);
    expect(stderr.split("\n")).toHaveLength(1);
    expect(stderr).toMatch(expected);
  });

  it("stops with one line when the database server is unreachable", async () => {
    const port = await findFreePort();
    const { status, stderr } = start({
      DATABASE_URL: `postgresql://scc:secret@127.0.0.1:${port}/scc`,
      PORT: String(await findFreePort()),
    });
    expect(status).toBe(1);
    expect(stderr).toBe(
      `Error: Cannot reach the PostgreSQL server at 127.0.0.1:${port}/scc: connection refused. Is it running? Check DATABASE_URL.`,
    );
  });
});
