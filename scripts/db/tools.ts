import { spawn, type SpawnOptions } from "node:child_process";
import { createRequire } from "node:module";
import path from "node:path";

const require = createRequire(import.meta.url);

export const projectRoot = path.resolve(path.dirname(require.resolve("../../package.json")));
export const prismaCli = require.resolve("prisma/build/index.js");
export const nextCli = path.join(
  path.dirname(require.resolve("next/package.json")),
  "dist",
  "bin",
  "next",
);
export const schemaEngine = path.join(projectRoot, "prisma", "engine", "schema-engine.mjs");

/**
 * How Node runs the project's TypeScript entry points: through tsx, with the react-server export
 * condition, so that modules marked `import "server-only"` (the database client and queries) load
 * in the launcher and the command-line tools as they do on the server.
 */
export const TSX = ["--conditions=react-server", "--import", "tsx"];

/** Environment for every tool we start: no telemetry or update checks (we are offline). */
export function toolEnv(extra: Record<string, string | undefined> = {}): NodeJS.ProcessEnv {
  return {
    ...process.env,
    NEXT_TELEMETRY_DISABLED: "1",
    CHECKPOINT_DISABLE: "1",
    PRISMA_HIDE_UPDATE_MESSAGE: "1",
    PRISMA_SCHEMA_ENGINE_BINARY: schemaEngine,
    ...extra,
  };
}

export interface RunResult {
  code: number;
  output: string;
}

/** Runs a Node CLI to completion; output is streamed (quiet: false) or kept for an error message. */
export function runNode(
  script: string,
  args: string[],
  options: SpawnOptions & { quiet?: boolean } = {},
): Promise<RunResult> {
  const { quiet = false, ...spawnOptions } = options;
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], {
      cwd: projectRoot,
      env: toolEnv(),
      stdio: quiet ? ["ignore", "pipe", "pipe"] : "inherit",
      ...spawnOptions,
    });
    let output = "";
    child.stdout?.on("data", (chunk) => (output += chunk));
    child.stderr?.on("data", (chunk) => (output += chunk));
    child.on("error", reject);
    child.on("exit", (code, signal) => resolve({ code: code ?? (signal ? 1 : 0), output }));
  });
}
