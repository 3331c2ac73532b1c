"use client";

import { useMarkers } from "@/components/annotations/live-markers";
import { useTranslations } from "next-intl";
import {
  Bar,
  BarChart,
  CartesianGrid,
  ReferenceLine,
  ResponsiveContainer,
  Tooltip,
  XAxis,
  YAxis,
} from "recharts";
import type { ChartAnnotations } from "@/lib/charts/annotations";
import { PositionBar } from "@/lib/charts/development-model/marks";
import type { DevelopmentModelData } from "@/lib/charts/development-model/model";
import { AnnotationMarker } from "@/lib/charts/marks/annotation-marker";
import { barEndDot } from "@/lib/charts/marks/bar-end";
import { pointMark } from "@/lib/charts/mark-keys";

type Row = DevelopmentModelData["bars"][number];

/**
 * The development-model chart on screen: Recharts lays out the axes and the tooltip; each bar is
 * the export's own mark (lib/charts/development-model/marks.tsx), with its annotation marker.
 */
export function DevelopmentModelScreen({
  data,
  annotations: given,
}: {
  data: DevelopmentModelData;
  annotations: ChartAnnotations;
}) {
  const annotations = useMarkers(given);
  const t = useTranslations("charts");
  const ta = useTranslations("annotations");
  const labelOf = new Map(data.ticks.map((tick) => [tick.value, tick.label]));
  const shape = (props: unknown) => {
    const { x, y, width, height, payload } = props as {
      x: number;
      y: number;
      width: number;
      height: number;
      payload: Row;
    };
    const mark = pointMark("development-model", payload.country, "position");
    const count = annotations.counts[mark];
    const at = barEndDot({ x, y, width, height });
    return (
      <g>
        <PositionBar
          x={x}
          y={y}
          width={width}
          height={height}
          color={payload.color}
          country={payload.country}
        />
        {count && (
          <AnnotationMarker
            x={at.x}
            y={at.y}
            text={count > 99 ? "99+" : count}
            target={mark}
            label={ta("count", { count })}
            testId={`annotation-point-development-model-${payload.country}-position`}
          />
        )}
      </g>
    );
  };
  return (
    <div>
      <div className="diverging-ends" aria-hidden="true">
        <span>{t("developmentModel.bottomUp")}</span>
        <span>{t("developmentModel.topDown")}</span>
      </div>
      <ResponsiveContainer width="100%" height={Math.max(160, 70 * data.bars.length + 60)}>
        <BarChart
          accessibilityLayer={false}
          data={data.bars}
          layout="vertical"
          margin={{ left: 24, right: 32 }}
        >
          <CartesianGrid horizontal={false} />
          <XAxis
            type="number"
            domain={[-data.extent, data.extent]}
            ticks={data.ticks.map((tick) => tick.value)}
            tickFormatter={(v: number) => labelOf.get(v) ?? ""}
            tick={{ fontSize: 12 }}
          />
          <YAxis type="category" dataKey="name" width={110} tick={{ fontSize: 13 }} />
          <ReferenceLine x={0} stroke="#5b6475" />
          <Tooltip
            cursor={{ fill: "#f0f3f8" }}
            formatter={(_value, _name, item) => {
              const bar = (item as { payload?: Row }).payload;
              return bar
                ? [
                    `${t("tooltip.level", { level: bar.level, label: bar.label })} · ${bar.confidence}`,
                    bar.name,
                  ]
                : "";
            }}
            labelFormatter={() => ""}
          />
          <Bar
            dataKey="value"
            isAnimationActive={false}
            barSize={28}
            minPointSize={6}
            shape={shape}
          />
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
