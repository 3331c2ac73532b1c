import "server-only";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "@/lib/generated/prisma/client";

/** Secrets stay in the database unless a query asks for them (`omit: { passwordHash: false }`). */
const OMIT = { user: { passwordHash: true }, apiToken: { tokenHash: true } } as const;

function createClient(connectionString: string, max: number) {
  return new PrismaClient({
    adapter: new PrismaPg({ connectionString, max, connectionTimeoutMillis: 5000 }),
    omit: OMIT,
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client, made on first use from DATABASE_URL and kept across hot reloads in development. */
export function getDb(): Db {
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForPrisma.prisma = createClient(url, Number(process.env.DATABASE_POOL_MAX) || 5);
  }
  return globalForPrisma.prisma;
}

/**
 * For the launcher and the command-line tools: the app's queries on the database at `url`, with a
 * small pool, closed when `fn` is done.
 */
export async function withDatabase<T>(url: string, fn: () => Promise<T>): Promise<T> {
  const previous = process.env.DATABASE_URL;
  process.env.DATABASE_URL = url;
  globalForPrisma.prisma = createClient(url, 2);
  try {
    return await fn();
  } finally {
    await globalForPrisma.prisma.$disconnect();
    globalForPrisma.prisma = undefined;
    process.env.DATABASE_URL = previous;
  }
}
