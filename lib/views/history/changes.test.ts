import { describe, expect, it } from "vitest";
import type { FactValue } from "@/lib/curation/facts";
import type { FactChange } from "@/lib/queries/history";
import { seedData as data } from "@/testing/seed-data";
import { buildChanges, parseSince } from "./changes";

const jp = data.assessments.find((a) => a.country === "JP")! as FactValue;
const event = data.timeline[0] as FactValue;
const citation = (jp.citations as unknown[])[0];
const changes: FactChange[] = [
  {
    factKey: `assessment:JP:${jp.dimension}`,
    entity: "assessment",
    op: "changed",
    before: jp,
    after: {
      ...jp,
      level: Number(jp.level ?? 1) + 1,
      citations: [...(jp.citations as unknown[]), { ...(citation as object), start: 1 }],
    },
  },
  { factKey: `event:${event.key}`, entity: "event", op: "retired", before: event, after: null },
];

describe("buildChanges", () => {
  it("groups facts by what happened, with a short summary of the changed fields", () => {
    const groups = buildChanges(data, changes, 4, "en");
    expect(groups.map((g) => g.op)).toEqual(["changed", "retired"]);
    expect(groups[0].facts[0].summary).toBe("Level; 1 citation added");
    expect(groups[0].facts[0].historyHref).toBe(
      `/history/${encodeURIComponent(`assessment:JP:${jp.dimension}`)}?lang=en`,
    );
  });

  it("links a retired fact to the view as it was in the version compared with", () => {
    const retired = buildChanges(data, changes, 4, "zh")[1].facts[0];
    expect(retired.viewHref).toMatch(/^\/charts\/timeline\?.*&version=4$/);
    expect(retired.summary).toBe("时间线事件");
  });
});

describe("parseSince", () => {
  it("reads a version number or a day, and nothing else", () => {
    expect(parseSince("3")).toEqual({ version: 3 });
    expect(parseSince("2026-01-05")).toEqual({ date: "2026-01-05" });
    expect(parseSince("0")).toBeNull();
    expect(parseSince("yesterday")).toBeNull();
  });
});
