import { describe, expect, it } from "vitest";
import type { Dataset } from "@/lib/dataset/schema";
import { seedData } from "@/testing/seed-data";
import { buildSourceViewer } from "@/lib/views/sources/viewer";
import { viewStateOf } from "@/testing/seed-data";
import { buildSourceVersions, parseSourceVersion, withSourceVersion } from "./versions";

const v1 = seedData.sources[0];
const v2 = {
  ...v1,
  version: 2,
  replaces: 1,
  publisher: "NDRC",
  date: "2024-05-30",
  url: "https://example.org/a",
  summaryZh: "摘要",
  summaryEn: "Summary",
  text: `Preface. ${v1.text}`,
};
const data: Dataset = { ...seedData, sources: [...seedData.sources, v2] };
const stored = [{ version: 2, hasOriginal: true, addedAt: new Date(Date.UTC(2026, 0, 2)) }];

describe("buildSourceVersions", () => {
  it("says which version is read, what it replaces, and offers the original", () => {
    const model = buildSourceVersions(data, v2, stored, "en", "Asia/Kolkata");
    expect(model.line).toBe(
      "Version 2 of 2 \u00b7 replaces version 1 \u00b7 added Jan 2, 2026, 5:30 AM GMT+5:30",
    );
    expect(model.addedAt).toBe("2026-01-02T00:00:00.000Z");
    expect(model.latest).toBe(true);
    expect(model.details).toMatchObject({
      publisher: "NDRC",
      date: "May 30, 2024",
      summary: "Summary",
    });
    expect(model.originalHref).toBe(`/api/v1/sources/${v1.key}/versions/2/original`);
    expect(model.versions.map((v) => [v.href, v.current])).toEqual([
      [`/sources/${v1.key}?lang=en&sv=1`, false],
      [`/sources/${v1.key}?lang=en&sv=2`, true],
    ]);
  });

  it("marks an older version, without an original when its text was imported", () => {
    const model = buildSourceVersions(data, v1, stored, "zh", "UTC");
    expect(model.latest).toBe(false);
    expect(model.line).toBe("第 1 版（共 2 版）");
    expect(model.originalHref).toBeNull();
  });
});

describe("the viewer on an older version", () => {
  it("highlights the citations into that version, and its links keep sv", () => {
    const old = buildSourceViewer(data, viewStateOf({}, "en"), v1.key, [], 1)!;
    const latest = buildSourceViewer(data, viewStateOf({}, "en"), v1.key, [])!;
    expect(old.citationCount).toBeGreaterThan(0);
    expect(latest.citationCount).toBe(0);
    expect(Object.values(old.passages)[0].href).toMatch(/&sv=1#passage-/);
  });
});

describe("parseSourceVersion / withSourceVersion", () => {
  it("reads a positive number only, and puts it before the fragment", () => {
    expect(parseSourceVersion("2")).toBe(2);
    expect(parseSourceVersion(["3", "4"])).toBe(3);
    expect(parseSourceVersion("x")).toBeNull();
    expect(withSourceVersion("/sources/a?lang=en#passage-1-2", 2)).toBe(
      "/sources/a?lang=en&sv=2#passage-1-2",
    );
    expect(withSourceVersion("/sources/a?lang=en", null)).toBe("/sources/a?lang=en");
  });
});
