import { fitText, textWidth } from "../text";
import { TYPE } from "../style";
import type { Lane, LaneItem, LanesData } from "./model";

// The geometry of a lanes chart (timeline, data-laws), the same on screen and in an export: where
// every lane, band, symbol, annotated range and tick goes at a given width.

/** Pixel sizes of a lane: stages share a band row on top, the other marks stack in rows below it. */
export const LANE = { pad: 10, band: 38, gap: 6, row: 18, marker: 14, empty: 44 } as const;
export const AXIS_HEIGHT = 26;
const LEGEND_HEIGHT = 26;

export interface PlacedItem extends LaneItem {
  /** Vertical centre of the mark, in pixels from the top of the lanes. */
  y: number;
  /** The words beside the mark (exports only), or null. */
  label: string | null;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  height: number;
  items: PlacedItem[];
}

export interface Area {
  x: number;
  y: number;
  width: number;
  height: number;
}

type YearRange = Pick<LanesData["range"], "from" | "to">;

/** Years → pixels across a plot of the given width, for the range shown (the last year included). */
export const yearScale = (range: YearRange, width: number) => (x: number) =>
  ((x - range.from) / (range.to + 1 - range.from)) * width;

/** The widest label beside a mark, and the gap before it. */
export const LABEL = { max: 190, gap: 9 } as const;

/** A mark's label: its title, or its part before a colon or bracket, cut to LABEL.max. */
export function markLabel(title: string): string {
  const short = title.split(/[\uFF1A:\uFF08(]/)[0].trim() || title;
  const chosen = textWidth(title, TYPE.tiny) <= LABEL.max ? title : short;
  return fitText(chosen, LABEL.max, TYPE.tiny);
}

/**
 * Gives every mark a row so that none covers another at this width: greedily, in date order, the
 * first row whose last mark (or period line, or label) ends far enough to the left. With
 * `labels`, each mark keeps room for its title after it, so the labels never overlap either.
 */
export function layoutLanes(lanes: Lane[], range: YearRange, width: number, labels = false) {
  const px = yearScale(range, width);
  let top = 0;
  const boxes = lanes.map((lane): LaneBox => {
    const stages = lane.items.filter((i) => i.kind === "stage");
    const marks = lane.items.filter((i) => i.kind !== "stage").sort((a, b) => a.at - b.at);
    const bandRow = stages.length > 0 ? LANE.band + LANE.gap : 0;
    const rowEnds: number[] = [];
    const placed = marks.map((item) => {
      const left = px(item.at) - LANE.marker / 2;
      const label = labels ? markLabel(item.title) : null;
      const end = Math.max(px(item.at), item.end === null ? 0 : px(item.end));
      const right = label
        ? end + LABEL.gap + textWidth(label, TYPE.tiny) + LANE.marker / 2
        : end + LANE.marker / 2;
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) row = rowEnds.push(right) - 1;
      else rowEnds[row] = right;
      return { ...item, label, y: top + LANE.pad + bandRow + row * LANE.row + LANE.row / 2 };
    });
    const content = bandRow + rowEnds.length * LANE.row;
    const height =
      lane.items.length === 0
        ? LANE.empty
        : Math.max(LANE.empty, 2 * LANE.pad + content - (rowEnds.length ? 0 : LANE.gap));
    const box = {
      lane,
      top,
      height,
      items: [
        ...stages.map((s) => ({ ...s, label: null, y: top + LANE.pad + LANE.band / 2 })),
        ...placed,
      ],
    };
    top += height;
    return box;
  });
  return { boxes, height: top };
}

/** Year ticks at the middle of their year, at most one per `minGap` pixels, on round years. */
export function yearTicks(range: YearRange, width: number, minGap = 44): number[] {
  const span = range.to - range.from + 1;
  const step = [1, 2, 5, 10, 20].find((s) => (span / s) * minGap <= width) ?? 20;
  const first = Math.ceil(range.from / step) * step;
  const ticks: number[] = [];
  for (let year = first; year <= range.to; year += step) ticks.push(year + 0.5);
  return ticks;
}

/** A stage as drawn: a band from start to end (an ongoing one to the edge), or a flag up to the next stage where the end is not known. */
export interface StageShape {
  item: PlacedItem;
  x0: number;
  x1: number;
  top: number;
  /** Its place among the lane's stages, for the alternating tints. */
  index: number;
}

/** A dated mark as drawn: its symbol's centre, and the end of its period line. */
export interface EventShape {
  item: PlacedItem;
  cx: number;
  cy: number;
  lineEnd: number | null;
}

export interface LanesGeometry {
  width: number;
  height: number;
  /** The lanes' area; the axis is below it. */
  plot: Area;
  /** Lanes with their tops in drawing coordinates. */
  boxes: LaneBox[];
  stages: StageShape[];
  events: EventShape[];
  ticks: { x: number; year: number }[];
  /** The kinds legend above the lanes (exports only; the screen shows it as HTML). */
  legend: { kind: LanesData["kinds"][number]; x: number }[] | null;
  /** Years → x in the plot, clamped to it. */
  x: (year: number) => number;
}

/**
 * Lays a lanes chart out at `width`. The left margin fits the lane names; `right` leaves room
 * (on screen, for the year brush's labels); `legend` puts the kinds above the lanes; `labels`
 * writes each mark's title beside it (exports, where there is no tooltip).
 */
export function lanesGeometry(
  data: LanesData,
  options: {
    width: number;
    right?: number;
    legend?: boolean;
    labels?: boolean;
    range?: YearRange;
  },
): LanesGeometry {
  const range = options.range ?? data.range;
  const labels = Math.max(
    0,
    ...data.lanes.map((l) =>
      Math.max(textWidth(l.name, TYPE.label) * 1.1, l.detail ? textWidth(l.detail, TYPE.tiny) : 0),
    ),
  );
  const left = Math.round(Math.min(options.width / 4, Math.max(64, labels + 16)));
  const top = (options.legend ? LEGEND_HEIGHT : 0) + 4;
  const plotWidth = Math.max(120, options.width - left - (options.right ?? 20));
  // Marks outside the range leave (while a zoom is being dragged, before the server answers).
  const lanes = data.lanes.map((l) => ({
    ...l,
    items: l.items.filter(
      (i) => i.start < range.to + 1 && (i.ongoing || (i.end ?? i.at) > range.from),
    ),
  }));
  const laid = layoutLanes(lanes, range, plotWidth, options.labels ?? false);
  const plot = { x: left, y: top, width: plotWidth, height: laid.height };
  const scale = yearScale(range, plotWidth);
  const x = (year: number) => left + Math.min(plotWidth, Math.max(0, scale(year)));
  const boxes = laid.boxes.map((b) => ({
    ...b,
    top: b.top + top,
    items: b.items.map((i) => ({ ...i, y: i.y + top })),
  }));
  const stages = boxes.flatMap((box) => {
    const list = box.items.filter((i) => i.kind === "stage");
    return list.map((item, index): StageShape => {
      const next = list[index + 1];
      const x0 = x(item.band ? item.start : item.at);
      const x1 = item.band
        ? item.ongoing
          ? left + plotWidth
          : x(item.end!)
        : next
          ? x(next.start)
          : left + plotWidth;
      return { item, x0, x1, top: item.y - LANE.band / 2, index };
    });
  });
  const events = boxes.flatMap((box) =>
    box.items
      .filter((i) => i.kind !== "stage")
      .map((item): EventShape => ({
        item,
        cx: x(item.at),
        cy: item.y,
        lineEnd: item.end === null ? null : x(item.end),
      })),
  );
  let legendX = 0;
  const legend = options.legend
    ? data.kinds.map((kind) => {
        const at = legendX;
        legendX += 34 + textWidth(kind.label, TYPE.small);
        return { kind, x: at };
      })
    : null;
  return {
    width: options.width,
    height: top + laid.height + AXIS_HEIGHT,
    plot,
    boxes,
    stages,
    events,
    ticks: yearTicks(range, plotWidth).map((year) => ({ x: x(year), year: Math.floor(year) })),
    legend,
    x,
  };
}

/**
 * Where an annotated span of years is shaded: from the start of `from` to the end of `to` (a year
 * runs from x = year to year + 1), cut to the plot, over its country's lane or every lane when it
 * has none. Null when the span lies outside the years shown or its country has no lane here.
 */
export function rangeArea(
  range: { country: string | null; from: number; to: number },
  geometry: Pick<LanesGeometry, "boxes" | "plot" | "x">,
): Area | null {
  const { boxes, plot, x } = geometry;
  const lane = range.country === null ? null : boxes.find((b) => b.lane.country === range.country);
  if (range.country !== null && !lane) return null;
  const x0 = x(range.from);
  const x1 = x(range.to + 1);
  if (x1 - x0 < 1) return null;
  return lane
    ? { x: x0, y: lane.top, width: x1 - x0, height: lane.height }
    : { x: x0, y: plot.y, width: x1 - x0, height: plot.height };
}
