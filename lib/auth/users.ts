import { AppError, notFound } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions/roles";
import {
  countOtherActiveAdmins,
  findUserByEmail,
  insertUser,
  markDisabled,
  updatePassword,
  updateRole,
} from "@/lib/queries/users";
import { newUserSchema } from "@/lib/schemas/users";
import { generatePassword, hashPassword } from "./passwords";

// User administration, shared by the admin page's actions, the command-line tools and the launcher.

export async function findByEmail(email: string) {
  const user = await findUserByEmail(email);
  if (!user) throw notFound("noSuchUser", { email });
  return user;
}

/** Creates a user; without a password, one is generated and returned (shown once, stored hashed). */
export async function createUser(
  input: { email: string; name: string; role: Role; password?: string },
  actorId: string | null = null,
) {
  const { email, name, role, password: given } = newUserSchema.parse(input);
  const password = given ?? generatePassword();
  const user = await insertUser(
    { email, name, role, passwordHash: await hashPassword(password) },
    actorId,
  );
  return { user, password, generated: given === undefined };
}

/** Refuses to leave the team without an active administrator. */
async function assertNotLastAdmin(user: { id: string; role: string }) {
  if (user.role === "admin" && (await countOtherActiveAdmins(user.id)) === 0)
    throw new AppError("conflict", "lastAdmin");
}

export async function setRole(email: string, role: Role, actorId: string | null = null) {
  const user = await findByEmail(email);
  if (role !== "admin") await assertNotLastAdmin(user);
  return updateRole(user, role, actorId);
}

/** Disables a user: their session and tokens stop working at their next request. */
export async function disableUser(email: string, actorId: string | null = null) {
  const user = await findByEmail(email);
  await assertNotLastAdmin(user);
  return markDisabled(user, actorId);
}

/**
 * Sets a new random password and returns it (shown once). The user's sessions end; their API tokens
 * are revoked too unless `revokeTokens` is false (a reset after a forgotten password may keep a
 * script's token; one after a suspected compromise should not, hence the default).
 */
export async function resetPassword(
  email: string,
  actorId: string | null = null,
  { revokeTokens = true }: { revokeTokens?: boolean } = {},
) {
  const user = await findByEmail(email);
  const password = generatePassword();
  await updatePassword(user, await hashPassword(password), actorId, { revokeTokens });
  return { user, password, revokeTokens };
}
