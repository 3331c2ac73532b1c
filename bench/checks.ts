// The goals of issue 15 beyond the scenarios' throughput (bench/live.ts, browser.ts, memory.ts):
// what each run measured, and each goal judged from it. Pure functions only.
import type { RssSample } from "./proc";
import { formatNumber, percentile, type Check } from "./report";
import { OTHER_GOALS as GOAL } from "./scenarios";

/** 30 readers of the annotation stream and one Chromium page while notes are written. */
export interface LiveRun {
  /** Readers of GET /api/v1/annotations/stream in the bench process (the page not counted). */
  viewers: number;
  seconds: number;
  writesPerSec: number;
  writes: { sent: number; acknowledged: number; failed: number };
  /** Per (acknowledged write, reader): ms from just before the POST to the reader's event. */
  latencies: number[];
  /** (acknowledged write, reader) pairs whose event never came. */
  missing: number;
  /** The server tree's CPU over the write window, % of one core; null without a server of our own. */
  cpuPercent: number | null;
  cores: number;
  /** The /matrix page in Chromium, or why it was not measured. */
  page: LivePage | string;
}

export interface LivePage {
  /** Requests that rendered the page on the server (an RSC request, as router.refresh makes). */
  renders: number;
  /** Of these, the router's prefetches of links. */
  prefetches: number;
  /** Document loads of the page after it was opened. */
  reloads: number;
  /** Annotation changes of this run that the page's stream handed to it. */
  changesSeen: number;
}

export interface JsLoad {
  files: number;
  /** The compressed size of every .js answer of the first load, summed. */
  bytes: number;
  /** Content-Encoding of the answers as sent ("none" for uncompressed ones). */
  encodings: string[];
  /** Files the server sent uncompressed: their gzip size was computed instead. */
  computed: number;
}

export interface Interaction {
  /** From the click until the new state was in the DOM and the URL had changed. */
  ms: number[];
  /** Clicks after which that state did not come, and why. */
  failed: string[];
  /** The page's window did not survive a click: a full reload. */
  reloaded: boolean;
}

export interface BrowserRun {
  js: JsLoad;
  /** The last largest-contentful-paint entry's startTime of each fresh load. */
  lcp: number[];
  toggle: Interaction;
  cell: Interaction;
}

export interface MemoryRun {
  seconds: number;
  /** The server tree's RSS, every second from the start of the mixed run. */
  samples: RssSample[];
  loads: { name: string; requests: number; errors: number }[];
}

const ms = (n: number) => `${formatNumber(n)} ms`;
const count = (n: number) => n.toLocaleString("en-US");
const sorted = (values: number[]) => [...values].sort((a, b) => a - b);
const unmeasured = (goal: string, why: string): Check => ({
  goal,
  measured: `not measured: ${why}`,
  pass: null,
});

/** Every goal of the named runs as not measured, with the reason. */
export function notMeasured(goals: string[], why: string): Check[] {
  return goals.map((goal) => unmeasured(goal, why));
}

export function liveChecks(run: LiveRun): Check[] {
  const all = sorted(run.latencies);
  const [p50, p95, max] = [percentile(all, 50), percentile(all, 95), all.at(-1) ?? NaN];
  const { sent, acknowledged, failed } = run.writes;
  const load = `${run.writesPerSec} writes/s for ${run.seconds} s, ${run.viewers} stream readers`;
  const latency: Check = {
    goal: GOAL.liveLatency,
    measured:
      `p50 ${ms(p50)}, p95 ${ms(p95)}, max ${ms(max)} over ${count(all.length)} deliveries ` +
      `(${count(acknowledged)} of ${count(sent)} writes acknowledged × ${run.viewers}); ` +
      `${count(run.missing)} missing; ${load}`,
    pass: all.length > 0 && p95 < 300 && run.missing === 0 && failed === 0,
    figures: { p50, p95, max, deliveries: all.length, missing: run.missing, sent, failed },
  };
  const page = run.page;
  const renders: Check =
    typeof page === "string"
      ? unmeasured(GOAL.liveRenders, page)
      : {
          goal: GOAL.liveRenders,
          measured:
            `${page.renders} server renders (RSC requests` +
            (page.prefetches > 0 ? `, ${page.prefetches} of them prefetches` : "") +
            `) and ${page.reloads} reloads of a /matrix page in Chromium, ` +
            `which got ${count(page.changesSeen)} of the ${count(acknowledged)} changes live`,
          pass: page.renders === 0 && page.reloads === 0 && page.changesSeen >= acknowledged,
          figures: { ...page },
        };
  const share = (run.cpuPercent ?? NaN) / run.cores;
  const cpu: Check =
    run.cpuPercent === null
      ? unmeasured(GOAL.liveCpu, "the server is not a process of the bench's own (--url)")
      : {
          goal: GOAL.liveCpu,
          measured: `${Math.round(share)} % of ${run.cores} cores (${run.cpuPercent} % of one core) during the writes`,
          pass: share < 70,
          figures: { machinePercent: share, oneCorePercent: run.cpuPercent, cores: run.cores },
        };
  return [latency, renders, cpu];
}

function interaction(goal: string, done: Interaction): Check {
  const all = sorted(done.ms);
  const [median, max] = [percentile(all, 50), all.at(-1) ?? NaN];
  return {
    goal,
    measured:
      `median ${ms(median)}, max ${ms(max)} over ${all.length} clicks; ` +
      (done.failed.length > 0
        ? `${done.failed.length} without the new state (${done.failed[0]}); `
        : "") +
      (done.reloaded ? "the page was reloaded" : "URL changed each time, no reload"),
    pass: all.length > 0 && done.failed.length === 0 && median < 100 && !done.reloaded,
    figures: { median, max, samples: done.ms, failed: done.failed, reloaded: done.reloaded },
  };
}

export function browserChecks(run: BrowserRun): Check[] {
  const { js } = run;
  const lcp = sorted(run.lcp);
  const [median, max] = [percentile(lcp, 50), lcp.at(-1) ?? NaN];
  const how =
    js.computed > 0
      ? `${js.computed} of them sent uncompressed: their gzip size computed`
      : `transfer sizes, ${js.encodings.join("/")} as sent`;
  return [
    {
      goal: GOAL.firstLoadJs,
      measured: `${formatNumber(js.bytes / 1000)} kB in ${js.files} files (${how})`,
      pass: js.files > 0 && js.bytes <= 150_000,
      figures: { ...js },
    },
    {
      goal: GOAL.lcp,
      measured: `median ${ms(median)}, max ${ms(max)} over ${lcp.length} fresh loads`,
      pass: lcp.length > 0 && median < 1000,
      figures: { median, max, samples: run.lcp },
    },
    interaction(GOAL.toggle, run.toggle),
    interaction(GOAL.cell, run.cell),
  ];
}

export function memoryCheck(run: MemoryRun): Check {
  const warm = run.samples.find((s) => s.second >= run.seconds * 0.2);
  const end = run.samples.at(-1);
  const max = Math.max(...run.samples.map((s) => s.mb));
  const ratio = (end?.mb ?? NaN) / (warm?.mb ?? NaN);
  const requests = run.loads
    .map((l, i) => `${l.name} (${count(l.requests)}${i === 0 ? " requests" : ""})`)
    .join(", ");
  const errors = run.loads.reduce((sum, l) => sum + l.errors, 0);
  return {
    goal: GOAL.memory,
    measured:
      `${formatNumber(end?.mb)} MB at the end, ${formatNumber(warm?.mb)} MB after warm-up ` +
      `(${Number.isFinite(ratio) ? ratio.toFixed(2) : "—"}×), max ${formatNumber(max)} MB; ` +
      `${run.seconds} s of ${requests} at once, ${count(errors)} error${errors === 1 ? "" : "s"}`,
    pass: ratio <= 1.1,
    figures: { endMb: end?.mb, warmupMb: warm?.mb, maxMb: max, samples: run.samples },
  };
}
