import { describe, expect, it } from "vitest";
import { loadSeedDataset } from "@/prisma/seed";
import type { ViewState } from "@/lib/view-state/state";
import { buildIndicators } from "./model";
import { countryColor } from "@/lib/charts/style";

const data = await loadSeedDataset();
const view = (patch: Partial<ViewState> = {}): ViewState => ({
  countries: ["CN", "JP"],
  dims: null,
  lang: "zh",
  view: "chart",
  from: null,
  to: null,
  focus: null,
  ...patch,
});
const bars = (model: ReturnType<typeof buildIndicators>) =>
  model.data.panels.flatMap((p) => p.bars);

describe("buildIndicators", () => {
  it("draws China's 'more than 500 smart cities' by 2018 with its comparator, unit and year", () => {
    const zh = buildIndicators(data, view());
    const panel = zh.data.panels.find((p) => p.key === "smart-cities")!;
    expect(panel).toMatchObject({ name: "智慧城市数量", unit: "个", missing: null });
    expect(panel.bars).toEqual([
      expect.objectContaining({
        key: "cn-smart-cities-2018",
        countryName: "中国",
        value: 500,
        label: "> 500 个",
        words: "超过 500 个",
        year: "2018 年",
        color: countryColor(data.countries, "CN"),
      }),
    ]);
    const en = buildIndicators(data, view({ lang: "en" })).data.panels.find(
      (p) => p.key === "smart-cities",
    )!;
    expect(en.bars[0]).toMatchObject({
      countryName: "China",
      label: "> 500 cities",
      words: "more than 500 cities",
      year: "2018",
      citations: "1 citation",
    });
  });

  it("writes large numbers compactly in the reader's locale, and says when the source gives no year", () => {
    const office = (lang: "zh" | "en") =>
      bars(buildIndicators(data, view({ lang }))).find(
        (b) => b.key === "cn-office365-enterprise-users",
      )!;
    expect(office("zh")).toMatchObject({
      label: "> 120万 个",
      words: "超过 1,200,000 个",
      year: "未说明年份",
    });
    expect(office("en")).toMatchObject({
      label: "> 1.2M users",
      words: "more than 1,200,000 users",
      year: "year not stated",
    });
    const approx = bars(buildIndicators(data, view({ lang: "en" }))).find(
      (b) => b.key === "cn-smart-city-projects",
    )!;
    expect(approx.label).toBe("≈ 800 projects");
  });

  it("writes a share as a percentage: 约 20%, not 约 20 百分比", () => {
    const energy = (lang: "zh" | "en") =>
      bars(buildIndicators(data, view({ lang }))).find(
        (b) => b.key === "cn-energy-intensity-target-2010",
      )!;
    expect(energy("zh")).toMatchObject({ label: "≈ 20%", words: "约 20%" });
    expect(energy("en")).toMatchObject({ label: "≈ 20%", words: "about 20%" });
    const share = bars(buildIndicators(data, view({ lang: "zh" }))).find(
      (b) => b.key === "cn-world-share-smart-cities",
    )!;
    expect(share.words).toBe("超过 50%");
  });

  it("has one table row per drawn bar, with the exact number", () => {
    const model = buildIndicators(data, view());
    expect(model.table.rows.length).toBe(bars(model).length);
    expect(model.table.rows.length).toBe(
      data.observations.filter((o) => o.country === "CN").length,
    );
    expect(model.table.columns.map((c) => c.key)).toEqual([
      "indicator",
      "country",
      "value",
      "comparator",
      "unit",
      "year",
      "note",
      "citations",
    ]);
    expect(model.table.rows).toContainEqual({
      indicator: "智慧城市数量",
      country: "中国",
      value: 500,
      comparator: "超过",
      unit: "个",
      year: 2018,
      note: null,
      citations: 1,
    });
    const office = model.table.rows.find((r) => r.indicator === "Office 365 企业用户数")!;
    expect(office).toMatchObject({ value: 1_200_000, year: "未说明年份" });
    expect(office.note).toContain("到目前为止");
  });

  it("leaves out countries without figures, and says so once", () => {
    const model = buildIndicators(data, view({ lang: "en" }));
    expect(bars(model).every((b) => b.country === "CN")).toBe(true);
    expect(model.caveats).toEqual([
      "The sources give no figure for Japan on any of these indicators.",
    ]);
    expect(model.data.silent).toEqual(model.caveats);
    expect(model.data.panels.every((p) => p.missing === null)).toBe(true);
    expect(model.sources.length).toBeGreaterThan(0);
  });

  it("draws nothing when no selected country has a figure", () => {
    const model = buildIndicators(data, view({ countries: ["JP", "US"] }));
    expect(model.empty).toBe(true);
    expect(model.data.panels).toEqual([]);
    expect(model.table.rows).toEqual([]);
    expect(model.caveats).toHaveLength(2);
  });

  it("gives the focused observation's details and evidence, and flags a focus it cannot show", () => {
    const en = buildIndicators(
      data,
      view({ lang: "en", focus: "observation:cn-smart-cities-2018" }),
    );
    expect(
      bars(en)
        .filter((b) => b.focused)
        .map((b) => b.key),
    ).toEqual(["cn-smart-cities-2018"]);
    expect(en.data.focus).toMatchObject({
      indicator: "Number of smart cities",
      country: "China",
      figure: "more than 500 cities",
      year: "2018",
    });
    expect(en.data.focus!.evidence[0]).toMatchObject({
      kind: "source",
      quote: "到2018年,智慧城市数量已超过500个,成为名副其实的智慧城市先进国家。",
    });
    expect(en.data.focus!.evidence[0]).toMatchObject({
      translation: expect.stringContaining("By 2018"),
    });
    const zh = buildIndicators(data, view({ focus: "observation:cn-smart-cities-2018" }));
    expect(zh.data.focus!.evidence[0]).toMatchObject({ translation: null });
    expect(buildIndicators(data, view({ focus: "observation:nope" })).data).toMatchObject({
      focus: null,
      focusMissing: true,
    });
    expect(buildIndicators(data, view({ focus: "actor:cn-miit" })).data).toMatchObject({
      focus: null,
      focusMissing: false,
    });
  });
});
