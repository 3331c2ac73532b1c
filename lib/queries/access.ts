import "server-only";
import { ACCESS_CHANGED, ANNOTATION_CHANNEL, announceAccessChange } from "@/lib/annotations/live";
import type { Tx } from "@/lib/db/client";

/**
 * Someone's access was taken away (disabled, signed out, password reset, token revoked): every open
 * event stream, on every app instance, checks its reader again at once and closes if they are out.
 * Run `inTx` inside the transaction that takes the access away (the NOTIFY goes out at commit), and
 * `afterCommit` once it has committed, for this process's streams.
 */
export const accessChanged = {
  inTx: (tx: Tx) => tx.$executeRaw`SELECT pg_notify(${ANNOTATION_CHANNEL}, ${ACCESS_CHANGED})`,
  afterCommit: () => announceAccessChange(),
};
