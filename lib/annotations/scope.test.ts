import { describe, expect, it } from "vitest";
import { seedData as data } from "@/testing/seed-data";
import { focusTarget, inScope, targetLocation, viewScope } from "./scope";

describe("viewScope", () => {
  it("gives each view its targets, and the overview everything", () => {
    expect(viewScope("/", data)).toBeNull();
    expect(inScope("assessment:drivers:CN", viewScope("/matrix", data))).toBe(true);
    expect(inScope("view:/matrix", viewScope("/matrix", data))).toBe(true);
    expect(inScope("view:/matrix/x", viewScope("/matrix", data))).toBe(false);
    expect(inScope("event:cn-stage-1", viewScope("/charts/timeline", data))).toBe(true);
    // The data-laws chart draws the data rules only, the radar the maturity scales only.
    expect(inScope("event:cn-stage-1", viewScope("/charts/data-laws", data))).toBe(false);
    expect(
      inScope("event:cn-spatiotemporal-pilot-notice-2012", viewScope("/charts/data-laws", data)),
    ).toBe(true);
    expect(
      inScope("event:cn-spatiotemporal-pilot-notice-2012-x", viewScope("/charts/data-laws", data)),
    ).toBe(false);
    expect(inScope("event:cn-stage-1", viewScope("/charts/radar", data))).toBe(false);
    expect(inScope("chart-range:timeline:*:2008-2015", viewScope("/charts/timeline", data))).toBe(
      true,
    );
    expect(inScope("chart-range:timeline:*:2008-2015", viewScope("/charts/data-laws", data))).toBe(
      false,
    );
    // A fact is in every view that draws it: an assessment in the matrix and on the radar.
    expect(inScope("assessment:ecosystem:CN", viewScope("/charts/radar", data))).toBe(true);
    expect(inScope("assessment:drivers:CN", viewScope("/charts/radar", data))).toBe(false);
    expect(inScope("assessment:development-model:CN", viewScope("/charts/radar", data))).toBe(
      false,
    );
    expect(inScope("assessment:drivers:CN", viewScope("/charts/indicators", data))).toBe(false);
    expect(
      inScope("assessment:development-model:CN", viewScope("/charts/development-model", data)),
    ).toBe(true);
    expect(inScope("assessment:drivers:CN", viewScope("/charts/development-model", data))).toBe(
      false,
    );
    expect(
      inScope("observation:cn-smart-city-projects", viewScope("/charts/indicators", data)),
    ).toBe(true);
    expect(inScope("observation:cn-smart-city-projects", viewScope("/matrix", data))).toBe(false);
    expect(inScope("actor:x", viewScope("/charts/actors", data))).toBe(true);
    expect(inScope("actor:x", viewScope("/charts/timeline", data))).toBe(false);
    expect(
      inScope("source-passage:cn-jp-comparison:1-9", viewScope("/sources/cn-jp-comparison", data)),
    ).toBe(true);
    expect(
      inScope(
        "source-passage:cn-jp-comparison:1-9",
        viewScope("/sources/ndrc-international-cooperation", data),
      ),
    ).toBe(false);
  });
});

describe("targetLocation", () => {
  it("opens the view that shows a target, with its highlight", () => {
    expect(
      targetLocation({ kind: "assessment", country: "JP", dimension: "actors" }, data),
    ).toEqual({
      path: "/matrix",
      country: "JP",
      focus: "cell:JP:actors",
    });
    expect(
      targetLocation({ kind: "observation", observation: "cn-smart-city-projects" }, data),
    ).toEqual({
      path: "/charts/indicators",
      country: "CN",
      focus: "observation:cn-smart-city-projects",
    });
    const event = data.timeline.find((e) => e.country === "JP")!;
    expect(targetLocation({ kind: "event", event: event.key }, data)).toEqual({
      path: "/charts/timeline",
      country: "JP",
      focus: `event:${event.key}`,
    });
    const actor = data.actors[0];
    expect(targetLocation({ kind: "actor", actor: actor.key }, data)).toEqual({
      path: "/charts/actors",
      country: actor.country,
      focus: `actor:${actor.key}`,
    });
    // A fact the dataset no longer has still opens its chart, without a country.
    expect(targetLocation({ kind: "event", event: "gone" }, data)).toEqual({
      path: "/charts/timeline",
      focus: "event:gone",
    });
    expect(
      targetLocation({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }, data),
    ).toEqual({ path: "/charts/timeline", from: 2008, to: 2015 });
  });
});

describe("focusTarget", () => {
  it("names the focused item's fact and its one key", () => {
    const event = data.timeline.find((e) => e.country === "CN")!;
    expect(focusTarget("timeline", `event:${event.key}`, data)).toEqual({
      target: { kind: "event", event: event.key },
      keys: [`event:${event.key}`],
    });
    expect(focusTarget("data-laws", `event:${event.key}`, data)?.keys).toEqual([
      `event:${event.key}`,
    ]);
    expect(focusTarget("indicators", "observation:cn-smart-city-projects", data)).toEqual({
      target: { kind: "observation", observation: "cn-smart-city-projects" },
      keys: ["observation:cn-smart-city-projects"],
    });
    const actor = data.actors[0];
    expect(focusTarget("actors", `actor:${actor.key}`, data)?.keys).toEqual([`actor:${actor.key}`]);
    expect(focusTarget("indicators", "observation:nothing", data)).toBeNull();
    expect(focusTarget("radar", "cell:CN:drivers", data)).toBeNull();
  });
});
