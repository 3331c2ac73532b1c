import { parseEnv } from "@/lib/config/env";
import { applyMigrations } from "@/scripts/db/migrate";
import { openToolDatabase } from "./database";

/**
 * For command-line tools: the database (DATABASE_URL, or the embedded one in DATA_DIR, also while
 * the app runs on it) with pending migrations applied (a no-op when the app already applied them);
 * `fn` runs the app's queries on it, and everything is closed after.
 * Callers run ensureClient() first: the client module is loaded here, not at import time.
 */
export async function withMigratedDatabase<T>(fn: () => Promise<T>): Promise<T> {
  const { withDatabase } = await import("@/lib/db/client");
  const db = await openToolDatabase(parseEnv());
  try {
    await applyMigrations(db.url);
    return await withDatabase(db.url, fn);
  } finally {
    await db.stop();
  }
}
