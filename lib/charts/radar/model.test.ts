import { describe, expect, it } from "vitest";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { buildDevelopmentModel } from "../development-model/model";
import { buildRadar } from "./model";

const state = (params: Record<string, string>, lang: "zh" | "en" = "en") =>
  viewStateOf(params, lang);

describe("buildRadar", () => {
  it("has an axis per maturity scale and a series per country with positions", () => {
    const m = buildRadar(data, state({}));
    expect(m.data.axes.map((a) => [a.key, a.CN, a.JP])).toEqual([
      ["ecosystem", 4, 2],
      ["data-governance", 5, 3],
      ["data-sharing", 4, 2],
    ]);
    expect(m.table.rows[0]).toEqual({
      dimension: "Ecosystem",
      CN: "4 · Largely cooperative",
      JP: "2 · Weak links",
    });
  });

  it("keeps the development model, a direction, off the radar, and says so in the caption", () => {
    const m = buildRadar(data, state({}));
    expect(m.data.axes.map((a) => a.key)).not.toContain("development-model");
    expect(m.marks.some((k) => k.includes("development-model"))).toBe(false);
    expect(m.description).toContain("bottom-up ↔ top-down");
    expect(buildRadar(data, state({}, "zh")).description).toContain("不画在雷达图上");
    // Filtered to the development model alone, the radar has nothing to draw.
    expect(buildRadar(data, state({ dims: "development-model" })).empty).toBe(true);
  });

  it("draws no series for a country without positions, and says so", () => {
    const m = buildRadar(data, state({ countries: "CN,US" }));
    expect(m.data.series.map((s) => s.key)).toEqual(["CN"]);
    expect(m.caveats).toEqual(["United States: the sources give no position on these scales."]);
  });
});

describe("buildDevelopmentModel", () => {
  it("places China right of the middle and Japan left of it", () => {
    const m = buildDevelopmentModel(data, state({}, "zh"));
    expect(m.data.bars.map((b) => [b.country, b.value, b.label])).toEqual([
      ["CN", 1, "以自上而下为主"],
      ["JP", -1, "以自下而上为主"],
    ]);
    expect(m.data.ticks.map((t) => t.value)).toEqual([-2, -1, 0, 1, 2]);
  });
});
