import "server-only";

// The dataset's rows, written from a dataset document: the mirror of the published version that
// SQL reads and foreign keys check.
import type { Tx } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Dataset } from "@/lib/dataset/schema";
import { citationRows } from "./dataset-rows";

const nullNotes = (x: { noteZh?: string; noteEn?: string }) => ({
  noteZh: x.noteZh ?? null,
  noteEn: x.noteEn ?? null,
});

/**
 * Replaces the dataset's rows with `data` (already validated), inside the caller's transaction:
 * keyed entities are upserted by their stable keys, what `data` no longer has is removed, and the
 * dependent rows (sources, assessments, events, observations, actor roles, citations) are written
 * anew. lib/queries/versions.ts is the one caller: every write is a dataset version.
 */
export async function writeDatasetRows(tx: Tx, data: Dataset): Promise<void> {
  await tx.citation.deleteMany();
  await tx.actorRole.deleteMany();
  await tx.actor.deleteMany();
  await tx.observation.deleteMany();
  await tx.timelineEvent.deleteMany();
  await tx.assessment.deleteMany();
  await tx.scaleLevel.deleteMany();
  await tx.indicator.deleteMany({ where: { key: { notIn: data.indicators.map((i) => i.key) } } });
  await tx.dimension.deleteMany({ where: { key: { notIn: data.dimensions.map((d) => d.key) } } });
  await tx.country.deleteMany({ where: { key: { notIn: data.countries.map((c) => c.key) } } });
  await tx.sourceDocument.deleteMany();
  await tx.sourceDocument.createMany({ data: data.sources.map(sourceRow) });
  for (const { key, ...c } of data.countries) {
    const row = { ...c, ...nullNotes(c) };
    await tx.country.upsert({ where: { key }, create: { key, ...row }, update: row });
  }
  for (const { key, scale, ...d } of data.dimensions) {
    await tx.dimension.upsert({ where: { key }, create: { key, ...d }, update: d });
    if (scale?.length)
      await tx.scaleLevel.createMany({ data: scale.map((l) => ({ dimensionKey: key, ...l })) });
  }
  for (const { key, ...i } of data.indicators) {
    await tx.indicator.upsert({ where: { key }, create: { key, ...i }, update: i });
  }
  await writeDependents(tx, data);
}

const sourceRow = ({ version, replaces, ...s }: Dataset["sources"][number]) => ({
  ...s,
  version: version ?? 1,
  replaces: replaces ?? null,
  authorEn: s.authorEn ?? null,
  publisher: s.publisher ?? null,
  date: s.date ?? null,
  url: s.url ?? null,
  licence: s.licence ?? null,
  summaryZh: s.summaryZh ?? null,
  summaryEn: s.summaryEn ?? null,
  ...nullNotes(s),
});

async function writeDependents(tx: Tx, data: Dataset) {
  const citations: Prisma.CitationUncheckedCreateInput[] = [];
  for (const a of data.assessments) {
    const row = await tx.assessment.create({
      data: {
        countryKey: a.country,
        dimensionKey: a.dimension,
        summaryZh: a.summaryZh,
        summaryEn: a.summaryEn,
        level: a.level ?? null,
        confidence: a.confidence,
        ...nullNotes(a),
      },
    });
    citations.push(...citationRows(a.citations, { assessmentId: row.id }));
  }
  await tx.timelineEvent.createMany({
    data: data.timeline.map((e) => ({
      key: e.key,
      countryKey: e.country,
      kind: e.kind,
      start: e.start,
      end: e.end ?? null,
      ongoing: e.ongoing ?? false,
      dimensions: e.dimensions ?? [],
      titleZh: e.titleZh,
      titleEn: e.titleEn,
      ...nullNotes(e),
    })),
  });
  data.timeline.forEach((e) => citations.push(...citationRows(e.citations, { eventKey: e.key })));
  await tx.observation.createMany({
    data: data.observations.map((o) => ({
      key: o.key,
      indicatorKey: o.indicator,
      countryKey: o.country,
      value: o.value,
      comparator: o.comparator,
      year: o.year ?? null,
      ...nullNotes(o),
    })),
  });
  data.observations.forEach((o) =>
    citations.push(...citationRows(o.citations, { observationKey: o.key })),
  );
  await tx.actor.createMany({
    data: data.actors.map((a) => ({
      key: a.key,
      countryKey: a.country,
      type: a.type,
      nameZh: a.nameZh,
      nameEn: a.nameEn,
    })),
  });
  for (const actor of data.actors) {
    for (const role of actor.roles) {
      const row = await tx.actorRole.create({
        data: {
          actorKey: actor.key,
          dimensionKey: role.dimension,
          roleZh: role.roleZh,
          roleEn: role.roleEn,
        },
      });
      citations.push(...citationRows(role.citations, { actorRoleId: row.id }));
    }
  }
  await tx.citation.createMany({ data: citations });
}
