#!/usr/bin/env node
// A stand-in for Prisma's native schema engine, which cannot be downloaded offline.
// The Prisma CLI starts it (via PRISMA_SCHEMA_ENGINE_BINARY) exactly as it starts the
// native binary: `--datamodels F… --datasource JSON` for JSON-RPC on stdin/stdout, or
// `--datasource JSON cli COMMAND` for one-shot commands. The work itself is done by
// the WebAssembly build of the same engine (@prisma/schema-engine-wasm) through the
// node-postgres driver adapter, so `prisma migrate dev|deploy|diff|reset` work unchanged.
import { readFile } from "node:fs/promises";
import { createInterface } from "node:readline";
import {
  panic,
  loadEngine,
  makeAdapterFactory,
  parseArgs,
  probeDatabase,
  createDatabase,
} from "./wasm-engine.mjs";

const args = parseArgs(process.argv.slice(2));

/** Logs go to stderr as JSON lines, the format the CLI parses. */
function log(level, message, extra = {}) {
  process.stderr.write(
    `${JSON.stringify({ level, fields: { message, ...extra }, target: "schema_engine::logger" })}\n`,
  );
}

async function runCli(command) {
  // The CLI skips the first stderr line, then parses each following one as JSON.
  process.stderr.write("schema-engine-wasm\n");
  const url = args.datasource?.url;
  if (!url) {
    log("ERROR", "No datasource URL was given.", { error_code: "P1012" });
    process.exit(1);
  }
  try {
    if (command === "can-connect-to-database") await probeDatabase(url);
    else if (command === "create-database") await createDatabase(url);
    else throw Object.assign(new Error(`Unknown command ${command}`), { code: "P1000" });
    process.exit(0);
  } catch (error) {
    log("ERROR", error.message, { error_code: error.code ?? "P1001" });
    process.exit(1);
  }
}

function toRpcError(error) {
  if (panic.message) {
    const message = panic.message;
    panic.message = null;
    return { code: 4466, message, data: { is_panic: true, message, error: { message } } };
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = typeof error?.code === "string" ? error.code : undefined;
  return {
    code: 4466,
    message: "An error happened. Check the data field for details.",
    data: {
      is_panic: false,
      message,
      meta: error?.meta ?? null,
      ...(code ? { error_code: code } : {}),
    },
  };
}

async function runRpc() {
  const datamodels = await Promise.all(
    args.datamodels.map(async (file) => [file, await readFile(file, "utf8")]),
  );
  const factory = await makeAdapterFactory(args.datasource);
  const engine = await loadEngine(
    datamodels.length > 0 ? datamodels : undefined,
    (line) => process.stderr.write(`${line}\n`),
    factory,
  );
  const send = (message) =>
    process.stdout.write(`${JSON.stringify({ jsonrpc: "2.0", ...message })}\n`);
  let current = null;

  // The WebAssembly glue throws some argument errors asynchronously; answer the request that caused them.
  process.on("uncaughtException", (error) => {
    if (current === null) throw error;
    send({ id: current, error: toRpcError(error) });
    current = null;
  });

  const handlers = {
    getDatabaseVersion: () => engine.version(),
    debugPanic: () => engine.debugPanic(),
    diff: async (params) => {
      const result = await engine.diff(params);
      // The native engine prints through a JSON-RPC "print" request; the CLI writes it to stdout.
      if (result.stdout)
        send({
          id: "print",
          method: "print",
          params: { content: result.stdout.replace(/\n$/, "") },
        });
      return { exitCode: result.exitCode };
    },
  };

  const queue = [];
  let busy = false;
  async function drain() {
    if (busy) return;
    busy = true;
    while (queue.length > 0) {
      const request = queue.shift();
      current = request.id;
      try {
        const handler = handlers[request.method];
        const fn =
          handler ??
          ((params) => {
            if (typeof engine[request.method] !== "function")
              throw new Error(`Unsupported method ${request.method}`);
            return engine[request.method](params);
          });
        const result = await fn(request.params);
        // Drop shadow databases before answering: the CLI kills the engine right after.
        await factory.dispose();
        if (current !== null) send({ id: request.id, result: result ?? {} });
      } catch (error) {
        await factory.dispose();
        if (current !== null) send({ id: request.id, error: toRpcError(error) });
      }
      current = null;
    }
    busy = false;
  }

  const lines = createInterface({ input: process.stdin, crlfDelay: Infinity });
  lines.on("line", (line) => {
    if (!line.trim()) return;
    let message;
    try {
      message = JSON.parse(line);
    } catch {
      return;
    }
    if (message.method === undefined) return; // a reply to our "print" request
    queue.push(message);
    void drain();
  });
  lines.on("close", async () => {
    while (busy || queue.length > 0) await new Promise((resolve) => setTimeout(resolve, 10));
    await factory.dispose?.();
    process.exit(0);
  });
}

if (args.version) {
  const { default: pkg } = await import("@prisma/schema-engine-wasm/package.json", {
    with: { type: "json" },
  });
  process.stdout.write(`schema-engine-wasm ${pkg.version}\n`);
} else if (args.cli) {
  await runCli(args.cli);
} else {
  await runRpc();
}
