import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/schema";
import { tinyDataset } from "@/testing/fixtures/tiny";
import type { AnnotationTarget } from "../targets";
import { w3cTarget } from "./target";

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
