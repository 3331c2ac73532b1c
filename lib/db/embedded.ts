import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** One process at a time may open a PGlite folder; a second one would corrupt it. */
async function takeLock(lockFile: string) {
  const held = Number.parseInt(await readFile(lockFile, "utf8").catch(() => ""), 10);
  if (Number.isInteger(held) && held !== process.pid && isAlive(held)) {
    throw new EmbeddedDatabaseError(
      `The embedded database in ${path.dirname(lockFile)} is in use by process ${held}. Stop that process, or set DATA_DIR to another folder.`,
    );
  }
  await writeFile(lockFile, String(process.pid));
}

/**
 * Starts PGlite on a folder (null: in memory) and serves it over the PostgreSQL wire protocol on
 * 127.0.0.1, so Prisma, the schema engine and psql talk to it like to any server.
 */
export async function startEmbeddedDatabase(options: { dataDir: string | null; port?: number }): Promise<EmbeddedDatabase> {
  let lockFile: string | null = null;
  let dataDir = "memory://";
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    lockFile = path.join(dataDir, "pglite.lock");
    await takeLock(lockFile);
  }
  const db = await PGlite.create(options.dataDir ? path.join(dataDir, "pglite") : undefined);
  // Several connections are multiplexed onto PGlite's single backend, one query at a time.
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: options.port ?? 0, maxConnections: 32 });
  try {
    await server.start();
  } catch (error) {
    await db.close();
    if (lockFile) await rm(lockFile, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new EmbeddedDatabaseError(`Cannot serve the embedded database on port ${options.port}: ${code ?? (error as Error).message}.`);
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      // server.stop() waits for clients to hang up; closing PGlite is what protects the data.
      await Promise.race([server.stop(), new Promise((resolve) => setTimeout(resolve, 5000).unref())]);
      await db.close(); // flushes and closes the data folder cleanly
      if (lockFile) await rm(lockFile, { force: true });
    })());
  return { url: `postgresql://postgres@${server.getServerConn()}/postgres`, dataDir, stop };
}
