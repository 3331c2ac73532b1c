import { describe, expect, it } from "vitest";
import { buildMatrix } from "@/lib/charts/matrix/model";
import { seedData as data, viewStateOf } from "@/testing/seed-data";

const marks = {
  "assessment:JP:development-model": {
    reviewer: "Eda",
    reviewedAt: new Date("2025-05-03T09:30:00Z"),
  },
};

describe("reviewed marks in the matrix", () => {
  it("marks the reviewed cell, says who and when in its detail, and adds a CSV column", () => {
    const m = buildMatrix(data, viewStateOf({ focus: "cell:JP:development-model" }, "en"), {
      reviewed: marks,
    });
    const dev = m.data.rows.find((r) => r.key === "development-model")!;
    expect(dev.cells.map((c) => [c.country, c.reviewed?.reviewer ?? null])).toEqual([
      ["CN", null],
      ["JP", "Eda"],
    ]);
    expect(m.data.detail?.factRef?.reviewed?.title).toMatch(/^Reviewed by Eda on .*2025/);
    expect(m.table.columns.at(-1)).toEqual({ key: "reviewed", label: "Reviewed" });
    const row = m.table.rows.find((r) => r.reviewed !== null)!;
    expect(row.reviewed).toBe("Eda, 2025-05-03");
  });

  it("has no column and no marks without them (a pinned version or a preview)", () => {
    const m = buildMatrix(data, viewStateOf({}, "en"));
    expect(m.table.columns.map((c) => c.key)).not.toContain("reviewed");
    expect(m.data.rows.flatMap((r) => r.cells).every((c) => c.reviewed === null)).toBe(true);
  });
});
