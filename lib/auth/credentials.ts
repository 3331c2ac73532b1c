import { AppError } from "@/lib/errors/app-error";
import { HEAVY_LIMITS, withHeavySlot } from "@/lib/limits/heavy";
import { recordAudit } from "@/lib/queries/audit";
import { findUserForSignIn } from "@/lib/queries/users";
import { generatePassword, hashPassword, verifyPassword } from "./passwords";
import { clearFailures, forgetAttempt, reserveAttempt, secondsUntilAllowed } from "./rate-limit";

// Checked against for unknown emails, so they cost as much time as wrong passwords.
let dummyHash: Promise<string> | null = null;
const getDummyHash = () => (dummyHash ??= hashPassword(generatePassword()));

export type SignInResult =
  | {
      ok: true;
      user: { id: string; email: string; name: string; role: string; sessionVersion: number };
    }
  | { ok: false; reason: "invalid" | "disabled" | "rate-limited"; retryAfterSeconds?: number };

/**
 * Checks email and password, throttled per account and address and per address
 * (lib/auth/rate-limit.ts), and records the outcome in the audit log.
 */
export async function signInWithPassword(
  input: { email: string; password: string; ip: string | null },
  now = new Date(),
): Promise<SignInResult> {
  const email = input.email.trim().toLowerCase();
  // Nothing this long is a real account; refuse before writing anything.
  if (email.length > 254 || input.password.length > 1024) return { ok: false, reason: "invalid" };
  const who = { email, ip: input.ip };
  // Counted before the password is checked, so parallel guesses see each other.
  const reserved = await reserveAttempt(who, now);
  const wait = await secondsUntilAllowed(who, now, reserved);
  if (wait > 0) {
    // Refused by the limit: not a failure, so it extends nothing. Not audited: anyone could flood the log.
    await forgetAttempt(reserved);
    return { ok: false, reason: "rate-limited", retryAfterSeconds: wait };
  }
  const user = await findUserForSignIn(email);
  // Hashing is the heavy part (and costs the same for an unknown email): a few at once per instance.
  // Past that the attempt is refused like a throttled one, without counting as a failure.
  const matches = await withHeavySlot("hash", null, async () =>
    verifyPassword(input.password, user?.passwordHash ?? (await getDummyHash())),
  ).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "rate_limited") return null;
    throw error;
  });
  if (matches === null) {
    await forgetAttempt(reserved);
    return { ok: false, reason: "rate-limited", retryAfterSeconds: HEAVY_LIMITS.hash.retryAfter };
  }
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
  await clearFailures(who);
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
