import { observationMark } from "../mark-keys";
import { round } from "../marks/annotation-marker";
import { FOCUS_STROKE, INK, TYPE } from "../style";
import { textWidth } from "../text";
import type { IndicatorBar } from "./model";

/** A figure: its bar, and at the bar's end the value as the source words it ("> 500 units") and its year. */
export function FigureBar({
  x,
  y,
  width,
  height,
  bar,
  dimmed = false,
}: {
  x: number;
  y: number;
  width: number;
  height: number;
  bar: IndicatorBar;
  dimmed?: boolean;
}) {
  const left = Math.min(x, x + width);
  const end = Math.max(x, x + width) + 6;
  return (
    <g data-mark={observationMark(bar.key)}>
      <rect
        x={round(left)}
        y={round(y)}
        width={round(Math.max(2, Math.abs(width)))}
        height={round(height)}
        rx={3}
        fill={bar.color}
        fillOpacity={dimmed && !bar.focused ? 0.4 : 1}
        stroke={bar.focused ? FOCUS_STROKE : "none"}
        strokeWidth={2}
      />
      <text
        x={round(end)}
        y={round(y + height / 2 - 2)}
        fontSize={TYPE.label}
        fontWeight={600}
        fill={INK.text}
      >
        {bar.label}
      </text>
      <text x={round(end)} y={round(y + height / 2 + 12)} fontSize={TYPE.tiny} fill={INK.muted}>
        {bar.year}
      </text>
    </g>
  );
}

/** The room a figure's labels take after its bar. */
export const figureLabelWidth = (bar: IndicatorBar) =>
  Math.max(textWidth(bar.label, TYPE.label), textWidth(bar.year, TYPE.tiny));

/** Where a figure's annotation marker goes: past its labels. */
export const figureMarkerAt = (
  x: number,
  y: number,
  width: number,
  height: number,
  bar: IndicatorBar,
) => ({ x: Math.max(x, x + width) + 6 + figureLabelWidth(bar) + 14, y: y + height / 2 });
