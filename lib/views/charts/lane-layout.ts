import type { Lane, LaneItem, LanesData } from "./lanes";

/** Pixel sizes of a lane: stages share a band row on top, the other marks stack in rows below it. */
export const LANE = { pad: 10, band: 38, gap: 6, row: 18, marker: 14, empty: 44 } as const;

export interface PlacedItem extends LaneItem {
  /** Vertical centre of the mark, in pixels from the top of the lanes. */
  y: number;
}

export interface LaneBox {
  lane: Lane;
  top: number;
  height: number;
  items: PlacedItem[];
}

/** Years → pixels across a plot of the given width, for the range shown (the last year included). */
export const yearScale = (range: Pick<LanesData["range"], "from" | "to">, width: number) => (x: number) => ((x - range.from) / (range.to + 1 - range.from)) * width;

/**
 * Gives every mark a row so that none covers another at this width: greedily, in date order, the
 * first row whose last mark (or period line) ends far enough to the left.
 */
export function layoutLanes(lanes: Lane[], range: Pick<LanesData["range"], "from" | "to">, width: number) {
  const px = yearScale(range, width);
  let top = 0;
  const boxes = lanes.map((lane): LaneBox => {
    const stages = lane.items.filter((i) => i.kind === "stage");
    const marks = lane.items.filter((i) => i.kind !== "stage").sort((a, b) => a.at - b.at);
    const bandRow = stages.length > 0 ? LANE.band + LANE.gap : 0;
    const rowEnds: number[] = [];
    const placed = marks.map((item) => {
      const left = px(item.at) - LANE.marker / 2;
      const right = Math.max(px(item.at), item.end === null ? 0 : px(item.end)) + LANE.marker / 2;
      let row = rowEnds.findIndex((end) => end <= left);
      if (row === -1) row = rowEnds.push(right) - 1;
      else rowEnds[row] = right;
      return { ...item, y: top + LANE.pad + bandRow + row * LANE.row + LANE.row / 2 };
    });
    const content = bandRow + rowEnds.length * LANE.row;
    const height = lane.items.length === 0 ? LANE.empty : Math.max(LANE.empty, 2 * LANE.pad + content - (rowEnds.length ? 0 : LANE.gap));
    const box = { lane, top, height, items: [...stages.map((s) => ({ ...s, y: top + LANE.pad + LANE.band / 2 })), ...placed] };
    top += height;
    return box;
  });
  return { boxes, height: top };
}

/** Year ticks at the middle of their year, at most one per `minGap` pixels, on round years. */
export function yearTicks(range: Pick<LanesData["range"], "from" | "to">, width: number, minGap = 44): number[] {
  const span = range.to - range.from + 1;
  const step = [1, 2, 5, 10, 20].find((s) => (span / s) * minGap <= width) ?? 20;
  const first = Math.ceil(range.from / step) * step;
  const ticks: number[] = [];
  for (let year = first; year <= range.to; year += step) ticks.push(year + 0.5);
  return ticks;
}

/** An estimate of a text's width, generous enough for the fonts we ask for: CJK characters a full em, others 0.6 of one. */
const charWidth = (c: string, fontSize: number) => (c.codePointAt(0)! >= 0x2e80 ? fontSize : fontSize * 0.6);
/** A label's width in pixels, for layout and chart margins (CJK characters are square, Latin ones narrower). */
export const textWidth = (text: string, fontSize: number) => [...text].reduce((sum, c) => sum + charWidth(c, fontSize), 0);

/** A label cut to fit a width, with an ellipsis. */
export function fitText(text: string, width: number, fontSize: number): string {
  const widthOf = (c: string) => charWidth(c, fontSize);
  let used = 0;
  for (let i = 0; i < text.length; i++) {
    used += widthOf(text[i]);
    if (used > width) {
      const room = width - fontSize;
      let cut = 0;
      let w = 0;
      while (cut < text.length && w + widthOf(text[cut]) <= room) w += widthOf(text[cut++]);
      return cut === 0 ? "" : `${text.slice(0, cut).trimEnd()}…`;
    }
  }
  return text;
}
