import type { z } from "zod";
import { zodProblem } from "@/lib/errors/zod";
import type { Lang } from "@/lib/i18n/lang";
import { eachCitation } from "./citations";
import { citedSource, findSource, versionOf } from "./sources";
import { datasetSchema, type Dataset } from "./schema";

export interface DatasetProblem {
  path: string;
  message: string;
}

/** `$.assessments[3].citations[0].quote`-style paths. */
export function formatPath(path: readonly PropertyKey[]): string {
  return path.reduce<string>(
    (out, part) => (typeof part === "number" ? `${out}[${part}]` : `${out}.${String(part)}`),
    "$",
  );
}

/** Schema problems in English, for the command line; `lang` for a reader of the app. */
export function fromZod(error: z.ZodError, lang: Lang = "en"): DatasetProblem[] {
  return error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: zodProblem(issue, lang),
  }));
}

/** Checks what a schema cannot: references, duplicates, and every quote at its offsets in its source. */
export function checkIntegrity(data: Dataset): DatasetProblem[] {
  const problems: DatasetProblem[] = [];
  const add = (path: (string | number)[], message: string) =>
    problems.push({ path: formatPath(path), message });
  const keysOf = <T>(name: string, items: T[], keyOf: (item: T) => string) => {
    const seen = new Set<string>();
    items.forEach((item, i) => {
      const key = keyOf(item);
      if (seen.has(key))
        add(
          [name, i],
          `duplicate ${name === "assessments" ? "country and dimension" : "key"} "${key}"`,
        );
      seen.add(key);
    });
    return seen;
  };
  keysOf("sources", data.sources, (s) => `${s.key} version ${versionOf(s)}`);
  data.sources.forEach((s, i) => {
    if (s.replaces !== undefined && !findSource(data, s.key, s.replaces))
      add(["sources", i, "replaces"], `${s.key} has no version ${s.replaces}`);
  });
  const countries = keysOf("countries", data.countries, (c) => c.key);
  const dimensions = keysOf("dimensions", data.dimensions, (d) => d.key);
  const indicators = keysOf("indicators", data.indicators, (i) => i.key);
  keysOf("assessments", data.assessments, (a) => `${a.country}/${a.dimension}`);
  keysOf("timeline", data.timeline, (e) => e.key);
  keysOf("observations", data.observations, (o) => o.key);
  keysOf("actors", data.actors, (a) => a.key);
  data.dimensions.forEach((d, i) => {
    keysOf(`dimensions[${i}].scale`, d.scale ?? [], (l) => String(l.level));
  });

  const ref = (path: (string | number)[], set: Set<string>, value: string, what: string) => {
    if (!set.has(value)) add(path, `unknown ${what} "${value}"`);
  };
  data.assessments.forEach((a, i) => {
    ref(["assessments", i, "country"], countries, a.country, "country");
    ref(["assessments", i, "dimension"], dimensions, a.dimension, "dimension");
    const scale = data.dimensions.find((d) => d.key === a.dimension)?.scale;
    if (a.level !== undefined && !scale?.some((l) => l.level === a.level))
      add(["assessments", i, "level"], `level ${a.level} is not on the scale of ${a.dimension}`);
  });
  data.timeline.forEach((e, i) => {
    ref(["timeline", i, "country"], countries, e.country, "country");
    e.dimensions?.forEach((key, j) => {
      ref(["timeline", i, "dimensions", j], dimensions, key, "dimension");
      if (e.dimensions?.indexOf(key) !== j)
        add(["timeline", i, "dimensions", j], `duplicate dimension ${key}`);
    });
  });
  data.observations.forEach((o, i) => {
    ref(["observations", i, "indicator"], indicators, o.indicator, "indicator");
    ref(["observations", i, "country"], countries, o.country, "country");
  });
  data.actors.forEach((a, i) => {
    ref(["actors", i, "country"], countries, a.country, "country");
    keysOf(`actors[${i}].roles`, a.roles, (r) => r.dimension);
    a.roles.forEach((r, j) => {
      ref(["actors", i, "roles", j, "dimension"], dimensions, r.dimension, "dimension");
    });
  });
  for (const { citation: c, path } of eachCitation(data)) {
    if (c.kind !== "source") continue;
    const source = citedSource(data, c);
    if (!source)
      add(
        [...path, "source"],
        findSource(data, c.source)
          ? `${c.source} has no version ${c.version ?? 1}`
          : `unknown source "${c.source}"`,
      );
    else if (c.end > source.text.length)
      add(
        [...path, "end"],
        `offset ${c.end} is past the end of ${c.source} (${source.text.length} characters)`,
      );
    else if (source.text.slice(c.start, c.end) !== c.quote) {
      const found = source.text.indexOf(c.quote);
      add(
        [...path, "quote"],
        found < 0
          ? `quote not found in ${c.source}`
          : `quote is not at ${c.start}-${c.end} in ${c.source} (it is at ${found}-${found + c.quote.length})`,
      );
    }
  }
  return problems;
}

export type ValidationResult =
  { ok: true; data: Dataset } | { ok: false; problems: DatasetProblem[] };

/** Parses and checks a dataset document; problems come with JSON paths. */
export function validateDataset(input: unknown): ValidationResult {
  const parsed = datasetSchema.safeParse(input);
  if (!parsed.success) return { ok: false, problems: fromZod(parsed.error) };
  const problems = checkIntegrity(parsed.data);
  return problems.length ? { ok: false, problems } : { ok: true, data: parsed.data };
}
