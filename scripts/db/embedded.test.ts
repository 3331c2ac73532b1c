import { mkdtemp, readFile, rm, stat, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, PASSWORD_FILE, readLock, startEmbeddedDatabase } from "./embedded";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

/** The same URL with another password, or none. */
function withPassword(url: string, password: string) {
  const other = new URL(url);
  other.password = password;
  return other.toString();
}

const refusal = (url: string) =>
  query(url, "select 1").then(
    () => "accepted",
    (error: Error & { code?: string }) => error.code ?? error.message,
  );

describe("embedded PGlite", () => {
  const dirs: string[] = [];
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "scc-embedded-"));
    dirs.push(dir);
    return dir;
  };
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });

  it("keeps its data in the folder across a stop and a second start", async () => {
    const dir = await tempDir();
    const first = await startEmbeddedDatabase({ dataDir: dir });
    await query(
      first.url,
      "create table note (body text); insert into note values ('survives restarts')",
    );
    await first.stop();

    const second = await startEmbeddedDatabase({ dataDir: dir });
    try {
      expect(await query(second.url, "select body from note")).toEqual([
        { body: "survives restarts" },
      ]);
    } finally {
      await second.stop();
    }
  });

  it("serves several connections at once", async () => {
    const db = await startEmbeddedDatabase({ dataDir: null });
    try {
      const results = await Promise.all([1, 2, 3].map((n) => query(db.url, `select ${n} as n`)));
      expect(results.map((rows) => rows[0].n)).toEqual([1, 2, 3]);
    } finally {
      await db.stop();
    }
  });

  it("asks every connection for the folder's password, kept in a file only its owner can read", async () => {
    const dir = await tempDir();
    const first = await startEmbeddedDatabase({ dataDir: dir });
    const file = path.join(dir, PASSWORD_FILE);
    const password = (await readFile(file, "utf8")).trim();
    try {
      expect(password.length).toBeGreaterThanOrEqual(32);
      expect((await stat(file)).mode & 0o777).toBe(0o600);
      expect(decodeURIComponent(new URL(first.url).password)).toBe(password);
      expect(await query(first.url, "select 1 as n")).toEqual([{ n: 1 }]);
      expect(await refusal(withPassword(first.url, "wrong-password"))).toBe("28P01");
      expect(await refusal(withPassword(first.url, ""))).toMatch(/password/);
    } finally {
      await first.stop();
    }
    const second = await startEmbeddedDatabase({ dataDir: dir });
    await second.stop();
    expect(decodeURIComponent(new URL(second.url).password)).toBe(password); // kept
  });

  it("gives an in-memory database a password of its own", async () => {
    const db = await startEmbeddedDatabase({ dataDir: null });
    try {
      expect(new URL(db.url).password.length).toBeGreaterThanOrEqual(32);
      expect(await refusal(withPassword(db.url, ""))).toMatch(/password/);
    } finally {
      await db.stop();
    }
  });

  it("refuses a folder that a live process holds", async () => {
    const dir = await tempDir();
    // PID 1 is always alive: pretend another process holds the folder.
    await writeFile(path.join(dir, "pglite.lock"), "1");
    await expect(startEmbeddedDatabase({ dataDir: dir })).rejects.toThrow(EmbeddedDatabaseError);
    await expect(startEmbeddedDatabase({ dataDir: dir })).rejects.toThrow(/in use by process 1/);
  });

  it.each(["999999999", '{"pid":999999999,"url":"postgresql://postgres@127.0.0.1:1/postgres"}'])(
    "takes over a lock left by a process that is gone: %s",
    async (stale) => {
      const dir = await tempDir();
      await writeFile(path.join(dir, "pglite.lock"), stale);
      const db = await startEmbeddedDatabase({ dataDir: dir });
      await db.stop();
    },
  );

  it("advertises its pid and URL in a lock file only its owner can read", async () => {
    const dir = await tempDir();
    const db = await startEmbeddedDatabase({ dataDir: dir });
    try {
      const lockFile = path.join(dir, "pglite.lock");
      expect((await stat(lockFile)).mode & 0o777).toBe(0o600);
      expect(JSON.parse(await readFile(lockFile, "utf8"))).toEqual({
        pid: process.pid,
        url: db.url,
      });
      expect(await readLock(dir)).toEqual({ pid: process.pid, url: db.url });
    } finally {
      await db.stop();
    }
  });

  it("reads a lock file in the old format, a plain pid", async () => {
    const dir = await tempDir();
    await writeFile(path.join(dir, "pglite.lock"), "4242");
    expect(await readLock(dir)).toEqual({ pid: 4242 });
  });
});
