import "server-only";
import { getDb, type Tx } from "@/lib/db/client";
import { canonicalize } from "@/lib/dataset/canonical";
import { citationFromRow, notesFromRow } from "./dataset-rows";
import { DATASET_FORMAT, type Dataset } from "@/lib/dataset/schema";

const withCitations = { citations: { orderBy: { position: "asc" as const } } };

export async function readRows(tx: Tx) {
  return {
    meta: await tx.datasetMeta.findUnique({ where: { id: 1 } }),
    sources: await tx.sourceDocument.findMany(),
    countries: await tx.country.findMany(),
    dimensions: await tx.dimension.findMany({ include: { levels: true } }),
    assessments: await tx.assessment.findMany({ include: withCitations }),
    events: await tx.timelineEvent.findMany({ include: withCitations }),
    indicators: await tx.indicator.findMany(),
    observations: await tx.observation.findMany({ include: withCitations }),
    actors: await tx.actor.findMany({ include: { roles: { include: withCitations } } }),
  };
}

/** The fields whose value is not null: the dataset format leaves absent fields out. */
const optional = <T extends Record<string, string | null>>(fields: T) =>
  Object.fromEntries(Object.entries(fields).filter(([, v]) => v !== null)) as {
    [K in keyof T]?: string;
  };

type Rows = Awaited<ReturnType<typeof readRows>>;
type D = Dataset;

/**
 * The dataset and its version, read in one repeatable-read transaction, so an import that commits
 * meanwhile is seen either entirely or not at all.
 */
export async function readVersionedDataset(): Promise<{ version: number; data: Dataset }> {
  const rows = await getDb().$transaction(readRows, {
    isolationLevel: "RepeatableRead",
    timeout: 30_000,
  });
  return { version: rows.meta?.version ?? 0, data: toDataset(rows) };
}

/** The whole dataset from the database, in the canonical JSON format (export, API, round trip). */
export async function readDataset(): Promise<Dataset> {
  return (await readVersionedDataset()).data;
}

export async function datasetVersion(): Promise<number> {
  return (await getDb().datasetMeta.findUnique({ where: { id: 1 } }))?.version ?? 0;
}

// canonicalize() re-validates every value against the zod schema; the casts only name the types.
export function toDataset({
  sources,
  countries,
  dimensions,
  assessments,
  events,
  indicators,
  observations,
  actors,
}: Rows): Dataset {
  return canonicalize({
    format: DATASET_FORMAT,
    version: 1,
    sources: sources.map((s) => ({
      key: s.key,
      ...(s.version !== 1 ? { version: s.version } : {}),
      ...(s.replaces !== null ? { replaces: s.replaces } : {}),
      file: s.file,
      titleZh: s.titleZh,
      titleEn: s.titleEn,
      author: s.author,
      ...(s.authorEn !== null ? { authorEn: s.authorEn } : {}),
      language: s.language as D["sources"][number]["language"],
      kind: s.kind as D["sources"][number]["kind"],
      format: s.format as D["sources"][number]["format"],
      ...optional({
        publisher: s.publisher,
        date: s.date,
        url: s.url,
        licence: s.licence,
        summaryZh: s.summaryZh,
        summaryEn: s.summaryEn,
      }),
      ...notesFromRow(s),
      text: s.text,
    })),
    countries: countries.map((c) => ({
      key: c.key,
      nameZh: c.nameZh,
      nameEn: c.nameEn,
      coverage: c.coverage as "full" | "thin",
      ...notesFromRow(c),
    })),
    dimensions: dimensions.map(({ levels, ...d }) => ({
      key: d.key,
      group: d.group as D["dimensions"][number]["group"],
      order: d.order,
      nameZh: d.nameZh,
      nameEn: d.nameEn,
      descriptionZh: d.descriptionZh,
      descriptionEn: d.descriptionEn,
      ...(levels.length
        ? {
            scale: levels.map(({ level, labelZh, labelEn, rubricZh, rubricEn }) => ({
              level,
              labelZh,
              labelEn,
              rubricZh,
              rubricEn,
            })),
          }
        : {}),
    })),
    assessments: assessments.map((a) => ({
      country: a.countryKey,
      dimension: a.dimensionKey,
      summaryZh: a.summaryZh,
      summaryEn: a.summaryEn,
      ...(a.level !== null ? { level: a.level } : {}),
      confidence: a.confidence as "high" | "medium" | "low",
      ...notesFromRow(a),
      citations: a.citations.map(citationFromRow),
    })),
    timeline: events.map((e) => ({
      key: e.key,
      country: e.countryKey,
      kind: e.kind as D["timeline"][number]["kind"],
      start: e.start,
      ...(e.end !== null ? { end: e.end } : {}),
      ...(e.ongoing ? { ongoing: true as const } : {}),
      ...(e.dimensions.length ? { dimensions: e.dimensions } : {}),
      titleZh: e.titleZh,
      titleEn: e.titleEn,
      ...notesFromRow(e),
      citations: e.citations.map(citationFromRow),
    })),
    indicators: indicators.map(({ key, nameZh, nameEn, unitZh, unitEn }) => ({
      key,
      nameZh,
      nameEn,
      unitZh,
      unitEn,
    })),
    observations: observations.map((o) => ({
      key: o.key,
      indicator: o.indicatorKey,
      country: o.countryKey,
      value: o.value,
      comparator: o.comparator as D["observations"][number]["comparator"],
      ...(o.year !== null ? { year: o.year } : {}),
      ...notesFromRow(o),
      citations: o.citations.map(citationFromRow),
    })),
    actors: actors.map((a) => ({
      key: a.key,
      country: a.countryKey,
      type: a.type as D["actors"][number]["type"],
      nameZh: a.nameZh,
      nameEn: a.nameEn,
      roles: a.roles.map((r) => ({
        dimension: r.dimensionKey,
        roleZh: r.roleZh,
        roleEn: r.roleEn,
        citations: r.citations.map(citationFromRow),
      })),
    })),
  });
}
