import { describe, expect, it } from "vitest";
import { CHARTS } from "@/components/charts/registry";
import { targetFromKey, targetKey } from "@/lib/annotations/target-keys";
import {
  factOf,
  isFact,
  missingTarget,
  targetInputSchema,
  type AnnotationTarget,
  type LegacyTarget,
} from "@/lib/annotations/targets";
import { DEVELOPMENT_MODEL, DIRECTION_DIMENSIONS } from "@/lib/dataset/directions";
import { EXPORT_TARGETS } from "@/lib/export/request";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import { markOfTarget } from "./annotations";
import type { ChartTarget } from "./types";

// Every drawn mark is a fact: its `data-mark` (the view model's `marks`, which the export and the
// screen draw, see components/charts/parity.test.ts) is the target key of the fact it draws, and a
// note on that fact stands on it. A place of the first version on that mark becomes the same fact.

const COUNTRIES = ["CN", "JP"];
const state = { ...viewStateOf({ countries: COUNTRIES.join(",") }, "en"), view: "table" as const };
const marksOf = (chart: ChartTarget) => CHARTS[chart].build(data, state).marks;
const sorted = (keys: Iterable<string>) => [...keys].sort();
const chosen = (country: string) => COUNTRIES.includes(country);

/** The facts each chart draws for China and Japan, from the seed data alone. */
const expected: Record<ChartTarget, () => string[]> = {
  matrix: () =>
    data.dimensions.flatMap((d) =>
      COUNTRIES.map((country) => targetKey({ kind: "assessment", country, dimension: d.key })),
    ),
  radar: () =>
    data.assessments
      .filter(
        (a) =>
          chosen(a.country) &&
          !DIRECTION_DIMENSIONS.has(a.dimension) &&
          a.level !== undefined &&
          a.level !== null,
      )
      .filter((a) => data.dimensions.find((d) => d.key === a.dimension)?.scale?.length)
      .map((a) => targetKey({ kind: "assessment", country: a.country, dimension: a.dimension })),
  "development-model": () =>
    data.assessments
      .filter((a) => chosen(a.country) && a.dimension === DEVELOPMENT_MODEL)
      .map((a) => targetKey({ kind: "assessment", country: a.country, dimension: a.dimension })),
  indicators: () =>
    data.observations
      .filter((o) => chosen(o.country))
      .map((o) => targetKey({ kind: "observation", observation: o.key })),
  actors: () =>
    data.actors
      .filter((a) => chosen(a.country))
      .map((a) => targetKey({ kind: "actor", actor: a.key })),
  timeline: () =>
    data.timeline
      .filter((e) => chosen(e.country))
      .map((e) => targetKey({ kind: "event", event: e.key })),
  "data-laws": () => [],
};

/** What the first version posted for a mark: the chart's point (the matrix's cell, an event). */
function legacyPlace(chart: ChartTarget, fact: AnnotationTarget): LegacyTarget[] {
  switch (fact.kind) {
    case "assessment":
      if (chart === "matrix")
        return [{ kind: "matrix-cell", country: fact.country, dimension: fact.dimension }];
      if (chart === "radar")
        return [{ kind: "chart-point", chart, country: fact.country, x: fact.dimension }];
      // The development-model bar's point named the country's position on the scale.
      return [{ kind: "chart-point", chart: "development-model", country: fact.country, x: 2 }];
    case "event": {
      const country = data.timeline.find((e) => e.key === fact.event)!.country;
      return [
        { kind: "chart-point", chart: chart as "timeline" | "data-laws", country, x: fact.event },
        { kind: "timeline-event", event: fact.event },
      ];
    }
    case "observation": {
      const country = data.observations.find((o) => o.key === fact.observation)!.country;
      return [{ kind: "chart-point", chart: "indicators", country, x: fact.observation }];
    }
    case "actor": {
      const country = data.actors.find((a) => a.key === fact.actor)!.country;
      return [{ kind: "chart-point", chart: "actors", country, x: fact.actor }];
    }
    default:
      throw new Error(`not a fact: ${fact.kind}`);
  }
}

const KIND: Record<ChartTarget, AnnotationTarget["kind"]> = {
  matrix: "assessment",
  radar: "assessment",
  "development-model": "assessment",
  indicators: "observation",
  actors: "actor",
  timeline: "event",
  "data-laws": "event",
};

describe("each drawn mark is its fact", () => {
  it("covers every chart and the matrix", () => {
    expect(sorted(EXPORT_TARGETS)).toEqual(sorted(Object.keys(KIND)));
  });

  it.each(EXPORT_TARGETS)(
    "%s: every mark's key is the target key of an existing fact the chart draws there",
    (chart) => {
      const marks = marksOf(chart);
      expect(marks.length).toBeGreaterThan(0);
      for (const mark of marks) {
        const fact = targetFromKey(mark);
        expect(fact, mark).not.toBeNull();
        expect(isFact(fact!), mark).toBe(true);
        expect(fact!.kind, mark).toBe(KIND[chart]);
        expect(targetKey(fact!)).toBe(mark);
        expect(missingTarget(fact!, data), mark).toBeNull();
        // A note on the fact stands on this very mark.
        expect(markOfTarget(fact!, chart)).toBe(mark);
      }
    },
  );

  it.each(EXPORT_TARGETS.filter((c) => c !== "data-laws"))(
    "%s: draws exactly the facts the seed data has for the countries shown",
    (chart) => {
      expect(sorted(new Set(marksOf(chart)))).toEqual(sorted(new Set(expected[chart]())));
    },
  );

  it("data-laws: draws events of the countries shown, among them Japan's data law", () => {
    const marks = marksOf("data-laws");
    expect(marks).toContain("event:jp-data-utilization-act-2016");
    const timeline = new Set(expected.timeline());
    for (const mark of marks) expect(timeline.has(mark), mark).toBe(true);
    // The same event is one mark key on both lanes charts.
    expect(marksOf("timeline")).toContain("event:jp-data-utilization-act-2016");
  });

  it("a fact drawn by several charts has one key on each", () => {
    const cn = targetKey({ kind: "assessment", country: "CN", dimension: DEVELOPMENT_MODEL });
    expect(marksOf("matrix")).toContain(cn);
    expect(marksOf("development-model")).toContain(cn);
    expect(marksOf("radar")).not.toContain(cn);
    const radar = marksOf("radar");
    for (const mark of radar) expect(marksOf("matrix")).toContain(mark);
  });
});

describe("the first version's places become the facts their marks draw", () => {
  it.each(EXPORT_TARGETS)(
    "%s: factOf and the input schema turn each mark's old place into its fact",
    (chart) => {
      for (const mark of marksOf(chart)) {
        const fact = targetFromKey(mark)!;
        for (const legacy of legacyPlace(chart, fact)) {
          const label = `${chart} ${JSON.stringify(legacy)}`;
          expect(factOf(legacy), label).toEqual(fact);
          expect(targetKey(factOf(legacy)), label).toBe(mark);
          expect(targetInputSchema.parse(legacy), label).toEqual(fact);
          expect(markOfTarget(factOf(legacy), chart), label).toBe(mark);
        }
      }
    },
  );

  it("maps each old kind as the migration does", () => {
    expect(factOf({ kind: "matrix-cell", country: "CN", dimension: "drivers" })).toEqual({
      kind: "assessment",
      country: "CN",
      dimension: "drivers",
    });
    expect(factOf({ kind: "chart-point", chart: "radar", country: "JP", x: "ecosystem" })).toEqual({
      kind: "assessment",
      country: "JP",
      dimension: "ecosystem",
    });
    expect(
      factOf({ kind: "chart-point", chart: "development-model", country: "JP", x: "bottom-up" }),
    ).toEqual({ kind: "assessment", country: "JP", dimension: "development-model" });
    expect(
      factOf({
        kind: "chart-point",
        chart: "indicators",
        country: "CN",
        x: "cn-smart-cities-2018",
      }),
    ).toEqual({ kind: "observation", observation: "cn-smart-cities-2018" });
    expect(factOf({ kind: "chart-point", chart: "actors", country: "JP", x: "jp-meti" })).toEqual({
      kind: "actor",
      actor: "jp-meti",
    });
    for (const chart of ["timeline", "data-laws"] as const)
      expect(factOf({ kind: "chart-point", chart, country: "CN", x: "cn-stage-1" })).toEqual({
        kind: "event",
        event: "cn-stage-1",
      });
    expect(factOf({ kind: "timeline-event", event: "cn-stage-1" })).toEqual({
      kind: "event",
      event: "cn-stage-1",
    });
  });
});
