import { NextResponse } from "next/server";
import { subscribe } from "@/lib/annotations/live";
import { badRequest } from "@/lib/api/errors";
import { apiRoute } from "@/lib/api/handler";
import { canRead } from "@/lib/permissions";
import { changeFor, changesSince, latestChangeId } from "@/lib/queries/annotations";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

/**
 * GET /api/v1/annotations/stream: server-sent events, one per annotation change (`id:` is the
 * change id). A client that reconnects sends `Last-Event-ID` (or `?since=`) and first gets what it
 * missed, then the live changes.
 */
export const GET = apiRoute(canRead, async (request, { url, user }) => {
  const asked = request.headers.get("last-event-id") ?? url.searchParams.get("since");
  if (asked !== null && !/^\d{1,18}$/.test(asked)) throw badRequest("Last-Event-ID 必须是变更编号。", "Last-Event-ID must be a change id.");
  let lastSent = asked !== null ? BigInt(asked) : await latestChangeId();
  const encoder = new TextEncoder();
  let stop = () => {};

  const stream = new ReadableStream<Uint8Array>({
    async start(controller) {
      let open = true;
      const write = (text: string) => {
        if (open) controller.enqueue(encoder.encode(text));
      };
      // Changes are sent in id order, one at a time, so catch-up and live ones never interleave.
      let queue = Promise.resolve();
      const send = (ids: bigint[]) => {
        queue = queue.then(async () => {
          for (const id of ids.sort((a, b) => (a < b ? -1 : 1))) {
            if (!open || id <= lastSent) continue;
            const [change] = await changesSince(id - BigInt(1), 1);
            if (!change || change.id !== id) continue;
            const event = await changeFor(user, change);
            lastSent = id;
            if (event) write(`id: ${id}\nevent: annotation\ndata: ${JSON.stringify({ ...event, id: String(event.id) })}\n\n`);
          }
        });
        return queue;
      };
      const unsubscribe = await subscribe((id) => void send([id]));
      write(`retry: 2000\n: connected\n\n`);
      // Catch up on everything missed, a page at a time.
      for (let page = await changesSince(lastSent); page.length > 0 && open; page = await changesSince(lastSent)) {
        await send(page.map((c) => c.id));
        if (page.length < 500) break;
      }
      const heartbeat = setInterval(() => write(`: ping\n\n`), HEARTBEAT_MS);
      stop = () => {
        if (!open) return;
        open = false;
        clearInterval(heartbeat);
        unsubscribe();
        try {
          controller.close();
        } catch {
          // already closed by the client
        }
      };
      request.signal.addEventListener("abort", stop);
    },
    cancel() {
      stop();
    },
  });

  return new NextResponse(stream, {
    headers: { "Content-Type": "text/event-stream; charset=utf-8", "Cache-Control": "no-cache, no-transform", "X-Accel-Buffering": "no", Connection: "keep-alive" },
  });
});
