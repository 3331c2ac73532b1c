import { getDb } from "@/lib/db/client";

export type DatabaseStatus = { ok: true } | { ok: false; reason: string };

/** Pings the database, giving up after timeoutMs so a dead server cannot hang the caller. */
export async function checkDatabase(timeoutMs = 3000): Promise<DatabaseStatus> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`no answer within ${timeoutMs} ms`)), timeoutMs);
  });
  try {
    await Promise.race([getDb().$queryRaw`select 1`, timeout]);
    return { ok: true };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      reason: message.split("\n").find((line) => line.trim()) ?? "database error",
    };
  } finally {
    clearTimeout(timer);
  }
}
