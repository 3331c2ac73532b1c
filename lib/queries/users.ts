import "server-only";
import { getDb } from "@/lib/db/client";
import { AppError } from "@/lib/errors/app-error";
import type { Role } from "@/lib/permissions/roles";
import { accessChanged } from "./access";
import { literal } from "./annotation-rows";
import { recordAudit } from "./audit";

// Users: reads for the pages, and every change written with its audit entry in one transaction.
// The password hash is omitted by the client; only findUserForSignIn asks for it.

export function listUsers() {
  return getDb().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}

export const findUserByEmail = (email: string) =>
  getDb().user.findUnique({ where: { email: email.trim().toLowerCase() } });
export const findUserById = (id: string) => getDb().user.findUnique({ where: { id } });
export const findUserForSignIn = (email: string) =>
  getDb().user.findUnique({ where: { email }, omit: { passwordHash: false } });
export const countUsers = () => getDb().user.count();

/** Enabled users whose name or e-mail contains `q` (any case), for @mention suggestions. */
export function searchTeammates(q: string, limit: number) {
  const text = literal(q.trim());
  return getDb().user.findMany({
    where: {
      disabledAt: null,
      ...(text
        ? {
            OR: [
              { name: { contains: text, mode: "insensitive" } },
              { email: { contains: text, mode: "insensitive" } },
            ],
          }
        : {}),
    },
    orderBy: [{ name: "asc" }, { email: "asc" }],
    take: limit,
    select: { id: true, name: true, email: true },
  });
}

/** Remembers the language a user reads the app in, for their e-mails. */
export async function rememberLanguage(id: string, language: string) {
  await getDb().user.updateMany({
    where: { id, OR: [{ language: null }, { language: { not: language } }] },
    data: { language },
  });
}

export const findNotifySettings = (id: string) =>
  getDb().user.findUnique({ where: { id }, select: { notifyReplies: true, language: true } });

/** The user's notification settings. */
export const updateNotifySettings = (
  id: string,
  settings: { notifyReplies: boolean; language: string },
) => getDb().user.update({ where: { id }, data: settings, select: { notifyReplies: true } });

/** Whether a user can still be served: exists and is not disabled (long-lived streams re-check). */
export async function isActiveUser(id: string): Promise<boolean> {
  const user = await getDb().user.findUnique({ where: { id }, select: { disabledAt: true } });
  return user !== null && user.disabledAt === null;
}

export const countOtherActiveAdmins = (id: string) =>
  getDb().user.count({ where: { role: "admin", disabledAt: null, id: { not: id } } });

export async function insertUser(
  data: { email: string; name: string; role: Role; passwordHash: string },
  actorId: string | null,
) {
  return getDb().$transaction(async (tx) => {
    // The unique index decides, so two requests for one email cannot both pass a separate check.
    const user = await tx.user.create({ data }).catch((error: { code?: string }) => {
      if (error.code === "P2002")
        throw new AppError("conflict", "emailTaken", { email: data.email });
      throw error;
    });
    await recordAudit(
      {
        action: "user-created",
        actorId,
        subjectId: user.id,
        email: data.email,
        detail: { role: data.role },
      },
      tx,
    );
    return user;
  });
}

type Subject = { id: string; email: string; role: string };

export function updateRole(user: Subject, role: Role, actorId: string | null) {
  return getDb().$transaction(async (tx) => {
    const updated = await tx.user.update({ where: { id: user.id }, data: { role } });
    await recordAudit(
      {
        action: "role-changed",
        actorId,
        subjectId: user.id,
        email: user.email,
        detail: { from: user.role, to: role },
      },
      tx,
    );
    return updated;
  });
}

export async function markDisabled(
  user: Subject & { disabledAt: Date | null },
  actorId: string | null,
) {
  const updated = await getDb().$transaction(async (tx) => {
    const row = await tx.user.update({
      where: { id: user.id },
      data: { disabledAt: user.disabledAt ?? new Date() },
    });
    await recordAudit(
      { action: "user-disabled", actorId, subjectId: user.id, email: user.email },
      tx,
    );
    await accessChanged.inTx(tx);
    return row;
  });
  accessChanged.afterCommit();
  return updated;
}

/**
 * A new password hash; sessions signed in with the old password end, and with `revokeTokens` the
 * user's API tokens too (one transaction: the audit entry says how many).
 */
export async function updatePassword(
  user: Subject,
  passwordHash: string,
  actorId: string | null,
  { revokeTokens }: { revokeTokens: boolean },
) {
  await getDb().$transaction(async (tx) => {
    await tx.user.update({
      where: { id: user.id },
      data: { passwordHash, sessionVersion: { increment: 1 } },
    });
    const revoked = revokeTokens
      ? (
          await tx.apiToken.updateMany({
            where: { userId: user.id, revokedAt: null },
            data: { revokedAt: new Date() },
          })
        ).count
      : 0;
    await recordAudit(
      {
        action: "password-reset",
        actorId,
        subjectId: user.id,
        email: user.email,
        detail: { tokensRevoked: revoked },
      },
      tx,
    );
    await accessChanged.inTx(tx);
  });
  accessChanged.afterCommit();
}

/** Users by id, for naming who did what in lists (ids may repeat or be null). */
export async function usersById(ids: (string | null | undefined)[], { email = false } = {}) {
  const wanted = [...new Set(ids.filter((id): id is string => !!id))];
  const users = await getDb().user.findMany({
    where: { id: { in: wanted } },
    select: { id: true, name: true, email },
  });
  return new Map(users.map((u) => [u.id, u]));
}
