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
    expect(expanded).toContain('"@type":"@json","@value":{"kind":"assessment"');
    // A JSON-LD 1.0 processor cannot read @json: it must refuse the document for its version,
    // not stumble on the term (or, in an older library, misread it).
    await expect(expandStrictly(doc, { processingMode: "json-ld-1.0" })).rejects.toMatchObject({
      details: { code: "processing mode conflict" },
    });
    await expandStrictly(annotationPageDocument(collection, { ...first, next: "x:y" }, site));
  });

  it("expands a note on several targets to one hasTarget per target, each with its fact", async () => {
    const two = sampleAnnotation({
      targets: [
        { kind: "assessment", country: "JP", dimension: "drivers" },
        { kind: "event", event: "jp-law" },
      ],
      targetKeys: ["assessment:drivers:JP", "event:jp-law"],
    });
    const page = {
      ...first,
      items: [two, sampleAnnotation({ id: "5f0c6d8e-2b1a-4c3d-9e8f-0a1b2c3d4e60" })],
    };
    const doc = annotationPageDocument(collection, page, site) as {
      items: { target: unknown }[];
    };
    expect(Array.isArray(doc.items[0].target)).toBe(true);
    expect(Array.isArray(doc.items[1].target)).toBe(false);
    const [expanded] = (await expandStrictly(doc)) as Record<string, unknown>[];
    const items = (
      expanded["http://www.w3.org/ns/activitystreams#items"] as {
        "@list": Record<string, unknown>[];
      }[]
    )[0]["@list"];
    const targets = items[0]["http://www.w3.org/ns/oa#hasTarget"] as Record<string, unknown>[];
    expect(targets.map((t) => t["@type"])).toEqual([
      ["http://www.w3.org/ns/oa#SpecificResource"],
      ["http://www.w3.org/ns/oa#SpecificResource"],
    ]);
    expect(JSON.stringify(targets)).toContain('"@value":"event:jp-law"');
    expect(items[1]["http://www.w3.org/ns/oa#hasTarget"]).toHaveLength(1);
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
