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

export function toCsv(annotations: AnnotationView[]): string {
  return stringify(
    annotations.map((a) => [
      a.id,
      a.parentId ?? "",
      a.createdAt,
      a.updatedAt,
      a.editedAt ?? "",
      a.author.name,
      a.status,
      a.visibility,
      a.target.kind,
      a.targetKey,
      a.tags.join(";"),
      a.body,
    ]),
    // A cell starting with = + - @ (also after spaces) is not run as a formula by a spreadsheet.
    { ...CSV_OPTIONS, header: true, columns: [...CSV_COLUMNS] },
  );
}
