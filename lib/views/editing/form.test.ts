import { describe, expect, it } from "vitest";
import { findFact } from "@/lib/curation/facts";
import { seedData } from "@/testing/seed-data";
import { blankForm, changeOf, formOf, startingFact, toFact } from "./form";

const without = (value: Record<string, unknown>, ...names: string[]) =>
  Object.fromEntries(Object.entries(value).filter(([name]) => !names.includes(name)));
const key = { country: "JP", dimension: "data-governance" };
const published = findFact(seedData, "assessment", key)!.value;

describe("startingFact", () => {
  it("lays the draft's fields over the published fact and drops the fields it removes", () => {
    const fact = startingFact(published, {
      op: "update",
      fields: { level: 4, noteZh: null, noteEn: null },
    })!;
    expect(fact.level).toBe(4);
    expect(fact).not.toHaveProperty("noteZh");
    expect(fact.summaryEn).toBe(published.summaryEn);
  });

  it("shows the published fact when the draft retires it, and nothing when there is none", () => {
    expect(startingFact(published, { op: "retire" })).toBe(published);
    expect(startingFact(null, null)).toBeNull();
  });
});

describe("toFact", () => {
  it("gives back the published fact unchanged from its form", () => {
    expect(toFact("assessment", formOf(published))).toEqual(published);
  });

  it("parses numbers and leaves out empty optional fields, but keeps empty required ones", () => {
    const fact = toFact("event", {
      key: "jp-new",
      start: "2016",
      end: "",
      ongoing: false,
      dimensions: [],
      titleZh: "",
      noteZh: "",
      noteEn: "",
    });
    expect(fact).toEqual({ key: "jp-new", start: "2016", titleZh: "" });
    expect(toFact("observation", { value: "12.5", year: "" })).toEqual({ value: 12.5 });
    expect(toFact("dimension", { scale: [{ level: "2", labelZh: "a" }] }).scale).toEqual([
      { level: 2, labelZh: "a" },
    ]);
  });
});

describe("changeOf", () => {
  it("updates a published fact with every field, and null for each field the form removed", () => {
    const rest = without(published, "noteZh", "noteEn");
    const change = changeOf("assessment", { ...rest, level: 4 }, published);
    expect(change.op).toBe("update");
    expect(change.key).toEqual(key);
    expect(change.fields).toMatchObject({ level: 4, noteZh: null, noteEn: null });
    expect(change.fields).not.toHaveProperty("country");
  });

  it("creates a fact that is not published, with its key apart from its fields", () => {
    const change = changeOf("event", { ...blankForm("event"), key: "jp-new", start: "2016" }, null);
    expect(change).toEqual({
      op: "create",
      entity: "event",
      key: { key: "jp-new" },
      fields: { citations: [], dimensions: [], start: "2016" },
    });
  });
});
