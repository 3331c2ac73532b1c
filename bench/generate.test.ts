import { describe, expect, it } from "vitest";
import { targetKey } from "@/lib/annotations/target-keys";
import { missingTarget, targetSchema } from "@/lib/annotations/targets";
import { validateDataset } from "@/lib/dataset/validate";
import { generateAnnotations, generateDataset, SCALE_100 } from "./generate";

describe("the 100× benchmark data", () => {
  const data = generateDataset();

  it("is a valid dataset of the issue's size, every quote exact at its offsets", () => {
    const result = validateDataset(data);
    expect(result.ok ? [] : result.problems.slice(0, 3)).toEqual([]);
    expect(data.countries).toHaveLength(20);
    expect(data.dimensions).toHaveLength(60);
    expect(data.assessments).toHaveLength(20 * 60);
    expect(data.timeline).toHaveLength(2_000);
    expect(data.observations).toHaveLength(5_000);
    expect(data.countries.slice(0, 2).map((c) => c.key)).toEqual(["CN", "JP"]);
    expect(JSON.stringify(generateDataset())).toBe(JSON.stringify(data));
  });

  it("spreads annotations over existing targets, with replies in the thread of their parent", () => {
    const rows = generateAnnotations(data, 2_000, ["a", "b"]);
    const byId = new Map(rows.map((r) => [r.id, r]));
    for (const row of rows) {
      expect(targetSchema.safeParse(row.target).success).toBe(true);
      expect(missingTarget(row.target, data)).toBeNull();
      if (row.parentId) {
        const parent = byId.get(row.parentId)!;
        expect(parent.parentId).toBeNull();
        expect(parent.targetKey).toBe(row.targetKey);
      }
    }
    expect(rows.filter((r) => r.parentId).length).toBe(300);
    for (const row of rows) expect(row.targetKey).toBe(targetKey(row.target));
    // Annotations are on facts (and whole views), as the API stores them.
    expect(new Set(rows.map((r) => r.targetKind))).toEqual(
      new Set(["assessment", "event", "observation", "view"]),
    );
    const cells = new Set(
      rows.filter((r) => r.targetKind === "assessment").map((r) => r.targetKey),
    );
    expect([...cells].filter((k) => k.endsWith(":JP")).length).toBeGreaterThan(5);
    expect(SCALE_100.annotations).toBe(100_000);
  });
});
