import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/schema";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { targetKey } from "../target-keys";
import type { AnnotationTarget } from "../targets";
import { SCC } from "./context";
import { w3cTarget, w3cTargets } from "./target";

const BASE = "https://compare.example.org";

/** The tiny dataset with one more source, whose text has characters beyond U+FFFF. */
function withSource(text: string): Dataset {
  const data = tinyDataset();
  return { ...data, sources: [...data.sources, { ...data.sources[0], key: "astral", text }] };
}

const passage = (
  text: string,
  exact: string,
  prefix?: string,
): Extract<AnnotationTarget, { kind: "source-passage" }> => {
  const start = text.indexOf(exact);
  return {
    kind: "source-passage",
    source: "astral",
    selector: [
      { type: "TextQuoteSelector", exact, ...(prefix ? { prefix } : {}) },
      { type: "TextPositionSelector", start, end: start + exact.length },
    ],
  };
};

describe("w3cTarget: source passages", () => {
  it("counts TextPositionSelector offsets in code points, not UTF-16 units", () => {
    // Two emoji and a mathematical letter (each two UTF-16 units) before the quote, one inside it.
    const text = "Intro \u{1F3D9}\u{1F3D7} and \u{1D518}: the \u{1F600} quoted words. End.";
    const exact = "the \u{1F600} quoted words";
    const t = passage(text, exact, ": ");
    const data = withSource(text);
    const out = w3cTarget(t, null, { base: BASE, data }) as { selector: unknown[] };
    const start = [...text.slice(0, text.indexOf(exact))].length;
    expect(start).toBe(text.indexOf(exact) - 3);
    expect(out.selector).toEqual([
      { type: "TextQuoteSelector", exact, prefix: ": " },
      { type: "TextPositionSelector", start, end: start + [...exact].length },
    ]);
    // The stored offsets (UTF-16, as the JSON API takes them) travel in scc:target for round trips.
    expect(out).toMatchObject({ source: `${BASE}/sources/astral`, "scc:target": t });
  });

  it("writes the passage where it stands now, or only its quote when it is lost", () => {
    const text = "A \u{1F600} new first line. Old text: the quoted words.";
    const moved = passage("Old text: the quoted words.", "the quoted words", "Old text: ");
    const out = w3cTarget(moved, null, { base: BASE, data: withSource(text) });
    const start = [...text.slice(0, text.indexOf("the quoted"))].length;
    expect((out as { selector: unknown[] }).selector[1]).toEqual({
      type: "TextPositionSelector",
      start,
      end: start + 16,
    });
    const lost = w3cTarget(moved, null, { base: BASE, data: withSource("Rewritten.") });
    expect((lost as { selector: unknown }).selector).toEqual(moved.selector[0]);
  });
});

describe("w3cTarget: what was annotated, for a reader without our extension", () => {
  const site = { base: BASE, data: tinyDataset() };
  const fragment = (key: string) => ({
    type: "FragmentSelector",
    value: key,
    conformsTo: `${SCC}targetKey`,
  });

  it("names a fact or range with the view's permalink and a FragmentSelector, keeping scc:target", () => {
    const cases: [AnnotationTarget, string][] = [
      [
        { kind: "assessment", country: "JP", dimension: "drivers" },
        "/matrix?countries=CN,JP&focus=cell:JP:drivers",
      ],
      [
        { kind: "assessment", country: "JP", dimension: "development-model" },
        "/matrix?countries=CN,JP&focus=cell:JP:development-model",
      ],
      [{ kind: "actor", actor: "jp-gov" }, "/charts/actors?countries=CN,JP&focus=actor:jp-gov"],
      [
        { kind: "observation", observation: "jp-projects" },
        "/charts/indicators?countries=CN,JP&focus=observation:jp-projects",
      ],
      [
        { kind: "chart-range", chart: "data-laws", country: "JP", from: 2011, to: 2013 },
        "/charts/data-laws?countries=CN,JP&from=2011&to=2013",
      ],
      [
        { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
        "/charts/timeline?from=2008&to=2015",
      ],
      [{ kind: "event", event: "jp-law" }, "/charts/timeline?countries=CN,JP&focus=event:jp-law"],
    ];
    for (const [t, view] of cases) {
      const key = targetKey(t);
      expect(w3cTarget(t, null, site), key).toEqual({
        id: `${BASE}${view}#${key}`,
        type: "SpecificResource",
        source: `${BASE}${view}`,
        selector: fragment(key),
        "scc:target": t,
      });
    }
  });

  it("names a whole view by its IRI, a passage by its permalink, a reply by its parent", () => {
    const view: AnnotationTarget = { kind: "view", path: "/charts/radar" };
    expect(w3cTarget(view, null, site)).toEqual({
      id: `${BASE}/charts/radar`,
      type: "Text",
      format: "text/html",
      "scc:target": view,
    });
    const text = "Intro \u{1F3D9} the quoted words.";
    const t = passage(text, "the quoted words");
    const [, { start, end }] = t.selector;
    expect(w3cTarget(t, null, { base: BASE, data: withSource(text) })).toMatchObject({
      id: `${BASE}/sources/astral?focus=passage:${start}-${end}`,
      source: `${BASE}/sources/astral`,
    });
    expect(w3cTarget(view, "p1", site)).toBe(`${BASE}/api/v1/annotations/p1`);
  });

  it("gives different marks different IRIs", () => {
    const radar = (country: string, dimension: string): AnnotationTarget => ({
      kind: "assessment",
      country,
      dimension,
    });
    const ids = [radar("JP", "drivers"), radar("JP", "goals"), radar("CN", "drivers")].map(
      (t) => (w3cTarget(t, null, site) as { id: string }).id,
    );
    expect(new Set(ids).size).toBe(3);
  });
});

describe("w3cTargets: one target or several", () => {
  const site = { base: BASE, data: tinyDataset() };
  const cell: AnnotationTarget = {
    kind: "assessment",
    country: "JP",
    dimension: "development-model",
  };
  const event: AnnotationTarget = { kind: "event", event: "jp-law" };

  it("writes one target as an object and several as an array, in their order", () => {
    expect(w3cTargets([cell], null, site)).toEqual(w3cTarget(cell, null, site));
    const both = w3cTargets([cell, event], null, site);
    expect(Array.isArray(both)).toBe(true);
    expect(both).toEqual([w3cTarget(cell, null, site), w3cTarget(event, null, site)]);
    for (const t of both as { type: string; selector: { value: string } }[])
      expect(t.type).toBe("SpecificResource");
    expect((both as { selector: { value: string } }[]).map((t) => t.selector.value)).toEqual([
      targetKey(cell),
      targetKey(event),
    ]);
  });

  it("gives a reply its parent, whatever its targets", () => {
    expect(w3cTargets([cell, event], "p1", site)).toBe(`${BASE}/api/v1/annotations/p1`);
  });
});
