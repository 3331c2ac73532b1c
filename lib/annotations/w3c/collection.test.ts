import { describe, expect, it } from "vitest";
import { sampleAnnotation } from "@/testing/fixtures/annotation-view";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { expandStrictly } from "@/testing/jsonld";
import { toJsonLd } from "./collection";

const site = { base: "https://compare.example.org", data: tinyDataset() };
const self = `${site.base}/api/v1/annotations?format=jsonld`;

describe("the W3C JSON-LD export", () => {
  it("declares JSON-LD 1.1 for its @json extension, and expands with nothing dropped", async () => {
    const doc = toJsonLd([sampleAnnotation()], site, self, null, "Annotations");
    // Safe mode throws on any key or value that expansion would drop.
    const expanded = JSON.stringify(await expandStrictly(doc));
    expect(expanded).toContain('"@type":"@json","@value":{"kind":"chart-point"');
    // A JSON-LD 1.0 processor cannot read @json: it must refuse the document for its version,
    // not stumble on the term (or, in an older library, misread it).
    await expect(expandStrictly(doc, { processingMode: "json-ld-1.0" })).rejects.toMatchObject({
      details: { code: "processing mode conflict" },
    });
  });

  it("labels the collection", () => {
    const doc = toJsonLd([sampleAnnotation()], site, self, null, "Smart City Compare: annotations");
    expect(doc.label).toBe("Smart City Compare: annotations");
  });
});
