import { NextResponse } from "next/server";
import { subscribe } from "@/lib/annotations/live";
import { z } from "zod";
import { apiRoute } from "@/lib/api/route";
import { credentialCheck } from "@/lib/auth/current-user";
import { badRequest } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { changeFor, changesSince, latestChangeId } from "@/lib/queries/annotations";

export const dynamic = "force-dynamic";

const HEARTBEAT_MS = 15_000;

/**
 * GET /api/v1/annotations/stream: server-sent events, one per annotation change (`id:` is the
 * change id), and a `notification` event when the reader gets a notification (nobody else is told). A client that reconnects sends `Last-Event-ID` (or `?since=`) and first gets what it
 * missed, then the live changes.
 *
 * The stream always sends "every change after the last one sent", read from the change log: a
 * notification only says "look now". So catch-up and live changes cannot interleave or skip, and
 * a missed notification is made good at the next one or at the next heartbeat (every 15 s).
 *
 * The reader is checked again before the next event whenever someone's access changed (disabled,
 * signed out, password reset, token revoked: announced on the same channel, in commit order, so
 * before any later change) and at each heartbeat; a reader who is out has the stream closed at once.
 */
export const GET = apiRoute(
  { permission: canRead, searchParams: z.object({ since: z.string().optional() }) },
  async (request, { searchParams, user }) => {
    const asked = request.headers.get("last-event-id") ?? searchParams.since ?? null;
    if (asked !== null && !/^\d{1,18}$/.test(asked)) throw badRequest("badLastEventId");
    const latest = await latestChangeId();
    // An id from before a database reset would hide every new change; start from now instead.
    let lastSent = asked !== null && BigInt(asked) <= latest ? BigInt(asked) : latest;
    const stillSignedIn = await credentialCheck(request);
    let recheck = false;
    const encoder = new TextEncoder();
    let open = true;
    const cleanups: (() => void)[] = [];
    const stop = () => {
      if (!open) return;
      open = false;
      cleanups.splice(0).forEach((cleanup) => cleanup());
    };
    request.signal.addEventListener("abort", stop);

    const stream = new ReadableStream<Uint8Array>({
      async start(controller) {
        const write = (text: string) => {
          if (!open) return;
          try {
            controller.enqueue(encoder.encode(text));
          } catch {
            stop();
          }
        };
        cleanups.push(() => {
          try {
            controller.close();
          } catch {
            // closed by the client already
          }
        });

        let running: Promise<void> | null = null;
        let again = false;
        const pump = (): Promise<void> => {
          if (running) {
            again = true;
            return running;
          }
          running = (async () => {
            do {
              again = false;
              for (;;) {
                // Before reading more changes: is the reader still signed in? (See above.)
                if (recheck) {
                  recheck = false;
                  if (!(await stillSignedIn())) return stop();
                }
                const page = await changesSince(lastSent, 200);
                if (!open || page.length === 0) break;
                for (const change of page) {
                  if (!open) return;
                  if (change.datasetVersion !== null) {
                    lastSent = change.id;
                    write(
                      `id: ${change.id}\nevent: dataset\ndata: ${JSON.stringify({ version: change.datasetVersion })}\n\n`,
                    );
                    continue;
                  }
                  if (change.userId !== null) {
                    // A notification: told to its addressee alone, for the bell to read the inbox.
                    lastSent = change.id;
                    if (change.userId === user.id)
                      write(
                        `id: ${change.id}\nevent: notification\ndata: ${JSON.stringify({ annotationId: change.annotationId })}\n\n`,
                      );
                    continue;
                  }
                  const event = await changeFor(user, change);
                  lastSent = change.id;
                  if (event)
                    write(
                      `id: ${change.id}\nevent: annotation\ndata: ${JSON.stringify({ ...event, id: String(event.id) })}\n\n`,
                    );
                }
              }
            } while (again && open);
          })()
            // A failed read ends the stream; the browser reconnects with Last-Event-ID and catches up.
            .catch(stop)
            .finally(() => {
              running = null;
            });
          return running;
        };

        write(`retry: 2000\n: connected\n\n`);
        const unsubscribe = await subscribe((changeId) => {
          if (changeId === null) recheck = true;
          void pump();
        });
        cleanups.push(unsubscribe);
        const heartbeat = setInterval(() => {
          write(`: ping\n\n`);
          // Also catches a change of access made where no notification reaches (another process
          // on the embedded database); reconnecting, the reader then gets a 401.
          recheck = true;
          void pump();
        }, HEARTBEAT_MS);
        cleanups.push(() => clearInterval(heartbeat));
        if (!open || request.signal.aborted) return stop();
        await pump();
      },
      cancel() {
        stop();
      },
    });

    return new NextResponse(stream, {
      headers: {
        "Content-Type": "text/event-stream; charset=utf-8",
        "Cache-Control": "no-cache, no-transform",
        "X-Accel-Buffering": "no",
        Connection: "keep-alive",
      },
    });
  },
);
