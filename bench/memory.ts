// The memory goal: /matrix (session), GET /api/v1/assessments (token) and POST /api/v1/annotations
// at once, each from its own load process, while the server tree's RSS is read every second.
import type { MemoryRun } from "./checks";
import { runLoad, type LoadSpec } from "./load";
import { sampleRss, type RssSample } from "./proc";
import { annotationBody } from "./scenarios";

export interface MemoryOptions {
  base: string;
  /** The server's process (the launcher: its tree is the server). */
  pid: number;
  cookie: string;
  token: string;
  seconds: number;
  runId: string;
}

export async function measureMemory(o: MemoryOptions): Promise<MemoryRun> {
  const load = (
    path: string,
    headers: Record<string, string>,
    connections: number,
    body?: string,
  ) =>
    ({
      url: `${o.base}${path}`,
      method: body ? "POST" : "GET",
      headers,
      body,
      connections,
      warmup: 0,
      duration: o.seconds,
    }) satisfies LoadSpec;
  const session = { cookie: o.cookie };
  const loads = [
    { name: "/matrix", spec: load("/matrix", session, 4) },
    {
      name: "GET /api/v1/assessments",
      spec: load("/api/v1/assessments", { authorization: `Bearer ${o.token}` }, 4),
    },
    {
      name: "POST /api/v1/annotations",
      spec: load(
        "/api/v1/annotations",
        { ...session, origin: o.base, "content-type": "application/json" },
        2,
        annotationBody(`${o.runId} memory`),
      ),
    },
  ];
  let measuring = 0;
  let stop: (() => RssSample[]) | undefined;
  const results = await Promise.all(
    loads.map(({ spec }) =>
      runLoad(spec, () => {
        // Every load process has started: the run's clock starts.
        if (++measuring === loads.length) stop = sampleRss(o.pid);
      }),
    ),
  );
  return {
    seconds: o.seconds,
    samples: stop?.() ?? [],
    loads: results.map((r, i) => ({ name: loads[i].name, requests: r.requests, errors: r.errors })),
  };
}
