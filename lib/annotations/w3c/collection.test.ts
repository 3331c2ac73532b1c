import { describe, expect, it } from "vitest";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { expandStrictly } from "@/testing/jsonld";
import { toJsonLd } from "./collection";
import type { AnnotationView } from "../types";

const BASE = "https://compare.example.org";

const view = (patch: Partial<AnnotationView> = {}): AnnotationView => ({
  id: "5f0c6d8e-2b1a-4c3d-9e8f-0a1b2c3d4e5f",
  parentId: null,
  target: { kind: "chart-point", chart: "radar", country: "JP", x: "drivers" },
  targetKey: "chart-point:radar:JP:drivers",
  body: "Mostly *bottom-up*.",
  tags: ["model"],
  visibility: "team",
  status: "open",
  version: 1,
  author: { id: "u1", name: "Ana Analyst" },
  createdAt: "2026-01-02T03:04:05.000Z",
  updatedAt: "2026-01-02T03:04:05.000Z",
  editedAt: null,
  deletedAt: null,
  ...patch,
});

describe("the W3C JSON-LD export", () => {
  it("declares JSON-LD 1.1 for its @json extension, and expands with nothing dropped", async () => {
    const doc = toJsonLd(
      [view()],
      { base: BASE, data: tinyDataset() },
      `${BASE}/api/v1/annotations?format=jsonld`,
    );
    // Safe mode throws on any key or value that expansion would drop.
    const expanded = JSON.stringify(await expandStrictly(doc));
    expect(expanded).toContain('"@type":"@json","@value":{"kind":"chart-point"');
    // A JSON-LD 1.0 processor cannot read @json: it must refuse the document for its version,
    // not stumble on the term (or, in an older library, misread it).
    await expect(expandStrictly(doc, { processingMode: "json-ld-1.0" })).rejects.toMatchObject({
      details: { code: "processing mode conflict" },
    });
  });
});
