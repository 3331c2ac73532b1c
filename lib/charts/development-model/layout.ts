import { textWidth } from "../text";
import { TYPE } from "../style";
import type { DevelopmentModelData } from "./model";

const LEFT = 140;
const ROW = 60;
const TOP = 30;

/** Diverging bars around "mixed" at a width: bottom-up to the left, top-down to the right, with their labels. */
export function developmentModelLayout(data: DevelopmentModelData, width: number) {
  const plot = width - LEFT - 40;
  const x = (v: number) => LEFT + ((v + data.extent) / (2 * data.extent)) * plot;
  const bottom = TOP + data.bars.length * ROW;
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
    height: bottom + 30,
    ends: { left: LEFT, right: LEFT + plot },
    ticks: data.ticks.map((tick) => ({ ...tick, x: x(tick.value), middle: tick.value === 0 })),
    top: TOP,
    bottom,
    bars,
  };
}

export type DevelopmentModelLayout = ReturnType<typeof developmentModelLayout>;
