"use client";

import { useMarkers } from "@/components/annotations/live-markers";
import { useTranslations } from "next-intl";
import {
  Legend,
  PolarAngleAxis,
  PolarGrid,
  PolarRadiusAxis,
  Radar,
  RadarChart,
  ResponsiveContainer,
  Tooltip,
} from "recharts";
import type { ChartAnnotations } from "@/lib/charts/annotations";
import { AnnotationMarker } from "@/lib/charts/marks/annotation-marker";
import { assessmentMark } from "@/lib/charts/mark-keys";
import { RadarPoint, RadarPolygon, radarMarkerAt } from "@/lib/charts/radar/marks";
import type { RadarData } from "@/lib/charts/radar/model";

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { key: string; [country: string]: string | number | null };
}

/**
 * The radar on screen: Recharts lays out the grid, the axis labels, the tooltip and the legend; the
 * areas and points are the export's own marks (lib/charts/radar/marks.tsx), with their annotation markers.
 */
export function RadarScreen({
  data,
  annotations: given,
}: {
  data: RadarData;
  annotations: ChartAnnotations;
}) {
  const annotations = useMarkers(given);
  const t = useTranslations("charts");
  const ta = useTranslations("annotations");
  const max = Math.max(...data.axes.map((a) => a.max));
  const Dot = ({
    cx,
    cy,
    payload,
    color,
    country,
  }: DotProps & { color: string; country: string }) => {
    // A country without a position on this axis has no point (Recharts would put it at the centre).
    if (
      cx === undefined ||
      cy === undefined ||
      !payload ||
      payload[country] === null ||
      payload[country] === undefined
    )
      return <g />;
    const mark = assessmentMark(country, payload.key);
    const count = annotations.counts[mark];
    const at = radarMarkerAt(cx, cy);
    return (
      <g>
        <RadarPoint x={cx} y={cy} color={color} country={country} dimension={payload.key} />
        {count && (
          <AnnotationMarker
            x={at.x}
            y={at.y}
            text={count > 99 ? "99+" : count}
            target={mark}
            label={ta("count", { count })}
            testId={`annotation-point-radar-${country}-${payload.key}`}
          />
        )}
      </g>
    );
  };
  return (
    <ResponsiveContainer width="100%" height={440}>
      <RadarChart accessibilityLayer={false} data={data.axes} outerRadius="72%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fontSize: 13 }} />
        <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} />
        {data.series.map((s) => (
          <Radar
            key={s.key}
            name={s.name}
            dataKey={s.key}
            stroke={s.color}
            fill={s.color}
            isAnimationActive={false}
            shape={(props: { points?: { x: number; y: number; value?: unknown }[] }) => (
              <RadarPolygon
                points={(props.points ?? []).filter(
                  (p) => typeof p.value === "number" || Array.isArray(p.value),
                )}
                color={s.color}
                country={s.key}
              />
            )}
            dot={(p: DotProps) => (
              <Dot key={`${s.key}-${p.payload?.key}`} {...p} color={s.color} country={s.key} />
            )}
          />
        ))}
        <Tooltip
          formatter={(value, _name, item) => {
            const axis = (item as { payload?: { key: string } }).payload?.key ?? "";
            return typeof value === "number"
              ? t("tooltip.level", { level: value, label: data.labels[axis]?.[value] ?? "" })
              : "—";
          }}
        />
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}
