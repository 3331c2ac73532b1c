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
  /** At 100×: p50 at most this factor × the same scenario's p50 at 1×. */
  maxP50Factor?: number;
  /** At 100×: the answer's body at most this many bytes. */
  maxBytes?: number;
}

export interface Scenario {
  name: string;
  method: "GET" | "POST";
  path: string;
  /** session: the signed-in analyst's cookie; token: their API token as Bearer. */
  auth: "none" | "session" | "token";
  baseline?: Baseline;
  goal?: Goal;
  /** At 100×: the name of the same scenario at 1×, whose p50 it is compared with. */
  of?: string;
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

const SCALED: Goal = {
  text: "p50 ≤ 2× the 1× figure, body ≤ 1 MB",
  baseline: "static",
  minRatio: 0,
  maxP50Factor: 2,
  maxBytes: 1_000_000,
};

/** The pages and reads again once the 100× data is loaded, each compared with its 1× run. */
export function scaledScenarios(oneX: Scenario[]): Scenario[] {
  return oneX
    .filter((s) => s.method === "GET" && s.auth !== "none")
    .map((s) => ({ ...s, name: `${s.name} at 100×`, goal: SCALED, of: s.name }));
}

/** Every write's body: a team note on the /matrix view; `[<id>]` becomes a number, unique per write. */
export const annotationBody = (runId: string) =>
  JSON.stringify({ target: { kind: "view", path: "/matrix" }, body: `bench ${runId} [<id>]` });

/** The goals of the issue that are not a scenario's throughput: the bench's second table. */
export const OTHER_GOALS = {
  liveLatency: "live: write-to-seen p95 < 300 ms (30 open /matrix viewers, 5 writes/s)",
  liveRenders: "live: no full page render per viewer per change",
  liveCpu: "live: server CPU < 70 % of the machine",
  firstLoadJs: "/matrix first-load JavaScript ≤ 150 kB compressed",
  lcp: "LCP of /matrix in Chromium < 1 s (median)",
  toggle: "toggling a dimension filter: < 100 ms (median), no full reload",
  cell: "opening a matrix cell: < 100 ms (median), no full reload",
  memory: "server memory flat during a 5-minute mixed run (end ≤ 1.10× after warm-up)",
  heavyHealth: "/api/health p99 < 200 ms under heavy work (exports: memory ≤ 1.25×)",
};
