import { spawn } from "node:child_process";
import { createInterface } from "node:readline";
import { projectRoot, TSX } from "@/scripts/db/tools";

/** What bench/cannon.ts runs: one request, repeated by `connections` clients. */
export interface LoadSpec {
  url: string;
  method: "GET" | "POST";
  headers: Record<string, string>;
  /** `[<id>]` in it becomes a number, new in every request. */
  body?: string;
  connections: number;
  /** Seconds. */
  warmup: number;
  duration: number;
  /** Keep the id of every annotation a 2xx answer names (warm-up included). */
  collectIds?: boolean;
}

export interface LoadResult {
  requests: number;
  seconds: number;
  /** Milliseconds, of every answer in the measured run. */
  p50: number;
  p95: number;
  p99: number;
  /** Answers other than 2xx, connection errors and timeouts. */
  errors: number;
  statusCodes: Record<string, number>;
  acknowledged?: string[];
}

/**
 * Runs one scenario in a separate Node process, so the load generator's own work is not counted
 * in the server's process; onMeasuring is called when the warm-up is over.
 */
export function runLoad(spec: LoadSpec, onMeasuring: () => void): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [...TSX, "bench/cannon.ts", JSON.stringify(spec)], {
      cwd: projectRoot,
      stdio: ["ignore", "pipe", "inherit"],
    });
    let result: LoadResult | undefined;
    createInterface({ input: child.stdout }).on("line", (line) => {
      if (line === "measuring") onMeasuring();
      else if (line.startsWith("{")) result = JSON.parse(line) as LoadResult;
    });
    child.on("error", reject);
    child.on("close", (code) =>
      result ? resolve(result) : reject(new Error(`the load process ended with code ${code}`)),
    );
  });
}
