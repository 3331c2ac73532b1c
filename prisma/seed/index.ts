import { readFile } from "node:fs/promises";
import { PrismaPg } from "@prisma/adapter-pg";
import { PrismaClient } from "../../lib/generated/prisma/client";
import { importDataset } from "../../lib/dataset/import";
import { validateDataset } from "../../lib/dataset/validate";
import type { Dataset } from "../../lib/dataset/schema";

export const seedDatasetPath = new URL("./dataset.json", import.meta.url);

/** The reference dataset shipped with the app, validated (quotes at their offsets included). */
export async function loadSeedDataset(): Promise<Dataset> {
  const result = validateDataset(JSON.parse(await readFile(seedDatasetPath, "utf8")));
  if (!result.ok) throw new Error(`prisma/seed/dataset.json is invalid: ${result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.data;
}

/**
 * Loads the reference dataset (importDataset: keyed entities upserted, the rest written anew).
 * With onlyIfEmpty, a database that has ever had a dataset imported is left alone.
 */
export async function seedDatabase(db: PrismaClient, { onlyIfEmpty = false } = {}): Promise<boolean> {
  if (onlyIfEmpty && (await db.datasetMeta.count()) > 0) return false;
  await importDataset(db, await loadSeedDataset());
  return true;
}

/** Runs fn with a short-lived client on the database at url. */
export async function withDatabase<T>(url: string, fn: (db: PrismaClient) => Promise<T>): Promise<T> {
  const db = new PrismaClient({ adapter: new PrismaPg({ connectionString: url, max: 2 }) });
  try {
    return await fn(db);
  } finally {
    await db.$disconnect();
  }
}
