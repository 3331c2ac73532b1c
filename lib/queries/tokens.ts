import "server-only";
import { getDb } from "@/lib/db/client";
import { accessChanged } from "./access";
import { recordAudit } from "./audit";

// API tokens; only a token's SHA-256 hash is stored, and the client omits even that from results.

export function listTokens(userId: string) {
  return getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      name: true,
      prefix: true,
      createdAt: true,
      lastUsedAt: true,
      revokedAt: true,
    },
  });
}

export const findToken = (id: string) => getDb().apiToken.findUnique({ where: { id } });

export function insertToken(
  data: { userId: string; name: string; tokenHash: string; prefix: string },
  actorId: string | null,
) {
  return getDb().$transaction(async (tx) => {
    const created = await tx.apiToken.create({ data });
    await recordAudit(
      {
        action: "token-created",
        actorId,
        subjectId: data.userId,
        detail: { tokenId: created.id, name: data.name },
      },
      tx,
    );
    return created;
  });
}

export async function markRevoked(
  token: { id: string; userId: string; name: string; revokedAt: Date | null },
  actorId: string | null,
) {
  await getDb().$transaction(async (tx) => {
    await tx.apiToken.update({
      where: { id: token.id },
      data: { revokedAt: token.revokedAt ?? new Date() },
    });
    await recordAudit(
      {
        action: "token-revoked",
        actorId,
        subjectId: token.userId,
        detail: { tokenId: token.id, name: token.name },
      },
      tx,
    );
    await accessChanged.inTx(tx);
  });
  accessChanged.afterCommit();
}

/** "Last used" is kept to the minute: a read does not cost a write each time. */
export const LAST_USED_PRECISION_MS = 60_000;

/** The user behind a token hash (null if revoked or disabled), marking the token used. */
export async function userForTokenHash(tokenHash: string, now = new Date()) {
  const record = await getDb().apiToken.findUnique({
    where: { tokenHash },
    include: { user: true },
  });
  if (!record || record.revokedAt || record.user.disabledAt) return null;
  const last = record.lastUsedAt?.getTime() ?? -Infinity;
  if (now.getTime() - last >= LAST_USED_PRECISION_MS)
    await getDb().apiToken.update({ where: { id: record.id }, data: { lastUsedAt: now } });
  return record.user;
}
