import type { PrismaClient } from "@/lib/generated/prisma/client";
import { getDb } from "@/lib/db/client";
import { canonicalize } from "@/lib/dataset/canonical";
import { citationFromRow, notesFromRow } from "@/lib/dataset/citations";
import { DATASET_FORMAT, type Dataset } from "@/lib/dataset/schema";

const withCitations = { citations: { orderBy: { position: "asc" as const } } };

/** The whole dataset from the database, in the canonical JSON format (export, API, round trip). */
export async function readDataset(db: PrismaClient = getDb()): Promise<Dataset> {
  const [sources, countries, dimensions, assessments, events, indicators, observations, actors] = await Promise.all([
    db.sourceDocument.findMany(),
    db.country.findMany(),
    db.dimension.findMany({ include: { levels: true } }),
    db.assessment.findMany({ include: withCitations }),
    db.timelineEvent.findMany({ include: withCitations }),
    db.indicator.findMany(),
    db.observation.findMany({ include: withCitations }),
    db.actor.findMany({ include: { roles: { include: withCitations } } }),
  ]);
  return canonicalize({
    format: DATASET_FORMAT,
    version: 1,
    sources: sources.map((s) => ({
      key: s.key, file: s.file, titleZh: s.titleZh, titleEn: s.titleEn, author: s.author,
      language: s.language as Dataset["sources"][number]["language"], kind: s.kind as Dataset["sources"][number]["kind"],
      format: s.format as Dataset["sources"][number]["format"], ...notesFromRow(s), text: s.text,
    })),
    countries: countries.map((c) => ({
      key: c.key, nameZh: c.nameZh, nameEn: c.nameEn, coverage: c.coverage as "full" | "thin", ...notesFromRow(c),
    })),
    dimensions: dimensions.map(({ levels, ...d }) => ({
      key: d.key, group: d.group as Dataset["dimensions"][number]["group"], order: d.order, nameZh: d.nameZh, nameEn: d.nameEn,
      descriptionZh: d.descriptionZh, descriptionEn: d.descriptionEn,
      ...(levels.length ? { scale: levels.map(({ level, labelZh, labelEn, rubricZh, rubricEn }) => ({ level, labelZh, labelEn, rubricZh, rubricEn })) } : {}),
    })),
    assessments: assessments.map((a) => ({
      country: a.countryKey, dimension: a.dimensionKey, summaryZh: a.summaryZh, summaryEn: a.summaryEn,
      ...(a.level !== null ? { level: a.level } : {}), confidence: a.confidence as "high" | "medium" | "low",
      ...notesFromRow(a), citations: a.citations.map(citationFromRow),
    })),
    timeline: events.map((e) => ({
      key: e.key, country: e.countryKey, kind: e.kind as Dataset["timeline"][number]["kind"], start: e.start,
      ...(e.end !== null ? { end: e.end } : {}), titleZh: e.titleZh, titleEn: e.titleEn, ...notesFromRow(e),
      citations: e.citations.map(citationFromRow),
    })),
    indicators: indicators.map(({ key, nameZh, nameEn, unitZh, unitEn }) => ({ key, nameZh, nameEn, unitZh, unitEn })),
    observations: observations.map((o) => ({
      key: o.key, indicator: o.indicatorKey, country: o.countryKey, value: o.value,
      comparator: o.comparator as Dataset["observations"][number]["comparator"], ...(o.year !== null ? { year: o.year } : {}),
      ...notesFromRow(o), citations: o.citations.map(citationFromRow),
    })),
    actors: actors.map((a) => ({
      key: a.key, country: a.countryKey, type: a.type as Dataset["actors"][number]["type"], nameZh: a.nameZh, nameEn: a.nameEn,
      roles: a.roles.map((r) => ({ dimension: r.dimensionKey, roleZh: r.roleZh, roleEn: r.roleEn, citations: r.citations.map(citationFromRow) })),
    })),
  });
}

export async function datasetVersion(db: PrismaClient = getDb()): Promise<number> {
  return (await db.datasetMeta.findUnique({ where: { id: 1 } }))?.version ?? 0;
}
