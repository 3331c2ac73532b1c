import { describe, expect, it } from "vitest";
import { citeBody, completeTarget } from "./cite";
import { editHref, keyFromQuery } from "./href";

const source = { key: "cn-jp-comparison", version: 1, text: "0123456789" };

describe("citeBody", () => {
  it("quotes the stored text of the range and leaves version 1 unnamed", () => {
    const body = citeBody(
      { entity: "assessment", country: "JP", dimension: "data-governance" },
      source,
      { start: 2, end: 5 },
      "",
    );
    expect(body).toEqual({
      cite: {
        entity: "assessment",
        key: { country: "JP", dimension: "data-governance" },
        citation: { kind: "source", source: "cn-jp-comparison", quote: "234", start: 2, end: 5 },
      },
    });
  });

  it("names a later version, the translation, and an actor's role", () => {
    const body = citeBody(
      { entity: "actor", key: "cn-21vianet", role: "security-compliance" },
      { ...source, version: 2 },
      { start: 0, end: 1 },
      "zero",
    );
    expect(body.cite).toMatchObject({
      entity: "actor",
      key: { key: "cn-21vianet" },
      role: "security-compliance",
      citation: { version: 2, quote: "0", translationEn: "zero" },
    });
  });
});

describe("completeTarget", () => {
  const none = { country: "", dimension: "", key: "", role: "" };
  it("waits for every choice", () => {
    expect(completeTarget("assessment", { ...none, country: "JP" })).toBeNull();
    expect(completeTarget("actor", { ...none, key: "cn-21vianet" })).toBeNull();
    expect(completeTarget("event", { ...none, key: "cn-stage-1" })).toEqual({
      entity: "event",
      key: "cn-stage-1",
    });
  });
});

describe("edit links", () => {
  it("name the key fields as query parameters, and read them back", () => {
    const href = editHref("assessment", { country: "JP", dimension: "data-governance" }, "en");
    expect(href).toBe("/curation/edit/assessment?country=JP&dimension=data-governance&lang=en");
    expect(keyFromQuery("assessment", { country: "JP", dimension: "data-governance" })).toEqual({
      country: "JP",
      dimension: "data-governance",
    });
    expect(keyFromQuery("event", {})).toBe("none");
    expect(keyFromQuery("assessment", { country: "JP" })).toBeNull();
    expect(editHref("event", null, "zh")).toBe("/curation/edit/event?lang=zh");
  });
});
