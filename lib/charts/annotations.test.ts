import { describe, expect, it } from "vitest";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { chartAnnotations, patchMarkers } from "./annotations";
import { numberAnnotations } from "./numbering";

let made = 0;
const note = (target: AnnotationTarget, deleted = false) =>
  ({
    id: `a${++made}`,
    parentId: null,
    visibility: "team",
    author: { id: "u", name: "Ana" },
    createdAt: `2026-11-22T08:00:${String(made).padStart(2, "0")}.000Z`,
    target,
    body: "First **line**\nsecond",
    deletedAt: deleted ? "2026-11-22T08:00:00.000Z" : null,
  }) as AnnotationView;

const annotations = [
  note({ kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" }),
  note({ kind: "chart-point", chart: "indicators", country: "CN", x: "cn-smart-city-projects" }),
  note({ kind: "chart-point", chart: "indicators", country: "JP", x: "jp-x" }, true),
  note({ kind: "chart-point", chart: "timeline", country: "CN", x: "cn-stage-1" }),
  note({ kind: "timeline-event", event: "cn-stage-1" }),
  note({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }),
  note({ kind: "chart-range", chart: "timeline", country: "JP", from: 2010, to: 2010 }),
  note({ kind: "chart-range", chart: "data-laws", from: 2016, to: 2020 }),
  note({ kind: "matrix-cell", country: "CN", dimension: "drivers" }),
];

describe("chartAnnotations", () => {
  it("counts a chart's annotated marks by mark key, leaving out deleted ones and other charts", () => {
    expect(chartAnnotations(annotations, "indicators")).toEqual({
      counts: { "chart-point:indicators:CN:cn-smart-city-projects": 2 },
      ranges: [],
    });
    expect(chartAnnotations(annotations, "matrix").counts).toEqual({ "matrix-cell:CN:drivers": 1 });
  });

  it("gives the lanes charts their ranges and counts events from both event and point targets", () => {
    const timeline = chartAnnotations(annotations, "timeline");
    expect(timeline.counts).toEqual({ "timeline-event:cn-stage-1": 2 });
    expect(timeline.ranges).toEqual([
      { country: null, from: 2008, to: 2015, count: 1, label: "First **line**" },
      { country: "JP", from: 2010, to: 2010, count: 1, label: "First **line**" },
    ]);
    expect(chartAnnotations(annotations, "data-laws").counts).toEqual({
      "timeline-event:cn-stage-1": 1,
    });
  });
});

describe("patchMarkers", () => {
  it("moves a mark's count by a live change, drops a marker at nothing, and adds or removes a range", () => {
    const start = chartAnnotations(annotations, "timeline");
    const event = { kind: "timeline-event", event: "cn-stage-1" } as const;
    const more = patchMarkers(start, event, 1, "timeline", "x");
    expect(more.counts["timeline-event:cn-stage-1"]).toBe(3);
    const none = patchMarkers(
      patchMarkers(more, event, -1, "timeline", ""),
      event,
      -2,
      "timeline",
      "",
    );
    expect(none.counts).toEqual({});
    const range = { kind: "chart-range", chart: "timeline", from: 2001, to: 2002 } as const;
    const added = patchMarkers(start, range, 1, "timeline", "New range\nmore");
    expect(added.ranges).toContainEqual({
      country: null,
      from: 2001,
      to: 2002,
      count: 1,
      label: "New range",
    });
    expect(patchMarkers(added, range, -1, "timeline", "").ranges).toEqual(start.ranges);
    // Another chart's target changes nothing; the original is not modified.
    expect(patchMarkers(start, range, 1, "data-laws", "")).toEqual(start);
    expect(start.counts["timeline-event:cn-stage-1"]).toBe(2);
  });
});

describe("numberAnnotations", () => {
  it("numbers the team's threads oldest first, puts the numbers on the same marks as the screen, and lists every one", () => {
    const numbers = numberAnnotations(annotations, "timeline");
    expect(numbers.byMark).toEqual({ "timeline-event:cn-stage-1": [3, 4] }); // the deleted one is not numbered
    expect(numbers.ranges).toEqual([
      { n: 5, country: null, from: 2008, to: 2015 },
      { n: 6, country: "JP", from: 2010, to: 2010 },
    ]);
    expect(numbers.legend).toHaveLength(8);
    expect(numbers.legend[0]).toEqual({ n: 1, author: "Ana", text: "First line second" });
  });
});
