import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { EmbeddedDatabaseError, startEmbeddedDatabase } from "./embedded";

async function query(url: string, sql: string) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    return (await client.query(sql)).rows;
  } finally {
    await client.end();
  }
}

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

  it("refuses a folder that a live process holds", async () => {
    const dir = await tempDir();
    const { writeFile } = await import("node:fs/promises");
    // PID 1 is always alive: pretend another process holds the folder.
    await writeFile(path.join(dir, "pglite.lock"), "1");
    await expect(startEmbeddedDatabase({ dataDir: dir })).rejects.toThrow(EmbeddedDatabaseError);
    await expect(startEmbeddedDatabase({ dataDir: dir })).rejects.toThrow(/in use by process 1/);
  });

  it("takes over a lock left by a process that is gone", async () => {
    const dir = await tempDir();
    const { writeFile } = await import("node:fs/promises");
    await writeFile(path.join(dir, "pglite.lock"), "999999999");
    const db = await startEmbeddedDatabase({ dataDir: dir });
    await db.stop();
  });
});
