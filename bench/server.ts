import { spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { projectRoot, toolEnv, TSX } from "@/scripts/db/tools";
import { ensureBuilt } from "@/scripts/launcher/build";
import { findFreePort, waitForHttp } from "@/scripts/launcher/port";
import { createTestDatabase } from "@/testing/test-database";

export interface Server {
  url: string;
  /** The launcher's process: its tree (launcher, embedded database, Next.js) is the server. */
  pid: number;
  database: string;
  /** The environment in which the command-line tools reach the server's database. */
  env: NodeJS.ProcessEnv;
}

/**
 * Builds if needed, then starts the production server (`npm start`) on a free port and a fresh
 * database: a new database on the PostgreSQL server of databaseUrl, or else an embedded one in a
 * new temporary DATA_DIR. What ends the server and removes the database is pushed onto undo, to be
 * run last first, also when the start fails or is interrupted.
 */
export async function startServer(
  databaseUrl: string | undefined,
  undo: (() => Promise<unknown>)[],
): Promise<Server> {
  await ensureBuilt();
  let database: string;
  let dbEnv: Record<string, string | undefined>;
  if (databaseUrl) {
    const db = await createTestDatabase(databaseUrl);
    undo.push(db.drop);
    const { hostname, port, pathname } = new URL(db.url);
    database = `PostgreSQL server ${hostname}:${port || 5432}${pathname} (fresh)`;
    dbEnv = { DATABASE_URL: db.url };
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "scc_bench_"));
    undo.push(() => rm(dir, { recursive: true, force: true }));
    database = "embedded PGlite (fresh DATA_DIR)";
    dbEnv = { DATABASE_URL: undefined, DATA_DIR: dir };
  }
  const port = await findFreePort();
  const env = toolEnv({
    ...dbEnv,
    PORT: String(port),
    HOST: "127.0.0.1",
    NEXTAUTH_SECRET: randomBytes(32).toString("base64url"),
    NEXTAUTH_URL: undefined,
  });
  const app = spawn(process.execPath, [...TSX, "scripts/start.ts"], {
    cwd: projectRoot,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
  // Kept for an error message: the launcher prints the first administrator's password, too.
  let output = "";
  const keep = (chunk: Buffer) => (output = (output + chunk).slice(-4000));
  app.stdout.on("data", keep);
  app.stderr.on("data", keep);
  const exited = once(app, "exit");
  undo.push(async () => {
    if (app.exitCode !== null || app.signalCode !== null) return;
    app.kill("SIGTERM");
    const timer = setTimeout(() => app.kill("SIGKILL"), 20_000);
    await exited;
    clearTimeout(timer);
  });
  const url = `http://127.0.0.1:${port}`;
  const ready = await Promise.race([
    waitForHttp(`${url}/api/health`, 300_000),
    exited.then(() => false),
  ]);
  if (!ready) throw new Error(`The server did not start. Its last output:\n${output}`);
  return { url, pid: app.pid!, database, env };
}
