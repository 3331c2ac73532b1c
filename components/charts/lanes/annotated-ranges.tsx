"use client";

import { useTranslations } from "next-intl";
import { usePlotArea, useXAxisScale, useYAxisScale } from "recharts";
import type { RangeMark } from "@/lib/annotations/marks";
import { rangeArea } from "@/lib/views/charts/annotation-marks";
import type { LaneBox } from "@/lib/views/charts/lane-layout";
import { ANNOTATION_COLOR } from "@/lib/views/charts/palette";

/** Annotated spans of years: a shaded area over a country's lane, or over every lane, with its count. */
export function AnnotatedRanges({ boxes, ranges, chart }: { boxes: LaneBox[]; ranges: RangeMark[]; chart: string }) {
  const t = useTranslations("annotations");
  const plot = usePlotArea();
  const x = useXAxisScale();
  const y = useYAxisScale();
  if (!plot || !x || !y || ranges.length === 0) return null;
  return (
    <g className="annotated-ranges">
      {ranges.map((r) => {
        const area = rangeArea(r, boxes, plot, x, y);
        if (!area) return null;
        const label = `${r.from === r.to ? r.from : `${r.from}–${r.to}`}: ${t("count", { count: r.count })}${r.label ? ` · ${r.label}` : ""}`;
        return (
          <g key={`${r.country ?? "all"}-${r.from}-${r.to}`} data-testid={`annotation-range-${chart}-${r.country ?? "all"}-${r.from}-${r.to}`} role="img" aria-label={label}>
            <title>{label}</title>
            <rect {...area} fill={ANNOTATION_COLOR} fillOpacity={0.1} stroke={ANNOTATION_COLOR} strokeOpacity={0.6} strokeDasharray="4 3" />
            <text x={area.x + 4} y={area.y + 11} fontSize={10} fontWeight={700} fill={ANNOTATION_COLOR}>{r.count}</text>
          </g>
        );
      })}
    </g>
  );
}
