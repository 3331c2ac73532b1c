import "server-only";
import { getDb } from "@/lib/db/client";
import { accessChanged } from "./access";

// Sessions are signed JWT cookies; signing out records the session's id here until the cookie would
// have expired, so a copied cookie stops working on every app instance at once.

/** Ends a session on the server. Rows of sessions that have expired anyway are cleared on the way. */
export async function revokeSession(sid: string, expiresAt: Date) {
  await getDb().$transaction(async (tx) => {
    await tx.revokedSession.deleteMany({ where: { expiresAt: { lt: new Date() } } });
    await tx.revokedSession.upsert({
      where: { sid },
      create: { sid, expiresAt },
      update: { expiresAt },
    });
    await accessChanged.inTx(tx);
  });
  accessChanged.afterCommit();
}

export async function isSessionRevoked(sid: string): Promise<boolean> {
  return (await getDb().revokedSession.count({ where: { sid } })) > 0;
}
