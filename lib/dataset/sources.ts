import type { Dataset, DatasetSource, SourceCitation } from "./schema";

// A source key can have several versions (a revised law). Citations name the version their offsets
// count in; views that list sources show each key once, at its latest version.

export const versionOf = (source: { version?: number }) => source.version ?? 1;

/** The given version of a source, or its latest version when none is given. */
export function findSource(
  data: Pick<Dataset, "sources">,
  key: string,
  version?: number,
): DatasetSource | undefined {
  let found: DatasetSource | undefined;
  for (const s of data.sources) {
    if (s.key !== key) continue;
    if (version !== undefined) {
      if (versionOf(s) === version) return s;
    } else if (!found || versionOf(s) > versionOf(found)) found = s;
  }
  return found;
}

/** The source a citation quotes, at the version its offsets count in. */
export const citedSource = (data: Pick<Dataset, "sources">, c: SourceCitation) =>
  findSource(data, c.source, c.version ?? 1);

/** Every version of a source, oldest first. */
export const sourceVersions = (data: Pick<Dataset, "sources">, key: string) =>
  data.sources.filter((s) => s.key === key).sort((a, b) => versionOf(a) - versionOf(b));

/** Each source once, at its latest version, in the dataset's order. */
export function latestSources(data: Pick<Dataset, "sources">): DatasetSource[] {
  const latest = new Map<string, DatasetSource>();
  for (const s of data.sources) {
    const seen = latest.get(s.key);
    if (!seen || versionOf(s) > versionOf(seen)) latest.set(s.key, s);
  }
  return [...latest.values()];
}
