import { describe, expect, it } from "vitest";
import { barEndDot, DOT_GAP } from "../marks/bar-end";
import { lanesGeometry, rangeArea } from "./layout";
import type { Lane, LaneItem, LanesData } from "./model";

const item = (key: string, at: number): LaneItem => ({
  key,
  kind: "policy",
  kindLabel: "Policy",
  title: key,
  period: String(Math.floor(at)),
  citations: 1,
  start: Math.floor(at),
  at,
  end: null,
  ongoing: false,
  band: false,
});
const lane = (country: string, items: LaneItem[]): Lane => ({
  country,
  name: country,
  color: "#000",
  detail: null,
  emptyText: "",
  items,
});

// 2000–2019 over 200 px: 10 px a year, starting at the left margin (64 px for short names).
const data: LanesData = {
  lanes: [lane("CN", [item("a", 2010.5)]), lane("JP", [item("b", 2012.5), item("c", 2012.6)])],
  range: { from: 2000, to: 2019, min: 2000, max: 2019 },
  perYear: [],
  kinds: [],
  focusKey: null,
};
const g = lanesGeometry(data, { width: 284, right: 20 });
const { plot, boxes } = g;

describe("rangeArea", () => {
  it("lays the plot out at the width asked", () => {
    expect(plot).toMatchObject({ x: 64, width: 200 });
  });

  it("shades a country's years, both ends included, over its lane only", () => {
    const jp = boxes[1];
    expect(rangeArea({ country: "JP", from: 2010, to: 2012 }, g)).toEqual({
      x: 164,
      y: jp.top,
      width: 30,
      height: jp.height,
    });
    expect(jp.top).toBeGreaterThan(plot.y);
  });

  it("shades every lane when the range has no country, and one year as one year's width", () => {
    expect(rangeArea({ country: null, from: 2005, to: 2005 }, g)).toEqual({
      x: 114,
      y: plot.y,
      width: 10,
      height: plot.height,
    });
  });

  it("cuts a range to the years shown, and leaves out one outside them or on a country not shown", () => {
    expect(rangeArea({ country: null, from: 1990, to: 2001 }, g)).toMatchObject({
      x: 64,
      width: 20,
    });
    expect(rangeArea({ country: "CN", from: 2018, to: 2030 }, g)).toMatchObject({
      x: 244,
      width: 20,
    });
    expect(rangeArea({ country: null, from: 2025, to: 2030 }, g)).toBeNull();
    expect(rangeArea({ country: "US", from: 2010, to: 2012 }, g)).toBeNull();
  });
});

describe("barEndDot", () => {
  it("puts the dot past the end of the bar, on the side it grows towards", () => {
    expect(barEndDot({ x: 200, y: 40, width: 50, height: 28 })).toEqual({
      x: 250 + DOT_GAP,
      y: 54,
    });
    expect(barEndDot({ x: 200, y: 40, width: -50, height: 28 })).toEqual({
      x: 150 - DOT_GAP,
      y: 54,
    });
  });
});
