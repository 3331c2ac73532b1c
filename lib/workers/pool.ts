import os from "node:os";
import { Worker } from "node:worker_threads";

// CPU-heavy work that would hold up the event loop (and with it every other request, and
// /api/health) runs in worker threads: bcrypt in pure JavaScript (a sign-in's hash takes about a
// quarter of a second), cutting the 10 MB CJK font down for an exported image (harfbuzz as
// WebAssembly), and drawing and encoding a PNG (resvg; a 4× image takes a second). Sign-ins and
// exports have threads of their own, so a sign-in never waits behind an image. The workers load
// the app's own packages from its folder, so nothing is bundled.

const SOURCE = String.raw`
const { parentPort } = require("node:worker_threads");
const { createRequire } = require("node:module");
const { readFileSync } = require("node:fs");
const path = require("node:path");
const fromApp = createRequire(path.join(process.cwd(), "package.json"));
const { mkdtempSync, rmSync, writeFileSync } = require("node:fs");
const os = require("node:os");
const fonts = new Map();
const subset = ({ file, characters, format }) => {
  if (!fonts.has(file)) fonts.set(file, readFileSync(file));
  return fromApp("subset-font")(fonts.get(file), characters, { targetFormat: format });
};
const tasks = {
  hash: ({ password, cost }) => fromApp("bcryptjs").hashSync(password, cost),
  compare: ({ password, hash }) => fromApp("bcryptjs").compareSync(password, hash),
  subsetFont: subset,
  png: async ({ svg, fontFiles, characters, family, background }) => {
    const cut = await Promise.all(fontFiles.map((file) => subset({ file, characters, format: "truetype" })));
    // Font files, not buffers: with buffers resvg-js 2.6 also loads the system's fonts, and the
    // output would depend on the machine. No system fonts here, so every machine draws the same.
    const dir = mkdtempSync(path.join(os.tmpdir(), "scc-font-"));
    try {
      const files = cut.map((font, i) => {
        const name = path.join(dir, i + ".ttf");
        writeFileSync(name, font);
        return name;
      });
      const { Resvg } = fromApp("@resvg/resvg-js");
      const font = { fontFiles: files, loadSystemFonts: false, defaultFontFamily: family };
      return new Resvg(svg, { font, background }).render().asPng();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  },
};
parentPort.on("message", async ({ id, task, input }) => {
  try {
    parentPort.postMessage({ id, result: await tasks[task](input) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
`;

export interface Tasks {
  hash: { input: { password: string; cost: number }; result: string };
  compare: { input: { password: string; hash: string }; result: boolean };
  subsetFont: {
    input: { file: string; characters: string; format: "woff2" | "truetype" };
    result: Uint8Array;
  };
  png: {
    input: {
      svg: string;
      /** the whole fonts, cut down to `characters` before drawing */
      fontFiles: string[];
      characters: string;
      family: string;
      background: string;
    };
    result: Uint8Array;
  };
}

/** Which threads run a task: sign-ins never wait behind exports. */
const LANE = { hash: "auth", compare: "auth", subsetFont: "export", png: "export" } as const;
type Lane = (typeof LANE)[keyof typeof LANE];

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

interface Thread {
  worker: Worker;
  pending: Map<number, Pending>;
}

/** Threads per lane: two at most, and one fewer than the cores, so the event loop keeps a core. */
const SIZE = Math.max(1, Math.min(2, os.availableParallelism() - 1));

// One pool per process, whichever bundle (route handler, page, auth) loaded this module.
const g = globalThis as unknown as { sccWorkers?: Record<Lane, Thread[]> };
const pools = (g.sccWorkers ??= { auth: [], export: [] });

function startThread(lane: Lane): Thread {
  const thread: Thread = { worker: new Worker(SOURCE, { eval: true }), pending: new Map() };
  const fail = (error: Error) => {
    for (const { reject } of thread.pending.values()) reject(error);
    thread.pending.clear();
    pools[lane] = pools[lane].filter((t) => t !== thread);
  };
  thread.worker.on(
    "message",
    ({ id, result, error }: { id: number; result?: unknown; error?: string }) => {
      const pending = thread.pending.get(id);
      thread.pending.delete(id);
      if (thread.pending.size === 0) thread.worker.unref();
      if (error === undefined) pending?.resolve(result);
      else pending?.reject(new Error(error));
    },
  );
  thread.worker.on("error", fail);
  thread.worker.on("exit", (code) => fail(new Error(`A worker thread stopped (exit ${code})`)));
  thread.worker.unref();
  return thread;
}

/** The least busy thread of `lane`, started when the lane is not full yet. */
function thread(lane: Lane): Thread {
  const threads = pools[lane];
  const idle = threads.find((t) => t.pending.size === 0);
  if (idle) return idle;
  if (threads.length < SIZE) {
    const started = startThread(lane);
    threads.push(started);
    return started;
  }
  return threads.reduce((a, b) => (b.pending.size < a.pending.size ? b : a));
}

let ids = 0;

/** Runs `task` in a worker thread; a thread that fails rejects its tasks and is replaced on next use. */
export function inWorker<K extends keyof Tasks>(
  task: K,
  input: Tasks[K]["input"],
): Promise<Tasks[K]["result"]> {
  const t = thread(LANE[task]);
  const id = ++ids;
  return new Promise((resolve, reject) => {
    t.pending.set(id, { resolve: resolve as (value: unknown) => void, reject });
    // A thread with work keeps the process alive until it is done; an idle one does not.
    t.worker.ref();
    t.worker.postMessage({ id, task, input });
  });
}
