import type { AnnotationTarget } from "../targets";

/** Where a target lives in the dashboard, as a W3C target: a source passage keeps its two selectors. */
export function w3cTarget(t: AnnotationTarget, base: string, parentId: string | null) {
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
