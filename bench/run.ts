// `npm run bench [-- --quick] [--scale 100] [--connections N] [--duration S] [--url URL]`: starts the production
// server on a fresh database (embedded, or a new database on DATABASE_URL's PostgreSQL server),
// creates its own analyst, loads each scenario from a separate process, and prints one table of
// figures as ratios to the same run's baselines, with the goals of issue 15; then measures the
// issue's other goals (bench/others.ts) and prints them as a second table. See bench/results/README.md.
import { execFileSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { parseArgs } from "node:util";
import { projectRoot } from "@/scripts/db/tools";
import { waitForHttp } from "@/scripts/launcher/port";
import { runLoad } from "./load";
import { sampleUsage, type Usage } from "./proc";
import { measureOtherGoals, otherSettings } from "./others";
import {
  baselines,
  CHECK_NOTES,
  checkCells,
  checkWrites,
  formatNumber,
  judge,
  markdownTable,
  NO_NUMBERS,
  notes,
  reqPerSec,
  tableCells,
  textTable,
  type Check,
  type Measured,
} from "./report";
import { loadScale100 } from "./scale";
import { annotationBody, scaledScenarios, scenarios, type Scenario } from "./scenarios";
import { startServer, type Server } from "./server";
import { bodySize, createAnalyst, expectOk, findNotes, signIn, staticAsset } from "./session";

function readSettings() {
  const { values } = parseArgs({
    options: {
      quick: { type: "boolean", default: false },
      connections: { type: "string", default: "20" },
      duration: { type: "string" },
      url: { type: "string" },
      scale: { type: "string", default: "1" },
    },
  });
  const positive = (name: string, text: string) => {
    const n = Number(text);
    if (!Number.isInteger(n) || n < 1) throw new Error(`--${name} must be a whole number above 0.`);
    return n;
  };
  if (values.scale !== "1" && values.scale !== "100") throw new Error("--scale is 1 or 100.");
  if (values.scale === "100" && values.url)
    throw new Error("--scale 100 loads data into a server of its own: leave out --url.");
  return {
    scale: Number(values.scale) as 1 | 100,
    quick: values.quick,
    connections: positive("connections", values.connections),
    duration: positive("duration", values.duration ?? (values.quick ? "5" : "10")),
    warmup: values.quick ? 1 : 3,
    url: values.url?.replace(/\/$/, ""),
  };
}
type Settings = ReturnType<typeof readSettings>;

/** What the run started, ended last first (the server, then its database), also on Ctrl-C. */
const undo: (() => Promise<unknown>)[] = [];
let stopping: Promise<void> | undefined;
const stop = () =>
  (stopping ??= (async () => {
    while (undo.length) await undo.pop()!().catch((error) => console.error(error));
  })());
for (const signal of ["SIGINT", "SIGTERM"] as const)
  process.on(signal, () => void stop().then(() => process.exit(130)));

/** Our own analyst on a server we started; for --url, BENCH_EMAIL, BENCH_PASSWORD, BENCH_TOKEN. */
async function credentials(server: Server | null) {
  if (server) {
    const email = "bench-analyst@example.com";
    const password = randomBytes(18).toString("base64url");
    return { email, password, token: await createAnalyst(server.env, email, password) };
  }
  const { BENCH_EMAIL: email, BENCH_PASSWORD: password, BENCH_TOKEN: token } = process.env;
  if (!email || !password || !token)
    throw new Error(
      "With --url, set BENCH_EMAIL and BENCH_PASSWORD (an analyst) and BENCH_TOKEN (their API token).",
    );
  return { email, password, token };
}

function gitCommit() {
  const git = (...a: string[]) => execFileSync("git", a, { cwd: projectRoot, encoding: "utf8" });
  try {
    const dirty = git("status", "--porcelain", "--untracked-files=no").trim() !== "";
    return `${git("rev-parse", "--short", "HEAD").trim()}${dirty ? " (uncommitted changes)" : ""}`;
  } catch {
    return "unknown";
  }
}

async function measure(base: string, server: Server | null, settings: Settings) {
  const { email, password, token } = await credentials(server);
  const headers = {
    none: {},
    session: { cookie: await signIn(base, email, password) },
    token: { authorization: `Bearer ${token}` },
  };
  await expectOk(base, "/matrix", headers.session);
  await expectOk(base, "/api/v1/countries", headers.token);
  const runId = randomBytes(6).toString("hex");
  const rows: Measured[] = [];
  const run = async (scenario: Scenario) => {
    const write = scenario.method === "POST";
    const sent = write
      ? { ...headers[scenario.auth], origin: base, "content-type": "application/json" }
      : headers[scenario.auth];
    // The size of one answer, before the load.
    const bytes = write ? undefined : await bodySize(`${base}${scenario.path}`, sent);
    let finish: (() => Usage | null) | undefined;
    const result = await runLoad(
      {
        url: `${base}${scenario.path}`,
        method: scenario.method,
        // A write with the session cookie must come from our own origin (proxy.ts).
        headers: sent,
        body: write ? annotationBody(runId) : undefined,
        connections: settings.connections,
        warmup: settings.warmup,
        duration: settings.duration,
        collectIds: write,
      },
      () => (finish = server ? sampleUsage(server.pid) : undefined),
    );
    const p50Of = rows.find((r) => r.scenario.name === scenario.of)?.result.p50;
    const row: Measured = { scenario, result, usage: finish?.() ?? null, bytes, p50Of };
    if (write)
      row.writes = checkWrites(result.acknowledged ?? [], await findNotes(base, token, runId));
    rows.push(row);
    const { pass } = judge(row, baselines(rows));
    console.log(
      `  ${scenario.name}: ${formatNumber(reqPerSec(result))} req/s, p99 ${formatNumber(result.p99)} ms, ` +
        `${result.errors} errors${pass === null ? "" : pass ? ", goal met" : ", goal missed"}`,
    );
  };
  const oneX = scenarios(await staticAsset(base));
  for (const scenario of oneX) await run(scenario);
  if (settings.scale === 100 && server) {
    console.log("Loading the 100× data into the same server…");
    const loaded = await loadScale100(server, console.log);
    console.log(`  ${JSON.stringify(loaded)}`);
    for (const scenario of scaledScenarios(oneX)) await run(scenario);
  }
  console.log("\nThe other goals, against the same server:");
  const checks = await measureOtherGoals({
    base,
    pid: server?.pid ?? null,
    cookie: headers.session.cookie,
    token,
    runId,
    quick: settings.quick,
    undo,
    log: console.log,
  });
  return { rows, checks };
}

async function writeResults(
  meta: Record<string, unknown>,
  heading: string,
  rows: Measured[],
  checks: Check[],
) {
  const dir = path.join(projectRoot, "bench", "results");
  await mkdir(dir, { recursive: true });
  const base = baselines(rows);
  const scenarioJson = rows.map(({ scenario, result, usage, writes }) => ({
    ...scenario,
    reqPerSec: reqPerSec(result),
    ...result,
    acknowledged: result.acknowledged?.length,
    usage,
    writes,
    ...judge({ scenario, result, usage, writes }, base),
  }));
  const json = { ...meta, scenarios: scenarioJson, checks };
  await writeFile(path.join(dir, "latest.json"), `${JSON.stringify(json, null, 2)}\n`);
  const markdown = [
    `# ${heading}`,
    markdownTable(tableCells(rows)),
    ...notes(rows),
    "## Other goals",
    markdownTable(checkCells(checks), NO_NUMBERS),
    CHECK_NOTES,
  ];
  await writeFile(path.join(dir, "latest.md"), `${markdown.join("\n\n")}\n`);
}

async function main() {
  const settings = readSettings();
  const started = performance.now();
  if (!settings.url) console.log("Starting the production server on a fresh database…");
  const server = settings.url ? null : await startServer(process.env.DATABASE_URL, undo);
  if (server) console.log(`Server up in ${Math.round((performance.now() - started) / 1000)} s.`);
  const base = server?.url ?? settings.url!;
  if (!server && !(await waitForHttp(`${base}/api/health`, 10_000)))
    throw new Error(`${base}/api/health does not answer 200.`);
  const meta = {
    date: new Date().toISOString(),
    commit: gitCommit(),
    node: process.version,
    database: server?.database ?? `a running server at ${base}`,
    settings: { ...settings, otherGoals: otherSettings(settings.quick) },
  };
  const other = meta.settings.otherGoals;
  const heading =
    `Bench ${meta.date}: ${meta.database}, commit ${meta.commit}, Node ${meta.node}, ` +
    `${settings.connections} connections, ${settings.duration} s per scenario after ${settings.warmup} s of warm-up` +
    (settings.scale === 100 ? ", then the pages and reads again at 100× data" : "") +
    `; other goals: live for ${other.liveSeconds} s, memory for ${other.memorySeconds} s`;
  console.log(`\n${heading}`);
  const { rows, checks } = await measure(base, server, settings);
  console.log(`\n${textTable(tableCells(rows))}\n\n${notes(rows).join("\n")}`);
  console.log(`\nOther goals\n\n${textTable(checkCells(checks), NO_NUMBERS)}\n\n${CHECK_NOTES}`);
  await writeResults(meta, heading, rows, checks);
  console.log("\nWritten: bench/results/latest.json, bench/results/latest.md");
}

main()
  .catch((error: unknown) => {
    console.error(`Error: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  })
  .finally(async () => {
    await stop();
    process.exit();
  });
