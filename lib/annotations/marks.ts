import type { AnnotationView } from "@/lib/annotations/types";

/** An annotated point of a chart: where the marker goes, and how many annotations it has. */
export interface PointMark {
  country: string;
  x: string;
  count: number;
}
/** An annotated span of years (country null: all lanes). */
export interface RangeMark {
  country: string | null;
  from: number;
  to: number;
  count: number;
  /** The first line (up to 80 characters) of the newest annotation on the range, for the tooltip. */
  label: string;
}
export interface ChartMarks {
  points: PointMark[];
  ranges: RangeMark[];
  /** Annotations per timeline event key (timeline-event targets and the chart's own points). */
  events: Record<string, number>;
}

export const NO_MARKS: ChartMarks = { points: [], ranges: [], events: {} };

/** The markers a chart draws for the annotations a user can see (deleted ones excluded). */
export function chartMarks(annotations: AnnotationView[], chart: string): ChartMarks {
  const points = new Map<string, PointMark>();
  const ranges = new Map<string, RangeMark>();
  const events: Record<string, number> = {};
  const lanes = chart === "timeline" || chart === "data-laws";
  for (const a of annotations) {
    if (a.deletedAt) continue;
    const t = a.target;
    if (t.kind === "chart-point" && t.chart === chart) {
      const x = String(t.x);
      const key = `${t.country}:${x}`;
      const mark = points.get(key) ?? { country: t.country, x, count: 0 };
      mark.count += 1;
      points.set(key, mark);
      if (lanes) events[x] = (events[x] ?? 0) + 1;
    } else if (t.kind === "chart-range" && t.chart === chart) {
      const key = `${t.country ?? "*"}:${t.from}-${t.to}`;
      const mark = ranges.get(key) ?? { country: t.country ?? null, from: t.from, to: t.to, count: 0, label: a.body.split("\n")[0].slice(0, 80) };
      mark.count += 1;
      ranges.set(key, mark);
    } else if (t.kind === "timeline-event" && lanes) {
      events[t.event] = (events[t.event] ?? 0) + 1;
    }
  }
  return { points: [...points.values()], ranges: [...ranges.values()], events };
}

/** Annotations per chart point, keyed `country:x`: what a chart needs to draw its dots. */
export const pointCounts = (marks: ChartMarks): Record<string, number> => Object.fromEntries(marks.points.map((p) => [`${p.country}:${p.x}`, p.count]));
