import { AppError } from "@/lib/errors/app-error";
import { countUsers } from "@/lib/queries/users";
import { createUser } from "./users";

export const DEFAULT_ADMIN_EMAIL = "admin@smart-city.local";

/**
 * On a database without users, creates an administrator with a random password and returns the
 * credentials to print once; never a fixed default. Null when users exist (or another instance
 * starting at the same moment created the first one).
 */
export async function ensureFirstUser(email = DEFAULT_ADMIN_EMAIL) {
  if ((await countUsers()) > 0) return null;
  try {
    const { user, password } = await createUser({ email, name: "Administrator", role: "admin" });
    return { email: user.email, password };
  } catch (error) {
    if (error instanceof AppError && error.code === "conflict") return null;
    throw error;
  }
}
