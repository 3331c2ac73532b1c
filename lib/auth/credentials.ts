import { recordAudit } from "@/lib/queries/audit";
import { findUserForSignIn } from "@/lib/queries/users";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";
import {
  clearFailures,
  forgetAttempt,
  MAX_FAILURES,
  reserveAttempt,
  secondsUntilAllowed,
} from "./rate-limit";

// Checked against for unknown emails, so they cost as much time as wrong passwords.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword(generatePassword()));

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: string; sessionVersion: number };
    }
  | { ok: false; reason: "invalid" | "disabled" | "rate-limited"; retryAfterSeconds?: number };

/** Checks email and password, with rate limiting per account and IP, and records the outcome in the audit log. */
export async function signInWithPassword(input: {
  email: string;
  password: string;
  ip: string | null;
}): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  // Nothing this long is a real account; refuse before writing anything.
  if (email.length > 254 || input.password.length > 1024) return { ok: false, reason: "invalid" };
  const who = { email, ip: input.ip };
  const reserved = await reserveAttempt(who);
  // This attempt is counted already: it is allowed while at most MAX_FAILURES are in the window.
  const wait = await secondsUntilAllowed(who, new Date(), MAX_FAILURES + 1);
  if (wait > 0) return { ok: false, reason: "rate-limited", retryAfterSeconds: wait }; // not audited: it would let anyone flood the log
  const user = await findUserForSignIn(email);
  const matches = await verifyPassword(
    input.password,
    user?.passwordHash ?? (await getDummyHash()),
  );
  if (!user || !matches) {
    await recordAudit({
      action: "sign-in-failed",
      email,
      ip: input.ip,
      subjectId: user?.id ?? null,
      detail: { reason: "invalid" },
    });
    return { ok: false, reason: "invalid" };
  }
  await forgetAttempt(reserved);
  if (user.disabledAt) {
    await recordAudit({
      action: "sign-in-failed",
      email,
      ip: input.ip,
      subjectId: user.id,
      detail: { reason: "disabled" },
    });
    return { ok: false, reason: "disabled" };
  }
  await clearFailures(email);
  await recordAudit({
    action: "sign-in",
    actorId: user.id,
    subjectId: user.id,
    email,
    ip: input.ip,
  });
  return {
    ok: true,
    user: {
      id: user.id,
      email: user.email,
      name: user.name,
      role: user.role,
      sessionVersion: user.sessionVersion,
    },
  };
}
