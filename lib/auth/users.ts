import type { PrismaClient } from "@/lib/generated/prisma/client";
import { ApiError, notFound } from "@/lib/api/errors";
import type { Role } from "@/lib/permissions/roles";
import { newUserSchema } from "@/lib/schemas/users";
import { recordAudit } from "./audit";
import { generatePassword, hashPassword } from "./passwords";

// User administration; every change is written with its audit entry in one transaction.

async function findByEmail(db: PrismaClient, email: string) {
  const user = await db.user.findUnique({ where: { email: email.trim().toLowerCase() } });
  if (!user) throw notFound(`没有邮箱为 ${email} 的用户`, `No user with the email ${email}`);
  return user;
}

/** Creates a user; without a password, one is generated and returned (shown once, stored hashed). */
export async function createUser(db: PrismaClient, input: { email: string; name: string; role: Role; password?: string }, actorId: string | null = null) {
  const { email, name, role, password: given } = newUserSchema.parse(input);
  const password = given ?? generatePassword();
  const passwordHash = await hashPassword(password);
  return db.$transaction(async (tx) => {
    // The unique index decides, so two requests for one email cannot both pass a separate check.
    const user = await tx.user.create({ data: { email, name, role, passwordHash } }).catch((error: { code?: string }) => {
      if (error.code === "P2002") throw new ApiError(409, "bad_request", { zh: `邮箱 ${email} 已被使用`, en: `A user with the email ${email} already exists` });
      throw error;
    });
    await recordAudit(tx, { action: "user-created", actorId, subjectId: user.id, email, detail: { role } });
    return { user, password, generated: given === undefined };
  });
}

/** Refuses to leave the team without an active administrator. */
async function assertNotLastAdmin(db: PrismaClient, user: { id: string; role: string }) {
  if (user.role !== "admin") return;
  const others = await db.user.count({ where: { role: "admin", disabledAt: null, id: { not: user.id } } });
  if (others === 0) throw new ApiError(409, "bad_request", { zh: "这是最后一位管理员，不能降级或停用。", en: "This is the last administrator; they cannot be demoted or disabled." });
}

export async function setRole(db: PrismaClient, email: string, role: Role, actorId: string | null = null) {
  const user = await findByEmail(db, email);
  if (role !== "admin") await assertNotLastAdmin(db, user);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(tx, { action: "role-changed", actorId, subjectId: user.id, email: user.email, detail: { from: user.role, to: role } });
    return updated;
  });
}

/** Disables a user: their session and tokens stop working at their next request. */
export async function disableUser(db: PrismaClient, email: string, actorId: string | null = null) {
  const user = await findByEmail(db, email);
  await assertNotLastAdmin(db, user);
  return db.$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { disabledAt: user.disabledAt ?? new Date() } });
    await recordAudit(tx, { action: "user-disabled", actorId, subjectId: user.id, email: user.email });
    return updated;
  });
}

/** Sets a new random password and returns it (shown once). */
export async function resetPassword(db: PrismaClient, email: string, actorId: string | null = null) {
  const user = await findByEmail(db, email);
  const password = generatePassword();
  const passwordHash = await hashPassword(password);
  await db.$transaction(async (tx) => {
    await tx.user.update({ where: { id: user.id }, data: { passwordHash, sessionVersion: { increment: 1 } } });
    await recordAudit(tx, { action: "password-reset", actorId, subjectId: user.id, email: user.email });
  });
  return { user, password };
}

export { findByEmail };
