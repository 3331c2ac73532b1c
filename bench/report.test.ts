import { describe, expect, it } from "vitest";
import type { LoadResult } from "./load";
import {
  checkWrites,
  judge,
  markdownTable,
  notes,
  percentile,
  tableCells,
  textTable,
  type Measured,
} from "./report";
import { scaledScenarios, scenarios } from "./scenarios";

const all = scenarios("/_next/static/a.js");
const [staticFile, health, matrix, , , assessments, , writes] = all;
const result = (requests: number, p99 = 50, errors = 0): LoadResult => ({
  requests,
  seconds: 10,
  p50: 20,
  p95: 40,
  p99,
  errors,
  statusCodes: { 200: requests },
});
const base = { static: 1000, health: 400 };

describe("percentile", () => {
  it("takes the nearest rank", () => {
    const values = Array.from({ length: 100 }, (_, i) => i + 1);
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 99)).toBe(99);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe("judge", () => {
  it("passes a page at 0.2× static with p99 within 150 ms", () => {
    const verdict = judge({ scenario: matrix, result: result(2000, 150), usage: null }, base);
    expect(verdict).toEqual({ ratio: { static: 0.2, health: 0.5 }, pass: true, misses: [] });
  });

  it("names every miss: throughput, p99 and errors", () => {
    const verdict = judge({ scenario: matrix, result: result(170, 1800, 3), usage: null }, base);
    expect(verdict.pass).toBe(false);
    expect(verdict.misses).toEqual(["0.02× static < 0.2×", "p99 1,800 > 150 ms", "3 errors"]);
  });

  it("compares the read API with /api/health", () => {
    const row = { scenario: assessments, result: result(2390), usage: null };
    expect(judge(row, base).misses).toEqual(["0.60× health < 0.6×"]);
    expect(judge({ ...row, result: result(2400) }, base).pass).toBe(true);
  });

  it("fails writes that were not checked, lost or duplicated", () => {
    const row: Measured = { scenario: writes, result: result(3000), usage: null };
    expect(judge(row, base).misses).toEqual(["writes not checked"]);
    row.writes = { acknowledged: 10, stored: 10, missing: 1, duplicates: 1 };
    expect(judge(row, base).misses).toEqual(["1 acknowledged not stored", "1 duplicated"]);
  });

  it("compares a page at 100× with its p50 at 1× and its size with 1 MB", () => {
    const scaled = scaledScenarios(all);
    expect(scaled.map((s) => s.name)).toEqual([
      "/matrix at 100×",
      "/ (overview) at 100×",
      "/charts/timeline at 100×",
      "GET /api/v1/assessments at 100×",
      "GET /api/v1/countries at 100×",
    ]);
    const row: Measured = { scenario: scaled[0], result: result(50), usage: null, bytes: 400_000 };
    expect(judge({ ...row, p50Of: 10 }, base).misses).toEqual([]);
    expect(judge({ ...row, p50Of: 9, bytes: 1_200_000 }, base).misses).toEqual([
      "p50 2.22× the 1× figure > 2×",
      "body 1,200 kB > 1000 kB",
    ]);
    expect(judge(row, base).pass).toBe(false);
    // Every request still in flight when the run ended: said, not shown as a fast page.
    expect(judge({ ...row, p50Of: 10, result: result(0) }, base).misses[0]).toBe(
      "no answer within the run",
    );
  });

  it("gives baselines no verdict", () => {
    expect(judge({ scenario: health, result: result(4000), usage: null }, base).pass).toBeNull();
  });
});

describe("checkWrites", () => {
  it("finds acknowledged writes, and counts rows stored twice", () => {
    const stored = [
      { id: "a", body: "bench r x1" },
      { id: "b", body: "bench r x2" },
      { id: "c", body: "bench r x2" },
      { id: "d", body: "bench r x3" },
    ];
    expect(checkWrites(["a", "b", "e"], stored)).toEqual({
      acknowledged: 3,
      stored: 4,
      missing: 1,
      duplicates: 1,
    });
  });
});

describe("the table", () => {
  const rows: Measured[] = [
    { scenario: staticFile, result: result(10_000, 5), usage: { rssMaxMb: 300, cpuPercent: 150 } },
    { scenario: health, result: result(4000), usage: null },
    { scenario: matrix, result: result(170, 1800), usage: null },
    {
      scenario: writes,
      result: result(2500),
      usage: null,
      writes: { acknowledged: 260, stored: 262, missing: 0, duplicates: 0 },
    },
  ];

  it("shows ratios to both baselines, the goal and its result", () => {
    const cells = tableCells(rows);
    expect(cells[0]).toEqual([
      ...["scenario", "req/s", "p50 ms", "p95 ms", "p99 ms", "errors"],
      ...["× static", "× health", "RSS MB", "CPU %", "goal", "result"],
    ]);
    expect(cells[1]).toEqual([
      ...["static file", "1,000", "20.0", "40.0", "5.0", "0", "1.00×", "2.50×", "300", "150"],
      ...["baseline", ""],
    ]);
    expect(cells[3].slice(6)).toEqual([
      ...["0.02×", "0.04×", "—", "—", "≥ 0.2× static, p99 ≤ 150 ms"],
      "FAIL: 0.02× static < 0.2×; p99 1,800 > 150 ms",
    ]);
    expect(cells[4].at(-1)).toBe("pass");
  });

  it("aligns the text and escapes nothing it does not need to in Markdown", () => {
    const lines = textTable(tableCells(rows)).split("\n");
    const end = lines[0].indexOf("req/s") + "req/s".length;
    for (const line of lines) expect([line[end - 1] !== " ", line[end]]).toEqual([true, " "]);
    const markdown = markdownTable(tableCells(rows)).split("\n");
    expect(markdown[1]).toBe(
      "| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | ---: | --- | --- |",
    );
    expect(markdown).toHaveLength(6);
  });

  it("reports the write check and what is not measured", () => {
    const text = notes(rows, ["LCP of /matrix"]);
    expect(text[0]).toBe(
      "POST /api/v1/annotations: 260 acknowledged, 262 stored, 0 missing, 0 duplicated (2 stored without an answer: in flight when the load stopped): stored = acknowledged, no duplicates.",
    );
    expect(text.at(-1)).toBe("Not measured by this harness yet:\n- LCP of /matrix");
  });
});
