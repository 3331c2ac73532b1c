"use client";

import { useTranslations } from "next-intl";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import type { RadarData } from "@/lib/views/charts/radar";
import { AnnotationDot } from "./annotation-dot";

interface DotProps {
  cx?: number;
  cy?: number;
  payload?: { key: string; [country: string]: string | number | null };
}

/** A value dot, and an annotation dot beside it when the point is annotated. */
function RadarDot({ cx, cy, payload, color, country, notes }: DotProps & { color: string; country: string; notes: Record<string, number> }) {
  if (cx === undefined || cy === undefined || !payload) return <g />;
  // A country without a position on this axis has no point (Recharts would put it at the centre).
  if (payload[country] === null || payload[country] === undefined) return <g />;
  const count = notes[`${country}:${payload.key}`];
  return (
    <g>
      <circle cx={cx} cy={cy} r={4} fill="#ffffff" stroke={color} strokeWidth={2} />
      {count && <AnnotationDot x={cx + 11} y={cy - 11} count={count} testId={`annotation-point-radar-${country}-${payload.key}`} />}
    </g>
  );
}

/** `notes`: annotations per point (`country:dimension`), drawn as dots with their count beside the value. */
export function RadarChartView({ data, notes }: { data: RadarData; notes: Record<string, number> }) {
  const t = useTranslations("charts");
  const max = Math.max(...data.axes.map((a) => a.max));
  return (
    <ResponsiveContainer width="100%" height={440}>
      <RadarChart accessibilityLayer={false} data={data.axes} outerRadius="72%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fontSize: 13 }} />
        <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} />
        {data.series.map((s) => (
          <Radar key={s.key} name={s.name} dataKey={s.key} stroke={s.color} fill={s.color} fillOpacity={0.15} strokeWidth={2} dot={(p: DotProps) => <RadarDot key={`${s.key}-${p.payload?.key}`} {...p} color={s.color} country={s.key} notes={notes} />} isAnimationActive={false} />
        ))}
        <Tooltip
          formatter={(value, _name, item) => {
            const axis = (item as { payload?: { key: string } }).payload?.key ?? "";
            return typeof value === "number" ? t("tooltip.level", { level: value, label: data.labels[axis]?.[value] ?? "" }) : "—";
          }}
        />
        <Legend />
      </RadarChart>
    </ResponsiveContainer>
  );
}
