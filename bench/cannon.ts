// One scenario's load, in a process of its own (started by bench/load.ts): a warm-up run, the line
// "measuring", the measured run, then one line of JSON (LoadResult). The spec is argv[2] as JSON.
import autocannon, { type Options } from "autocannon";
import { percentile } from "./report";
import type { LoadResult, LoadSpec } from "./load";

const spec = JSON.parse(process.argv[2]) as LoadSpec;
const acknowledged: string[] = [];
let lastId = 0;

function options(duration: number): Options {
  return {
    url: spec.url,
    connections: spec.connections,
    duration,
    timeout: 30,
    requests: [
      {
        method: spec.method,
        headers: spec.headers,
        body: spec.body,
        // Our own ids: autocannon 8.0.0's idReplacement sends a wrong Content-Length (it expects
        // longer ids than its hyperid makes), and the server then waits for the rest of the body.
        setupRequest: (request) =>
          spec.body
            ? { ...request, body: spec.body.replaceAll("[<id>]", String(++lastId)) }
            : request,
        // A write's answer names the annotation it stored; the bench looks each one up afterwards.
        onResponse: spec.collectIds
          ? (status, body) => {
              if (status >= 200 && status < 300)
                acknowledged.push(
                  (JSON.parse(body) as { annotation: { id: string } }).annotation.id,
                );
            }
          : undefined,
      },
    ],
  };
}

if (spec.warmup > 0) await autocannon(options(spec.warmup));
console.log("measuring");
const latencies: number[] = [];
const run = autocannon(options(spec.duration));
run.on("response", (_client: unknown, _status: number, _bytes: number, ms: number) =>
  latencies.push(ms),
);
const result = await run;
latencies.sort((a, b) => a - b);
const output: LoadResult = {
  requests: result.requests.total,
  seconds: result.duration,
  p50: percentile(latencies, 50),
  p95: percentile(latencies, 95),
  p99: percentile(latencies, 99),
  // autocannon counts timeouts among its errors.
  errors: result.non2xx + result.errors,
  statusCodes: Object.fromEntries(
    Object.entries(result.statusCodeStats).map(([code, { count }]) => [code, count]),
  ),
  acknowledged: spec.collectIds ? acknowledged : undefined,
};
console.log(JSON.stringify(output));
