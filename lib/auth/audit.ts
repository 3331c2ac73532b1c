import type { Prisma } from "@/lib/generated/prisma/client";

export type AuditAction =
  | "sign-in"
  | "sign-in-failed"
  | "user-created"
  | "role-changed"
  | "user-disabled"
  | "password-reset"
  | "token-created"
  | "token-revoked";

export interface AuditEntry {
  action: AuditAction;
  actorId?: string | null;
  subjectId?: string | null;
  email?: string | null;
  ip?: string | null;
  detail?: Prisma.InputJsonValue;
}

/** Appends to the audit log, in the caller's transaction when given one. */
export async function recordAudit(db: Prisma.TransactionClient, entry: AuditEntry): Promise<void> {
  await db.auditEvent.create({ data: { ...entry } });
}
