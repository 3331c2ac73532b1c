import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
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

// On the embedded database a transaction holds PGlite's only session, so a query on another
// connection inside it waits until the transaction ends, that is for ever. Outside production
// (tests, `npm run dev`) getDb() inside `$transaction(async (tx) => …)` throws, on PostgreSQL
// too, so the mistake is found by the tests whatever database they run on.
const insideTransaction = new AsyncLocalStorage<true>();
const guardTransactions = process.env.NODE_ENV !== "production";

function guarded(client: ReturnType<typeof createClient>): ReturnType<typeof createClient> {
  if (!guardTransactions) return client;
  const transaction = client.$transaction.bind(client) as (...args: unknown[]) => unknown;
  return new Proxy(client, {
    get(target, prop) {
      if (prop !== "$transaction") {
        const value: unknown = Reflect.get(target, prop, target);
        return typeof value === "function" ? value.bind(target) : value;
      }
      return (arg: unknown, ...rest: unknown[]) =>
        typeof arg === "function"
          ? transaction((tx: unknown) => insideTransaction.run(true, () => arg(tx)), ...rest)
          : transaction(arg, ...rest);
    },
  });
}

export type Db = ReturnType<typeof createClient>;
/** The client inside `db.$transaction(async (tx) => …)`. */
export type Tx = Parameters<Parameters<Db["$transaction"]>[0]>[0];

const globalForPrisma = globalThis as unknown as { prisma?: Db };

/** The one Prisma client, made on first use from DATABASE_URL and kept across hot reloads in development. */
export function getDb(): Db {
  if (insideTransaction.getStore())
    throw new Error(
      "getDb() inside a transaction: use its `tx` (on the embedded database a second connection waits for the transaction for ever).",
    );
  if (!globalForPrisma.prisma) {
    const url = process.env.DATABASE_URL;
    if (!url)
      throw new Error("DATABASE_URL is not set: start the app with `npm start` or `npm run dev`.");
    globalForPrisma.prisma = guarded(createClient(url, Number(process.env.DATABASE_POOL_MAX) || 5));
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
  globalForPrisma.prisma = guarded(createClient(url, 2));
  try {
    return await fn();
  } finally {
    await globalForPrisma.prisma.$disconnect();
    globalForPrisma.prisma = undefined;
    process.env.DATABASE_URL = previous;
  }
}

/**
 * Where a read runs: the given transaction (a consistent snapshot of several reads), else the
 * client. The two differ in type only by the client's omitted secret fields, which no reader of a
 * transaction's rows asks for.
 */
export const readerOf = (tx?: Tx): Tx => tx ?? (getDb() as unknown as Tx);
