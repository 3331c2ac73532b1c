import { describe, expect, it } from "vitest";
import { loadSeedDataset } from "@/prisma/seed";
import { cnJpView } from "@/testing/seed-data";
import { buildDataLaws } from "./model";

const data = await loadSeedDataset();
const NOW = new Date(Date.UTC(2025, 5, 1));
const view = cnJpView;
const keysOf = (model: ReturnType<typeof buildDataLaws>, country: string) =>
  model.data.chart.lanes.find((l) => l.country === country)!.items.map((i) => i.key);

describe("buildDataLaws", () => {
  it("shows China's and Japan's policies, laws and standards on the data dimensions", () => {
    const model = buildDataLaws(data, view(), NOW);
    expect(keysOf(model, "CN")).toEqual([
      "cn-spatiotemporal-pilot-notice-2012",
      "cn-spatiotemporal-outline-2015",
      "cn-spatiotemporal-outline-revision-2017",
      "cn-spatiotemporal-outline-revision-2019",
      "cn-infosec-guideline-2020-04",
    ]);
    expect(keysOf(model, "JP")).toEqual(["jp-data-utilization-act-2016"]);
    // Events and stages are not rules, even on a data dimension (Azure in China, 2014).
    expect(model.data.chart.kinds.map((k) => k.kind)).toEqual(["policy", "law", "standard"]);
  });

  it("has one table row per drawn rule, with date, kind, dimension names and citations", () => {
    const model = buildDataLaws(data, view(), NOW);
    expect(model.table.columns.map((c) => c.key)).toEqual([
      "country",
      "date",
      "kind",
      "title",
      "dimensions",
      "citations",
    ]);
    const drawn = model.data.chart.lanes.flatMap((l) =>
      l.items.map((i) => [l.name, i.period, i.kindLabel, i.title, i.citations]),
    );
    expect(model.table.rows.map((r) => [r.country, r.date, r.kind, r.title, r.citations])).toEqual(
      drawn,
    );
    expect(model.table.rows.at(-1)).toEqual({
      country: "Japan",
      date: "2016",
      kind: "Law",
      title: "Basic Act on the Advancement of Public and Private Sector Data Utilization enacted",
      dimensions: "Data governance, Data sharing",
      citations: 1,
    });
    expect(model.table.rows[4]).toMatchObject({
      date: "Apr 2020",
      kind: "Standard",
      dimensions: "Data governance, Security and compliance",
    });
  });

  it("writes Chinese in Chinese mode", () => {
    const model = buildDataLaws(data, view({ lang: "zh" }), NOW);
    expect(model.title).toBe("数据与个人信息规则");
    expect(model.table.rows.at(-1)).toMatchObject({
      country: "日本",
      date: "2016 年",
      kind: "法律",
      title: "《促进公共和私人数据利用基本法》颁布",
      dimensions: "数据治理、数据共享",
    });
    expect(model.data.context?.lines[0]).toMatch(/^中国：等级 5\/5，/);
  });

  it("gives each country's data-governance position as context, and its note", () => {
    const model = buildDataLaws(data, view({ countries: ["CN", "JP", "US"] }), NOW);
    expect(model.data.context?.lines).toEqual([
      "China: level 5 of 5, Dedicated national standards and guidelines",
      "Japan: level 3 of 5, National legal framework",
      "United States: the sources give no position on this scale",
    ]);
    expect(model.data.chart.lanes.map((l) => l.detail)).toEqual([
      "Data governance 5/5",
      "Data governance 3/5",
      null,
    ]);
    expect(model.caveats).toContain("The sources name no data rule for United States.");
    expect(
      model.caveats.some(
        (n) => n.startsWith("Japan · Data governance:") && n.includes("does not mean none exist"),
      ),
    ).toBe(true);
    // The rule notes that say where the source is garbled are in the caption.
    expect(model.caveats.some((n) => n.includes("repeats '信息安全'"))).toBe(true);
  });

  it("keeps to the years asked for", () => {
    const model = buildDataLaws(data, view({ from: 2016, to: 2019 }), NOW);
    expect(keysOf(model, "CN")).toEqual([
      "cn-spatiotemporal-outline-revision-2017",
      "cn-spatiotemporal-outline-revision-2019",
    ]);
    expect(keysOf(model, "JP")).toEqual(["jp-data-utilization-act-2016"]);
    expect(model.table.rows).toHaveLength(3);
    const none = buildDataLaws(data, view({ from: 2021, to: 2024 }), NOW);
    expect(none.empty).toBe(true);
    expect(none.caveats.slice(0, 2)).toEqual([
      "China: nothing between 2021 and 2024.",
      "Japan: nothing between 2021 and 2024.",
    ]);
  });

  it("opens the details of a rule, and does not know events that are not data rules", () => {
    const found = buildDataLaws(data, view({ focus: "event:jp-data-utilization-act-2016" }), NOW)
      .data.focus;
    expect(found).toMatchObject({
      status: "found",
      country: "Japan",
      kind: "Law",
      dimensions: ["Data governance", "Data sharing"],
      previous: "cn-infosec-guideline-2020-04",
      next: null,
    });
    expect(buildDataLaws(data, view({ focus: "event:cn-stage-1" }), NOW).data.focus).toEqual({
      status: "missing",
      key: "cn-stage-1",
    });
  });

  it("names its sources, assessments' included", () => {
    expect(buildDataLaws(data, view(), NOW).sources).toEqual([
      expect.stringContaining("“China and Japan compared"),
    ]);
  });
});
