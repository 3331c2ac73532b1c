import { CHART_KEYS } from "@/lib/view-state/state";
import type { AnnotationTarget, TargetKind } from "./targets";

// Target keys without the schemas: the browser's badges and panel use these, and need no zod.

/** The target as one string, for filters and count badges: `matrix-cell:CN:development-model`. */
export function targetKey(t: AnnotationTarget): string {
  switch (t.kind) {
    case "matrix-cell":
      return `matrix-cell:${t.country}:${t.dimension}`;
    case "chart-point":
      return `chart-point:${t.chart}:${t.country}:${t.x}`;
    case "chart-range":
      return `chart-range:${t.chart}:${t.country ?? "*"}:${t.from}-${t.to}`;
    case "timeline-event":
      return `timeline-event:${t.event}`;
    case "source-passage":
      return `source-passage:${t.source}:${t.selector[1].start}-${t.selector[1].end}`;
    case "view":
      return `view:${t.path}`;
  }
}

/**
 * The target a key names, for the kinds whose key holds the whole target (the marks of the matrix
 * and the charts, and ranges); null for passages and views, whose keys leave out the quote.
 */
export function targetFromKey(key: string): AnnotationTarget | null {
  const [kind, ...parts] = key.split(":");
  if (kind === "matrix-cell" && parts.length === 2)
    return { kind, country: parts[0], dimension: parts[1] };
  if (kind === "chart-point" && parts.length === 3 && isChart(parts[0]))
    return { kind, chart: parts[0], country: parts[1], x: parts[2] };
  if (kind === "timeline-event" && parts.length === 1) return { kind, event: parts[0] };
  const years = parts[2]?.match(/^(\d+)-(\d+)$/);
  if (kind === "chart-range" && parts.length === 3 && years && isLanes(parts[0]))
    return {
      kind,
      chart: parts[0],
      ...(parts[1] === "*" ? {} : { country: parts[1] }),
      from: Number(years[1]),
      to: Number(years[2]),
    };
  return null;
}
const isChart = (v: string): v is (typeof CHART_KEYS)[number] =>
  (CHART_KEYS as readonly string[]).includes(v);
const isLanes = (v: string): v is "timeline" | "data-laws" => v === "timeline" || v === "data-laws";

export const TARGET_KINDS = [
  "matrix-cell",
  "chart-point",
  "chart-range",
  "timeline-event",
  "source-passage",
  "view",
] as const satisfies readonly TargetKind[];
