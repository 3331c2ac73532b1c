import { describe, expect, it } from "vitest";
import { sampleAnnotation } from "@/testing/fixtures/annotation-view";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { expandStrictly } from "@/testing/jsonld";
import { annotationCollection, annotationPageDocument, collectionIris } from "./collection";

const site = { base: "https://compare.example.org", data: tinyDataset() };
const collection = {
  id: `${site.base}/api/v1/annotations?format=jsonld`,
  label: "Smart City Compare: annotations",
  total: 3,
};
const first = { id: `${collection.id}&limit=2&page=1`, startIndex: 0, items: [sampleAnnotation()] };

describe("the W3C JSON-LD export", () => {
  it("declares JSON-LD 1.1 for its @json extension, and expands with nothing dropped", async () => {
    const doc = annotationCollection(collection, site, { first, last: `${collection.id}&page=2` });
    // Safe mode throws on any key or value that expansion would drop.
    const expanded = JSON.stringify(await expandStrictly(doc));
    expect(expanded).toContain('"@type":"@json","@value":{"kind":"chart-point"');
    // A JSON-LD 1.0 processor cannot read @json: it must refuse the document for its version,
    // not stumble on the term (or, in an older library, misread it).
    await expect(expandStrictly(doc, { processingMode: "json-ld-1.0" })).rejects.toMatchObject({
      details: { code: "processing mode conflict" },
    });
    await expandStrictly(annotationPageDocument(collection, { ...first, next: "x:y" }, site));
  });

  it("labels the collection; an empty one has no pages", () => {
    const empty = annotationCollection({ ...collection, total: 0 }, site);
    expect(empty).toMatchObject({ label: "Smart City Compare: annotations", total: 0 });
    expect(Object.keys(empty)).not.toContain("first");
  });

  it("names one collection whatever page, size or language is asked", () => {
    const iris = (query: string) =>
      collectionIris(site.base, new URL(`http://0.0.0.0:3999/api/v1/annotations?${query}`), 2);
    const a = iris("tag=x&format=jsonld&limit=2&page=3&after=c&lang=zh");
    expect(a.collection).toBe(`${site.base}/api/v1/annotations?format=jsonld&tag=x`);
    expect(iris("format=jsonld&tag=x").collection).toBe(a.collection);
    expect(a.page(1, null)).toBe(`${a.collection}&limit=2&page=1`);
    expect(a.page(2, "2026-01-01T00:00:00.000Z~id")).toBe(
      `${a.collection}&limit=2&page=2&after=2026-01-01T00%3A00%3A00.000Z%7Eid`,
    );
  });
});
