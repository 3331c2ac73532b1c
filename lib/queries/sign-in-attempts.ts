import "server-only";
import { getDb } from "@/lib/db/client";

// Sign-in attempts per throttling key (lib/auth/rate-limit.ts decides what they mean).

/** The newest attempts of a key since a time, newest first; with `before`, only older rows. */
export const recentAttempts = (key: string, since: Date, limit: number, before?: number) =>
  getDb().signInAttempt.findMany({
    where: { key, at: { gt: since }, ...(before === undefined ? {} : { id: { lt: before } }) },
    orderBy: [{ at: "desc" }, { id: "desc" }],
    take: limit,
  });

/** Failures per key: pairs since `pairsSince`, addresses since `addressesSince`. */
export async function attemptCounts(pairsSince: Date, addressesSince: Date) {
  const groups = await getDb().signInAttempt.groupBy({
    by: ["key"],
    where: {
      OR: [
        { key: { startsWith: "pair:" }, at: { gt: pairsSince } },
        { key: { startsWith: "ip:" }, at: { gt: addressesSince } },
      ],
    },
    _count: { _all: true },
    _max: { at: true },
  });
  return groups.map((g) => ({ key: g.key, failures: g._count._all, lastAt: g._max.at! }));
}

export async function insertAttempts(keys: string[], at: Date): Promise<number[]> {
  const rows = await getDb().signInAttempt.createManyAndReturn({
    data: keys.map((key) => ({ key, at })),
    select: { id: true, key: true },
  });
  // In the order of `keys`, whatever order the database returned them in.
  return keys.map((key) => rows.find((row) => row.key === key)!.id);
}

export const deleteAttempts = (ids: number[]) =>
  getDb().signInAttempt.deleteMany({ where: { id: { in: ids } } });
export const deleteAttemptsBefore = (before: Date) =>
  getDb().signInAttempt.deleteMany({ where: { at: { lt: before } } });
export const deleteAttemptsOf = (key: string) =>
  getDb().signInAttempt.deleteMany({ where: { key } });
