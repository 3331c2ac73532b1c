import { describe, expect, it } from "vitest";
import { buildOverview, datasetCounts } from "./overview";
import { seedData as data, viewStateOf } from "@/testing/seed-data";

const overview = (lang: "zh" | "en", params: Record<string, string> = {}) =>
  buildOverview(data, viewStateOf(params, lang));

describe("buildOverview", () => {
  it("contrasts the development model of China and Japan", () => {
    const dev = overview("en").headlines.find((h) => h.key === "development-model")!;
    expect(dev.cells.map((c) => [c.country, c.levelLabel])).toEqual([
      ["CN", "Mainly top-down"],
      ["JP", "Mainly bottom-up"],
    ]);
    expect(dev.cells[0].href).toBe(
      "/matrix?countries=CN,JP&lang=en&focus=cell:CN:development-model",
    );
  });

  it("lists each country's dated data rules", () => {
    const rules = overview("en")
      .headlines.find((h) => h.key === "data-governance")!
      .cells.map((c) => c.rules.map((r) => r.date));
    expect(rules[0]).toEqual(["2012", "2015", "2017", "2019", "Apr 2020"]);
    expect(rules[1]).toEqual(["2016"]);
  });

  it("gives key indicators with comparator, unit and year, and names countries without any", () => {
    const o = overview("zh");
    expect(o.indicators.find((i) => i.key === "cn-smart-cities-2018")).toMatchObject({
      value: "超过 500 个",
      year: "2018 年",
    });
    expect(o.countriesWithoutIndicators).toEqual(["日本"]);
  });
});

describe("datasetCounts", () => {
  it("counts the snapshot", () => {
    expect(datasetCounts(data)).toEqual({
      countries: 7,
      dimensions: 10,
      assessments: 25,
      events: 25,
      citations: 159,
      sources: 2,
    });
  });
});

describe("buildOverview on a dataset without a headline dimension", () => {
  it("shows the other contrasts instead of failing", () => {
    const partial = {
      ...data,
      dimensions: data.dimensions.filter((d) => d.key !== "drivers"),
      assessments: data.assessments.filter((a) => a.dimension !== "drivers"),
    };
    const o = buildOverview(partial, viewStateOf({}, "en"));
    expect(o.headlines.map((h) => h.key)).toEqual([
      "development-model",
      "actors",
      "data-governance",
    ]);
  });
});
