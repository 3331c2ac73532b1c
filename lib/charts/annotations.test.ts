import { describe, expect, it } from "vitest";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import { targetKey } from "@/lib/annotations/target-keys";
import { chartAnnotations, markOfTarget, patchMarkers } from "./annotations";
import { numberAnnotations } from "./numbering";

let made = 0;
const note = (target: AnnotationTarget | AnnotationTarget[], deleted = false) =>
  ({
    id: `a${++made}`,
    parentId: null,
    visibility: "team",
    author: { id: "u", name: "Ana" },
    createdAt: `2026-11-22T08:00:${String(made).padStart(2, "0")}.000Z`,
    targets: [target].flat(),
    targetKeys: [target].flat().map(targetKey),
    body: "First **line**\nsecond",
    deletedAt: deleted ? "2026-11-22T08:00:00.000Z" : null,
  }) as AnnotationView;

const annotations = [
  note({ kind: "observation", observation: "cn-smart-city-projects" }),
  note({ kind: "observation", observation: "cn-smart-city-projects" }),
  note({ kind: "observation", observation: "jp-x" }, true),
  note({ kind: "event", event: "cn-stage-1" }),
  note({ kind: "event", event: "cn-stage-1" }),
  note({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }),
  note({ kind: "chart-range", chart: "timeline", country: "JP", from: 2010, to: 2010 }),
  note({ kind: "chart-range", chart: "data-laws", from: 2016, to: 2020 }),
  note({ kind: "assessment", country: "CN", dimension: "drivers" }),
  // One note on two facts: it shows on each.
  note([
    { kind: "assessment", country: "CN", dimension: "development-model" },
    { kind: "event", event: "cn-stage-1" },
  ]),
];

describe("chartAnnotations", () => {
  it("counts a chart's annotated marks by mark key, leaving out deleted ones and other charts", () => {
    expect(chartAnnotations(annotations, "indicators")).toEqual({
      counts: { "observation:cn-smart-city-projects": 2 },
      ranges: [],
    });
    expect(chartAnnotations(annotations, "matrix").counts).toEqual({
      "assessment:drivers:CN": 1,
      "assessment:development-model:CN": 1,
    });
    // The radar draws every assessment but a direction's; the development-model chart only that.
    expect(chartAnnotations(annotations, "radar").counts).toEqual({ "assessment:drivers:CN": 1 });
    expect(chartAnnotations(annotations, "development-model").counts).toEqual({
      "assessment:development-model:CN": 1,
    });
    expect(chartAnnotations(annotations, "actors")).toEqual({ counts: {}, ranges: [] });
  });

  it("gives the lanes charts their ranges and counts an event's notes on both", () => {
    const timeline = chartAnnotations(annotations, "timeline");
    expect(timeline.counts).toEqual({ "event:cn-stage-1": 3 });
    expect(timeline.ranges).toEqual([
      { country: null, from: 2008, to: 2015, count: 1, label: "First **line**" },
      { country: "JP", from: 2010, to: 2010, count: 1, label: "First **line**" },
    ]);
    expect(chartAnnotations(annotations, "data-laws").counts).toEqual({
      "event:cn-stage-1": 3,
    });
  });
});

describe("markOfTarget", () => {
  it("puts a fact on the same mark, its target key, on every chart that draws it, and nowhere else", () => {
    const drivers = { kind: "assessment", country: "CN", dimension: "drivers" } as const;
    const model = { kind: "assessment", country: "CN", dimension: "development-model" } as const;
    const event = { kind: "event", event: "cn-stage-1" } as const;
    const observation = { kind: "observation", observation: "cn-smart-city-projects" } as const;
    const actor = { kind: "actor", actor: "cn-ndrc" } as const;
    const charts = [
      "matrix",
      "radar",
      "development-model",
      "indicators",
      "actors",
      "timeline",
      "data-laws",
    ] as const;
    const drawnBy = (t: AnnotationTarget) =>
      charts.filter((c) => {
        const mark = markOfTarget(t, c);
        if (mark) expect(mark).toBe(targetKey(t));
        return mark !== null;
      });
    expect(drawnBy(drivers)).toEqual(["matrix", "radar"]);
    expect(drawnBy(model)).toEqual(["matrix", "development-model"]);
    expect(drawnBy(event)).toEqual(["timeline", "data-laws"]);
    expect(drawnBy(observation)).toEqual(["indicators"]);
    expect(drawnBy(actor)).toEqual(["actors"]);
    for (const t of [
      { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
      { kind: "view", path: "/charts/radar" },
    ] as const)
      expect(drawnBy(t)).toEqual([]);
  });
});

describe("patchMarkers", () => {
  it("moves a mark's count by a live change, drops a marker at nothing, and adds or removes a range", () => {
    const start = chartAnnotations(annotations, "timeline");
    const event = { kind: "event", event: "cn-stage-1" } as const;
    const more = patchMarkers(start, event, 1, "timeline", "x");
    expect(more.counts["event:cn-stage-1"]).toBe(4);
    const none = patchMarkers(
      patchMarkers(more, event, -1, "timeline", ""),
      event,
      -3,
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
    expect(start.counts["event:cn-stage-1"]).toBe(3);
  });
});

describe("numberAnnotations", () => {
  it("numbers the team's threads oldest first, puts the numbers on the same marks as the screen, and lists every one", () => {
    const numbers = numberAnnotations(annotations, "timeline");
    // The deleted one is not numbered; the note on two facts has its number on the event.
    expect(numbers.byMark).toEqual({ "event:cn-stage-1": [3, 4, 9] });
    expect(numbers.ranges).toEqual([
      { n: 5, country: null, from: 2008, to: 2015 },
      { n: 6, country: "JP", from: 2010, to: 2010 },
    ]);
    expect(numbers.legend).toHaveLength(9);
    expect(numberAnnotations(annotations, "matrix").byMark).toEqual({
      "assessment:drivers:CN": [8],
      "assessment:development-model:CN": [9],
    });
    expect(numbers.legend[0]).toEqual({ n: 1, author: "Ana", text: "First line second" });
  });
});
