import { mkdtemp, writeFile } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { addCounts, formatCounts, readPlaywrightCounts, readVitestCounts } from "./reports";

describe("test report counts", () => {
  it("reads vitest and Playwright JSON reports and prints the closing line", async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), "scc-reports-"));
    await writeFile(
      path.join(dir, "v.json"),
      JSON.stringify({
        numPassedTests: 20,
        numFailedTests: 1,
        numPendingTests: 2,
        numTodoTests: 0,
      }),
    );
    await writeFile(
      path.join(dir, "p.json"),
      JSON.stringify({ stats: { expected: 3, unexpected: 0, flaky: 1, skipped: 0 } }),
    );
    const total = addCounts(
      await readVitestCounts(path.join(dir, "v.json")),
      await readPlaywrightCounts(path.join(dir, "p.json")),
    );
    expect(total).toEqual({ passed: 23, failed: 2, skipped: 2 });
    expect(formatCounts(total)).toBe("23 passed, 2 failed, 2 skipped");
  });

  it("counts nothing for a missing report", async () => {
    expect(await readVitestCounts("/nonexistent.json")).toEqual({
      passed: 0,
      failed: 0,
      skipped: 0,
    });
  });
});
