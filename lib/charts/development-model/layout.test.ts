import { describe, expect, it } from "vitest";
import { TYPE } from "../style";
import { textWidth } from "../text";
import { axisLabels, axisOverhang } from "./layout";

// The development model's five levels, as the dataset names them.
const EN = ["Bottom-up", "Mainly bottom-up", "Mixed", "Mainly top-down", "Top-down"];
const ZH = [
  "\u81ea\u4e0b\u800c\u4e0a",
  "\u4ee5\u81ea\u4e0b\u800c\u4e0a\u4e3a\u4e3b",
  "\u6df7\u5408",
  "\u4ee5\u81ea\u4e0a\u800c\u4e0b\u4e3a\u4e3b",
  "\u81ea\u4e0a\u800c\u4e0b",
];
const ticks = (labels: string[]) => labels.map((label, i) => ({ value: i - 2, label }));
const widest = (lines: string[]) => Math.max(0, ...lines.map((l) => textWidth(l, TYPE.small)));

describe("axisLabels", () => {
  it("names every level on one line at an export's width", () => {
    for (const labels of [EN, ZH])
      expect(axisLabels(ticks(labels), 780).map((t) => t.lines)).toEqual(labels.map((l) => [l]));
  });

  it("keeps both ends and the middle, every other level, on a phone", () => {
    const shown = axisLabels(ticks(EN), 200).filter((t) => t.lines.length > 0);
    expect(shown.map((t) => t.lines.join(" "))).toEqual(["Bottom-up", "Mixed", "Top-down"]);
  });

  it("never lets two labels run into each other, at any width, in either language", () => {
    for (const labels of [EN, ZH])
      for (let plot = 60; plot <= 900; plot += 10) {
        const all = axisLabels(ticks(labels), plot);
        const step = plot / (all.length - 1);
        const shown = all.map((t, i) => ({ ...t, at: i * step })).filter((t) => t.lines.length);
        expect(shown.length, `${plot} px`).toBeGreaterThanOrEqual(2);
        expect(shown[0].value).toBe(-2);
        expect(shown.at(-1)!.value).toBe(2);
        for (const t of shown) expect(t.lines.length).toBeLessThanOrEqual(2);
        for (let i = 1; i < shown.length; i++) {
          const gap = shown[i].at - shown[i - 1].at;
          const reach = (widest(shown[i].lines) + widest(shown[i - 1].lines)) / 2;
          expect(reach, `${plot} px, ${shown[i].lines.join(" ")}`).toBeLessThanOrEqual(gap);
        }
      }
  });

  it("says how far the last label reaches past the plot's end", () => {
    const labels = axisLabels(ticks(EN), 780);
    expect(axisOverhang(labels)).toBe(Math.ceil(textWidth("Top-down", TYPE.small) / 2));
  });
});
