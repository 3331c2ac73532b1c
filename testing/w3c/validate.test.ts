import { describe, expect, it } from "vitest";
import { modelErrors } from "./validate";

// The schema must refuse what the W3C test suite refused in the old export, and take the model's
// own examples' shapes.

const context = ["http://www.w3.org/ns/anno.jsonld", { "@version": 1.1 }];
const annotation = {
  id: "https://compare.example.org/api/v1/annotations/1",
  type: "Annotation",
  motivation: "commenting",
  created: "2026-01-02T03:04:05.000Z",
  creator: {
    id: "https://compare.example.org/users/u1",
    type: "Person",
    name: "Ana",
    nickname: "Ana",
  },
  body: [
    {
      type: "TextualBody",
      value: "Note",
      format: "text/markdown",
      language: "en",
      purpose: "commenting",
    },
  ],
  target: {
    id: "https://compare.example.org/matrix?countries=CN,JP#assessment:drivers:JP",
    type: "SpecificResource",
    source: "https://compare.example.org/matrix?countries=CN,JP",
    selector: { type: "FragmentSelector", value: "assessment:drivers:JP" },
  },
};
const page = {
  id: "https://compare.example.org/p1",
  type: "AnnotationPage",
  startIndex: 0,
  items: [annotation],
};

describe("the Web Annotation model schema", () => {
  it("takes a conforming annotation, page and collection", () => {
    expect(modelErrors("annotation", annotation)).toEqual([]);
    expect(modelErrors("annotationDocument", { "@context": context, ...annotation })).toEqual([]);
    expect(
      modelErrors("pageDocument", {
        "@context": context,
        partOf: { id: "https://c.example/x", total: 1 },
        ...page,
      }),
    ).toEqual([]);
    const collection = {
      "@context": context,
      id: "https://c.example/x",
      type: "AnnotationCollection",
      total: 1,
      first: page,
      last: page.id,
    };
    expect(modelErrors("collection", collection)).toEqual([]);
  });

  it("takes several targets as an array, and refuses an empty one", () => {
    const event = {
      id: "https://compare.example.org/charts/timeline?countries=CN,JP&focus=event:jp-law#event:jp-law",
      type: "SpecificResource",
      source: "https://compare.example.org/charts/timeline?countries=CN,JP&focus=event:jp-law",
      selector: { type: "FragmentSelector", value: "event:jp-law" },
    };
    expect(
      modelErrors("annotation", { ...annotation, target: [annotation.target, event] }),
    ).toEqual([]);
    expect(modelErrors("annotation", { ...annotation, target: [] })).not.toEqual([]);
  });

  it("refuses what the old export did wrong", () => {
    const bare = {
      type: "SpecificResource",
      source: "http://0.0.0.0:3999/charts/radar",
      "scc:target": {},
    };
    expect(modelErrors("annotation", { ...annotation, target: bare })).not.toEqual([]);
    expect(modelErrors("annotation", { ...annotation, id: "/api/v1/annotations/1" })).not.toEqual(
      [],
    );
    const empty = {
      "@context": context,
      id: "https://c.example/x",
      type: "AnnotationCollection",
      total: 0,
    };
    expect(modelErrors("collection", { ...empty, first: { ...page, items: [] } })).not.toEqual([]);
    expect(modelErrors("collection", empty)).toEqual([]);
    expect(modelErrors("collection", { ...empty, total: 3 })).not.toEqual([]);
    expect(
      modelErrors("pageDocument", { ...page, "@context": context, type: "AnnotationCollection" }),
    ).not.toEqual([]);
  });

  it("refuses a lone @context in an array, both body and bodyValue, a negative offset, an unknown purpose", () => {
    const lone = { "@context": ["http://www.w3.org/ns/anno.jsonld"], ...annotation };
    expect(modelErrors("annotationDocument", lone)).not.toEqual([]);
    expect(modelErrors("annotation", { ...annotation, bodyValue: "x" })).not.toEqual([]);
    const position = { type: "TextPositionSelector", start: -1, end: 3 };
    const passage = { type: "SpecificResource", source: "https://c.example/s", selector: position };
    expect(modelErrors("annotation", { ...annotation, target: passage })).not.toEqual([]);
    const body = [{ type: "TextualBody", value: "x", purpose: "liking" }];
    expect(modelErrors("annotation", { ...annotation, body })).not.toEqual([]);
  });
});
