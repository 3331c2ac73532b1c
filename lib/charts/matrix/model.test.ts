import { describe, expect, it } from "vitest";
import { buildMatrix } from "./model";
import { seedData as data, viewStateOf } from "@/testing/seed-data";

const stateOf = viewStateOf;

describe("buildMatrix", () => {
  it("has every dimension × China and Japan, with the development-model contrast", () => {
    const m = buildMatrix(data, stateOf({})).data;
    expect(m.rows.map((r) => r.key)).toEqual(data.dimensions.map((d) => d.key));
    const dev = m.rows.find((r) => r.key === "development-model")!;
    expect(dev.cells.map((c) => [c.country, c.level, c.levelLabel])).toEqual([
      ["CN", 4, "以自上而下为主"],
      ["JP", 2, "以自下而上为主"],
    ]);
    expect(dev.cells[0].citations).toBe(4);
  });

  it("leaves a cell empty where the sources are silent", () => {
    const cell = buildMatrix(data, stateOf({}))
      .data.rows.find((r) => r.key === "security-compliance")!
      .cells.find((c) => c.country === "JP")!;
    expect(cell).toMatchObject({ summary: null, level: null, citations: 0 });
  });

  it("details the focused cell: rubric, evidence with translations in English", () => {
    const m = buildMatrix(data, stateOf({ focus: "cell:JP:development-model" }, "en")).data;
    expect(m.detail).toMatchObject({
      countryName: "Japan",
      dimensionName: "Development model",
      level: 2,
    });
    expect(m.detail!.rubric!.find((r) => r.current)!.label).toBe("Mainly bottom-up");
    const first = m.detail!.evidence[0];
    expect(first.kind === "source" && first.quote).toContain("自下而上");
    expect(first.kind === "source" && first.translation).toBeTruthy();
    expect(first.kind === "source" && first.href).toMatch(
      /^\/sources\/cn-jp-comparison\?countries=CN,JP&lang=en&focus=passage:\d+-\d+#passage-/,
    );
  });

  it("shows no translation in Chinese mode, and reports a focus that is not in the view", () => {
    const zh = buildMatrix(data, stateOf({ focus: "cell:CN:drivers" })).data;
    expect(zh.detail!.evidence.every((e) => e.kind !== "source" || e.translation === null)).toBe(
      true,
    );
    expect(buildMatrix(data, stateOf({ focus: "cell:US:drivers" })).data.focusMissing).toBe(true);
  });

  it("keeps only the chosen dimensions", () => {
    expect(
      buildMatrix(data, stateOf({ dims: "drivers,stages" })).data.rows.map((r) => r.key),
    ).toEqual(["drivers", "stages"]);
  });
});
