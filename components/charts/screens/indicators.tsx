"use client";

import { useMarkers } from "@/components/annotations/live-markers";
import { useTranslations } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ChartAnnotations } from "@/lib/charts/annotations";
import { FigureBar, figureLabelWidth, figureMarkerAt } from "@/lib/charts/indicators/marks";
import {
  observationFocus,
  type IndicatorBar,
  type IndicatorPanel,
} from "@/lib/charts/indicators/model";
import { AnnotationMarker } from "@/lib/charts/marks/annotation-marker";
import { DOT_GAP } from "@/lib/charts/marks/bar-end";
import { observationMark } from "@/lib/charts/mark-keys";
import { textWidth } from "@/lib/charts/text";
import type { ViewState } from "@/lib/view-state/state";
import { useSetFocus } from "../use-set-focus";

const ROW = 46;

/** Small multiples: one card per indicator (each has its own unit and scale), one bar per figure, the export's own marks. */
export function IndicatorsScreen({
  panels,
  silent,
  state,
  annotations: given,
}: {
  panels: IndicatorPanel[];
  silent: string[];
  state: ViewState;
  annotations: ChartAnnotations;
}) {
  const annotations = useMarkers(given);
  const setFocus = useSetFocus(state);
  const anyFocused = panels.some((p) => p.bars.some((b) => b.focused));
  const count = (bar: IndicatorBar) => annotations.counts[observationMark(bar.key)];
  // One label margin for every card, so that equal shares of each card's scale look equal; wider
  // when a figure is annotated, so that its marker past the label is not cut off at the card's edge.
  const noted = panels.some((p) => p.bars.some(count));
  const labelWidth =
    Math.max(...panels.flatMap((p) => p.bars.map(figureLabelWidth))) +
    14 +
    (noted ? 2 * DOT_GAP : 0);
  return (
    <div>
      {silent.length > 0 && (
        <ul className="chart-silent" data-testid="indicators-silent">
          {silent.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      <div className="indicator-grid">
        {panels.map((panel) => (
          <IndicatorCard
            key={panel.key}
            panel={panel}
            labelWidth={labelWidth}
            dimmed={anyFocused}
            count={count}
            onPick={(bar) => setFocus(bar.focused ? null : observationFocus(bar.key))}
          />
        ))}
      </div>
    </div>
  );
}

function IndicatorCard({
  panel,
  labelWidth,
  dimmed,
  count,
  onPick,
}: {
  panel: IndicatorPanel;
  labelWidth: number;
  dimmed: boolean;
  count: (bar: IndicatorBar) => number | undefined;
  onPick: (bar: IndicatorBar) => void;
}) {
  const t = useTranslations("indicators");
  const ta = useTranslations("annotations");
  const axisWidth = Math.min(
    150,
    Math.max(40, ...panel.bars.map((b) => textWidth(b.category, 12) + 10)),
  );
  const focused = panel.bars.some((b) => b.focused);
  const shape = (props: unknown) => {
    const {
      x,
      y,
      width,
      height,
      payload: bar,
    } = props as { x: number; y: number; width: number; height: number; payload: IndicatorBar };
    const n = count(bar);
    const at = figureMarkerAt(x, y, width, height, bar);
    return (
      <g
        className="figure-bar"
        data-testid={`bar-${bar.key}`}
        data-focus-id={bar.key}
        data-focused={bar.focused || undefined}
        role="button"
        tabIndex={0}
        aria-label={`${bar.countryName}: ${bar.label}, ${bar.year}`}
        onClick={() => onPick(bar)}
        onKeyDown={(event) => {
          if (event.key === "Enter" || event.key === " ") {
            event.preventDefault();
            onPick(bar);
          }
        }}
      >
        <FigureBar x={x} y={y} width={width} height={height} bar={bar} dimmed={dimmed} />
        {n && (
          <AnnotationMarker
            x={at.x}
            y={at.y}
            text={n > 99 ? "99+" : n}
            target={observationMark(bar.key)}
            label={ta("count", { count: n })}
            testId={`annotation-point-indicators-${bar.country}-${bar.key}`}
          />
        )}
      </g>
    );
  };
  return (
    <section
      className={focused ? "indicator-card is-focused" : "indicator-card"}
      data-testid={`indicator-${panel.key}`}
    >
      <h2>{panel.name}</h2>
      <p className="indicator-unit">{t("unit", { unit: panel.unit })}</p>
      <ResponsiveContainer width="100%" height={panel.bars.length * ROW + 8}>
        <BarChart
          accessibilityLayer={false}
          data={panel.bars}
          layout="vertical"
          margin={{ top: 4, right: labelWidth, bottom: 4, left: 0 }}
        >
          <XAxis
            type="number"
            hide
            domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]}
          />
          <YAxis
            type="category"
            dataKey="category"
            width={axisWidth}
            tick={{ fontSize: 12, fill: "#1a1f2b" }}
            tickLine={false}
            axisLine={false}
          />
          <Tooltip
            cursor={{ fill: "#f0f3f8" }}
            content={({ active, payload }) =>
              active && payload?.[0] ? (
                <FigureTooltip panel={panel} bar={payload[0].payload as IndicatorBar} />
              ) : null
            }
          />
          <Bar dataKey="value" barSize={22} isAnimationActive={false} shape={shape} />
        </BarChart>
      </ResponsiveContainer>
      {panel.missing && <p className="indicator-missing">{panel.missing}</p>}
    </section>
  );
}

function FigureTooltip({ panel, bar }: { panel: IndicatorPanel; bar: IndicatorBar }) {
  const t = useTranslations("indicators.tooltip");
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{panel.name}</p>
      <p>
        <span className="swatch" style={{ background: bar.color }} /> {bar.countryName}
      </p>
      <p>
        {t("value")}: <strong>{bar.words}</strong>
      </p>
      <p>
        {t("year")}: {bar.year}
      </p>
      <p className="muted">{bar.citations}</p>
    </div>
  );
}
