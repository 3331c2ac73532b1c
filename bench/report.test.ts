import { describe, expect, it } from "vitest";
import {
  browserChecks,
  liveChecks,
  memoryCheck,
  notMeasured,
  type BrowserRun,
  type LiveRun,
} from "./checks";
import type { LoadResult } from "./load";
import {
  checkCells,
  checkWrites,
  judge,
  markdownTable,
  NO_NUMBERS,
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

  it("reports the write check", () => {
    const text = notes(rows);
    expect(text[0]).toBe(
      "POST /api/v1/annotations: 260 acknowledged, 262 stored, 0 missing, 0 duplicated (2 stored without an answer: in flight when the load stopped): stored = acknowledged, no duplicates.",
    );
    expect(text).toHaveLength(2);
  });
});

describe("the live goals", () => {
  // 4 writes acknowledged of 5, 2 readers: 8 deliveries, one of them missing.
  const run: LiveRun = {
    viewers: 2,
    seconds: 1,
    writesPerSec: 5,
    writes: { sent: 5, acknowledged: 4, failed: 1 },
    latencies: [40, 50, 60, 70, 80, 90, 250],
    missing: 1,
    cpuPercent: 120,
    cores: 2,
    page: { renders: 0, prefetches: 0, reloads: 0, changesSeen: 4 },
  };

  it("judges the p95 from write to seen, with every delivery made and every write acknowledged", () => {
    const [latency] = liveChecks(run);
    expect(latency.measured).toBe(
      "p50 70.0 ms, p95 250 ms, max 250 ms over 7 deliveries (4 of 5 writes acknowledged × 2); 1 missing; 5 writes/s for 1 s, 2 stream readers",
    );
    expect(latency.pass).toBe(false);
    const complete = { ...run, writes: { sent: 4, acknowledged: 4, failed: 0 }, missing: 0 };
    expect(liveChecks(complete)[0].pass).toBe(true);
    expect(liveChecks({ ...complete, latencies: [...run.latencies, 300] })[0].pass).toBe(false);
  });

  it("fails a page rendered again, or one that did not get the changes", () => {
    expect(liveChecks(run)[1]).toMatchObject({
      measured:
        "0 server renders (RSC requests) and 0 reloads of a /matrix page in Chromium, which got 4 of the 4 changes live",
      pass: true,
    });
    const page = { renders: 3, prefetches: 1, reloads: 0, changesSeen: 4 };
    expect(liveChecks({ ...run, page })[1].measured).toMatch(
      /^3 server renders \(RSC requests, 1 of them prefetches\)/,
    );
    expect(liveChecks({ ...run, page })[1].pass).toBe(false);
    expect(liveChecks({ ...run, page: { ...page, renders: 0, changesSeen: 3 } })[1].pass).toBe(
      false,
    );
    expect(liveChecks({ ...run, page: "no Chromium" })[1]).toMatchObject({
      measured: "not measured: no Chromium",
      pass: null,
    });
  });

  it("judges the server's CPU as a share of every core", () => {
    expect(liveChecks(run)[2]).toMatchObject({
      measured: "60 % of 2 cores (120 % of one core) during the writes",
      pass: true,
    });
    expect(liveChecks({ ...run, cpuPercent: 140 })[2].pass).toBe(false);
    expect(liveChecks({ ...run, cpuPercent: null })[2].pass).toBeNull();
  });
});

describe("the browser goals", () => {
  const run: BrowserRun = {
    js: { files: 10, bytes: 165_011, encodings: ["gzip"], computed: 0 },
    lcp: [1964, 640, 700],
    toggle: { ms: [532, 54, 80], failed: [], reloaded: false },
    cell: { ms: [40, 50], failed: ["URL unchanged after 5 s"], reloaded: false },
  };

  it("sums the JavaScript, takes the median LCP and the median of each interaction", () => {
    const [js, lcp, toggle, cell] = browserChecks(run);
    expect(js).toMatchObject({
      measured: "165 kB in 10 files (transfer sizes, gzip as sent)",
      pass: false,
    });
    expect(lcp).toMatchObject({
      measured: "median 700 ms, max 1,964 ms over 3 fresh loads",
      pass: true,
    });
    expect(toggle).toMatchObject({
      measured: "median 80.0 ms, max 532 ms over 3 clicks; URL changed each time, no reload",
      pass: true,
    });
    expect(cell).toMatchObject({
      measured:
        "median 40.0 ms, max 50.0 ms over 2 clicks; 1 without the new state (URL unchanged after 5 s); URL changed each time, no reload",
      pass: false,
    });
  });

  it("says when the server sent JavaScript uncompressed, and fails a reload", () => {
    const checks = browserChecks({
      ...run,
      js: { files: 2, bytes: 90_000, encodings: ["none", "br"], computed: 1 },
      toggle: { ...run.toggle, reloaded: true },
    });
    expect(checks[0]).toMatchObject({
      measured: "90.0 kB in 2 files (1 of them sent uncompressed: their gzip size computed)",
      pass: true,
    });
    expect(checks[2].measured).toMatch(/the page was reloaded$/);
    expect(checks[2].pass).toBe(false);
  });
});

describe("the memory goal", () => {
  const samples = (mbs: number[]) => mbs.map((mb, second) => ({ second, mb }));
  const loads = [
    { name: "/matrix", requests: 200, errors: 0 },
    { name: "GET /api/v1/assessments", requests: 800, errors: 1 },
  ];

  it("compares the end with the end of the first 20 % of the run", () => {
    const run = { seconds: 10, samples: samples([900, 950, 1000, 1050, 1100, 1080]), loads };
    expect(memoryCheck(run)).toMatchObject({
      measured:
        "1,080 MB at the end, 1,000 MB after warm-up (1.08×), max 1,100 MB; 10 s of /matrix (200 requests), GET /api/v1/assessments (800) at once, 1 error",
      pass: true,
    });
    run.samples.push({ second: 6, mb: 1101 });
    expect(memoryCheck(run).pass).toBe(false);
    expect(memoryCheck({ ...run, samples: [] }).pass).toBe(false);
  });
});

describe("the other goals' table", () => {
  it("shows pass, FAIL and not measured, with no column aligned as numbers", () => {
    const checks = [
      { goal: "a", measured: "1 ms", pass: true },
      { goal: "b", measured: "2 ms", pass: false },
      ...notMeasured(["c"], "no Chromium"),
    ];
    const cells = checkCells(checks);
    expect(cells).toEqual([
      ["goal", "measured", "result"],
      ["a", "1 ms", "pass"],
      ["b", "2 ms", "FAIL"],
      ["c", "not measured: no Chromium", "not measured"],
    ]);
    expect(textTable(cells, NO_NUMBERS).split("\n")[1]).toBe(
      "a     1 ms                       pass",
    );
    expect(markdownTable(cells, NO_NUMBERS).split("\n")[1]).toBe("| --- | --- | --- |");
  });
});
