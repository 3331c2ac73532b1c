import { describe, expect, it } from "vitest";
import { seedData as data } from "@/testing/seed-data";
import { focusTarget, inScope, targetLocation, viewScope } from "./scope";

describe("viewScope", () => {
  it("gives each view its targets, and the overview everything", () => {
    expect(viewScope("/")).toBeNull();
    expect(inScope("matrix-cell:CN:drivers", viewScope("/matrix"))).toBe(true);
    expect(inScope("view:/matrix", viewScope("/matrix"))).toBe(true);
    expect(inScope("view:/matrix/x", viewScope("/matrix"))).toBe(false);
    expect(inScope("timeline-event:cn-stage-1", viewScope("/charts/timeline"))).toBe(true);
    expect(inScope("timeline-event:cn-stage-1", viewScope("/charts/radar"))).toBe(false);
    expect(inScope("chart-point:radar:CN:drivers", viewScope("/charts/radar"))).toBe(true);
    expect(inScope("chart-point:radar:CN:drivers", viewScope("/charts/indicators"))).toBe(false);
    expect(
      inScope("source-passage:cn-jp-comparison:1-9", viewScope("/sources/cn-jp-comparison")),
    ).toBe(true);
    expect(
      inScope(
        "source-passage:cn-jp-comparison:1-9",
        viewScope("/sources/ndrc-international-cooperation"),
      ),
    ).toBe(false);
  });
});

describe("targetLocation", () => {
  it("opens the view that shows a target, with its highlight", () => {
    expect(targetLocation({ kind: "matrix-cell", country: "JP", dimension: "actors" })).toEqual({
      path: "/matrix",
      country: "JP",
      focus: "cell:JP:actors",
    });
    expect(
      targetLocation({
        kind: "chart-point",
        chart: "indicators",
        country: "CN",
        x: "cn-smart-city-projects",
      }),
    ).toEqual({
      path: "/charts/indicators",
      country: "CN",
      focus: "observation:cn-smart-city-projects",
    });
    expect(
      targetLocation({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }),
    ).toEqual({ path: "/charts/timeline", from: 2008, to: 2015 });
  });
});

describe("focusTarget", () => {
  it("names the focused item's target and the keys of its annotations", () => {
    const event = data.timeline.find((e) => e.country === "CN")!;
    expect(focusTarget("timeline", `event:${event.key}`, data)).toEqual({
      target: { kind: "timeline-event", event: event.key },
      keys: [
        `timeline-event:${event.key}`,
        `chart-point:timeline:CN:${event.key}`,
        `chart-point:data-laws:CN:${event.key}`,
      ],
    });
    expect(focusTarget("indicators", "observation:cn-smart-city-projects", data)?.keys).toEqual([
      "chart-point:indicators:CN:cn-smart-city-projects",
    ]);
    expect(focusTarget("indicators", "observation:nothing", data)).toBeNull();
    expect(focusTarget("radar", "cell:CN:drivers", data)).toBeNull();
  });
});
