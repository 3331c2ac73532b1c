import type { Db } from "@/lib/db/client";

/** Removes every user, and first what refers to them (annotations, tokens), for tests that start from no users. */
export async function wipeUsers(db: Db) {
  await db.annotation.deleteMany();
  await db.apiToken.deleteMany();
  await db.user.deleteMany();
}
