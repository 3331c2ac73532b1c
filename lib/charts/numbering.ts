import type { AnnotationView } from "@/lib/annotations/types";
import { markdownToPlain } from "@/lib/markdown/plain";
import { markOfTarget, MAX_NUMBERED, type MarkerTexts } from "./annotations";

export { MAX_NUMBERED };
import type { ChartTarget } from "./types";

// The numbered annotations of an exported image or the report: server-side only (the Markdown
// parser for the legend stays out of the browser's bundle).

export interface NumberedAnnotations {
  /** The numbers on each mark. */
  byMark: Record<string, number[]>;
  ranges: { n: number; country: string | null; from: number; to: number }[];
  legend: { n: number; author: string; text: string }[];
  more: number;
}

export const NO_NUMBERS: NumberedAnnotations = { byMark: {}, ranges: [], legend: [], more: 0 };

/**
 * Numbers the first annotations of the team's threads on a chart, oldest first, so numbers stay
 * put as notes are added. `total` is how many there are in all, when `annotations` are only the
 * first of them.
 */
export function numberAnnotations(
  annotations: AnnotationView[],
  chart: ChartTarget,
  limit = MAX_NUMBERED,
  total?: number,
): NumberedAnnotations {
  const own = annotations
    .filter((a) => a.parentId === null && a.deletedAt === null && a.visibility === "team")
    .sort((a, b) => a.createdAt.localeCompare(b.createdAt));
  const shown = own.slice(0, Math.min(limit, MAX_NUMBERED));
  const byMark: Record<string, number[]> = {};
  const ranges: NumberedAnnotations["ranges"] = [];
  shown.forEach((a, i) => {
    const n = i + 1;
    // A note on several targets carries its number on each that the chart draws.
    for (const t of a.targets) {
      const mark = markOfTarget(t, chart);
      if (mark) (byMark[mark] ??= []).push(n);
      else if (t.kind === "chart-range" && t.chart === chart)
        ranges.push({ n, country: t.country ?? null, from: t.from, to: t.to });
    }
  });
  return {
    byMark,
    ranges,
    legend: shown.map((a, i) => ({
      n: i + 1,
      author: a.author.name,
      text: markdownToPlain(a.body),
    })),
    more: Math.max(own.length, total ?? 0) - shown.length,
  };
}

/** An exported image's markers: the numbers of the legend. */
export const numberMarkers = (n: NumberedAnnotations): MarkerTexts => ({
  byMark: n.byMark,
  ranges: n.ranges.map((r) => ({ ...r, texts: [r.n] })),
});
