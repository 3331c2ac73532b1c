import { createHash } from "node:crypto";

// Results that depend only on one dataset (a published version, kept as one object while it is
// current) and a view: kept beside that dataset object, so a new version starts empty and the old
// entries go with the old object. A few views per dataset, the least recently used dropped first.

const MAX_PER_DATASET = 24;
const g = globalThis as unknown as { sccPerDataset?: WeakMap<object, Map<string, unknown>> };
const caches = (g.sccPerDataset ??= new WeakMap());

/** A short, stable key for anything JSON can hold. */
export const cacheKey = (value: unknown) =>
  createHash("sha256").update(JSON.stringify(value)).digest("base64url");

/** `compute()` once per dataset and key; a failed computation is not kept. */
export async function perDataset<T>(
  dataset: object,
  key: string,
  compute: () => Promise<T>,
): Promise<T> {
  let cache = caches.get(dataset);
  if (!cache) caches.set(dataset, (cache = new Map()));
  const hit = cache.get(key) as Promise<T> | undefined;
  if (hit) {
    cache.delete(key); // most recently used last
    cache.set(key, hit);
    return hit;
  }
  const pending = compute();
  cache.set(key, pending);
  pending.catch(() => cache.delete(key));
  while (cache.size > MAX_PER_DATASET) cache.delete(cache.keys().next().value!);
  return pending;
}
