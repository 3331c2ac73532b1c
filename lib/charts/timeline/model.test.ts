import { describe, expect, it } from "vitest";
import { loadSeedDataset } from "@/prisma/seed";
import type { ViewState } from "@/lib/view-state/state";
import { formatPeriod } from "@/lib/dataset/localize";
import { dateX } from "@/lib/charts/lanes/model";
import { buildTimeline } from "@/lib/charts/timeline/model";

const data = await loadSeedDataset();
const NOW = new Date(Date.UTC(2025, 5, 1));
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
const lane = (model: ReturnType<typeof buildTimeline>, country: string) =>
  model.data.chart.lanes.find((l) => l.country === country)!;
const bands = (model: ReturnType<typeof buildTimeline>, country: string) =>
  lane(model, country).items.filter((i) => i.band);

describe("buildTimeline", () => {
  it("draws China's four stages as bands with their years, the fourth ongoing to the edge of the axis", () => {
    const model = buildTimeline(data, view(), NOW);
    expect(bands(model, "CN").map((b) => [b.title, b.period])).toEqual([
      ["第一阶段：初步形成期", "1999 年–2008 年"],
      ["第二阶段：布局期", "2009 年–2015 年"],
      ["第三阶段：新过渡期", "2016 年–2018 年"],
      ["第四阶段：新的发展阶段", "2020 年至今"],
    ]);
    expect(bands(model, "CN").map((b) => [b.start, b.end, b.ongoing])).toEqual([
      [1999, 2009, false],
      [2009, 2016, false],
      [2016, 2019, false],
      [2020, null, true],
    ]);
    expect(model.data.chart.range).toEqual({ from: 1999, to: 2025, min: 1999, max: 2025 });
  });

  it("writes the periods in English in English mode", () => {
    const model = buildTimeline(data, view({ lang: "en" }), NOW);
    expect(bands(model, "CN").map((b) => b.period)).toEqual([
      "1999–2008",
      "2009–2015",
      "2016–2018",
      "2020–present",
    ]);
    expect(model.title).toBe("Stages and policy timeline");
  });

  it("draws Japan's 2008 stage, which has no end, as a point and says so, with its note in the caption", () => {
    const model = buildTimeline(data, view({ lang: "en" }), NOW);
    const stage = lane(model, "JP").items.find((i) => i.kind === "stage")!;
    expect(stage).toMatchObject({
      band: false,
      end: null,
      ongoing: false,
      at: 2008.5,
      period: "2008, end not stated",
    });
    expect(model.caveats.some((n) => n.includes("only two names are given"))).toBe(true);
    // China's garbled stage paragraphs are noted too.
    expect(
      model.caveats.some((n) => n.startsWith("Stage 2: layout:") && n.includes("breaks off")),
    ).toBe(true);
  });

  it("places dates on the year axis: a year is a cell, a month a twelfth of it", () => {
    expect([dateX("2014", "start"), dateX("2014", "mid"), dateX("2014", "end")]).toEqual([
      2014, 2014.5, 2015,
    ]);
    expect(dateX("2014-08", "mid")).toBeCloseTo(2014 + 7.5 / 12);
    expect(dateX("2020-04", "end")).toBeCloseTo(2020 + 4 / 12);
  });

  it("marks policies, laws, standards, pilots and events, and lists the kinds drawn for the legend", () => {
    const model = buildTimeline(data, view(), NOW);
    expect(model.data.chart.kinds.map((k) => k.kind)).toEqual([
      "stage",
      "policy",
      "law",
      "standard",
      "pilot",
      "event",
    ]);
    expect(model.data.chart.kinds.map((k) => k.label)).toEqual([
      "阶段",
      "政策",
      "法律",
      "标准",
      "试点",
      "事件",
    ]);
    const law = lane(model, "JP").items.find((i) => i.kind === "law")!;
    expect(law).toMatchObject({
      key: "jp-data-utilization-act-2016",
      kindLabel: "法律",
      citations: 1,
      band: false,
    });
  });

  it("keeps to the years asked for: events overlapping from–to, ongoing stages included", () => {
    const model = buildTimeline(data, view({ from: 2016, to: 2018 }), NOW);
    const keys = model.data.chart.lanes.flatMap((l) => l.items.map((i) => i.key));
    expect(keys).toContain("cn-stage-3");
    expect(keys).toContain("cn-urbanisation-plan-2014-03"); // 2014–2020 overlaps
    expect(keys).toContain("jp-data-utilization-act-2016");
    expect(keys).not.toContain("cn-stage-2");
    expect(keys).not.toContain("cn-stage-4");
    expect(model.data.chart.range).toMatchObject({ from: 2016, to: 2018, min: 1999, max: 2025 });
    expect(
      buildTimeline(data, view({ from: 2022, to: 2024 }), NOW).data.chart.lanes[0].items.map(
        (i) => i.key,
      ),
    ).toEqual(["cn-stage-4"]);
    // The overview strip counts every year the zoom can reach.
    expect(model.data.chart.perYear).toHaveLength(2025 - 1999 + 1);
    expect(model.data.chart.perYear.find((y) => y.year === 2012)?.count).toBe(3);
  });

  it("has one table row per drawn event, in lane order, with its period, citations and note", () => {
    for (const state of [
      view(),
      view({ from: 2010, to: 2016, lang: "en" }),
      view({ countries: ["JP", "CN"] }),
    ]) {
      const model = buildTimeline(data, state, NOW);
      const drawn = model.data.chart.lanes.flatMap((l) =>
        l.items.map((i) => [l.name, i.kindLabel, i.period, i.title, i.citations]),
      );
      expect(
        model.table.rows.map((r) => [r.country, r.kind, r.period, r.title, r.citations]),
      ).toEqual(drawn);
    }
    const rows = buildTimeline(data, view({ lang: "en" }), NOW).table.rows;
    const stage1 = rows.find((r) => r.title === "Stage 1: initial formation")!;
    const event = data.timeline.find((e) => e.key === "cn-stage-1")!;
    expect(stage1).toMatchObject({
      country: "China",
      kind: "Stage",
      period: formatPeriod(event, "en"),
      citations: 2,
      note: event.noteEn,
    });
    expect(rows.filter((r) => r.country === "China")).toHaveLength(
      data.timeline.filter((e) => e.country === "CN").length,
    );
  });

  it("names the sources of the events shown", () => {
    expect(buildTimeline(data, view(), NOW).sources).toEqual([
      expect.stringContaining("《中日智慧城市建设"),
      expect.stringMatching(/^黎明《/),
    ]);
    const onlyJapan = buildTimeline(
      data,
      view({ from: 2016, to: 2016, countries: ["JP", "US"] }),
      NOW,
    );
    expect(onlyJapan.sources).toHaveLength(1);
  });

  it("never turns a one-sided range beyond the data inside out", () => {
    expect(buildTimeline(data, view({ from: 2030 }), NOW).data.chart.range).toMatchObject({
      from: 2030,
      to: 2030,
    });
    expect(buildTimeline(data, view({ to: 1995 }), NOW).data.chart.range).toMatchObject({
      from: 1995,
      to: 1995,
    });
    // Only the ongoing stage reaches 2030.
    expect(buildTimeline(data, view({ from: 2030 }), NOW).table.rows.map((r) => r.title)).toEqual([
      "第四阶段：新的发展阶段",
    ]);
  });

  it("says which countries have nothing, for thin countries and for an empty year range", () => {
    const model = buildTimeline(data, view({ countries: ["CN", "US", "SG"], lang: "en" }), NOW);
    expect(model.caveats.slice(0, 2)).toEqual([
      "United States: the sources name no dated event.",
      "Singapore: the sources name no dated event.",
    ]);
    expect(lane(model, "US").items).toEqual([]);
    const zh = buildTimeline(data, view({ countries: ["US", "KR"] }), NOW);
    expect(zh.empty).toBe(true);
    expect(zh.caveats).toEqual([
      "美国：来源中没有带日期的事件。",
      "韩国：来源中没有带日期的事件。",
    ]);
    const gap = buildTimeline(data, view({ from: 2019, to: 2019 }), NOW);
    expect(lane(gap, "JP").emptyText).toBe("日本：2019–2019 年间没有事件。");
  });

  it("shows the focused event's details with its evidence, and says when the key does not exist", () => {
    const focus = buildTimeline(data, view({ focus: "event:cn-stage-2", lang: "en" }), NOW).data
      .focus;
    expect(focus).toMatchObject({
      status: "found",
      key: "cn-stage-2",
      title: "Stage 2: layout",
      period: "2009–2015",
      kind: "Stage",
      country: "China",
      shown: true,
    });
    if (focus.status !== "found") throw new Error("not found");
    expect(focus.evidence).toHaveLength(2);
    expect(focus.evidence[0]).toMatchObject({
      kind: "source",
      sourceKey: "cn-jp-comparison",
      quote: "第二阶段(2009-2015)是智慧城市发展的布局期。",
    });
    expect(focus.evidence[0].kind === "source" && focus.evidence[0].translation).toBeTruthy();
    expect(focus.evidence[0].kind === "source" && focus.evidence[0].href).toMatch(
      /^\/sources\/cn-jp-comparison\?.*focus=passage:638-665#passage-638-665$/,
    );
    expect([focus.previous, focus.next]).toEqual(["cn-concept-2008", "cn-first-pilots-2011"]);
    const zh = buildTimeline(data, view({ focus: "event:cn-stage-2" }), NOW).data.focus;
    expect(
      zh.status === "found" && zh.evidence[0].kind === "source" && zh.evidence[0].translation,
    ).toBeNull();
    expect(buildTimeline(data, view({ focus: "event:no-such-event" }), NOW).data.focus).toEqual({
      status: "missing",
      key: "no-such-event",
    });
    expect(buildTimeline(data, view({ focus: "cell:CN:drivers" }), NOW).data.focus).toEqual({
      status: "none",
      first: "cn-stage-1",
    });
    const outside = buildTimeline(
      data,
      view({ focus: "event:cn-stage-1", from: 2016, to: 2020 }),
      NOW,
    );
    expect(outside.data.focus).toMatchObject({
      status: "found",
      shown: false,
      previous: null,
      next: null,
    });
    expect(outside.data.chart.focusKey).toBe("cn-stage-1");
  });
});
