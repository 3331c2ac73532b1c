// `npm test`: typecheck, lint, unit + integration tests on a fresh database, then Playwright
// end-to-end tests against the app started on another fresh database. Ends with one line
// "tests: N passed, N failed". Flags: --only unit|e2e|static.
import { spawn, spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import path from "node:path";
import { projectRoot, runNode, toolEnv, TSX } from "@/scripts/db/tools";
import { ensureBuilt, ensureClient } from "@/scripts/launcher/build";
import { exitWithError } from "@/scripts/launcher/errors";
import { findFreePort, waitForHttp } from "@/scripts/launcher/port";
import { startSmtpCatcher } from "@/testing/smtp-catcher";
import { createTestDatabase } from "@/testing/test-database";
import {
  addCounts,
  formatCounts,
  readPlaywrightCounts,
  readVitestCounts,
  type Counts,
} from "@/testing/reports";

const require = createRequire(import.meta.url);
const bin = (pkg: string, file: string) =>
  path.join(path.dirname(require.resolve(`${pkg}/package.json`)), file);
const only = process.argv.includes("--only")
  ? process.argv[process.argv.indexOf("--only") + 1]
  : null;
const wants = (stage: string) => only === null || only === stage;
const results = path.join(projectRoot, "test-results");
const failures: string[] = [];

async function step(
  name: string,
  script: string,
  args: string[],
  env: NodeJS.ProcessEnv = toolEnv(),
) {
  console.log(`\n▶ ${name}`);
  const { code } = await runNode(script, args, { env });
  if (code !== 0) failures.push(name);
  return code === 0;
}

async function staticChecks() {
  await step("route types", bin("next", "dist/bin/next"), ["typegen"]);
  await step("typecheck", bin("typescript", "bin/tsc"), ["--noEmit", "-p", "tsconfig.json"]);
  await step("lint", bin("eslint", "bin/eslint.js"), ["--max-warnings", "0", "."]);
  await step("format (Prettier)", bin("prettier", "bin/prettier.cjs"), [
    "--check",
    "--log-level",
    "warn",
    ".",
  ]);
  await step(
    "structure (no import cycles)",
    "scripts/check-structure.ts",
    [],
    toolEnv({
      NODE_OPTIONS: `${process.env.NODE_OPTIONS ?? ""} --conditions=react-server --import tsx`,
    }),
  );
}

async function unitTests(): Promise<Counts> {
  const report = path.join(results, "vitest-report.json");
  await step("unit and integration tests", bin("vitest", "vitest.mjs"), [
    "run",
    "--reporter=default",
    "--reporter=json",
    `--outputFile=${report}`,
  ]);
  return readVitestCounts(report);
}

/**
 * The app (`npm start`) on a port and database; several instances may share one database. Its
 * notification e-mail goes to the tests' SMTP catcher, with links at its own address.
 */
function startApp(port: number, databaseUrl: string, secret: string, smtpPort: number) {
  return spawn(process.execPath, [...TSX, "scripts/start.ts"], {
    cwd: projectRoot,
    stdio: ["ignore", "inherit", "inherit"],
    env: toolEnv({
      DATABASE_URL: databaseUrl,
      PORT: String(port),
      HOST: "127.0.0.1",
      NEXTAUTH_SECRET: secret,
      SMTP_URL: `smtp://127.0.0.1:${smtpPort}`,
      APP_URL: `http://127.0.0.1:${port}`,
    }),
  });
}

async function stopApp(app: ReturnType<typeof startApp>) {
  const exited = new Promise((resolve) => app.once("exit", resolve));
  if (app.exitCode === null) app.kill("SIGTERM");
  await exited;
}

async function e2eTests(): Promise<Counts> {
  console.log("\n▶ end-to-end tests (Playwright, Chromium)");
  await ensureBuilt();
  const db = await createTestDatabase();
  const secret = randomBytes(32).toString("base64url");
  const apps: ReturnType<typeof startApp>[] = [];
  const report = path.join(results, "e2e-report.json");
  // Started before the app: the specs read what it caught at E2E_MAIL_URL.
  const mail = await startSmtpCatcher({ http: true });
  try {
    const port = await findFreePort();
    apps.push(startApp(port, db.url, secret, mail.port));
    if (!(await waitForHttp(`http://127.0.0.1:${port}/api/health`, 180_000)))
      throw new Error("the app did not start for the end-to-end tests");
    // On a PostgreSQL server, a second instance on the same database: live annotations must cross
    // instances (LISTEN/NOTIFY). The embedded database serves one instance only.
    let second: string | undefined;
    if (db.kind === "server") {
      const port2 = await findFreePort();
      apps.push(startApp(port2, db.url, secret, mail.port));
      if (!(await waitForHttp(`http://127.0.0.1:${port2}/api/health`, 180_000)))
        throw new Error("the second app instance did not start for the end-to-end tests");
      second = `http://127.0.0.1:${port2}`;
    }
    const ok = await step(
      "playwright",
      bin("@playwright/test", "cli.js"),
      ["test"],
      toolEnv({
        E2E_BASE_URL: `http://127.0.0.1:${port}`,
        E2E_SECOND_BASE_URL: second,
        E2E_SMTP_PORT: String(mail.port),
        E2E_MAIL_URL: `http://127.0.0.1:${mail.httpPort}`,
        DATABASE_URL: db.url,
      }),
    );
    const counts = await readPlaywrightCounts(report);
    return ok || counts.failed > 0 ? counts : { ...counts, failed: counts.failed + 1 };
  } finally {
    await Promise.all(apps.map(stopApp));
    await mail.close();
    await db.drop();
  }
}

/**
 * The browser stage needs Chromium and CJK fonts from the system: install what is missing when
 * this user can (scripts/system/packages.sh, shared with CI), or stop now with the command to run,
 * before minutes of other checks.
 */
function systemPackages() {
  const result = spawnSync(
    "bash",
    [path.join(projectRoot, "scripts/system/packages.sh"), "browser"],
    {
      stdio: "inherit",
    },
  );
  if (result.status !== 0) process.exit(result.status ?? 1);
}

async function main() {
  if (wants("e2e")) systemPackages();
  await rm(results, { recursive: true, force: true });
  await mkdir(results, { recursive: true });
  await ensureClient();
  let counts: Counts = { passed: 0, failed: 0, skipped: 0 };
  if (wants("static")) await staticChecks();
  if (wants("unit")) counts = addCounts(counts, await unitTests());
  if (wants("e2e")) counts = addCounts(counts, await e2eTests());
  console.log(failures.length ? `\nFailed: ${failures.join(", ")}` : "\nAll checks passed.");
  console.log(`tests: ${formatCounts(counts)}`);
  process.exit(failures.length ? 1 : 0);
}

main().catch(exitWithError);
