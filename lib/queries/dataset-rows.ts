import "server-only";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Citation } from "@/lib/dataset/schema";

// Dataset values ↔ database rows: what import and export share.

type CitationRow = Prisma.CitationGetPayload<object>;
type Owner = Pick<
  Prisma.CitationUncheckedCreateInput,
  "assessmentId" | "eventKey" | "observationKey" | "actorRoleId"
>;

/** Notes of a row, only when both languages are there. */
export const notesFromRow = (row: { noteZh: string | null; noteEn: string | null }) =>
  row.noteZh !== null && row.noteEn !== null ? { noteZh: row.noteZh, noteEn: row.noteEn } : {};

/** Dataset citations → rows for one owner, keeping their order. */
export function citationRows(
  citations: Citation[],
  owner: Owner,
): Prisma.CitationUncheckedCreateInput[] {
  return citations.map((c, position) => ({
    ...owner,
    position,
    kind: c.kind,
    noteZh: c.noteZh ?? null,
    noteEn: c.noteEn ?? null,
    ...(c.kind === "source"
      ? {
          sourceKey: c.source,
          sourceVersion: c.version ?? 1,
          quote: c.quote,
          start: c.start,
          end: c.end,
          translationEn: c.translationEn ?? null,
        }
      : { externalTitle: c.title, publisher: c.publisher, year: c.year, url: c.url }),
  }));
}

/** A row back into the dataset format; absent optional fields are left out, not null. */
export function citationFromRow(row: CitationRow): Citation {
  if (row.kind === "external") {
    return {
      kind: "external",
      title: row.externalTitle!,
      publisher: row.publisher!,
      year: row.year!,
      url: row.url!,
      ...notesFromRow(row),
    };
  }
  return {
    kind: "source",
    source: row.sourceKey!,
    ...(row.sourceVersion !== null && row.sourceVersion !== 1
      ? { version: row.sourceVersion }
      : {}),
    quote: row.quote!,
    start: row.start!,
    end: row.end!,
    ...(row.translationEn !== null ? { translationEn: row.translationEn } : {}),
    ...notesFromRow(row),
  };
}
