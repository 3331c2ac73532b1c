"use client";

import { useTranslations } from "next-intl";
import { Bar, BarChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import type { ViewState } from "@/lib/view-state/state";
import { observationFocus, type IndicatorBar, type IndicatorPanel } from "@/lib/views/charts/indicators";
import { DOT_GAP } from "@/lib/views/charts/annotation-marks";
import { textWidth } from "@/lib/views/charts/lane-layout";
import { AnnotationDot } from "./annotation-dot";
import { useSetFocus } from "./use-set-focus";

const ROW = 46;

/** Small multiples: one card per indicator (each has its own unit and scale), one bar per figure. */
export function IndicatorsChart({ panels, silent, state, notes }: { panels: IndicatorPanel[]; silent: string[]; state: ViewState; notes: Record<string, number> }) {
  const setFocus = useSetFocus(state);
  const anyFocused = panels.some((p) => p.bars.some((b) => b.focused));
  // One label margin for every card, so that equal shares of each card's scale look equal; wider
  // when a figure is annotated, so that its dot past the label is not cut off at the card's edge.
  const noted = panels.some((p) => p.bars.some((b) => notes[`${b.country}:${b.key}`]));
  const labelWidth = Math.max(...panels.flatMap((p) => p.bars.map((b) => Math.max(textWidth(b.label, 13), textWidth(b.year, 11))))) + 14 + (noted ? 2 * DOT_GAP : 0);
  return (
    <div>
      {silent.length > 0 && (
        <ul className="chart-silent" data-testid="indicators-silent">
          {silent.map((s) => <li key={s}>{s}</li>)}
        </ul>
      )}
      <div className="indicator-grid">
        {panels.map((panel) => (
          <IndicatorCard key={panel.key} panel={panel} labelWidth={labelWidth} dimmed={anyFocused} notes={notes} onPick={(bar) => setFocus(bar.focused ? null : observationFocus(bar.key))} />
        ))}
      </div>
    </div>
  );
}

function IndicatorCard({ panel, labelWidth, dimmed, notes, onPick }: { panel: IndicatorPanel; labelWidth: number; dimmed: boolean; notes: Record<string, number>; onPick: (bar: IndicatorBar) => void }) {
  const t = useTranslations("indicators");
  const axisWidth = Math.min(150, Math.max(40, ...panel.bars.map((b) => textWidth(b.category, 12) + 10)));
  const focused = panel.bars.some((b) => b.focused);
  return (
    <section className={focused ? "indicator-card is-focused" : "indicator-card"} data-testid={`indicator-${panel.key}`}>
      <h2>{panel.name}</h2>
      <p className="indicator-unit">{t("unit", { unit: panel.unit })}</p>
      <ResponsiveContainer width="100%" height={panel.bars.length * ROW + 8}>
        <BarChart accessibilityLayer={false} data={panel.bars} layout="vertical" margin={{ top: 4, right: labelWidth, bottom: 4, left: 0 }}>
          <XAxis type="number" hide domain={[(min: number) => Math.min(0, min), (max: number) => Math.max(0, max)]} />
          <YAxis type="category" dataKey="category" width={axisWidth} tick={{ fontSize: 12, fill: "#1a1f2b" }} tickLine={false} axisLine={false} />
          <Tooltip cursor={{ fill: "#f0f3f8" }} content={({ active, payload }) => (active && payload?.[0] ? <FigureTooltip panel={panel} bar={payload[0].payload as IndicatorBar} /> : null)} />
          <Bar dataKey="value" barSize={22} isAnimationActive={false} shape={(props: unknown) => <FigureBar {...(props as BarShape)} dimmed={dimmed} notes={notes} onPick={onPick} />} />
        </BarChart>
      </ResponsiveContainer>
      {panel.missing && <p className="indicator-missing">{panel.missing}</p>}
    </section>
  );
}

interface BarShape {
  x: number;
  y: number;
  width: number;
  height: number;
  payload: IndicatorBar;
}

/** A bar with its value label (comparator, number, unit) and year at its end; clicking it opens its evidence. */
function FigureBar({ x, y, width, height, payload: bar, dimmed, notes, onPick }: BarShape & { dimmed: boolean; notes: Record<string, number>; onPick: (bar: IndicatorBar) => void }) {
  const noted = notes[`${bar.country}:${bar.key}`];
  const left = Math.min(x, x + width);
  const end = Math.max(x, x + width) + 6;
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
      <rect x={left} y={y} width={Math.max(2, Math.abs(width))} height={height} rx={3} fill={bar.color} fillOpacity={dimmed && !bar.focused ? 0.4 : 1} stroke={bar.focused ? "#1a1f2b" : "none"} strokeWidth={2} />
      <text x={end} y={y + height / 2 - 2} fontSize={13} fontWeight={600} fill="#1a1f2b">{bar.label}</text>
      <text x={end} y={y + height / 2 + 12} fontSize={11} fill="#5b6475">{bar.year}</text>
      {noted && <AnnotationDot x={end + Math.max(textWidth(bar.label, 13), textWidth(bar.year, 11)) + 14} y={y + height / 2} count={noted} testId={`annotation-point-indicators-${bar.country}-${bar.key}`} />}
    </g>
  );
}

function FigureTooltip({ panel, bar }: { panel: IndicatorPanel; bar: IndicatorBar }) {
  const t = useTranslations("indicators.tooltip");
  return (
    <div className="chart-tooltip">
      <p className="chart-tooltip-title">{panel.name}</p>
      <p><span className="swatch" style={{ background: bar.color }} /> {bar.countryName}</p>
      <p>{t("value")}: <strong>{bar.words}</strong></p>
      <p>{t("year")}: {bar.year}</p>
      <p className="muted">{bar.citations}</p>
    </div>
  );
}
