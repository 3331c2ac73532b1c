import type { Prisma } from "@/lib/generated/prisma/client";
import type { Citation, Dataset } from "./schema";

type CitationRow = Prisma.CitationGetPayload<object>;
type Owner = Pick<Prisma.CitationUncheckedCreateInput, "assessmentId" | "eventKey" | "observationKey" | "actorRoleId">;

/** Notes of a row, only when both languages are there. */
export const notesFromRow = (row: { noteZh: string | null; noteEn: string | null }) =>
  row.noteZh !== null && row.noteEn !== null ? { noteZh: row.noteZh, noteEn: row.noteEn } : {};

/** Dataset citations → rows for one owner, keeping their order. */
export function citationRows(citations: Citation[], owner: Owner): Prisma.CitationUncheckedCreateInput[] {
  return citations.map((c, position) => ({
    ...owner,
    position,
    kind: c.kind,
    noteZh: c.noteZh ?? null,
    noteEn: c.noteEn ?? null,
    ...(c.kind === "source"
      ? { sourceKey: c.source, quote: c.quote, start: c.start, end: c.end, translationEn: c.translationEn ?? null }
      : { externalTitle: c.title, publisher: c.publisher, year: c.year, url: c.url }),
  }));
}

/** A row back into the dataset format; absent optional fields are left out, not null. */
export function citationFromRow(row: CitationRow): Citation {
  if (row.kind === "external") {
    return { kind: "external", title: row.externalTitle!, publisher: row.publisher!, year: row.year!, url: row.url!, ...notesFromRow(row) };
  }
  return {
    kind: "source",
    source: row.sourceKey!,
    quote: row.quote!,
    start: row.start!,
    end: row.end!,
    ...(row.translationEn !== null ? { translationEn: row.translationEn } : {}),
    ...notesFromRow(row),
  };
}

/** What a citation is evidence for. */
export type CitedBy =
  | { type: "assessment"; country: string; dimension: string }
  | { type: "event"; key: string; country: string }
  | { type: "observation"; key: string; indicator: string; country: string }
  | { type: "actor-role"; actor: string; dimension: string; country: string };

export interface CitationPlace {
  citation: Citation;
  /** JSON path segments of the citation in the dataset document */
  path: (string | number)[];
  citedBy: CitedBy;
}

/** Every citation of a dataset, with where it stands and what it is evidence for. */
export function* eachCitation(data: Dataset): Generator<CitationPlace> {
  for (const [i, a] of data.assessments.entries()) {
    for (const [j, citation] of a.citations.entries())
      yield { citation, path: ["assessments", i, "citations", j], citedBy: { type: "assessment", country: a.country, dimension: a.dimension } };
  }
  for (const [i, e] of data.timeline.entries()) {
    for (const [j, citation] of e.citations.entries())
      yield { citation, path: ["timeline", i, "citations", j], citedBy: { type: "event", key: e.key, country: e.country } };
  }
  for (const [i, o] of data.observations.entries()) {
    for (const [j, citation] of o.citations.entries())
      yield { citation, path: ["observations", i, "citations", j], citedBy: { type: "observation", key: o.key, indicator: o.indicator, country: o.country } };
  }
  for (const [i, a] of data.actors.entries()) {
    for (const [k, r] of a.roles.entries()) {
      for (const [j, citation] of r.citations.entries())
        yield { citation, path: ["actors", i, "roles", k, "citations", j], citedBy: { type: "actor-role", actor: a.key, dimension: r.dimension, country: a.country } };
    }
  }
}
