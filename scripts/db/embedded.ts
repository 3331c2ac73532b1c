import { randomBytes } from "node:crypto";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { pg_trgm } from "@electric-sql/pglite/contrib/pg_trgm";
import { makePrivate, privateFolder, privateSecret } from "./private-files";
import { PrivateNodeFS } from "./private-nodefs";
import { PGliteWireServer } from "./wire/server";

export interface EmbeddedDatabase {
  url: string;
  dataDir: string;
  stop: () => Promise<void>;
}

export class EmbeddedDatabaseError extends Error {}

const LOCK_FILE = "pglite.lock";
/** The wire server's password, made once per data folder (like auth-secret), mode 0600. */
export const PASSWORD_FILE = "pglite-password";

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === "EPERM";
  }
}

/** Who holds a data folder: its pid, and the wire server's URL once it serves. */
export interface EmbeddedLock {
  pid: number;
  url?: string;
}

/** The lock file's holder: JSON, or a plain pid as written before the URL was added. */
export async function readLock(dataDir: string): Promise<EmbeddedLock | null> {
  const text = await readFile(path.join(path.resolve(dataDir), LOCK_FILE), "utf8").catch(() => "");
  try {
    const lock = JSON.parse(text) as EmbeddedLock;
    if (Number.isInteger(lock?.pid)) return typeof lock.url === "string" ? lock : { pid: lock.pid };
  } catch {
    // not JSON: the old format
  }
  const pid = Number.parseInt(text, 10);
  return Number.isInteger(pid) ? { pid } : null;
}

/** The holder of a data folder when it is a live process other than this one. */
export async function liveHolder(dataDir: string): Promise<EmbeddedLock | null> {
  const lock = await readLock(dataDir);
  return lock && lock.pid !== process.pid && isAlive(lock.pid) ? lock : null;
}

/** Written whole (temporary file, then rename) and readable by the owner only: it may hold credentials. */
async function writeLock(lockFile: string, lock: EmbeddedLock) {
  const temporary = `${lockFile}.${process.pid}.tmp`;
  await writeFile(temporary, JSON.stringify(lock), { mode: 0o600 });
  await rename(temporary, lockFile);
}

/** DATA_DIR and everything in its pglite folder: its owner's alone (0700 folders, 0600 files). */
async function closeDataDir(dataDir: string, pgliteDir: string) {
  try {
    await privateFolder(dataDir);
    await privateFolder(pgliteDir);
    await makePrivate(pgliteDir); // a folder written by an older version had 0644 files
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    throw new EmbeddedDatabaseError(
      `Cannot make the data folder ${dataDir} readable by its owner only (${code}): DATA_DIR must be a folder of the user that runs the app.`,
    );
  }
}

/** One process at a time may open a PGlite folder; a second one would corrupt it. */
async function takeLock(dataDir: string, lockFile: string) {
  const held = await liveHolder(dataDir);
  if (held) {
    throw new EmbeddedDatabaseError(
      `The embedded database in ${dataDir} is in use by process ${held.pid}. Stop that process, or set DATA_DIR to another folder.`,
    );
  }
  await writeLock(lockFile, { pid: process.pid });
}

/**
 * Starts PGlite on a folder (null: in memory) and serves it over the PostgreSQL wire protocol on
 * 127.0.0.1, so Prisma, the schema engine and psql talk to it like to any server. Every
 * connection must give the folder's password (SCRAM-SHA-256); the URL carries it, and so does the
 * lock file, which only its owner can read. In memory, the password is new at every start.
 */
export async function startEmbeddedDatabase(options: {
  dataDir: string | null;
  port?: number;
}): Promise<EmbeddedDatabase> {
  let lockFile: string | null = null;
  let dataDir = "memory://";
  let password = randomBytes(32).toString("base64url");
  if (options.dataDir) {
    dataDir = path.resolve(options.dataDir);
    await mkdir(dataDir, { recursive: true, mode: 0o700 });
    const lock = (lockFile = path.join(dataDir, LOCK_FILE));
    await takeLock(dataDir, lock);
    await closeDataDir(dataDir, path.join(dataDir, "pglite")).catch(async (error: unknown) => {
      await rm(lock, { force: true });
      throw error;
    });
    password = await privateSecret(path.join(dataDir, PASSWORD_FILE));
  }
  // Emscripten sets file modes itself (0666, 0644); PrivateNodeFS keeps them owner-only. pg_trgm
  // is loaded for the annotation search's trigram index (a migration creates the extension).
  const db = await PGlite.create({
    extensions: { pg_trgm },
    ...(options.dataDir ? { fs: new PrivateNodeFS(path.join(dataDir, "pglite")) } : {}),
  });
  // Every connection shares PGlite's single backend session, one batch or transaction at a time.
  const server = new PGliteWireServer({
    db,
    password,
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
  const url = `postgresql://postgres:${encodeURIComponent(password)}@${address}/postgres`;
  // Command-line tools find the running database here and connect to it instead of the folder.
  if (lockFile) await writeLock(lockFile, { pid: process.pid, url });
  let stopped: Promise<void> | null = null;
  const stop = () =>
    (stopped ??= (async () => {
      // Ends the connections (rolling back what they left open); closing PGlite protects the data.
      await server.stop();
      await db.close(); // flushes and closes the data folder cleanly
      if (lockFile) await rm(lockFile, { force: true });
    })());
  return { url, dataDir, stop };
}
