import { describe, expect, it } from "vitest";
import type { SourceCitation } from "@/lib/dataset/schema";
import { citedSource } from "@/lib/dataset/sources";
import { seedData } from "@/testing/seed-data";
import { findQuote, occurrenceContext } from "./quote";

describe("findQuote", () => {
  it("finds a cited quote at the offsets the dataset gives it", () => {
    const citation = seedData.assessments[0].citations[0] as SourceCitation;
    const text = citedSource(seedData, citation)!.text;
    const match = findQuote(text, citation.quote);
    expect(match).toMatchObject({ found: true, start: citation.start, end: citation.end });
  });

  it("lists every occurrence and takes the first", () => {
    expect(findQuote("a data law, a data law", "data law")).toEqual({
      found: true,
      start: 2,
      end: 10,
      starts: [2, 14],
    });
  });

  it("says when the text is not verbatim, or empty", () => {
    expect(findQuote("a data law", "data  law")).toEqual({ found: false });
    expect(findQuote("a data law", "  ")).toEqual({ found: false });
  });

  it("shows what surrounds an occurrence", () => {
    expect(occurrenceContext("one two three", 4, 3, 2)).toEqual({ before: "e ", after: " t" });
  });
});
