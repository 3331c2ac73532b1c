"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, CartesianGrid, Cell, LabelList, ReferenceLine, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { barEndDot } from "@/lib/views/charts/annotation-marks";
import type { DevelopmentModelData } from "@/lib/views/charts/development-model";
import { AnnotationDot } from "./annotation-dot";

interface NoteProps {
  x?: number | string;
  y?: number | string;
  width?: number | string;
  height?: number | string;
  value?: unknown;
}

/** An annotation dot at the end of a country's bar when its position is annotated. */
function PositionNote({ x, y, width, height, value, notes }: NoteProps & { notes: Record<string, number> }) {
  const count = notes[`${String(value)}:position`];
  if (!count) return null;
  const at = barEndDot({ x: Number(x), y: Number(y), width: Number(width), height: Number(height) });
  return <AnnotationDot x={at.x} y={at.y} count={count} testId={`annotation-point-development-model-${String(value)}-position`} />;
}

export function DevelopmentModelChart({ data, notes }: { data: DevelopmentModelData; notes: Record<string, number> }) {
  const t = useTranslations("charts");
  const labelOf = new Map(data.ticks.map((tick) => [tick.value, tick.label]));
  return (
    <div>
      <div className="diverging-ends" aria-hidden="true">
        <span>{t("developmentModel.bottomUp")}</span>
        <span>{t("developmentModel.topDown")}</span>
      </div>
      <ResponsiveContainer width="100%" height={Math.max(160, 70 * data.bars.length + 60)}>
        <BarChart accessibilityLayer={false} data={data.bars} layout="vertical" margin={{ left: 24, right: 32 }}>
          <CartesianGrid horizontal={false} />
          <XAxis type="number" domain={[-data.extent, data.extent]} ticks={data.ticks.map((tick) => tick.value)} tickFormatter={(v: number) => labelOf.get(v) ?? ""} tick={{ fontSize: 12 }} />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 13 }} />
          <ReferenceLine x={0} stroke="#5b6475" />
          <Tooltip
            cursor={{ fill: "#f0f3f8" }}
            formatter={(_value, _name, item) => {
              const bar = (item as { payload?: DevelopmentModelData["bars"][number] }).payload;
              return bar ? [`${t("tooltip.level", { level: bar.level, label: bar.label })} · ${bar.confidence}`, bar.name] : "";
            }}
            labelFormatter={() => ""}
          />
          <Bar dataKey="value" isAnimationActive={false} barSize={28} minPointSize={6}>
            {data.bars.map((bar) => <Cell key={bar.country} fill={bar.color} />)}
            <LabelList dataKey="country" content={(p) => <PositionNote {...(p as NoteProps)} notes={notes} />} />
          </Bar>
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
