import { parse } from "csv-parse/sync";
import { describe, expect, it } from "vitest";
import { buildActors } from "@/lib/charts/actors/model";
import { buildIndicators } from "@/lib/charts/indicators/model";
import { buildTimeline } from "@/lib/charts/timeline/model";
import type { ChartTarget } from "@/lib/charts/types";
import { findSource } from "@/lib/dataset/sources";
import type { ViewState } from "@/lib/view-state/state";
import { cnJpView, seedData } from "@/testing/seed-data";
import { EVIDENCE_COLUMNS, evidenceCsv, evidenceRows } from "./rows";

const ORIGIN = "https://compare.example.org";
const view = cnJpView;
const CHARTS: ChartTarget[] = [
  "matrix",
  "radar",
  "development-model",
  "timeline",
  "data-laws",
  "indicators",
  "actors",
];
const rowsOf = (chart: ChartTarget, patch: Partial<ViewState> = {}) =>
  evidenceRows(chart, seedData, view(patch), 7, ORIGIN);

describe("evidence rows", () => {
  it.each(CHARTS)(
    "%s: every quote exactly as in the dataset and its source, with the source named",
    (chart) => {
      const rows = rowsOf(chart);
      const quoted = rows.filter((r) => r.evidence === "source");
      expect(quoted.length, chart).toBeGreaterThan(0);
      for (const row of quoted) {
        const source = findSource(seedData, row.source_id, Number(row.source_version))!;
        const [start, end] = row.location.replace("passage:", "").split("-").map(Number);
        // The quote is the source's own characters at the cited passage.
        expect(source.text.slice(start, end), row.fact_key).toBe(row.quote);
        expect(row.source_title).toBe(source.titleEn);
        expect(row.source_file).toBe(source.file);
        expect(row.source_author).toBe(source.authorEn ?? source.author);
        expect(row.source_link).toBe(
          `${ORIGIN}/sources/${row.source_id}?countries=CN,JP&lang=en&focus=passage:${start}-${end}&version=7#passage-${start}-${end}`,
        );
        expect(row.dataset_version).toBe("7");
        expect(["CN", "JP"]).toContain(row.country);
      }
    },
  );

  it("has one row per citation of every fact the view shows", () => {
    const citationsOf = (rows: ReturnType<typeof rowsOf>) =>
      rows.filter((r) => r.evidence !== "silent").length;
    // Matrix: every dimension × country cell; an empty cell is one silent row.
    const matrix = rowsOf("matrix");
    const cells = seedData.dimensions.length * 2;
    expect(new Set(matrix.map((r) => r.fact_key)).size).toBe(cells);
    const assessments = seedData.assessments.filter((a) => ["CN", "JP"].includes(a.country));
    expect(citationsOf(matrix)).toBe(assessments.reduce((n, a) => n + a.citations.length, 0));
    // Timeline: exactly the events its table lists, with each citation.
    const timeline = rowsOf("timeline", { from: 2016, to: 2018 });
    const shown = buildTimeline(seedData, view({ from: 2016, to: 2018 })).table.rowFocus!;
    expect([...new Set(timeline.map((r) => `event:${r.fact_key}`))]).toEqual(shown);
    expect(citationsOf(timeline)).toBe(
      seedData.timeline
        .filter((e) => shown.includes(`event:${e.key}`))
        .reduce((n, e) => n + e.citations.length, 0),
    );
    expect(timeline.length).toBeLessThan(rowsOf("timeline").length);
    const indicators = rowsOf("indicators").filter((r) => r.evidence !== "silent");
    expect(rowsOf("indicators").find((r) => r.country === "JP")?.evidence).toBe("silent");
    expect([...new Set(indicators.map((r) => `observation:${r.fact_key}`))]).toEqual(
      buildIndicators(seedData, view()).table.rowFocus,
    );
    // Actors under a dimension filter: only the roles on those dimensions.
    const actors = rowsOf("actors", { dims: ["data-governance"] }).filter(
      (r) => r.evidence !== "silent",
    );
    expect(actors.every((r) => r.fact_key.endsWith(":data-governance"))).toBe(true);
    expect([...new Set(actors.map((r) => `actor:${r.fact_key.split(":")[0]}`))]).toEqual(
      buildActors(seedData, view({ dims: ["data-governance"] })).table.rowFocus,
    );
    // Data laws: the rules, then each country's data-governance position.
    const laws = rowsOf("data-laws");
    expect(laws.some((r) => r.fact_type === "event")).toBe(true);
    expect(laws.filter((r) => r.fact_type === "assessment").map((r) => r.fact_key)).toContain(
      "CN:data-governance",
    );
    expect(
      rowsOf("matrix", { dims: ["drivers"] }).every((r) => r.fact_key.endsWith(":drivers")),
    ).toBe(true);
  });

  it("says where the source breaks off, and where the sources are silent", () => {
    const broken = rowsOf("timeline").find(
      (r) => r.fact_key === "cn-stage-2" && r.caveat.includes("breaks off"),
    );
    expect(broken?.quote).toBeTruthy();
    const silent = rowsOf("matrix").find((r) => r.fact_key === "JP:security-compliance")!;
    expect(silent.evidence).toBe("silent");
    expect(silent.quote).toBe("");
    expect(silent.caveat).toBe("The sources are silent on this.");
    // A country the indicators have no figure for is one silent row.
    expect(
      rowsOf("indicators", { countries: ["CN", "EU"] }).filter((r) => r.country === "EU"),
    ).toMatchObject([{ evidence: "silent", fact_key: "" }]);
    // In Chinese, the notes and labels are Chinese; the quotes and header keys stay the same.
    const zh = evidenceRows("timeline", seedData, view({ lang: "zh" }), 7, ORIGIN);
    const en = rowsOf("timeline");
    expect(zh.map((r) => r.quote)).toEqual(en.map((r) => r.quote));
    expect(zh.find((r) => r.fact_key === "cn-stage-2" && r.caveat)?.caveat).toMatch(
      /[\u4e00-\u9fff]/,
    );
  });

  it("gives the English translation of each quote", () => {
    const rows = rowsOf("development-model").filter((r) => r.evidence === "source");
    const citations = seedData.assessments
      .filter((a) => a.dimension === "development-model" && ["CN", "JP"].includes(a.country))
      .flatMap((a) => a.citations);
    expect(rows.map((r) => r.quote_translation)).toEqual(
      citations.map((c) => (c.kind === "source" ? c.translationEn : "")),
    );
    expect(rows.every((r) => r.quote_translation !== "")).toBe(true);
  });

  it("marks an external reference as such", () => {
    const data = structuredClone(seedData);
    data.assessments[0].citations.push({
      kind: "external",
      title: "A report",
      publisher: "=Someone",
      year: 2020,
      url: "https://example.org/report",
    });
    const rows = evidenceRows("development-model", data, view(), 7, ORIGIN);
    const external = rows.find((r) => r.evidence === "external")!;
    expect(external).toMatchObject({
      quote: "",
      source_id: "",
      source_title: "A report",
      source_date: "2020",
      external_url: "https://example.org/report",
    });
    // As CSV: the stable header keys, then the rows; a cell that would start a formula is escaped.
    const [header, ...body] = parse(evidenceCsv(rows), { bom: true }) as string[][];
    expect(header).toEqual([...EVIDENCE_COLUMNS]);
    expect(body.map((r) => r[EVIDENCE_COLUMNS.indexOf("quote")])).toEqual(rows.map((r) => r.quote));
    expect(body.find((r) => r.includes("A report"))).toContain("'=Someone");
  });
});
