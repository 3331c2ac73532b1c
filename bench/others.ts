// The goals of issue 15 beyond the scenarios' throughput, measured after them against the same
// server: /matrix in Chromium, the live stream under writes, then memory under a mixed load.
import { browserChecks, liveChecks, memoryCheck, notMeasured } from "./checks";
import { launchChromium, measureBrowser } from "./browser";
import { heavyChecks, measureHeavy } from "./heavy";
import { measureLive } from "./live";
import { measureMemory } from "./memory";
import type { Check } from "./report";
import { OTHER_GOALS as GOAL } from "./scenarios";

export interface OtherOptions {
  base: string;
  /** The server's process; null when it is not ours (--url): no CPU or memory figures then. */
  pid: number | null;
  cookie: string;
  token: string;
  runId: string;
  quick: boolean;
  /** Where what must be ended on Ctrl-C (the browser) is pushed. */
  undo: (() => Promise<unknown>)[];
  log: (line: string) => void;
}

/** The durations and counts of a full run, and of --quick. */
export const otherSettings = (quick: boolean) => ({
  liveSeconds: quick ? 15 : 60,
  memorySeconds: quick ? 45 : 300,
  heavySeconds: quick ? 5 : 15,
  loads: quick ? 3 : 5,
  clicks: quick ? 3 : 5,
  viewers: 30,
  writesPerSec: 5,
});

const reason = (error: unknown) => `failed: ${error instanceof Error ? error.message : error}`;

/** Runs one measurement; an error leaves its goals not measured, with the error as the reason. */
async function attempt(goals: string[], run: () => Promise<Check[]>): Promise<Check[]> {
  try {
    return await run();
  } catch (error) {
    return notMeasured(goals, reason(error));
  }
}

function show(log: (line: string) => void, checks: Check[]) {
  for (const c of checks)
    log(
      `  ${c.goal}: ${c.measured}${c.pass === null ? "" : c.pass ? ", goal met" : ", goal missed"}`,
    );
}

export async function measureOtherGoals(o: OtherOptions): Promise<Check[]> {
  const s = otherSettings(o.quick);
  const browser = await launchChromium();
  if (typeof browser !== "string") o.undo.push(() => browser.close());
  const checks: Check[] = [];

  const browserGoals = [GOAL.firstLoadJs, GOAL.lcp, GOAL.toggle, GOAL.cell];
  o.log(`/matrix in Chromium: ${s.loads} fresh loads, ${s.clicks} clicks of each kind…`);
  checks.push(
    ...(typeof browser === "string"
      ? notMeasured(browserGoals, browser)
      : await attempt(browserGoals, async () =>
          browserChecks(await measureBrowser(browser, o.base, o.cookie, s)),
        )),
  );
  show(o.log, checks.slice(-browserGoals.length));

  o.log(
    `Live: ${s.viewers} stream readers and a /matrix page, ${s.writesPerSec} writes/s for ${s.liveSeconds} s…`,
  );
  const live = await attempt([GOAL.liveLatency, GOAL.liveRenders, GOAL.liveCpu], async () =>
    liveChecks(await measureLive({ ...o, ...s, browser, seconds: s.liveSeconds })),
  );
  checks.push(...live);
  show(o.log, live);
  if (typeof browser !== "string") await browser.close();

  o.log(`Heavy work: /api/health probed while each heavy load runs for ${s.heavySeconds} s…`);
  const heavy = await attempt([GOAL.heavyHealth], async () =>
    heavyChecks(await measureHeavy({ ...o, seconds: s.heavySeconds })),
  );
  checks.push(...heavy);
  show(o.log, heavy);

  if (o.pid === null) {
    checks.push(
      ...notMeasured([GOAL.memory], "the server is not a process of the bench's own (--url)"),
    );
  } else {
    o.log(`Memory: /matrix, assessments and annotation writes at once for ${s.memorySeconds} s…`);
    const { pid } = o;
    const memory = await attempt([GOAL.memory], async () => [
      memoryCheck(await measureMemory({ ...o, pid, seconds: s.memorySeconds })),
    ]);
    checks.push(...memory);
    show(o.log, memory);
  }
  return checks;
}
