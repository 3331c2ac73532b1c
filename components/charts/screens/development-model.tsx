"use client";

import { DEVELOPMENT_MODEL } from "@/lib/dataset/directions";

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
import { AXIS_LINE, axisLabels, axisOverhang } from "@/lib/charts/development-model/layout";
import type { DevelopmentModelData } from "@/lib/charts/development-model/model";
import { textWidth } from "@/lib/charts/text";
import { TYPE } from "@/lib/charts/style";
import { useWidth } from "../lanes/use-width";
import { AnnotationMarker } from "@/lib/charts/marks/annotation-marker";
import { barEndDot } from "@/lib/charts/marks/bar-end";
import { assessmentMark } from "@/lib/charts/mark-keys";

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
  const [box, width] = useWidth<HTMLDivElement>();
  // On a phone the country names' column and the margins shrink, so the bars keep their room.
  const narrow = width > 0 && width < 560;
  const names = Math.max(...data.bars.map((bar) => textWidth(bar.name, 13)), 0) + 12;
  const axis = narrow ? Math.min(110, Math.max(40, Math.ceil(names))) : 110;
  // The same labels as the export, for the plot's width: wrapped, or every other level when tight.
  const labelsFor = (right: number) =>
    axisLabels(data.ticks, Math.max(0, (width || 640) - (narrow ? 4 : 24) - right - axis));
  const base = narrow ? 16 : 32;
  // The last label is centred on the plot's right end: the margin holds its right half.
  const right = Math.max(base, axisOverhang(labelsFor(base)) + 4);
  const margin = { left: narrow ? 4 : 24, right };
  const labels = labelsFor(right);
  const linesOf = new Map(labels.map((tick) => [tick.value, tick.lines]));
  const axisLines = Math.max(1, ...labels.map((tick) => tick.lines.length));
  const tick = (props: unknown) => {
    const { x, y, payload } = props as { x: number; y: number; payload: { value: number } };
    return (
      <text x={x} y={y + 12} textAnchor="middle" fontSize={TYPE.small} fill="#666">
        {(linesOf.get(payload.value) ?? []).map((line, i) => (
          <tspan key={i} x={x} dy={i === 0 ? 0 : AXIS_LINE}>
            {line}
          </tspan>
        ))}
      </text>
    );
  };
  const shape = (props: unknown) => {
    const { x, y, width, height, payload } = props as {
      x: number;
      y: number;
      width: number;
      height: number;
      payload: Row;
    };
    const mark = assessmentMark(payload.country, DEVELOPMENT_MODEL);
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
    <div ref={box}>
      <div
        className="diverging-ends"
        aria-hidden="true"
        style={{ paddingLeft: margin.left + axis, paddingRight: margin.right }}
      >
        <span>{t("developmentModel.bottomUp")}</span>
        <span>{t("developmentModel.topDown")}</span>
      </div>
      <ResponsiveContainer
        width="100%"
        height={Math.max(160, 70 * data.bars.length + 60 + (axisLines - 1) * AXIS_LINE)}
      >
        <BarChart accessibilityLayer={false} data={data.bars} layout="vertical" margin={margin}>
          <CartesianGrid horizontal={false} />
          <XAxis
            type="number"
            domain={[-data.extent, data.extent]}
            ticks={data.ticks.map((tick) => tick.value)}
            interval={0}
            height={30 + (axisLines - 1) * AXIS_LINE}
            tick={tick}
          />
          <YAxis type="category" dataKey="name" width={axis} tick={{ fontSize: 13 }} />
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
