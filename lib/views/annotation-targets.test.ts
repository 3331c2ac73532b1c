import { describe, expect, it } from "vitest";
import { seedData as data } from "@/testing/seed-data";
import { describeTarget, targetHref } from "./annotation-targets";
import type { ViewState } from "@/lib/view-state/state";

const state: ViewState = {
  countries: ["CN"],
  dims: ["drivers"],
  lang: "en",
  view: "table",
  from: 2010,
  to: 2012,
  focus: null,
};
const words = {
  chart: (k: string) => `chart ${k}`,
  view: (p: string) => `view ${p}`,
  wholeView: "whole view",
};

describe("targetHref", () => {
  it("opens the target's view with its highlight, adding its country and keeping the language", () => {
    const jpEvent = data.timeline.find((e) => e.country === "JP")!;
    expect(targetHref({ kind: "event", event: jpEvent.key }, state, 6, data)).toBe(
      `/charts/timeline?countries=CN,JP&lang=en&focus=event:${jpEvent.key}`,
    );
    expect(
      targetHref({ kind: "assessment", country: "CN", dimension: "drivers" }, state, 6, data),
    ).toBe("/matrix?countries=CN&dims=drivers&lang=en&focus=cell:CN:drivers");
    expect(
      targetHref({ kind: "assessment", country: "CN", dimension: "goals" }, state, 6, data),
    ).toBe("/matrix?countries=CN&lang=en&focus=cell:CN:goals");
    // A figure and an actor open their chart with their country added.
    const cnFigure = data.observations.find((o) => o.country === "CN")!;
    expect(targetHref({ kind: "observation", observation: cnFigure.key }, state, 6, data)).toBe(
      `/charts/indicators?countries=CN&lang=en&focus=observation:${cnFigure.key}`,
    );
    const jpActor = data.actors.find((a) => a.country === "JP")!;
    expect(targetHref({ kind: "actor", actor: jpActor.key }, state, 6, data)).toBe(
      `/charts/actors?countries=CN,JP&lang=en&focus=actor:${jpActor.key}`,
    );
    expect(
      targetHref({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }, state, 6, data),
    ).toBe("/charts/timeline?countries=CN&lang=en&from=2008&to=2015");
  });
});

describe("describeTarget", () => {
  it("names targets in the reader's language", () => {
    expect(
      describeTarget(
        { kind: "assessment", country: "JP", dimension: "drivers" },
        data,
        "en",
        words,
      ),
    ).toBe("Japan × Drivers");
    expect(
      describeTarget(
        { kind: "assessment", country: "JP", dimension: "drivers" },
        data,
        "zh",
        words,
      ),
    ).toMatch(/^日本 × /);
    expect(
      describeTarget(
        { kind: "chart-range", chart: "timeline", country: "CN", from: 2008, to: 2015 },
        data,
        "en",
        words,
      ),
    ).toBe("chart timeline · China · 2008–2015");
    const event = data.timeline.find((e) => e.country === "CN")!;
    expect(describeTarget({ kind: "event", event: event.key }, data, "en", words)).toBe(
      `China · ${event.titleEn}`,
    );
    const actor = data.actors.find((a) => a.country === "JP")!;
    expect(describeTarget({ kind: "actor", actor: actor.key }, data, "en", words)).toBe(
      `Japan · ${actor.nameEn}`,
    );
    const figure = data.observations.find((o) => o.country === "CN")!;
    const indicator = data.indicators.find((i) => i.key === figure.indicator)!;
    expect(
      describeTarget({ kind: "observation", observation: figure.key }, data, "en", words),
    ).toBe(`China · ${indicator.nameEn}${figure.year ? ` (${figure.year})` : ""}`);
    // A fact the dataset no longer has is named by its key.
    expect(describeTarget({ kind: "actor", actor: "gone" }, data, "en", words)).toBe("gone");
    expect(describeTarget({ kind: "view", path: "/matrix" }, data, "en", words)).toBe(
      "view /matrix · whole view",
    );
  });
});
