// /matrix in Chromium (scripts/chromium.ts): the JavaScript of a first load, LCP, and how long
// toggling a dimension and opening a cell take. The scripts run in the page are plain strings, so
// that no helper of the TypeScript compiler ends up in code that the browser runs.
import { gzipSync } from "node:zlib";
import { chromium, type Browser, type BrowserContext, type Page } from "@playwright/test";
import { CHROMIUM_ARGS, findChromium, noChromiumMessage } from "@/scripts/chromium";
import type { BrowserRun, Interaction, JsLoad } from "./checks";

/** Chromium, or why there is none: the bench then says which goals it did not measure. */
export async function launchChromium(): Promise<Browser | string> {
  const executablePath = findChromium();
  if (!executablePath) return noChromiumMessage();
  try {
    return await chromium.launch({ executablePath, args: CHROMIUM_ARGS });
  } catch (error) {
    return `Chromium (${executablePath}) did not start: ${error instanceof Error ? error.message : error}`;
  }
}

/** A new context (empty cache) signed in with the session's Cookie header. */
export async function signedInContext(browser: Browser, base: string, cookie: string) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  await context.addCookies(
    cookie.split("; ").map((pair) => {
      const at = pair.indexOf("=");
      return { name: pair.slice(0, at), value: pair.slice(at + 1), url: base };
    }),
  );
  return context;
}

/** Waits until the page has made no request for a second, the event stream left aside. */
export async function settle(page: Page, quietMs = 1000, maxMs = 15_000) {
  let inFlight = 0;
  let last = performance.now();
  const counted = (r: { resourceType(): string }) => r.resourceType() !== "eventsource";
  const start = (r: { resourceType(): string }) => {
    if (counted(r)) [inFlight, last] = [inFlight + 1, performance.now()];
  };
  const end = (r: { resourceType(): string }) => {
    if (counted(r)) [inFlight, last] = [inFlight - 1, performance.now()];
  };
  page.on("request", start);
  page.on("requestfinished", end);
  page.on("requestfailed", end);
  const until = performance.now() + maxMs;
  while (performance.now() < until && (inFlight > 0 || performance.now() - last < quietMs))
    await new Promise((resolve) => setTimeout(resolve, 100));
  page.off("request", start);
  page.off("requestfinished", end);
  page.off("requestfailed", end);
}

const LCP = `new Promise((resolve) => {
  new PerformanceObserver((list) => resolve(list.getEntries().at(-1).startTime))
    .observe({ type: "largest-contentful-paint", buffered: true });
  setTimeout(() => resolve(null), 3000);
})`;

/** One fresh load of url: its LCP, and the compressed size of every .js answer. */
async function freshLoad(context: BrowserContext, url: string) {
  const page = await context.newPage();
  const files: Promise<{ encoding: string; bytes: number }>[] = [];
  page.on("response", (response) => {
    if (!new URL(response.url()).pathname.endsWith(".js")) return;
    files.push(
      (async () => {
        const encoding = (await response.allHeaders())["content-encoding"] ?? "none";
        // Sent uncompressed: what gzip would make of it.
        if (encoding === "none") return { encoding, bytes: gzipSync(await response.body()).length };
        return { encoding, bytes: (await response.request().sizes()).responseBodySize };
      })(),
    );
  });
  await page.goto(url, { waitUntil: "load" });
  await settle(page);
  const lcp = (await page.evaluate(LCP)) as number | null;
  if (lcp === null) throw new Error(`${url} reported no largest-contentful-paint entry.`);
  const sizes = await Promise.all(files);
  await page.close();
  const js: JsLoad = {
    files: sizes.length,
    bytes: sizes.reduce((sum, f) => sum + f.bytes, 0),
    encodings: [...new Set(sizes.map((f) => f.encoding))],
    computed: sizes.filter((f) => f.encoding === "none").length,
  };
  return { lcp, js };
}

// Clicks, then resolves with the ms until ready() holds and the URL has changed (or why not).
const TIMER = `window.__benchTime = (click, ready) => new Promise((resolve) => {
  const from = location.href;
  const start = performance.now();
  let done = false;
  const finish = (result) => {
    done = true;
    observer.disconnect();
    clearInterval(timer);
    resolve(result);
  };
  const check = () => {
    if (done) return;
    if (location.href !== from && ready()) finish({ ms: performance.now() - start });
    else if (performance.now() - start > 5000)
      finish({ error: location.href === from ? "URL unchanged after 5 s" : "no new state after 5 s" });
  };
  const observer = new MutationObserver(check);
  observer.observe(document.documentElement, { subtree: true, childList: true, attributes: true, characterData: true });
  const timer = setInterval(check, 4);
  click();
})`;

// Hides the first dimension shown, or shows the one hidden: one row fewer, or one more.
const TOGGLE = `(() => {
  const rows = () => document.querySelectorAll("[data-testid=matrix] tbody tr").length;
  const before = rows();
  const menu = document.querySelector("details.dimension-filter");
  menu.open = true;
  const hidden = menu.querySelector('a.check-link[data-shown="false"]');
  const link = hidden ?? menu.querySelector('a.check-link[data-shown="true"]');
  const after = hidden ? before + 1 : before - 1;
  return window.__benchTime(() => link.click(), () => rows() === after);
})()`;

// Opens cell number i (of those not open): its link marked current, the panel shown, in the URL.
const CELL = (i: number) => `(() => {
  const links = [...document.querySelectorAll('a[data-testid^="cell-"]:not([aria-current])')];
  const testId = links[${i} % links.length].dataset.testid;
  const cell = links[${i} % links.length].closest("td").dataset.cell;
  const link = () => document.querySelector('a[data-testid="' + testId + '"]');
  return window.__benchTime(() => link().click(), () =>
    link()?.getAttribute("aria-current") === "true" &&
    document.querySelector("[data-testid=cell-panel]") !== null &&
    decodeURIComponent(location.search).includes("focus=cell:" + cell));
})()`;

/** Times `clicks` runs of script in page; a lost marker on window means the page was reloaded. */
async function time(page: Page, script: (i: number) => string, clicks: number) {
  const done: Interaction = { ms: [], failed: [], reloaded: false };
  const marker = String(Math.random());
  await page.evaluate(`${TIMER}; window.__benchMarker = ${JSON.stringify(marker)}`);
  for (let i = 0; i < clicks && !done.reloaded; i++) {
    try {
      const result = (await page.evaluate(script(i))) as { ms?: number; error?: string };
      if (result.ms !== undefined) done.ms.push(Math.round(result.ms * 10) / 10);
      else done.failed.push(result.error ?? "unknown");
    } catch (error) {
      // The page's JavaScript context was replaced under the script: a full reload.
      if (!/context was destroyed|navigation/i.test(String(error))) throw error;
    }
    await settle(page, 300);
    done.reloaded = (await page.evaluate("window.__benchMarker")) !== marker;
  }
  return done;
}

/** First-load JS and LCP over `loads` fresh loads of /matrix, then the two interactions. */
export async function measureBrowser(
  browser: Browser,
  base: string,
  cookie: string,
  { loads, clicks }: { loads: number; clicks: number },
): Promise<BrowserRun> {
  const url = `${base}/matrix`;
  const lcp: number[] = [];
  let js: JsLoad | undefined;
  for (let i = 0; i < loads; i++) {
    const context = await signedInContext(browser, base, cookie);
    const load = await freshLoad(context, url);
    await context.close();
    lcp.push(Math.round(load.lcp));
    js ??= load.js;
  }
  const context = await signedInContext(browser, base, cookie);
  const page = await context.newPage();
  await page.goto(url, { waitUntil: "load" });
  await settle(page);
  const toggle = await time(page, () => TOGGLE, clicks);
  const cell = await time(page, CELL, clicks);
  await context.close();
  return { js: js!, lcp, toggle, cell };
}
