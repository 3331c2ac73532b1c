import { parseEnv } from "@/lib/config/env";
import { applyMigrations } from "@/scripts/db/migrate";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { openDatabase } from "./database";

/**
 * For command-line tools: the database (DATABASE_URL, or the embedded one in DATA_DIR) with
 * pending migrations applied, and a short-lived Prisma client on it; everything is closed after.
 * Callers run ensureClient() first: the client module is loaded here, not at import time.
 */
export async function withMigratedDatabase<T>(fn: (client: PrismaClient) => Promise<T>): Promise<T> {
  const { withDatabase } = await import("@/prisma/seed");
  const db = await openDatabase(parseEnv());
  try {
    await applyMigrations(db.url);
    return await withDatabase(db.url, fn);
  } finally {
    await db.stop();
  }
}
