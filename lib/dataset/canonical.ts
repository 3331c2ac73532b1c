import { datasetSchema, type Dataset } from "./schema";

const byString = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/**
 * The canonical form: keys in schema order (zod rebuilds each object in its shape's order),
 * arrays in a fixed order, two-space JSON with a final newline. Citations keep their order,
 * since the first one is the primary evidence.
 */
export function canonicalize(input: Dataset): Dataset {
  const data = datasetSchema.parse(input);
  const dimensionOrder = new Map(data.dimensions.map((d) => [d.key, d.order]));
  const dim = (key: string) => dimensionOrder.get(key) ?? Number.MAX_SAFE_INTEGER;
  return {
    ...data,
    sources: [...data.sources].sort(
      (a, b) => byString(a.key, b.key) || (a.version ?? 1) - (b.version ?? 1),
    ),
    countries: [...data.countries].sort((a, b) => byString(a.key, b.key)),
    dimensions: [...data.dimensions]
      .map((d) => (d.scale ? { ...d, scale: [...d.scale].sort((a, b) => a.level - b.level) } : d))
      .sort((a, b) => a.order - b.order || byString(a.key, b.key)),
    assessments: [...data.assessments].sort(
      (a, b) =>
        byString(a.country, b.country) ||
        dim(a.dimension) - dim(b.dimension) ||
        byString(a.dimension, b.dimension),
    ),
    timeline: [...data.timeline]
      .map((e) =>
        e.dimensions
          ? {
              ...e,
              dimensions: [...e.dimensions].sort((a, b) => dim(a) - dim(b) || byString(a, b)),
            }
          : e,
      )
      .sort(
        (a, b) =>
          byString(a.country, b.country) || byString(a.start, b.start) || byString(a.key, b.key),
      ),
    indicators: [...data.indicators].sort((a, b) => byString(a.key, b.key)),
    observations: [...data.observations].sort(
      (a, b) =>
        byString(a.indicator, b.indicator) ||
        byString(a.country, b.country) ||
        (a.year ?? 0) - (b.year ?? 0) ||
        byString(a.key, b.key),
    ),
    actors: [...data.actors]
      .map((a) => ({
        ...a,
        roles: [...a.roles].sort(
          (x, y) => dim(x.dimension) - dim(y.dimension) || byString(x.dimension, y.dimension),
        ),
      }))
      .sort((a, b) => byString(a.country, b.country) || byString(a.key, b.key)),
  };
}

export function serializeDataset(data: Dataset): string {
  return `${JSON.stringify(canonicalize(data), null, 2)}\n`;
}
