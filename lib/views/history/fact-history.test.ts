import { describe, expect, it } from "vitest";
import type { FactValue } from "@/lib/curation/facts";
import { seedData as data } from "@/testing/seed-data";
import { buildFactHistory, type HistoryRow } from "./fact-history";
import { factLabel, factViewHref } from "./label";

const key = "assessment:JP:data-governance";
const first = data.assessments.find(
  (a) => a.country === "JP" && a.dimension === "data-governance",
)!;
const second: FactValue = { ...first, summaryEn: "Rewritten summary", confidence: "low" };
const row = (version: number, op: HistoryRow["op"], value: FactValue | null): HistoryRow => ({
  version,
  op,
  value,
  at: new Date(Date.UTC(2026, 0, version)),
  kind: version === 1 ? "baseline" : "publish",
  changeRequest: version === 1 ? null : { id: "cr1", title: "Sharper wording" },
  proposedBy: version === 1 ? null : { id: "u1", name: "Ana" },
  approvedBy: version === 1 ? null : { id: "u2", name: "Eda" },
});
const rows = [row(3, "updated", second), row(1, "created", first as FactValue)];

describe("buildFactHistory", () => {
  it("names the fact in the reader's language", () => {
    expect(buildFactHistory(data, key, rows, "en")!.label).toBe("Japan × Data governance");
    expect(buildFactHistory(data, key, rows, "zh")!.label).toMatch(/^日本 × /);
  });

  it("shows each version's changed fields against the previous value, newest first", () => {
    const [latest, oldest] = buildFactHistory(data, key, rows, "en")!.entries;
    expect(latest.fields.map((f) => [f.label, f.before, f.after])).toEqual([
      ["Summary (English)", first.summaryEn, "Rewritten summary"],
      ["Confidence", first.confidence, "low"],
    ]);
    expect(latest.request).toEqual({
      id: "cr1",
      title: "Sharper wording",
      href: "/curation/requests/cr1?lang=en",
    });
    expect([latest.proposedBy, latest.approvedBy]).toEqual(["Ana", "Eda"]);
    expect(oldest.request).toBeNull();
    expect(JSON.parse(oldest.full!)).toEqual(first);
  });

  it("offers to restore older values only, and links each to the view as of its version", () => {
    const entries = buildFactHistory(data, key, rows, "en")!.entries;
    expect(entries.map((e) => e.restorable)).toEqual([false, true]);
    expect(entries[1].viewHref).toBe(
      "/matrix?countries=CN,JP&lang=en&focus=cell:JP:data-governance&version=1",
    );
  });

  it("is null for a fact without history", () => {
    expect(buildFactHistory(data, "event:no-such-event", [], "en")).toBeNull();
  });
});

describe("factLabel", () => {
  it("names a retired fact from its last value", () => {
    const gone = {
      key: "gone",
      country: "JP",
      titleZh: "旧事件",
      titleEn: "Old event",
      start: "2001",
    };
    expect(factLabel(data, "event:gone", "en", gone)).toMatchObject({
      entityName: "timeline event",
      label: "Old event",
      detail: "Japan · 2001",
    });
  });

  it("links an event to the timeline with its country selected", () => {
    const event = data.timeline.find((e) => e.country === "JP")!;
    expect(factViewHref(`event:${event.key}`, "zh", event as FactValue)).toBe(
      `/charts/timeline?countries=CN,JP&lang=zh&focus=event:${event.key}`,
    );
  });
});
