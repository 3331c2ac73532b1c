import { readFile } from "node:fs/promises";
import type { Dataset } from "../../lib/dataset/schema";
import { validateDataset } from "../../lib/dataset/validate";

export const seedDatasetPath = new URL("./dataset.json", import.meta.url);

/** The reference dataset shipped with the app, validated (quotes at their offsets included). */
export async function loadSeedDataset(): Promise<Dataset> {
  const result = validateDataset(JSON.parse(await readFile(seedDatasetPath, "utf8")));
  if (!result.ok) throw new Error(`prisma/seed/dataset.json is invalid: ${result.problems.slice(0, 5).map((p) => `${p.path}: ${p.message}`).join("; ")}`);
  return result.data;
}

/**
 * Loads the reference dataset into the database the app's queries use (importDataset: keyed
 * entities upserted, the rest written anew). With onlyIfEmpty, a database that has ever had a
 * dataset imported is left alone.
 */
export async function seedDatabase({ onlyIfEmpty = false } = {}): Promise<boolean> {
  const { datasetVersion } = await import("../../lib/queries/dataset");
  const { importDataset } = await import("../../lib/queries/dataset-import");
  if (onlyIfEmpty && (await datasetVersion()) > 0) return false;
  await importDataset(await loadSeedDataset());
  return true;
}
