import type { PrismaClient } from "@/lib/generated/prisma/client";

/** At most this many failed sign-ins per account and per IP address in the window. */
export const MAX_FAILURES = 10;
export const WINDOW_MS = 15 * 60 * 1000;

const keysFor = ({ email, ip }: { email: string; ip: string | null }) => [`email:${email.trim().toLowerCase()}`, ...(ip ? [`ip:${ip}`] : [])];

/**
 * Seconds until another attempt is allowed, or 0. Counted in PostgreSQL, so the limit holds
 * across app instances.
 */
export async function secondsUntilAllowed(db: PrismaClient, who: { email: string; ip: string | null }, now = new Date(), limit = MAX_FAILURES): Promise<number> {
  const since = new Date(now.getTime() - WINDOW_MS);
  let wait = 0;
  for (const key of keysFor(who)) {
    const recent = await db.signInAttempt.findMany({ where: { key, at: { gt: since } }, orderBy: { at: "desc" }, take: limit });
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
export async function reserveAttempt(db: PrismaClient, who: { email: string; ip: string | null }, now = new Date()): Promise<number[]> {
  // Keep the table small: forget attempts older than a day.
  await db.signInAttempt.deleteMany({ where: { at: { lt: new Date(now.getTime() - 24 * 60 * 60 * 1000) } } });
  const rows = await db.signInAttempt.createManyAndReturn({ data: keysFor(who).map((key) => ({ key, at: now })), select: { id: true } });
  return rows.map((row) => row.id);
}

export async function forgetAttempt(db: PrismaClient, ids: number[]) {
  await db.signInAttempt.deleteMany({ where: { id: { in: ids } } });
}

/** A successful sign-in clears the account's failures (not the IP's). */
export async function clearFailures(db: PrismaClient, email: string) {
  await db.signInAttempt.deleteMany({ where: { key: `email:${email.trim().toLowerCase()}` } });
}
