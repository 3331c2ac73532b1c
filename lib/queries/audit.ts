import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import { getDb, type Db, type Tx } from "@/lib/db/client";

export type AuditAction =
  | "sign-in"
  | "sign-in-failed"
  | "user-created"
  | "role-changed"
  | "user-disabled"
  | "password-reset"
  | "throttle-cleared"
  | "token-created"
  | "token-revoked"
  | "change-request-created"
  | "change-request-updated"
  | "change-request-reviewed"
  | "change-request-published"
  | "change-request-commented"
  | "draft-discarded"
  | "dataset-imported"
  | "fact-reviewed"
  | "fact-review-cleared"
  | "source-added"
  | "source-version-added";

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subjectId?: string | null;
  email?: string | null;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log, in the caller's transaction when given one. */
export async function recordAudit(entry: AuditEntry, tx: Tx | Db = getDb()): Promise<void> {
  await tx.auditEvent.create({ data: { ...entry } });
}

export function listAuditEvents(limit = 200) {
  return getDb().auditEvent.findMany({ orderBy: { id: "desc" }, take: limit });
}
