import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGliteWireServer } from "./wire/server";

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
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port?: number;
}): Promise<EmbeddedDatabase> {
  let lockFile: string | null = null;
  let dataDir = "memory://";
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true });
    lockFile = path.join(dataDir, "pglite.lock");
    await takeLock(lockFile);
  }
  const db = await PGlite.create(options.dataDir ? path.join(dataDir, "pglite") : undefined);
  // Every connection shares PGlite's single backend session, one batch or transaction at a time.
  const server = new PGliteWireServer({
    db,
    host: "127.0.0.1",
    port: options.port ?? 0,
    maxConnections: 32,
  });
  let address: string;
  try {
    address = await server.start();
  } catch (error) {
    await db.close();
    if (lockFile) await rm(lockFile, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new EmbeddedDatabaseError(
      `Cannot serve the embedded database on port ${options.port}: ${code ?? (error as Error).message}.`,
    );
  }
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      // Ends the connections (rolling back what they left open); closing PGlite protects the data.
      await server.stop();
      await db.close(); // flushes and closes the data folder cleanly
      if (lockFile) await rm(lockFile, { force: true });
    })());
  return { url: `postgresql://postgres@${address}/postgres`, dataDir, stop };
}
