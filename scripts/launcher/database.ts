import type { Env } from "@/lib/config/env";
import { liveHolder, startEmbeddedDatabase } from "@/scripts/db/embedded";
import { probeDatabase } from "@/scripts/db/probe";

export class DatabaseUnavailableError extends Error {}

export interface OpenDatabase {
  url: string;
  /** A description for the console, without credentials. */
  label: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

/** DATABASE_URL when set (checked now, so a bad one fails with one line); otherwise embedded PGlite in DATA_DIR. */
export async function openDatabase(env: Env): Promise<OpenDatabase> {
  if (env.DATABASE_URL) {
    const problem = await probeDatabase(env.DATABASE_URL);
    if (problem) throw new DatabaseUnavailableError(problem);
    const { hostname, port, pathname } = new URL(env.DATABASE_URL);
    return {
      url: env.DATABASE_URL,
      label: `PostgreSQL at ${hostname}:${port || 5432}${pathname}`,
      embedded: false,
      stop: async () => {},
    };
  }
  const db = await startEmbeddedDatabase({ dataDir: env.DATA_DIR, port: env.EMBEDDED_DB_PORT });
  return {
    url: db.url,
    label: `embedded PostgreSQL (PGlite) in ${db.dataDir}`,
    embedded: true,
    stop: db.stop,
  };
}

/**
 * For command-line tools: like openDatabase, but when a running app holds the embedded database in
 * DATA_DIR and its wire server answers, the tool connects to that server (PGlite allows one process
 * per folder). The app itself keeps using openDatabase, so a second app is still refused.
 */
export async function openToolDatabase(env: Env): Promise<OpenDatabase> {
  if (!env.DATABASE_URL) {
    const holder = await liveHolder(env.DATA_DIR);
    // No URL yet (still starting, or an older version): openDatabase explains who holds the folder.
    if (holder?.url && !(await probeDatabase(holder.url))) {
      // On stderr, so that output meant for a pipe (a token) stays alone on stdout.
      console.error(`Using the embedded database of the running app (process ${holder.pid}).`);
      return {
        url: holder.url,
        label: `embedded PostgreSQL (PGlite) of the running app (process ${holder.pid})`,
        embedded: true,
        stop: async () => {},
      };
    }
  }
  return openDatabase(env);
}
