import { describe, expect, it } from "vitest";
import type { AnnotationView } from "@/lib/annotations/types";
import { chartMarks, pointCounts } from "./marks";
import type { AnnotationTarget } from "./targets";

const note = (target: AnnotationTarget, deleted = false) => ({ target, body: "First line\nsecond", deletedAt: deleted ? "2026-11-22T08:00:00.000Z" : null }) as AnnotationView;

describe("chartMarks", () => {
  const annotations = [
    note({ kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" }),
    note({ kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" }),
    note({ kind: "chart-point", chart: "indicators", country: "JP", x: "jp-x" }, true),
    note({ kind: "chart-point", chart: "timeline", country: "CN", x: "cn-stage-1" }),
    note({ kind: "timeline-event", event: "cn-stage-1" }),
    note({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }),
    note({ kind: "chart-range", chart: "timeline", country: "JP", from: 2010, to: 2010 }),
    note({ kind: "chart-range", chart: "data-laws", from: 2016, to: 2020 }),
  ];

  it("counts a chart's annotated points, leaving out deleted ones and other charts", () => {
    expect(pointCounts(chartMarks(annotations, "indicators"))).toEqual({ "CN:cn-smart-city-projects": 2 });
    expect(chartMarks(annotations, "indicators").ranges).toEqual([]);
  });

  it("gives the lanes charts their ranges and counts events from both event and point targets", () => {
    const marks = chartMarks(annotations, "timeline");
    expect(marks.events).toEqual({ "cn-stage-1": 2 });
    expect(marks.ranges).toEqual([
      { country: null, from: 2008, to: 2015, count: 1, label: "First line" },
      { country: "JP", from: 2010, to: 2010, count: 1, label: "First line" },
    ]);
    expect(chartMarks(annotations, "data-laws").events).toEqual({ "cn-stage-1": 1 });
  });
});
