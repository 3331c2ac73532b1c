import { stringify } from "csv-stringify/sync";
import { CSV_OPTIONS } from "@/lib/csv/options";
import type { AnnotationView } from "@/lib/annotations/types";
import type { AnnotationTarget } from "./targets";

// Exports of the annotations a user may see: W3C Web Annotation JSON-LD
// (https://www.w3.org/TR/annotation-model/) and CSV.

const SCC = "https://smart-city-compare.local/ns#";

/** Where a target lives in the dashboard, as a W3C target: a source passage keeps its two selectors. */
function w3cTarget(t: AnnotationTarget, base: string, parentId: string | null) {
  if (parentId) return `${base}/api/v1/annotations/${parentId}`;
  switch (t.kind) {
    case "source-passage":
      return {
        type: "SpecificResource",
        source: `${base}/sources/${t.source}`,
        selector: t.selector,
      };
    case "matrix-cell":
      return {
        type: "SpecificResource",
        source: `${base}/matrix?countries=${t.country}&focus=cell:${t.country}:${t.dimension}`,
        "scc:target": t,
      };
    case "timeline-event":
      return {
        type: "SpecificResource",
        source: `${base}/charts/timeline?focus=event:${t.event}`,
        "scc:target": t,
      };
    case "view":
      return { type: "SpecificResource", source: `${base}${t.path}`, "scc:target": t };
    default:
      return { type: "SpecificResource", source: `${base}/charts/${t.chart}`, "scc:target": t };
  }
}

/** One page of the collection; `next` names the following page when there is one. */
export function toJsonLd(
  annotations: AnnotationView[],
  base: string,
  self: string,
  next: string | null = null,
) {
  return {
    "@context": [
      "http://www.w3.org/ns/anno.jsonld",
      // "@json" is JSON-LD 1.1: a 1.0 processor must refuse the document rather than misread it.
      { "@version": 1.1, scc: SCC, "scc:target": { "@id": `${SCC}target`, "@type": "@json" } },
    ],
    id: self,
    type: "AnnotationCollection",
    ...(next ? {} : { total: annotations.length }),
    first: {
      id: `${self}#page`,
      type: "AnnotationPage",
      ...(next ? { next } : {}),
      items: annotations.map((a) => ({
        id: `${base}/api/v1/annotations/${a.id}`,
        type: "Annotation",
        motivation: a.parentId ? "replying" : "commenting",
        created: a.createdAt,
        modified: a.updatedAt,
        creator: { id: `${base}/users/${a.author.id}`, type: "Person", name: a.author.name },
        body: [
          {
            type: "TextualBody",
            value: a.body,
            format: "text/markdown",
            purpose: a.parentId ? "replying" : "commenting",
          },
          ...a.tags.map((tag) => ({ type: "TextualBody", value: tag, purpose: "tagging" })),
        ],
        target: w3cTarget(a.target, base, a.parentId),
        "scc:status": a.status,
        "scc:visibility": a.visibility,
        "scc:version": a.version,
      })),
    },
  };
}

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
