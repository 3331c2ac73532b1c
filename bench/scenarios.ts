// What `npm run bench` measures, in order (the baselines first), and the goals of issue 15.

export type Baseline = "static" | "health";

export interface Goal {
  text: string;
  /** Throughput of at least minRatio × the baseline's, in the same run. */
  baseline: Baseline;
  minRatio: number;
  maxP99Ms?: number;
  /** Every acknowledged write is stored, none twice. */
  stored?: boolean;
}

export interface Scenario {
  name: string;
  method: "GET" | "POST";
  path: string;
  /** session: the signed-in analyst's cookie; token: their API token as Bearer. */
  auth: "none" | "session" | "token";
  baseline?: Baseline;
  goal?: Goal;
}

const PAGE: Goal = {
  text: "≥ 0.2× static, p99 ≤ 150 ms",
  baseline: "static",
  minRatio: 0.2,
  maxP99Ms: 150,
};
const READ: Goal = { text: "≥ 0.6× health", baseline: "health", minRatio: 0.6 };
const WRITE: Goal = {
  text: "≥ 0.5× health, stored = acknowledged",
  baseline: "health",
  minRatio: 0.5,
  stored: true,
};

const scenario = (
  name: string,
  path: string,
  auth: Scenario["auth"],
  role: Pick<Scenario, "baseline" | "goal">,
  method: Scenario["method"] = "GET",
): Scenario => ({ name, method, path, auth, ...role });

/** staticPath: a file under /_next/static that the sign-in page loads. */
export function scenarios(staticPath: string): Scenario[] {
  return [
    scenario("static file", staticPath, "none", { baseline: "static" }),
    scenario("GET /api/health", "/api/health", "none", { baseline: "health" }),
    scenario("/matrix", "/matrix", "session", { goal: PAGE }),
    scenario("/ (overview)", "/", "session", { goal: PAGE }),
    scenario("/charts/timeline", "/charts/timeline", "session", { goal: PAGE }),
    scenario("GET /api/v1/assessments", "/api/v1/assessments", "token", { goal: READ }),
    scenario("GET /api/v1/countries", "/api/v1/countries", "token", { goal: READ }),
    scenario("POST /api/v1/annotations", "/api/v1/annotations", "session", { goal: WRITE }, "POST"),
  ];
}

/** Every write's body: a team note on the /matrix view; `[<id>]` becomes a number, unique per write. */
export const annotationBody = (runId: string) =>
  JSON.stringify({ target: { kind: "view", path: "/matrix" }, body: `bench ${runId} [<id>]` });

/** Goals of the issue that this harness does not measure yet; the report lists them as such. */
export const NOT_MEASURED = [
  "live: 30 open /matrix pages, 5 annotation writes/s for 60 s (write-to-seen p95 < 300 ms, no full render per viewer per change, server CPU < 70 %)",
  "the same pages at 100× data (p50 ≤ 2× the 1× figure, no HTML response over 1 MB)",
  "/matrix first-load JavaScript ≤ 150 kB compressed",
  "LCP of /matrix in Chromium < 1 s",
  "toggling a dimension filter, opening a cell panel: < 100 ms, no full reload",
  "server memory flat during a 5-minute mixed run (no growth beyond 10 % after warm-up)",
];
