import { readFile } from "node:fs/promises";

export interface Counts {
  passed: number;
  failed: number;
  skipped: number;
}

const zero: Counts = { passed: 0, failed: 0, skipped: 0 };

export function addCounts(a: Counts, b: Counts): Counts {
  return {
    passed: a.passed + b.passed,
    failed: a.failed + b.failed,
    skipped: a.skipped + b.skipped,
  };
}

/** Counts from vitest's JSON reporter (Jest-compatible fields). */
export async function readVitestCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, "utf8").catch(() => "null"));
  if (!report) return zero;
  return {
    passed: report.numPassedTests ?? 0,
    failed: report.numFailedTests ?? 0,
    skipped: (report.numPendingTests ?? 0) + (report.numTodoTests ?? 0),
  };
}

/** Counts from Playwright's JSON reporter; a flaky test counts as failed. */
export async function readPlaywrightCounts(file: string): Promise<Counts> {
  const report = JSON.parse(await readFile(file, "utf8").catch(() => "null"));
  if (!report?.stats) return zero;
  const { expected = 0, unexpected = 0, flaky = 0, skipped = 0 } = report.stats;
  return { passed: expected, failed: unexpected + flaky, skipped };
}

export function formatCounts({ passed, failed, skipped }: Counts): string {
  return `${passed} passed, ${failed} failed${skipped ? `, ${skipped} skipped` : ""}`;
}
