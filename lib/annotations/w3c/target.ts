import type { Dataset } from "@/lib/dataset/schema";
import { findSource } from "@/lib/dataset/sources";
import { anchorPassage, type AnnotationTarget } from "../targets";
import { codePointOffset } from "./offsets";

/** What the export writes IRIs and selectors from: the site's public origin and the published data. */
export interface Site {
  base: string;
  data: Dataset;
}

/** Where a target lives in the dashboard, as a W3C target: a source passage keeps its two selectors. */
export function w3cTarget(t: AnnotationTarget, parentId: string | null, { base, data }: Site) {
  if (parentId) return `${base}/api/v1/annotations/${parentId}`;
  switch (t.kind) {
    case "source-passage":
      return {
        type: "SpecificResource",
        source: `${base}/sources/${t.source}`,
        selector: passageSelector(t, data),
        "scc:target": t,
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

/**
 * A passage's selectors against the source text the source IRI serves now: the quote, and its
 * position in code points where the quote still stands (at its offsets or moved, see
 * anchorPassage). A passage whose text was rewritten keeps only its quote.
 */
function passageSelector(
  t: Extract<AnnotationTarget, { kind: "source-passage" }>,
  data: Site["data"],
) {
  const [quote] = t.selector;
  const source = findSource(data, t.source);
  const at = anchorPassage(t, data);
  if (!source || at.start === undefined || at.end === undefined) return quote;
  return [
    quote,
    {
      type: "TextPositionSelector",
      start: codePointOffset(source, at.start),
      end: codePointOffset(source, at.end),
    },
  ];
}
