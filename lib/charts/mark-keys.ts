import { targetKey } from "@/lib/annotations/target-keys";
import type { ChartKey } from "@/lib/view-state/state";

// The key of every drawn mark (`data-mark` on screen and in exported SVG): the annotation target
// it stands for, so the view model, the screen and the export can be compared mark for mark.

export const eventMark = (event: string) => targetKey({ kind: "timeline-event", event });
export const pointMark = (chart: ChartKey, country: string, x: string) =>
  targetKey({ kind: "chart-point", chart, country, x });
export const cellMark = (country: string, dimension: string) =>
  targetKey({ kind: "matrix-cell", country, dimension });
