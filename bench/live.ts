// The live goal: `viewers` readers of the annotation stream (server-sent events, read with fetch in
// this process) and, when there is a Chromium, one /matrix page, while a team note on /matrix is
// posted at a fixed rate. Each note's id is looked for on every reader's stream.
import os from "node:os";
import type { Browser } from "@playwright/test";
import type { LivePage, LiveRun } from "./checks";
import { settle, signedInContext } from "./browser";
import { sampleUsage } from "./proc";
import { annotationBody } from "./scenarios";

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** One reader of GET /api/v1/annotations/stream: when each annotation's event arrived. */
function openReader(url: string, cookie: string) {
  const controller = new AbortController();
  const arrivals = new Map<string, number>();
  let opened!: () => void, failed!: (error: unknown) => void;
  const connected = new Promise<void>((resolve, reject) => {
    opened = resolve;
    failed = reject;
  });
  const timer = setTimeout(() => failed(new Error("a stream did not connect in 10 s")), 10_000);
  void (async () => {
    const response = await fetch(url, {
      headers: { cookie, accept: "text/event-stream" },
      signal: controller.signal,
    });
    if (!response.ok || !response.body) throw new Error(`the stream answered ${response.status}`);
    const reader = response.body.getReader();
    const decoder = new TextDecoder();
    let buffer = "";
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      const at = performance.now();
      buffer += decoder.decode(chunk.value, { stream: true });
      for (let end = buffer.indexOf("\n\n"); end >= 0; end = buffer.indexOf("\n\n")) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        if (block.includes(": connected")) {
          clearTimeout(timer);
          opened();
        }
        const data = /^data: (.*)$/m.exec(block)?.[1];
        if (!data || !/^event: annotation$/m.test(block)) continue;
        const { annotationId } = JSON.parse(data) as { annotationId: string };
        if (!arrivals.has(annotationId)) arrivals.set(annotationId, at);
      }
    }
    throw new Error("the stream ended");
  })().catch((error: unknown) => {
    // Ended by close(); a reader lost during the run shows as missing deliveries.
    clearTimeout(timer);
    failed(error);
  });
  return { arrivals, connected, close: () => controller.abort() };
}

/** Posts a team note on /matrix; the time just before it was sent, and its id when acknowledged. */
async function post(base: string, cookie: string, body: string) {
  const sentAt = performance.now();
  try {
    const response = await fetch(`${base}/api/v1/annotations`, {
      method: "POST",
      headers: { cookie, origin: base, "content-type": "application/json" },
      body,
    });
    if (!response.ok) return { sentAt, id: null };
    const { annotation } = (await response.json()) as { annotation: { id: string } };
    return { sentAt, id: annotation.id };
  } catch {
    return { sentAt, id: null };
  }
}

/** A /matrix page in Chromium that counts its server renders and the changes its stream hands it. */
async function openPage(browser: Browser, base: string, cookie: string) {
  const context = await signedInContext(browser, base, cookie);
  const page = await context.newPage();
  const stream = page.waitForResponse((r) => r.url().includes("/api/v1/annotations/stream"));
  await page.goto(`${base}/matrix`, { waitUntil: "load" });
  await stream;
  await settle(page);
  // lib/annotations/live-events.ts hands each change to the page's listeners as this event.
  await page.evaluate(`window.__benchSeen = [];
    window.addEventListener("scc-annotation-change", (e) => window.__benchSeen.push(e.detail.annotationId));`);
  const counts = { renders: 0, prefetches: 0, reloads: 0 };
  page.on("request", (r) => {
    const headers = r.headers();
    if (headers["rsc"] === "1" || r.url().includes("_rsc=")) {
      counts.renders++;
      if (headers["next-router-prefetch"]) counts.prefetches++;
    } else if (r.resourceType() === "document") counts.reloads++;
  });
  return {
    async finish(ids: Set<string>): Promise<LivePage> {
      const seen = (await page.evaluate("window.__benchSeen")) as string[] | undefined;
      await context.close();
      return { ...counts, changesSeen: new Set(seen?.filter((id) => ids.has(id))).size };
    },
  };
}

export interface LiveOptions {
  base: string;
  cookie: string;
  /** The server's process, for its CPU; null when it is not ours (--url). */
  pid: number | null;
  browser: Browser | string;
  viewers: number;
  writesPerSec: number;
  seconds: number;
  runId: string;
}

export async function measureLive(o: LiveOptions): Promise<LiveRun> {
  const readers = Array.from({ length: o.viewers }, () =>
    openReader(`${o.base}/api/v1/annotations/stream`, o.cookie),
  );
  try {
    await Promise.all(readers.map((r) => r.connected));
    const page =
      typeof o.browser === "string"
        ? o.browser
        : await openPage(o.browser, o.base, o.cookie).catch((e: Error) => `the page: ${e.message}`);
    const count = o.writesPerSec * o.seconds;
    const finishUsage = o.pid === null ? null : sampleUsage(o.pid);
    const start = performance.now();
    const sent: ReturnType<typeof post>[] = [];
    for (let i = 0; i < count; i++) {
      await sleep(start + (i * 1000) / o.writesPerSec - performance.now());
      sent.push(post(o.base, o.cookie, annotationBody(o.runId).replace("[<id>]", `live ${i}`)));
    }
    const writes = await Promise.all(sent);
    const usage = finishUsage?.() ?? null;
    const acknowledged = writes.filter((w) => w.id !== null) as { sentAt: number; id: string }[];
    const ids = new Set(acknowledged.map((w) => w.id));
    // Late events: up to 5 s more for every reader to have every note.
    const until = performance.now() + 5000;
    while (
      performance.now() < until &&
      readers.some((r) => [...ids].some((id) => !r.arrivals.has(id)))
    )
      await sleep(100);
    const latencies: number[] = [];
    let missing = 0;
    for (const { sentAt, id } of acknowledged)
      for (const { arrivals } of readers) {
        const at = arrivals.get(id);
        if (at === undefined) missing++;
        else latencies.push(Math.round((at - sentAt) * 10) / 10);
      }
    return {
      viewers: o.viewers,
      seconds: o.seconds,
      writesPerSec: o.writesPerSec,
      writes: {
        sent: count,
        acknowledged: acknowledged.length,
        failed: count - acknowledged.length,
      },
      latencies,
      missing,
      cpuPercent: usage?.cpuPercent ?? null,
      cores: os.availableParallelism(),
      page: typeof page === "string" ? page : await page.finish(ids),
    };
  } finally {
    readers.forEach((r) => r.close());
  }
}
