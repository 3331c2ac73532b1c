// The bench's figures as two tables (plain text for the console, Markdown for the file): each
// scenario's ratio to the same run's baselines and its goal checked, then the other goals
// (bench/checks.ts) with what was measured. Pure functions only.
import type { LoadResult } from "./load";
import type { Usage } from "./proc";
import type { Baseline, Scenario } from "./scenarios";

export interface WriteCheck {
  /** Writes answered 2xx (warm-up included). */
  acknowledged: number;
  /** Rows of this run found through the API afterwards. */
  stored: number;
  /** Acknowledged writes not found. */
  missing: number;
  /** Rows beyond the first with the same unique body. */
  duplicates: number;
}

export interface Measured {
  scenario: Scenario;
  result: LoadResult;
  usage: Usage | null;
  writes?: WriteCheck;
  /** The size of one answer's body, in bytes. */
  bytes?: number;
  /** At 100×: the p50 of the same scenario at 1×. */
  p50Of?: number;
}

/** One goal beyond the scenarios' throughput: what was measured and whether it is met. */
export interface Check {
  goal: string;
  measured: string;
  /** null: not measured (`measured` says why). */
  pass: boolean | null;
  /** The figures behind `measured`, for latest.json. */
  figures?: Record<string, unknown>;
}

export interface Verdict {
  ratio: Record<Baseline, number>;
  /** null: a baseline, or no goal. */
  pass: boolean | null;
  misses: string[];
}

/** Nearest-rank percentile of ascending values; NaN when there are none. */
export function percentile(sorted: number[], p: number): number {
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1];
}

export const reqPerSec = (r: LoadResult) => (r.seconds > 0 ? r.requests / r.seconds : 0);

/** Compares the acknowledged ids with the rows stored (each with its unique body). */
export function checkWrites(acknowledged: string[], stored: { id: string; body: string }[]) {
  const ids = new Set(stored.map((row) => row.id));
  return {
    acknowledged: acknowledged.length,
    stored: stored.length,
    missing: acknowledged.filter((id) => !ids.has(id)).length,
    duplicates: stored.length - new Set(stored.map((row) => row.body)).size,
  } satisfies WriteCheck;
}

/** Throughput of each baseline in this run (NaN when it was not run). */
export function baselines(rows: Measured[]): Record<Baseline, number> {
  const of = (kind: Baseline) => {
    const row = rows.find((r) => r.scenario.baseline === kind);
    return row ? reqPerSec(row.result) : NaN;
  };
  return { static: of("static"), health: of("health") };
}

export const formatRatio = (r: number) => (Number.isFinite(r) ? `${r.toFixed(2)}×` : "—");
export function formatNumber(n: number | undefined): string {
  if (n === undefined || !Number.isFinite(n)) return "—";
  return n >= 100 ? Math.round(n).toLocaleString("en-US") : n.toFixed(1);
}

export function judge(row: Measured, base: Record<Baseline, number>): Verdict {
  const rate = reqPerSec(row.result);
  const ratio = { static: rate / base.static, health: rate / base.health };
  const goal = row.scenario.goal;
  if (!goal) return { ratio, pass: null, misses: [] };
  const misses: string[] = [];
  if (row.result.requests === 0) misses.push("no answer within the run");
  if (!(ratio[goal.baseline] >= goal.minRatio))
    misses.push(`${formatRatio(ratio[goal.baseline])} ${goal.baseline} < ${goal.minRatio}×`);
  if (goal.maxP99Ms !== undefined && !(row.result.p99 <= goal.maxP99Ms))
    misses.push(`p99 ${formatNumber(row.result.p99)} > ${goal.maxP99Ms} ms`);
  if (row.result.errors > 0) misses.push(`${row.result.errors} errors`);
  if (goal.maxP50Factor !== undefined) {
    const factor = row.result.p50 / (row.p50Of ?? NaN);
    if (!(factor <= goal.maxP50Factor))
      misses.push(`p50 ${formatRatio(factor)} the 1× figure > ${goal.maxP50Factor}×`);
  }
  if (goal.maxBytes !== undefined && !((row.bytes ?? Infinity) <= goal.maxBytes))
    misses.push(`body ${formatNumber((row.bytes ?? NaN) / 1000)} kB > ${goal.maxBytes / 1000} kB`);
  if (goal.stored) {
    if (!row.writes) misses.push("writes not checked");
    else {
      if (row.writes.missing > 0) misses.push(`${row.writes.missing} acknowledged not stored`);
      if (row.writes.duplicates > 0) misses.push(`${row.writes.duplicates} duplicated`);
    }
  }
  return { ratio, pass: misses.length === 0, misses };
}

const HEADER = [
  "scenario",
  "req/s",
  "p50 ms",
  "p95 ms",
  "p99 ms",
  "errors",
  "× static",
  "× health",
  "RSS MB",
  "CPU %",
  "goal",
  "result",
];

/** The header and one row of cells per scenario. */
export function tableCells(rows: Measured[]): string[][] {
  const base = baselines(rows);
  return [
    HEADER,
    ...rows.map((row) => {
      const { ratio, pass, misses } = judge(row, base);
      const { result, usage, scenario } = row;
      return [
        scenario.name,
        formatNumber(reqPerSec(result)),
        formatNumber(result.p50),
        formatNumber(result.p95),
        formatNumber(result.p99),
        String(result.errors),
        formatRatio(ratio.static),
        formatRatio(ratio.health),
        usage ? String(usage.rssMaxMb) : "—",
        usage ? String(usage.cpuPercent) : "—",
        scenario.baseline ? "baseline" : (scenario.goal?.text ?? ""),
        pass === null ? "" : pass ? "pass" : `FAIL: ${misses.join("; ")}`,
      ];
    }),
  ];
}

/** Which columns of the scenario table hold numbers (right-aligned). */
const SCENARIO_NUMBERS = (i: number) => i >= 1 && i <= 9;

/** Columns padded to their widest cell; numbers to the right. */
export function textTable(cells: string[][], numeric = SCENARIO_NUMBERS): string {
  const widths = cells[0].map((_, i) => Math.max(...cells.map((row) => row[i].length)));
  return cells
    .map((row) =>
      row
        .map((cell, i) => (numeric(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i])))
        .join("  ")
        .trimEnd(),
    )
    .join("\n");
}

export function markdownTable(cells: string[][], numeric = SCENARIO_NUMBERS): string {
  const line = (row: string[]) => `| ${row.map((c) => c.replaceAll("|", "\\|")).join(" | ")} |`;
  return [
    line(cells[0]),
    line(cells[0].map((_, i) => (numeric(i) ? "---:" : "---"))),
    ...cells.slice(1).map(line),
  ].join("\n");
}

/** The "Other goals" table: goal, what was measured, and pass, FAIL or not measured. */
export function checkCells(checks: Check[]): string[][] {
  return [
    ["goal", "measured", "result"],
    ...checks.map(({ goal, measured, pass }) => [
      goal,
      measured,
      pass === null ? "not measured" : pass ? "pass" : "FAIL",
    ]),
  ];
}

export const NO_NUMBERS = () => false;

/** The paragraphs under the scenario table: the write check, what the columns mean. */
export function notes(rows: Measured[]): string[] {
  const paragraphs: string[] = [];
  for (const { scenario, writes } of rows) {
    if (!writes) continue;
    const extra = writes.stored - (writes.acknowledged - writes.missing);
    const ok = writes.missing === 0 && writes.duplicates === 0;
    paragraphs.push(
      `${scenario.name}: ${writes.acknowledged} acknowledged, ${writes.stored} stored, ` +
        `${writes.missing} missing, ${writes.duplicates} duplicated` +
        (extra > 0 ? ` (${extra} stored without an answer: in flight when the load stopped)` : "") +
        (ok ? ": stored = acknowledged, no duplicates." : ": FAIL."),
    );
  }
  paragraphs.push(
    "Latencies are of every answer in the measured run (nearest rank); errors are non-2xx answers, connection errors and timeouts. RSS is the largest resident memory of the server's process tree during the run, CPU its CPU time over wall time (100 % = one core).",
  );
  return paragraphs;
}

/** How the other goals are measured: the paragraph under their table. */
export const CHECK_NOTES =
  "Live: readers of GET /api/v1/annotations/stream in the bench process and one /matrix page in Chromium (one viewer more), signed in as the bench's analyst, while a team note on /matrix is posted at a fixed rate; a delivery's latency runs from just before the POST to the reader's event for that note; the page's server renders are its requests with `rsc: 1` or `_rsc=`; CPU is the server tree's CPU time over the writes as a share of all cores. JavaScript: the compressed sizes of every .js answer of a first load of /matrix in a fresh signed-in context. LCP: the last largest-contentful-paint entry of fresh loads of /matrix. Toggle and cell: timed in the page from the click until the new state is in the DOM and the URL has changed, with a marker on window that a reload would lose. Memory: /matrix, GET /api/v1/assessments and POST /api/v1/annotations at once (4, 4 and 2 connections), the server tree's RSS read every second; warm-up is the first 20 % of the run. Medians and percentiles are nearest rank.";
