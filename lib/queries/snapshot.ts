import type { Dataset } from "@/lib/dataset/schema";
import { datasetVersion, readVersionedDataset } from "./dataset";

let cache: { version: number; data: Dataset } | null = null;
let loading: Promise<{ version: number; data: Dataset }> | null = null;

/**
 * The published dataset and its version, read once per version. Each call costs one tiny query
 * (the version row), so a publication on any app instance is seen by all instances at their next
 * request. Concurrent misses share one load, and an older load never replaces a newer cache.
 */
export async function getSnapshot(): Promise<{ version: number; data: Dataset }> {
  const version = await datasetVersion();
  if (cache && cache.version >= version) return cache;
  loading ??= readVersionedDataset().finally(() => {
    loading = null;
  });
  const loaded = await loading;
  if (!cache || loaded.version >= cache.version) cache = loaded;
  return loaded;
}

export async function getDatasetSnapshot(): Promise<Dataset> {
  return (await getSnapshot()).data;
}
