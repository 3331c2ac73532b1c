import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "@/lib/csv/options";
import type { AnnotationView } from "@/lib/annotations/types";

// The CSV export of the annotations a user may see; the W3C Web Annotation JSON-LD is in ./w3c.

export const CSV_COLUMNS = [
  "id",
  "parent_id",
  "created",
  "modified",
  "edited",
  "author",
  "status",
  "visibility",
  "target_kind",
  "target",
  "tags",
  "body",
] as const;

const row = (a: AnnotationView) => [
  a.id,
  a.parentId ?? "",
  a.createdAt,
  a.updatedAt,
  a.editedAt ?? "",
  a.author.name,
  a.status,
  a.visibility,
  // Several targets are listed in order, separated by a line break.
  a.targets.map((t) => t.kind).join("\n"),
  a.targetKeys.join("\n"),
  a.tags.join(";"),
  a.body,
];

/**
 * The CSV of batches of annotations, written batch by batch: the byte-order mark and the header
 * come first, also when there are no rows. A cell starting with = + - @ (also after spaces) is not
 * run as a formula by a spreadsheet.
 */
export async function* csvParts(batches: AsyncIterable<AnnotationView[]>) {
  let first = true;
  const options = { ...CSV_OPTIONS, columns: [...CSV_COLUMNS] };
  for await (const batch of batches) {
    yield stringify(batch.map(row), { ...options, bom: first, header: first });
    first = false;
  }
  if (first) yield stringify([], { ...options, header: true });
}
