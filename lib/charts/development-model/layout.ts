import { fitText, textWidth, wrap } from "../text";
import { TYPE } from "../style";
import type { DevelopmentModelData } from "./model";

const LEFT = 140;
const ROW = 60;
const TOP = 30;
/** Space kept between two neighbouring axis labels. */
const GAP = 8;
/** Height of one line of an axis label. */
export const AXIS_LINE = 14;

type Tick = DevelopmentModelData["ticks"][number];

/**
 * The scale's labels under the axis for a plot of `plot` pixels, as the screen and the export both
 * draw them: every level, wrapped onto at most two lines, when they fit between their neighbours;
 * otherwise every other level (both ends and the middle stay); otherwise the two ends, cut to fit.
 * A level without a label keeps its tick and grid line.
 */
export function axisLabels(ticks: Tick[], plot: number, size: number = TYPE.small) {
  const n = ticks.length;
  const steps = [...new Set([1, 2, Math.max(1, n - 1)])];
  const attempt = (step: number, cut: boolean) => {
    const room = (n > 1 ? (plot * step) / (n - 1) : plot) - GAP;
    const shown = (i: number) => i % step === 0 || (cut && i === n - 1);
    const lines = ticks.map((tick, i) =>
      !shown(i)
        ? []
        : cut
          ? wrap(tick.label, room, size, 2).map((line) => fitText(line, room, size))
          : wrap(tick.label, room, size),
    );
    const fits = lines.every(
      (l) => l.length <= 2 && l.every((line) => textWidth(line, size) <= room),
    );
    return fits || cut ? ticks.map((tick, i) => ({ ...tick, lines: lines[i] })) : null;
  };
  for (const step of steps) {
    const labels = attempt(step, false);
    if (labels) return labels;
  }
  return attempt(Math.max(1, n - 1), true)!;
}

/** How far the last axis label, centred on the plot's right end, reaches past it. */
export const axisOverhang = (labels: { lines: string[] }[], size: number = TYPE.small) =>
  Math.ceil(Math.max(0, ...(labels.at(-1)?.lines ?? []).map((l) => textWidth(l, size))) / 2);

/** Diverging bars around "mixed" at a width: bottom-up to the left, top-down to the right, with their labels. */
export function developmentModelLayout(data: DevelopmentModelData, width: number) {
  const plot = width - LEFT - 40;
  const x = (v: number) => LEFT + ((v + data.extent) / (2 * data.extent)) * plot;
  const bottom = TOP + data.bars.length * ROW;
  const ticks = axisLabels(data.ticks, plot);
  const axisLines = Math.max(1, ...ticks.map((tick) => tick.lines.length));
  const bars = data.bars.map((bar, i) => {
    const y = TOP + i * ROW + 16;
    const w = Math.max(6, Math.abs(x(bar.value) - x(0)));
    const left = bar.value < 0;
    const label = `${bar.level} · ${bar.label}`;
    const labelX = left ? x(0) - w - 8 : x(0) + w + 8;
    const room = textWidth(label, TYPE.small);
    return {
      bar,
      y,
      x: x(0),
      width: left ? -w : w,
      height: 28,
      label,
      labelX,
      anchor: left ? ("end" as const) : ("start" as const),
      markerX: left ? labelX - room - 12 : labelX + room + 12,
    };
  });
  return {
    width,
    height: bottom + 30 + (axisLines - 1) * AXIS_LINE,
    ends: { left: LEFT, right: LEFT + plot },
    ticks: ticks.map((tick) => ({ ...tick, x: x(tick.value), middle: tick.value === 0 })),
    top: TOP,
    bottom,
    bars,
  };
}

export type DevelopmentModelLayout = ReturnType<typeof developmentModelLayout>;
