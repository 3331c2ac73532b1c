import { describe, expect, it } from "vitest";
import { renderSvg } from "@/lib/export/image/render";
import { EXPORT_TARGETS } from "@/lib/export/request";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { chartImage } from "./chart-image";
import { CHARTS } from "./registry";

// The same marks in the view model and in the exported image, for every chart (the screen is
// compared with both in e2e/chart-parity.spec.ts).

const marksIn = (svg: string) => [...svg.matchAll(/data-mark="([^"]+)"/g)].map((m) => m[1]).sort();

describe.each([["CN,JP"], ["CN,JP,US,SG,KR,EU"]])("chart marks with %s", (countries) => {
  it.each(EXPORT_TARGETS)("%s: the export draws exactly the view model's marks", async (chart) => {
    const state = { ...viewStateOf({ countries }, "en"), view: "table" as const };
    const model = CHARTS[chart].build(data, state);
    expect(model.marks.length, chart).toBeGreaterThan(0);
    expect(new Set(model.marks).size).toBe(model.marks.length);
    expect(marksIn(await renderSvg(chartImage(chart, data, state, null)))).toEqual(
      [...model.marks].sort(),
    );
  });
});
