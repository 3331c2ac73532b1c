import {
  deleteAttempts,
  deleteAttemptsBefore,
  deleteAttemptsOf,
  insertAttempts,
  recentAttempts,
} from "@/lib/queries/sign-in-attempts";

/** At most this many failed sign-ins per account and per IP address in the window. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

const keysFor = ({ email, ip }: { email: string; ip: string | null }) => [
  `email:${email.trim().toLowerCase()}`,
  ...(ip ? [`ip:${ip}`] : []),
];

/**
 * Seconds until another attempt is allowed, or 0. Counted in PostgreSQL, so the limit holds
 * across app instances.
 */
export async function secondsUntilAllowed(
  who: { email: string; ip: string | null },
  now = new Date(),
  limit = MAX_FAILURES,
): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  let wait = 0;
  for (const key of keysFor(who)) {
    const recent = await recentAttempts(key, since, limit);
    if (recent.length >= limit) {
      const oldest = recent[recent.length - 1].at.getTime();
      wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
    }
  }
  return wait;
}

/**
 * Counts an attempt before its password is checked, so parallel guesses cannot all slip past the
 * limit; a successful attempt takes its rows back (forgetAttempt). Returns the rows' ids.
 */
export async function reserveAttempt(
  who: { email: string; ip: string | null },
  now = new Date(),
): Promise<number[]> {
  // Keep the table small: forget attempts older than a day.
  await deleteAttemptsBefore(new Date(now.getTime() - 24 * 60 * 60 * 1000));
  return insertAttempts(keysFor(who), now);
}

export const forgetAttempt = (ids: number[]) => deleteAttempts(ids);

/** A successful sign-in clears the account's failures (not the IP's). */
export const clearFailures = (email: string) =>
  deleteAttemptsOf(`email:${email.trim().toLowerCase()}`);
