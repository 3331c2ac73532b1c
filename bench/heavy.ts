// Issue 16's goal for heavy work: while one kind of heavy request is hammered (4× PNG exports, the
// printable report, sign-ins with unknown emails, annotation search), /api/health keeps its p99
// under 200 ms. Past the per-user and per-instance limits the server answers 429 at once, so the
// answers are counted by status too. Large exports stream: while 20 clients ask for 5,000-annotation
// JSON-LD exports at once, the server's memory stays within 1.25× what it was before.
import { runLoad, type LoadResult } from "./load";
import { sampleRss } from "./proc";
import { formatNumber, type Check } from "./report";
import { OTHER_GOALS as GOAL } from "./scenarios";

export const HEALTH_P99_MS = 200;
/** The most the server's memory may grow during the exports load, as peak / before. */
export const EXPORT_MEMORY_RATIO = 1.25;

interface HeavyLoad {
  name: string;
  concurrency: number;
  request: () => Promise<Response>;
  /** whether the server's memory must stay flat during this load */
  flatMemory?: boolean;
}

function heavyLoads(base: string, cookie: string, token: string): HeavyLoad[] {
  const bearer = { authorization: `Bearer ${token}` };
  let csrf: Promise<{ cookie: string; token: string }> | null = null;
  const signInForm = () =>
    (csrf ??= fetch(`${base}/api/auth/csrf`).then(async (r) => ({
      cookie: r.headers
        .getSetCookie()
        .map((c) => c.split(";")[0])
        .join("; "),
      token: ((await r.json()) as { csrfToken: string }).csrfToken,
    })));
  let n = 0;
  return [
    {
      name: "4 concurrent 4× PNG exports",
      concurrency: 4,
      request: () =>
        fetch(`${base}/api/v1/charts/radar/export.png?countries=CN,JP&scale=4`, {
          headers: bearer,
        }),
    },
    {
      name: "4 concurrent /report",
      concurrency: 4,
      request: () => fetch(`${base}/report?countries=CN,JP`, { headers: { cookie } }),
    },
    {
      name: "8 concurrent sign-ins with unknown emails",
      concurrency: 8,
      request: async () => {
        const form = await signInForm();
        return fetch(`${base}/api/auth/callback/credentials`, {
          method: "POST",
          redirect: "manual",
          headers: { "content-type": "application/x-www-form-urlencoded", cookie: form.cookie },
          body: new URLSearchParams({
            csrfToken: form.token,
            email: `nobody-${process.pid}-${++n}@example.com`,
            password: "wrong password",
            json: "true",
          }),
        });
      },
    },
    {
      name: "4 concurrent annotation searches",
      concurrency: 4,
      request: () => fetch(`${base}/api/v1/annotations?q=bench&limit=200`, { headers: bearer }),
    },
    {
      name: "20 concurrent JSON-LD exports of up to 5,000 annotations",
      concurrency: 20,
      request: () =>
        fetch(`${base}/api/v1/annotations?format=jsonld&limit=5000`, { headers: bearer }),
      flatMemory: true,
    },
  ];
}

/** Runs `load` in a loop from `concurrency` clients until stop(); counts the answers by status. */
function hammer(load: HeavyLoad) {
  const statuses: Record<string, number> = {};
  let running = true;
  const clients = Array.from({ length: load.concurrency }, async () => {
    while (running) {
      try {
        const response = await load.request();
        await response.arrayBuffer();
        statuses[response.status] = (statuses[response.status] ?? 0) + 1;
      } catch {
        statuses.failed = (statuses.failed ?? 0) + 1;
      }
    }
  });
  return async () => {
    running = false;
    await Promise.all(clients);
    return statuses;
  };
}

export interface HeavyRun {
  load: string;
  health: LoadResult;
  answers: Record<string, number>;
  /** the server tree's memory before the load and at its peak during it, in MB (our own server only) */
  memory: { beforeMb: number; peakMb: number } | null;
  flatMemory: boolean;
}

export async function measureHeavy(o: {
  base: string;
  cookie: string;
  token: string;
  seconds: number;
  /** the server's process, when it is the bench's own: its memory is read during each load */
  pid: number | null;
  log: (line: string) => void;
}): Promise<HeavyRun[]> {
  const runs: HeavyRun[] = [];
  for (const load of heavyLoads(o.base, o.cookie, o.token)) {
    const rss = o.pid === null ? null : sampleRss(o.pid);
    const stop = hammer(load);
    // A light prober: two clients, as a load balancer's or a person's checks would be.
    const health = await runLoad(
      {
        url: `${o.base}/api/health`,
        method: "GET",
        headers: {},
        connections: 2,
        warmup: 2,
        duration: o.seconds,
      },
      () => {},
    );
    const answers = await stop();
    const samples = rss?.() ?? [];
    const memory = samples.length
      ? { beforeMb: samples[0]!.mb, peakMb: Math.max(...samples.map((x) => x.mb)) }
      : null;
    o.log(
      `  ${load.name}: health p99 ${formatNumber(health.p99)} ms; heavy answers ${JSON.stringify(answers)}` +
        (memory ? `; memory ${memory.beforeMb} → peak ${memory.peakMb} MB` : ""),
    );
    runs.push({ load: load.name, health, answers, memory, flatMemory: load.flatMemory === true });
  }
  return runs;
}

export const heavyChecks = (runs: HeavyRun[]): Check[] =>
  runs.map((run) => ({
    goal: `${GOAL.heavyHealth}: ${run.load}`,
    measured: `health p50 ${formatNumber(run.health.p50)} ms, p99 ${formatNumber(run.health.p99)} ms; heavy answers ${Object.entries(
      run.answers,
    )
      .map(([status, count]) => `${count}× ${status}`)
      .join(
        ", ",
      )}${run.memory ? `; server memory ${run.memory.beforeMb} → peak ${run.memory.peakMb} MB` : ""}`,
    pass:
      run.health.p99 < HEALTH_P99_MS &&
      run.health.errors === 0 &&
      (!run.flatMemory ||
        run.memory === null ||
        run.memory.peakMb <= run.memory.beforeMb * EXPORT_MEMORY_RATIO),
    figures: { ...run },
  }));
