import { recordAudit } from "@/lib/queries/audit";
import {
  attemptCounts,
  deleteAttempts,
  deleteAttemptsBefore,
  deleteAttemptsOf,
  insertAttempts,
  recentAttempts,
} from "@/lib/queries/sign-in-attempts";

/**
 * Sign-in throttling (OWASP: throttle, do not lock out). Failures count per account and address
 * pair, where a delay grows after FREE_FAILURES (1 s, 2 s, 4 s … at most MAX_DELAY_S), and per
 * address alone, with a much higher limit against password spraying. An attempt refused by the
 * limit is not a failure and extends nothing. Counted in PostgreSQL, so it holds across instances.
 */
export const FREE_FAILURES = 5;
export const MAX_DELAY_S = 15 * 60;
/** Failures of one account and address are remembered this long (or until it signs in). */
export const PAIR_MEMORY_MS = 24 * 60 * 60 * 1000;
/** At most this many failures from one address, over all accounts, in ADDRESS_WINDOW_MS. */
export const ADDRESS_LIMIT = 100;
export const ADDRESS_WINDOW_MS = 15 * 60 * 1000;

export interface Who {
  email: string;
  ip: string | null;
}

const normal = (email: string) => email.trim().toLowerCase();
/** `pair:<address> <email>`: an address has no space, so the first one separates them. */
export const pairKey = ({ email, ip }: Who) => `pair:${ip ?? "-"} ${normal(email)}`;
export const addressKey = (ip: string) => `ip:${ip}`;
const keysOf = (who: Who) => [pairKey(who), ...(who.ip ? [addressKey(who.ip)] : [])];

/** Seconds to wait after `failures` failures of one account at one address. */
export const delayAfter = (failures: number) =>
  failures < FREE_FAILURES ? 0 : Math.min(2 ** (failures - FREE_FAILURES), MAX_DELAY_S);

/** Enough rows of a pair to reach the largest delay. */
const PAIR_ROWS = FREE_FAILURES + Math.ceil(Math.log2(MAX_DELAY_S)) + 1;

async function pairWait(key: string, now: Date, before?: number) {
  const rows = await recentAttempts(
    key,
    new Date(now.getTime() - PAIR_MEMORY_MS),
    PAIR_ROWS,
    before,
  );
  if (rows.length < FREE_FAILURES) return 0;
  return rows[0].at.getTime() + delayAfter(rows.length) * 1000 - now.getTime();
}

async function addressWait(key: string, now: Date, before?: number) {
  const since = new Date(now.getTime() - ADDRESS_WINDOW_MS);
  const rows = await recentAttempts(key, since, ADDRESS_LIMIT, before);
  if (rows.length < ADDRESS_LIMIT) return 0;
  return rows[rows.length - 1].at.getTime() + ADDRESS_WINDOW_MS - now.getTime();
}

const waitOf = (key: string, now: Date, before?: number) =>
  key.startsWith("pair:") ? pairWait(key, now, before) : addressWait(key, now, before);

const seconds = (ms: number) => (ms > 0 ? Math.ceil(ms / 1000) : 0);

/**
 * Seconds until this account may try again from this address, or 0. With `reserved` (the rows of
 * an attempt in progress), only the attempts counted before it are considered.
 */
export async function secondsUntilAllowed(
  who: Who,
  now = new Date(),
  reserved?: Map<string, number>,
): Promise<number> {
  const waits = await Promise.all(keysOf(who).map((key) => waitOf(key, now, reserved?.get(key))));
  return seconds(Math.max(0, ...waits));
}

/**
 * Counts an attempt before its password is checked, so a burst of parallel guesses is counted
 * (each one sees those reserved before it). Returns the attempt's row per key.
 */
export async function reserveAttempt(who: Who, now = new Date()): Promise<Map<string, number>> {
  // Keep the table small: forget what no limit looks at any more.
  await deleteAttemptsBefore(new Date(now.getTime() - PAIR_MEMORY_MS));
  const keys = keysOf(who);
  const ids = await insertAttempts(keys, now);
  return new Map(keys.map((key, i) => [key, ids[i]]));
}

/** Takes an attempt back: it was refused by the limit, or it was not a wrong password. */
export const forgetAttempt = (reserved: Map<string, number>) =>
  deleteAttempts([...reserved.values()]);

/** A successful sign-in clears its account's failures at that address (not the address's). */
export const clearFailures = (who: Who) => deleteAttemptsOf(pairKey(who));

export interface Throttle {
  key: string;
  kind: "pair" | "address";
  ip: string | null;
  email: string | null;
  failures: number;
  lastAt: Date;
  waitSeconds: number;
}

export function parseKey(key: string): Pick<Throttle, "kind" | "ip" | "email"> | null {
  if (key.startsWith("ip:")) return { kind: "address", ip: key.slice(3), email: null };
  const pair = /^pair:(\S+) (.*)$/s.exec(key);
  if (!pair) return null;
  return { kind: "pair", ip: pair[1] === "-" ? null : pair[1], email: pair[2] };
}

/**
 * The throttles in force: pairs at or past FREE_FAILURES (their next attempt waits, or their next
 * failure will) and addresses at their limit, the longest wait first.
 */
export async function currentThrottles(now = new Date()): Promise<Throttle[]> {
  const counts = await attemptCounts(
    new Date(now.getTime() - PAIR_MEMORY_MS),
    new Date(now.getTime() - ADDRESS_WINDOW_MS),
  );
  const throttles: Throttle[] = [];
  for (const { key, failures, lastAt } of counts) {
    const parsed = parseKey(key);
    if (!parsed) continue;
    if (failures < (parsed.kind === "pair" ? FREE_FAILURES : ADDRESS_LIMIT)) continue;
    throttles.push({
      key,
      ...parsed,
      failures,
      lastAt,
      waitSeconds: seconds(await waitOf(key, now)),
    });
  }
  return throttles.sort((a, b) => b.waitSeconds - a.waitSeconds || b.failures - a.failures);
}

/** Clears one throttle: an admin's action, audited. */
export async function clearThrottle(key: string, actorId: string) {
  const parsed = parseKey(key);
  const { count } = await deleteAttemptsOf(key);
  await recordAudit({
    action: "throttle-cleared",
    actorId,
    email: parsed?.email ?? null,
    ip: parsed?.ip ?? null,
    detail: { key, failures: count },
  });
}
