import { describe, expect, it } from "vitest";
import { tinyDataset } from "@/testing/fixtures/tiny";
import { w3cAnnotation } from "./annotation";
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
