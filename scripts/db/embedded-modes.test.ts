import { chmod, lstat, mkdtemp, readdir, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, describe, expect, it } from "vitest";
import { PASSWORD_FILE, startEmbeddedDatabase } from "./embedded";

/** Every file and folder under `root` (itself included) that its group or others may use. */
async function notPrivate(root: string): Promise<string[]> {
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  const paths = [root, ...entries.map((e) => path.join(e.parentPath, e.name))];
  const open: string[] = [];
  for (const file of paths) {
    const { mode } = await lstat(file);
    if ((mode & 0o170000) !== 0o120000 && mode & 0o077)
      open.push(`${(mode & 0o777).toString(8)} ${path.relative(root, file) || "."}`);
  }
  return open;
}

/** Gives the group and others what a default umask would: folders 0755, files 0644. */
async function openUp(root: string) {
  await chmod(root, 0o755);
  for (const e of await readdir(root, { recursive: true, withFileTypes: true })) {
    const file = path.join(e.parentPath, e.name);
    if (e.isDirectory()) await chmod(file, 0o755);
    else if (e.isFile()) await chmod(file, 0o644);
  }
}

async function run(url: string, ...statements: string[]) {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    for (const sql of statements) await client.query(sql);
  } finally {
    await client.end();
  }
}

describe("the embedded database's files", () => {
  const dirs: string[] = [];
  afterAll(async () => {
    await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })));
  });
  const tempDir = async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "scc-modes-"));
    dirs.push(dir);
    await chmod(dir, 0o755); // as a folder made with the usual umask would be
    return dir;
  };

  it("are its owner's alone (folders 0700, files 0600) while it runs and after", async () => {
    const dir = await tempDir();
    const db = await startEmbeddedDatabase({ dataDir: dir });
    try {
      expect(await notPrivate(dir)).toEqual([]);
      // Written at run time: tables, indexes, and new WAL segments (16 MB each).
      await run(
        db.url,
        "create table filler(id int primary key, body text)",
        "insert into filler select g, repeat(md5(g::text), 32) from generate_series(1, 40000) g",
        "checkpoint",
      );
      expect(await notPrivate(dir)).toEqual([]);
    } finally {
      await db.stop();
    }
    expect(await notPrivate(dir)).toEqual([]);
  });

  it("are closed again at start when an older version left them readable", async () => {
    const dir = await tempDir();
    await (await startEmbeddedDatabase({ dataDir: dir })).stop();
    await openUp(dir);
    expect((await notPrivate(dir)).length).toBeGreaterThan(900); // the finding: 969 of 1,093
    const db = await startEmbeddedDatabase({ dataDir: dir });
    try {
      expect(await notPrivate(dir)).toEqual([]);
      expect((await lstat(path.join(dir, PASSWORD_FILE))).mode & 0o777).toBe(0o600);
    } finally {
      await db.stop();
    }
  });
});
