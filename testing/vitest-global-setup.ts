import { ensureClient } from "@/scripts/launcher/build";
import { createTestDatabase, type TestDatabase } from "./test-database";

let db: TestDatabase | undefined;

/** One fresh database for the whole vitest run; workers inherit DATABASE_URL. */
export async function setup() {
  await ensureClient();
  db = await createTestDatabase();
  process.env.DATABASE_URL = db.url;
  process.env.SCC_TEST_DB_KIND = db.kind;
}

export async function teardown() {
  await db?.drop();
}
