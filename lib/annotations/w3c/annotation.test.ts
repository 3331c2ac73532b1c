import { describe, expect, it } from "vitest";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { expandStrictly } from "@/testing/jsonld";
import { modelErrors } from "@/testing/w3c/validate";
import { w3cAnnotation, w3cAnnotationDocument } from "./annotation";
import { sampleAnnotation } from "@/testing/fixtures/annotation-view";

const site = { base: "https://compare.example.org", data: tinyDataset() };

describe("w3cAnnotation", () => {
  it("gives each textual body its language: zh with Han characters, else en with Latin letters, else und", () => {
    const zh = "\u65e5\u672c\u4e3b\u8981\u91c7\u7528 bottom-up \u6a21\u5f0f";
    const a = w3cAnnotation(
      sampleAnnotation({ body: zh, tags: ["model", "2024", "\u6a21\u5f0f"] }),
      site,
    );
    expect(a.body.map((b) => [b.purpose, b.language])).toEqual([
      ["commenting", "zh"],
      ["tagging", "en"],
      ["tagging", "und"],
      ["tagging", "zh"],
    ]);
    const en = w3cAnnotation(sampleAnnotation({ body: "Mostly *bottom-up*." }), site);
    expect(en.body[0].language).toBe("en");
  });

  it("names its creator with a nickname: the first word of the display name", () => {
    const a = w3cAnnotation(sampleAnnotation({ author: { id: "u1", name: "Ana  Analyst" } }), site);
    expect(a.creator).toEqual({
      id: "https://compare.example.org/users/u1",
      type: "Person",
      name: "Ana  Analyst",
      nickname: "Ana",
    });
  });
});

describe("w3cAnnotation mentions", () => {
  it("adds each mention as a tagging SpecificResource whose source is the user's IRI", async () => {
    const mentioned = sampleAnnotation({ mentions: [{ id: "u2", name: "Ben" }], tags: ["model"] });
    const a = w3cAnnotation(mentioned, site);
    expect(a.body).toHaveLength(3);
    expect(a.body[0]).toMatchObject({ type: "TextualBody", purpose: "commenting" });
    expect(a.body[2]).toEqual({
      type: "SpecificResource",
      purpose: "tagging",
      source: "https://compare.example.org/users/u2",
    });
    // Still a conforming annotation by the model's MUST rules, as a document and expanded.
    expect(modelErrors("annotationDocument", w3cAnnotationDocument(mentioned, site))).toEqual([]);
    const [expanded] = await expandStrictly(w3cAnnotationDocument(mentioned, site));
    expect(JSON.stringify(expanded)).toContain("http://www.w3.org/ns/oa#SpecificResource");
  });
});
