import { getDb } from "@/lib/db/client";

// Reads for the admin and settings pages; never the password hash, never a token hash.

export function listUsers() {
  return getDb().user.findMany({
    orderBy: { email: "asc" },
    select: { id: true, email: true, name: true, role: true, disabledAt: true, createdAt: true },
  });
}

export function listTokens(userId: string) {
  return getDb().apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, prefix: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}

export function listAuditEvents(limit = 200) {
  return getDb().auditEvent.findMany({ orderBy: { id: "desc" }, take: limit });
}

/** Whether a user can still be served: exists and is not disabled (long-lived streams re-check). */
export async function isActiveUser(id: string): Promise<boolean> {
  const user = await getDb().user.findUnique({ where: { id }, select: { disabledAt: true } });
  return user !== null && user.disabledAt === null;
}
