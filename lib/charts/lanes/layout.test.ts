import { describe, expect, it } from "vitest";
import {
  LABEL,
  LANE,
  layoutLanes,
  markLabel,
  yearScale,
  yearTicks,
} from "@/lib/charts/lanes/layout";
import { TYPE } from "@/lib/charts/style";
import { fitText, textWidth } from "@/lib/charts/text";
import type { Lane, LaneItem } from "@/lib/charts/lanes/model";

const mark = (key: string, at: number, patch: Partial<LaneItem> = {}): LaneItem => ({
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
  ...patch,
});
const lane = (items: LaneItem[], country = "CN"): Lane => ({
  country,
  name: country,
  color: "#000",
  detail: null,
  emptyText: "",
  items,
});
const range = { from: 2000, to: 2019 };

describe("layoutLanes", () => {
  it("puts marks that would touch in separate rows, and reuses a row once it is free", () => {
    // 20 years over 200 px: 10 px a year, so marks less than 1.4 years apart collide.
    const { boxes } = layoutLanes(
      [lane([mark("a", 2010.5), mark("b", 2010.6), mark("c", 2015.5)])],
      range,
      200,
    );
    const y = Object.fromEntries(boxes[0].items.map((i) => [i.key, i.y]));
    expect(y.b - y.a).toBe(LANE.row);
    expect(y.c).toBe(y.a);
  });

  it("keeps a row busy until the end of a mark's period", () => {
    const { boxes } = layoutLanes(
      [lane([mark("plan", 2014.2, { end: 2021 }), mark("later", 2018.5)])],
      range,
      200,
    );
    const [plan, later] = boxes[0].items;
    expect(later.y).toBe(plan.y + LANE.row);
  });

  it("gives stages a band row above the marks, stacks lanes, and keeps empty lanes readable", () => {
    const stage = mark("s1", 2004.5, { kind: "stage", start: 2000, end: 2009, band: true });
    const { boxes, height } = layoutLanes(
      [lane([stage, mark("a", 2003.5)]), lane([], "US")],
      range,
      400,
    );
    expect(boxes[0].items[0]).toMatchObject({ key: "s1", y: LANE.pad + LANE.band / 2 });
    expect(boxes[0].items[1].y).toBe(LANE.pad + LANE.band + LANE.gap + LANE.row / 2);
    expect(boxes[1]).toMatchObject({ top: boxes[0].height, height: LANE.empty });
    expect(height).toBe(boxes[0].height + LANE.empty);
  });
});

describe("labelled marks (exports)", () => {
  it("writes every mark's title beside it and keeps the next mark of its row clear of the words", () => {
    const marks = [
      mark("Cabinet strategy on a super smart society", 2010.5),
      mark("Act on the protection of personal information", 2011.5),
      mark("Pilot cities", 2013.5, { end: 2015 }),
      mark("Outline", 2016.5),
    ];
    const px = yearScale(range, 600);
    const { boxes } = layoutLanes([lane(marks)], range, 600, true);
    const items = boxes[0].items;
    expect(items.map((i) => i.label)).toEqual(marks.map((m) => markLabel(m.title)));
    expect(items.filter((i) => i.label === i.title)).toHaveLength(2);
    for (const a of items)
      for (const b of items) {
        if (a === b || a.y !== b.y || b.at <= a.at) continue;
        const labelEnd =
          Math.max(px(a.at), a.end === null ? 0 : px(a.end)) +
          LABEL.gap +
          textWidth(a.label!, TYPE.tiny);
        expect(labelEnd).toBeLessThanOrEqual(px(b.at) - LANE.marker / 2);
      }
    // Without labels (the screen, which has tooltips) the same marks share fewer rows.
    const bare = layoutLanes([lane(marks)], range, 600).boxes[0].items;
    expect(new Set(bare.map((i) => i.y)).size).toBeLessThan(new Set(items.map((i) => i.y)).size);
    expect(bare.every((i) => i.label === null)).toBe(true);
  });

  it("shortens a long title to its part before a colon, and cuts what is still too wide", () => {
    expect(markLabel("Society 5.0: human-centred")).toBe("Society 5.0: human-centred");
    expect(markLabel("Society 5.0: a super smart, human-centred society")).toBe("Society 5.0");
    const long = `Plan: ${"very ".repeat(40)}long`;
    expect(markLabel(long)).toBe("Plan");
    expect(textWidth(markLabel("x".repeat(80)), TYPE.tiny)).toBeLessThanOrEqual(LABEL.max);
  });
});

describe("year axis", () => {
  it("maps the years shown, the last one included, across the width", () => {
    const px = yearScale(range, 200);
    expect([px(2000), px(2010), px(2020)]).toEqual([0, 100, 200]);
  });

  it("ticks the middle of round years, fewer when narrow", () => {
    expect(yearTicks({ from: 2015, to: 2018 }, 600)).toEqual([2015.5, 2016.5, 2017.5, 2018.5]);
    expect(yearTicks({ from: 1999, to: 2026 }, 700)).toEqual([
      2000.5, 2002.5, 2004.5, 2006.5, 2008.5, 2010.5, 2012.5, 2014.5, 2016.5, 2018.5, 2020.5,
      2022.5, 2024.5, 2026.5,
    ]);
    expect(yearTicks({ from: 1999, to: 2026 }, 300)).toEqual([
      2000.5, 2005.5, 2010.5, 2015.5, 2020.5, 2025.5,
    ]);
  });
});

describe("fitText", () => {
  it("keeps what fits and cuts the rest with an ellipsis, counting CJK characters wider", () => {
    expect(fitText("Stage 3", 100, 12)).toBe("Stage 3");
    expect(fitText("Stage 3: new transition", 80, 12)).toBe("Stage 3:…");
    expect(fitText("第三阶段：新过渡期", 60, 12)).toBe("第三阶段…");
    expect(fitText("第三阶段", 10, 12)).toBe("");
  });
});
