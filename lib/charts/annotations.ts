import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { DEVELOPMENT_MODEL, DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";
import type { ChartTarget } from "./types";
import { targetKey } from "@/lib/annotations/target-keys";

// Annotations on a chart's marks: counted for the screen's markers, numbered for an exported
// image's markers and legend. Both go through markOfTarget, so they agree on where a note shows.

const isLanes = (chart: ChartTarget) => chart === "timeline" || chart === "data-laws";

/**
 * The mark a target stands on in a chart (or the matrix); null when the chart draws no such mark.
 * A fact has the same mark on every chart that draws it: an assessment in the matrix, on the radar
 * (scales that are a direction excepted) and, for the development model, as its bar.
 */
export function markOfTarget(t: AnnotationTarget, chart: ChartTarget): string | null {
  switch (t.kind) {
    case "assessment": {
      const direction = DIRECTION_DIMENSIONS.has(t.dimension);
      const drawn =
        chart === "matrix" ||
        (chart === "radar" && !direction) ||
        (chart === "development-model" && t.dimension === DEVELOPMENT_MODEL);
      return drawn ? targetKey(t) : null;
    }
    case "event":
      return isLanes(chart) ? targetKey(t) : null;
    case "observation":
      return chart === "indicators" ? targetKey(t) : null;
    case "actor":
      return chart === "actors" ? targetKey(t) : null;
    default:
      return null;
  }
}

/** An annotated span of years (country null: all lanes). */
export interface RangeAnnotation {
  country: string | null;
  from: number;
  to: number;
  count: number;
  /** The first line (up to 80 characters) of the first annotation on the range, for the tooltip. */
  label: string;
}

export interface ChartAnnotations {
  /** Annotations per mark key. */
  counts: Record<string, number>;
  ranges: RangeAnnotation[];
}

export const NO_ANNOTATIONS: ChartAnnotations = { counts: {}, ranges: [] };

/** Annotations grouped by target: how many, and the first line of the first one (a range's tooltip). */
export interface TargetCount {
  target: AnnotationTarget;
  count: number;
  label: string;
}

/** What a chart's markers say on screen, from its annotations counted per target. */
export function chartCounts(groups: TargetCount[], chart: ChartTarget): ChartAnnotations {
  const counts: Record<string, number> = {};
  const ranges = new Map<string, RangeAnnotation>();
  for (const { target: t, count, label } of groups) {
    const mark = markOfTarget(t, chart);
    if (mark) counts[mark] = (counts[mark] ?? 0) + count;
    else if (t.kind === "chart-range" && t.chart === chart) {
      const key = `${t.country ?? "*"}:${t.from}-${t.to}`;
      const range = ranges.get(key) ?? {
        country: t.country ?? null,
        from: t.from,
        to: t.to,
        count: 0,
        label: label.split("\n")[0].slice(0, 80),
      };
      range.count += count;
      ranges.set(key, range);
    }
  }
  return { counts, ranges: [...ranges.values()] };
}

/**
 * The markers after one change: `delta` annotations more (or fewer) on `target`. A mark whose
 * count falls to nothing loses its marker; a new range takes `label` as its tooltip.
 */
export function patchMarkers(
  a: ChartAnnotations,
  target: AnnotationTarget,
  delta: number,
  chart: ChartTarget,
  label: string,
): ChartAnnotations {
  const change = chartCounts([{ target, count: delta, label }], chart);
  const counts = { ...a.counts };
  for (const [mark, n] of Object.entries(change.counts)) {
    const count = (counts[mark] ?? 0) + n;
    if (count > 0) counts[mark] = count;
    else delete counts[mark];
  }
  const ranges = a.ranges.map((r) => ({ ...r }));
  for (const r of change.ranges) {
    const same = ranges.find((x) => x.country === r.country && x.from === r.from && x.to === r.to);
    if (same) same.count += r.count;
    else ranges.push(r);
  }
  return { counts, ranges: ranges.filter((r) => r.count > 0) };
}

/** What a chart's markers say on screen, for the annotations a user can see (deleted ones left out). */
export function chartAnnotations(
  annotations: AnnotationView[],
  chart: ChartTarget,
): ChartAnnotations {
  return chartCounts(
    annotations
      .filter((a) => !a.deletedAt)
      .flatMap((a) => a.targets.map((target) => ({ target, count: 1, label: a.body }))),
    chart,
  );
}

/** At most this many annotations are numbered in an image; the legend says how many more there are. */
export const MAX_NUMBERED = 20;

/** What a drawing's annotation markers say: a count on screen, the legend's numbers in an export. */
export interface MarkerTexts {
  byMark: Record<string, (string | number)[]>;
  ranges: {
    country: string | null;
    from: number;
    to: number;
    texts: (string | number)[];
    label?: string;
  }[];
  /** On screen: "3 annotations", the accessible name of a marker. */
  describe?: (count: number) => string;
}

export const NO_MARKERS: MarkerTexts = { byMark: {}, ranges: [] };

/** The screen's markers: one per mark with its count (99+ at most). */
export function countMarkers(
  a: ChartAnnotations,
  describe: (count: number) => string,
  rangeLabel: (r: RangeAnnotation) => string,
): MarkerTexts {
  return {
    byMark: Object.fromEntries(
      Object.entries(a.counts).map(([mark, count]) => [mark, [count > 99 ? "99+" : count]]),
    ),
    ranges: a.ranges.map((r) => ({
      country: r.country,
      from: r.from,
      to: r.to,
      texts: [r.count],
      label: rangeLabel(r),
    })),
    describe,
  };
}
