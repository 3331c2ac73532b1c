"use client";

import { useTranslations } from "next-intl";
import { Legend, PolarAngleAxis, PolarGrid, PolarRadiusAxis, Radar, RadarChart, ResponsiveContainer, Tooltip } from "recharts";
import type { RadarData } from "@/lib/views/charts/radar";

export function RadarChartView({ data }: { data: RadarData }) {
  const t = useTranslations("charts");
  const max = Math.max(...data.axes.map((a) => a.max));
  return (
    <ResponsiveContainer width="100%" height={440}>
      <RadarChart accessibilityLayer={false} data={data.axes} outerRadius="72%">
        <PolarGrid />
        <PolarAngleAxis dataKey="name" tick={{ fontSize: 13 }} />
        <PolarRadiusAxis domain={[0, max]} tickCount={max + 1} angle={90} />
        {data.series.map((s) => (
          <Radar key={s.key} name={s.name} dataKey={s.key} stroke={s.color} fill={s.color} fillOpacity={0.15} strokeWidth={2} dot={{ r: 4 }} isAnimationActive={false} />
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
