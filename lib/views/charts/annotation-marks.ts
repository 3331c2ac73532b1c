import type { RangeMark } from "@/lib/annotations/marks";
import type { LaneBox } from "./lane-layout";

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}
/** A chart axis scale as Recharts hands it out: a value to pixels, undefined off the domain. */
type Scale = (value: number) => number | undefined;

/**
 * Where an annotated span of years is shaded: from the start of `from` to the end of `to` (a year
 * runs from x = year to year + 1), cut to the plot, over its country's lane or every lane when it
 * has none. Null when the span lies outside the years shown or its country has no lane here.
 */
export function rangeArea(range: Pick<RangeMark, "country" | "from" | "to">, boxes: LaneBox[], plot: Area, x: Scale, y: Scale): Area | null {
  const lane = range.country === null ? null : boxes.find((b) => b.lane.country === range.country);
  if (range.country !== null && !lane) return null;
  const clamp = (value: number) => Math.min(plot.x + plot.width, Math.max(plot.x, value));
  const x0 = clamp(x(range.from) ?? plot.x);
  const x1 = clamp(x(range.to + 1) ?? plot.x + plot.width);
  if (x1 - x0 < 1) return null;
  return lane ? { x: x0, y: y(lane.top) ?? plot.y, width: x1 - x0, height: lane.height } : { x: x0, y: plot.y, width: x1 - x0, height: plot.height };
}

/** Room between a bar's end and the centre of its annotation dot (the dot's radius is 9). */
export const DOT_GAP = 12;

/** The centre of a bar's annotation dot: just past the bar's end, on whichever side the bar grows. */
export function barEndDot(bar: Area): { x: number; y: number } {
  return { x: bar.x + bar.width + (bar.width >= 0 ? DOT_GAP : -DOT_GAP), y: bar.y + bar.height / 2 };
}
