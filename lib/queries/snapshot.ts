import type { Dataset } from "@/lib/dataset/schema";
import { datasetVersion, readDataset } from "./dataset";

let cache: { version: number; data: Dataset } | null = null;

/**
 * The dataset, read once per dataset version. Each call costs one tiny query (the version row),
 * so an import on any app instance is seen by all instances at their next request.
 */
export async function getDatasetSnapshot(): Promise<Dataset> {
  const version = await datasetVersion();
  if (cache?.version === version) return cache.data;
  const data = await readDataset();
  cache = { version, data };
  return data;
}
