import "server-only";
import { getDb } from "@/lib/db/client";

// Sign-in attempts per throttling key (lib/auth/rate-limit.ts decides what they mean).

export const recentAttempts = (key: string, since: Date, limit: number) =>
  getDb().signInAttempt.findMany({
    where: { key, at: { gt: since } },
    orderBy: { at: "desc" },
    take: limit,
  });

export async function insertAttempts(keys: string[], at: Date): Promise<number[]> {
  const rows = await getDb().signInAttempt.createManyAndReturn({
    data: keys.map((key) => ({ key, at })),
    select: { id: true },
  });
  return rows.map((row) => row.id);
}

export const deleteAttempts = (ids: number[]) =>
  getDb().signInAttempt.deleteMany({ where: { id: { in: ids } } });
export const deleteAttemptsBefore = (before: Date) =>
  getDb().signInAttempt.deleteMany({ where: { at: { lt: before } } });
export const deleteAttemptsOf = (key: string) =>
  getDb().signInAttempt.deleteMany({ where: { key } });
