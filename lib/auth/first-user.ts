import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError } from "@/lib/api/errors";
import { createUser } from "./users";

export const DEFAULT_ADMIN_EMAIL = "admin@smart-city.local";

/**
 * On a database without users, creates an administrator with a random password and returns the
 * credentials to print once; never a fixed default. Null when users exist (or another instance
 * starting at the same moment created the first one).
 */
export async function ensureFirstUser(db: PrismaClient, email = DEFAULT_ADMIN_EMAIL) {
  if ((await db.user.count()) > 0) return null;
  try {
    const { user, password } = await createUser(db, { email, name: "Administrator", role: "admin" });
    return { email: user.email, password };
  } catch (error) {
    if (error instanceof ApiError && error.status === 409) return null;
    throw error;
  }
}
