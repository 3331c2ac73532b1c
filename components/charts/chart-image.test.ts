import { writeFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { seedData as data, viewStateOf } from "@/testing/seed-data";
import type { AnnotationView } from "@/lib/annotations/types";
import { EXPORT_TARGETS } from "@/lib/export/request";
import {
  renderPng as renderPngImage,
  renderSvg as renderSvgImage,
  type Scale,
} from "@/lib/export/image/render";
import type { ViewState } from "@/lib/view-state/state";
import { MAX_NUMBERED } from "@/lib/charts/numbering";
import { chartImage } from "./chart-image";

const renderSvg = (
  chart: (typeof EXPORT_TARGETS)[number],
  d: typeof data,
  s: ViewState,
  notes: AnnotationView[] | null,
  now?: Date,
) =>
  renderSvgImage(
    chartImage(
      chart,
      d,
      s,
      notes && { items: notes, limit: MAX_NUMBERED, total: notes.length },
      now,
    ),
  );
const renderPng = (
  chart: (typeof EXPORT_TARGETS)[number],
  d: typeof data,
  s: ViewState,
  notes: AnnotationView[] | null,
  scale: Scale,
) =>
  renderPngImage(
    chartImage(chart, d, s, notes && { items: notes, limit: MAX_NUMBERED, total: notes.length }),
    scale,
  );

const state = (lang: "zh" | "en") => ({
  ...viewStateOf({ countries: "CN,JP" }, lang),
  view: "table" as const,
});
const note = (
  target: AnnotationView["targets"][number] | AnnotationView["targets"],
  body: string,
  n: number,
) =>
  ({
    id: `00000000-0000-4000-8000-00000000000${n}`,
    parentId: null,
    targets: [target].flat(),
    body,
    tags: [],
    visibility: "team",
    status: "open",
    deletedAt: null,
    author: { id: "a", name: "Ana Analyst" },
    createdAt: `2026-11-22T08:00:0${n}.000Z`,
  }) as unknown as AnnotationView;
const pngSize = (png: Buffer) => [png.readUInt32BE(16), png.readUInt32BE(20)];

describe("exported images", () => {
  it("an SVG parses, names the chart, the sources and carries Chinese text with the font embedded", async () => {
    for (const chart of EXPORT_TARGETS) {
      const svg = await renderSvg(chart, data, state("zh"), null, new Date("2026-11-22T00:00:00Z"));
      expect(svg.startsWith('<svg xmlns="http://www.w3.org/2000/svg"'), chart).toBe(true);
      expect(svg, chart).toMatch(/<title>[^<]+<\/title>/);
      expect(svg, chart).toContain("来源：");
      expect(svg, chart).toContain("中国");
      expect(svg, chart).toContain("智慧城市比较 · 导出于 2026-11-22");
      expect(svg, chart).toContain("@font-face");
      expect(svg).not.toContain("undefined");
      if (process.env.SCC_WRITE_IMAGES) await writeFile(`/tmp/img/${chart}-zh.svg`, svg);
    }
  });

  it("a PNG has the PNG signature and 1200 px per 1× of width", async () => {
    for (const scale of [1, 2, 4] as const) {
      const png = await renderPng("radar", data, state("en"), null, scale);
      expect([...png.subarray(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
      expect(pngSize(png)[0]).toBe(1200 * scale);
    }
  });

  it("with annotations, draws numbered markers and a legend with each author and text", async () => {
    const notes = [
      note(
        { kind: "assessment", country: "CN", dimension: "data-governance" },
        "**Dedicated** standards since 2015",
        1,
      ),
      note({ kind: "view", path: "/charts/radar" }, "Scales are the author's reading", 2),
    ];
    const svg = await renderSvg("radar", data, state("en"), notes);
    expect(svg).toContain("Annotations");
    expect(svg).toContain("Ana Analyst: Dedicated standards since 2015");
    expect(svg).toContain("Ana Analyst: Scales are the author&#39;s reading");
    expect(svg.match(/class="annotation-marker"/g)?.length).toBe(3); // one on the chart, two in the legend
    // The marker stands on the assessment's mark, whose key is the fact's.
    expect(svg).toContain('data-mark="assessment:data-governance:CN"');
    expect(await renderSvg("radar", data, state("en"), null)).not.toContain("annotation-marker");
    if (process.env.SCC_WRITE_IMAGES)
      await writeFile(
        "/tmp/img/radar-notes-en.png",
        await renderPng("radar", data, state("en"), notes, 1),
      );
  });

  it("renders every chart as PNG in both languages", async () => {
    for (const chart of EXPORT_TARGETS) {
      for (const lang of ["zh", "en"] as const) {
        const png = await renderPng(chart, data, state(lang), null, 1);
        expect(pngSize(png)[0], `${chart} ${lang}`).toBe(1200);
        if (process.env.SCC_WRITE_IMAGES) await writeFile(`/tmp/img/${chart}-${lang}.png`, png);
      }
    }
  }, 60_000);
});
