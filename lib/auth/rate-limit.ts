import type { PrismaClient } from "@/lib/generated/prisma/client";

/** At most this many failed sign-ins per account and per IP address in the window. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

const keysFor = ({ email, ip }: { email: string; ip: string | null }) => [`email:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

/**
 * Seconds until another attempt is allowed, or 0. Counted in PostgreSQL, so the limit holds
 * across app instances.
 */
export async function secondsUntilAllowed(db: PrismaClient, who: { email: string; ip: string | null }, now = new Date()): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  let wait = 0;
  for (const key of keysFor(who)) {
    const recent = await db.signInAttempt.findMany({ where: { key, at: { gt: since } }, orderBy: { at: "desc" }, take: MAX_FAILURES });
    if (recent.length >= MAX_FAILURES) {
      const oldest = recent[recent.length - 1].at.getTime();
      wait = Math.max(wait, Math.ceil((oldest + WINDOW_MS - now.getTime()) / 1000));
    }
  }
  return wait;
}

export async function recordFailure(db: PrismaClient, who: { email: string; ip: string | null }, now = new Date()) {
  await db.signInAttempt.createMany({ data: keysFor(who).map((key) => ({ key, at: now })) });
  // Keep the table small: forget attempts older than a day.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
}

/** A successful sign-in clears the account's failures (not the IP's). */
export async function clearFailures(db: PrismaClient, email: string) {
  await db.signInAttempt.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
