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
    expect(targetHref({ kind: "timeline-event", event: jpEvent.key }, state, 6, data)).toBe(
      `/charts/timeline?countries=CN,JP&lang=en&focus=event:${jpEvent.key}`,
    );
    expect(
      targetHref({ kind: "matrix-cell", country: "CN", dimension: "drivers" }, state, 6, data),
    ).toBe("/matrix?countries=CN&dims=drivers&lang=en&focus=cell:CN:drivers");
    expect(
      targetHref({ kind: "matrix-cell", country: "CN", dimension: "goals" }, state, 6, data),
    ).toBe("/matrix?countries=CN&lang=en&focus=cell:CN:goals");
    expect(
      targetHref({ kind: "chart-range", chart: "timeline", from: 2008, to: 2015 }, state, 6, data),
    ).toBe("/charts/timeline?countries=CN&lang=en&from=2008&to=2015");
  });
});

describe("describeTarget", () => {
  it("names targets in the reader's language", () => {
    expect(
      describeTarget(
        { kind: "matrix-cell", country: "JP", dimension: "drivers" },
        data,
        "en",
        words,
      ),
    ).toBe("Japan × Drivers");
    expect(
      describeTarget(
        { kind: "matrix-cell", country: "JP", dimension: "drivers" },
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
    expect(describeTarget({ kind: "view", path: "/matrix" }, data, "en", words)).toBe(
      "view /matrix · whole view",
    );
  });
});
