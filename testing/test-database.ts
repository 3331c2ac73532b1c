import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { startEmbeddedDatabase } from "@/scripts/db/embedded";
import { applyMigrations } from "@/scripts/db/migrate";

export interface TestDatabase {
  url: string;
  kind: "server" | "pglite";
  drop: () => Promise<void>;
}

/** Test databases are named so; tests refuse to run against anything else. */
export const TEST_DB_PREFIX = "scc_test_";

function uniqueName() {
  return `${TEST_DB_PREFIX}${Date.now().toString(36)}_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
}

async function adminQuery(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 10_000 });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

/**
 * A fresh, migrated database for one test run: a new database on the TEST_DATABASE_URL server,
 * or an embedded PGlite in a temporary folder. Development data is never touched.
 */
export async function createTestDatabase(
  serverUrl = process.env.TEST_DATABASE_URL,
): Promise<TestDatabase> {
  if (serverUrl) {
    const name = uniqueName();
    await adminQuery(serverUrl, `CREATE DATABASE "${name}"`);
    const url = new URL(serverUrl);
    url.pathname = `/${name}`;
    const drop = () => adminQuery(serverUrl, `DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
    try {
      await applyMigrations(url.toString());
    } catch (error) {
      await drop();
      throw error;
    }
    return { url: url.toString(), kind: "server", drop };
  }
  const dir = await mkdtemp(path.join(os.tmpdir(), TEST_DB_PREFIX));
  const db = await startEmbeddedDatabase({ dataDir: dir });
  const drop = async () => {
    await db.stop();
    await rm(dir, { recursive: true, force: true });
  };
  try {
    await applyMigrations(db.url);
  } catch (error) {
    await drop();
    throw error;
  }
  return { url: db.url, kind: "pglite", drop };
}

/** Throws unless url points at a database made by createTestDatabase. */
export function assertTestDatabase(url: string | undefined) {
  if (!url)
    throw new Error("DATABASE_URL is not set for tests: run them with `npm test` or `npx vitest`.");
  const parsed = new URL(url);
  const isEmbedded = parsed.hostname === "127.0.0.1" && process.env.SCC_TEST_DB_KIND === "pglite";
  if (!isEmbedded && !parsed.pathname.slice(1).startsWith(TEST_DB_PREFIX)) {
    throw new Error(
      `Refusing to run tests against ${parsed.hostname}${parsed.pathname}: not a test database.`,
    );
  }
}
