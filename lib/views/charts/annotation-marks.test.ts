import { describe, expect, it } from "vitest";
import { barEndDot, DOT_GAP, rangeArea } from "./annotation-marks";
import { layoutLanes, yearScale } from "./lane-layout";
import type { Lane, LaneItem } from "./lanes";

const item = (key: string, at: number): LaneItem => ({
  key, kind: "policy", kindLabel: "Policy", title: key, period: String(Math.floor(at)), citations: 1, start: Math.floor(at), at, end: null, ongoing: false, band: false,
});
const lane = (country: string, items: LaneItem[]): Lane => ({ country, name: country, color: "#000", detail: null, emptyText: "", items });

// 2000–2019 over 200 px starting at x = 100: 10 px a year. The lanes start at y = 30.
const range = { from: 2000, to: 2019 };
const { boxes, height } = layoutLanes([lane("CN", [item("a", 2010.5)]), lane("JP", [item("b", 2012.5), item("c", 2012.6)])], range, 200);
const plot = { x: 100, y: 30, width: 200, height };
const x = (value: number) => plot.x + yearScale(range, plot.width)(value);
const y = (value: number) => plot.y + value;

describe("rangeArea", () => {
  it("shades a country's years, both ends included, over its lane only", () => {
    const jp = boxes[1];
    expect(rangeArea({ country: "JP", from: 2010, to: 2012 }, boxes, plot, x, y)).toEqual({ x: 200, y: 30 + jp.top, width: 30, height: jp.height });
    expect(jp.top).toBeGreaterThan(0);
  });

  it("shades every lane when the range has no country, and one year as one year's width", () => {
    expect(rangeArea({ country: null, from: 2005, to: 2005 }, boxes, plot, x, y)).toEqual({ x: 150, y: 30, width: 10, height });
  });

  it("cuts a range to the years shown, and leaves out one outside them or on a country not shown", () => {
    expect(rangeArea({ country: null, from: 1990, to: 2001 }, boxes, plot, x, y)).toMatchObject({ x: 100, width: 20 });
    expect(rangeArea({ country: "CN", from: 2018, to: 2030 }, boxes, plot, x, y)).toMatchObject({ x: 280, width: 20 });
    expect(rangeArea({ country: null, from: 2025, to: 2030 }, boxes, plot, x, y)).toBeNull();
    expect(rangeArea({ country: "US", from: 2010, to: 2012 }, boxes, plot, x, y)).toBeNull();
  });
});

describe("barEndDot", () => {
  it("puts the dot past the end of the bar, on the side it grows towards", () => {
    expect(barEndDot({ x: 200, y: 40, width: 50, height: 28 })).toEqual({ x: 250 + DOT_GAP, y: 54 });
    expect(barEndDot({ x: 200, y: 40, width: -50, height: 28 })).toEqual({ x: 150 - DOT_GAP, y: 54 });
  });
});
