import { AppError } from "@/lib/errors/app-error";

// Heavy work (exports, the report, annotation search, password hashing) is bounded per user and per
// app instance, so that one person, or a few, cannot slow the server for everyone: past the limit
// the request is refused at once with 429 and Retry-After instead of queuing behind the others.

export type HeavyKind = "export" | "report" | "search" | "hash";

interface Limit {
  /** at once for one user (hashing runs before anyone is known: per instance only) */
  perUser: number;
  /** at once in this app instance, over all users */
  perInstance: number;
  /** what a refused client is told to wait, in seconds */
  retryAfter: number;
  /** how long a request may wait for a slot before it is refused, in ms (0: refused at once) */
  waitMs: number;
}

export const HEAVY_LIMITS: Record<HeavyKind, Limit> = {
  export: { perUser: 2, perInstance: 3, retryAfter: 2, waitMs: 0 },
  report: { perUser: 1, perInstance: 2, retryAfter: 5, waitMs: 0 },
  search: { perUser: 2, perInstance: 4, retryAfter: 1, waitMs: 0 },
  // Sign-ins queue a little: a hash takes a fraction of a second, and a person's attempt should
  // not fail because a few others hash at the same moment. A flood still meets the wait's end.
  hash: { perUser: Number.POSITIVE_INFINITY, perInstance: 2, retryAfter: 1, waitMs: 3000 },
};

interface Running {
  total: number;
  byUser: Map<string, number>;
}

// One count per process, whichever bundle (route handler, page) loaded this module.
const g = globalThis as unknown as { sccHeavy?: Record<HeavyKind, Running> };
const running = (g.sccHeavy ??= {
  export: { total: 0, byUser: new Map() },
  report: { total: 0, byUser: new Map() },
  search: { total: 0, byUser: new Map() },
  hash: { total: 0, byUser: new Map() },
});

/** The 429 for heavy work refused by its limit; `retryAfter` also becomes the Retry-After header. */
export const busy = (kind: HeavyKind) =>
  new AppError(
    "rate_limited",
    "busy",
    { seconds: HEAVY_LIMITS[kind].retryAfter },
    { retryAfter: HEAVY_LIMITS[kind].retryAfter },
  );

/** Takes a slot for `who` (a user id, or null when nobody is known yet), or throws busy(kind). */
export function acquireHeavy(kind: HeavyKind, who: string | null): () => void {
  const limit = HEAVY_LIMITS[kind];
  const state = running[kind];
  const mine = who === null ? 0 : (state.byUser.get(who) ?? 0);
  if (state.total >= limit.perInstance || mine >= limit.perUser) throw busy(kind);
  state.total += 1;
  if (who !== null) state.byUser.set(who, mine + 1);
  let released = false;
  return () => {
    if (released) return;
    released = true;
    state.total -= 1;
    if (who === null) return;
    const left = (state.byUser.get(who) ?? 1) - 1;
    if (left > 0) state.byUser.set(who, left);
    else state.byUser.delete(who);
  };
}

/** A slot of `kind` for `who`, waiting up to the kind's `waitMs` for one; call the result to give it back. */
async function takeSlot(kind: HeavyKind, who: string | null): Promise<() => void> {
  const deadline = Date.now() + HEAVY_LIMITS[kind].waitMs;
  for (;;) {
    try {
      return acquireHeavy(kind, who);
    } catch (error) {
      if (Date.now() >= deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
  }
}

/** Runs `work` in a slot of `kind`, released when it ends, however it ends. */
export async function withHeavySlot<T>(
  kind: HeavyKind,
  who: string | null,
  work: () => Promise<T>,
): Promise<T> {
  const release = await takeSlot(kind, who);
  try {
    return await work();
  } finally {
    release();
  }
}

/** `body` passed on, calling `release` once it is read to its end, fails, or its reader leaves. */
function releasedAtEnd(body: ReadableStream<Uint8Array>, release: () => void) {
  const reader = body.getReader();
  return new ReadableStream<Uint8Array>({
    async pull(controller) {
      try {
        const { value, done } = await reader.read();
        if (done) {
          release();
          controller.close();
        } else controller.enqueue(value);
      } catch (error) {
        release();
        controller.error(error);
      }
    },
    async cancel(reason) {
      release();
      await reader.cancel(reason);
    },
  });
}

/** Answers with `work`'s response in a slot of `kind`, held until its body (a streamed export) is sent. */
export async function withHeavyResponse(
  kind: HeavyKind,
  who: string | null,
  work: () => Promise<Response>,
): Promise<Response> {
  const release = await takeSlot(kind, who);
  let response: Response;
  try {
    response = await work();
  } catch (error) {
    release();
    throw error;
  }
  if (!response.body) {
    release();
    return response;
  }
  return new Response(releasedAtEnd(response.body, release), {
    status: response.status,
    headers: response.headers,
  });
}

/** How many of `kind` run now (for tests and diagnostics). */
export const heavyRunning = (kind: HeavyKind) => running[kind].total;
