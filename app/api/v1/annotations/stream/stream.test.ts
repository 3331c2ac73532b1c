import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/testing/call-route";
import { createToken, revokeToken } from "@/lib/auth/tokens";
import { createUser, disableUser } from "@/lib/auth/users";
import { listenerCount } from "@/lib/annotations/live";
import { latestChangeId } from "@/lib/queries/annotations";
import { seedDatabase } from "@/prisma/seed";
import { PATCH, DELETE } from "../[id]/route";
import { POST } from "../route";
import { GET as stream } from "./route";

const tokens: Record<string, string> = {};
const emails: Record<string, string> = {};
const cell = { kind: "assessment", country: "JP", dimension: "drivers" };
const post = async (who: string, body: unknown) =>
  (await callRoute(POST, tokens[who], "/api/v1/annotations", { method: "POST", body })).json();

/** Opens the stream as `who` and returns a reader of its events, and a way to close it. */
async function open(who: string, since?: bigint) {
  const controller = new AbortController();
  const request = new Request(
    `http://localhost/api/v1/annotations/stream${since !== undefined ? `?since=${since}` : ""}`,
    { headers: { authorization: `Bearer ${tokens[who]}` }, signal: controller.signal },
  );
  const response = await (stream as never as (r: Request, c: unknown) => Promise<Response>)(
    request,
    { params: Promise.resolve({}) },
  );
  expect(response.headers.get("content-type")).toContain("text/event-stream");
  const reader = response.body!.getReader();
  let buffer = "";
  const decoder = new TextDecoder();
  const next = async (): Promise<{
    id: string;
    event: string;
    data: {
      kind: string;
      annotationId: string;
      targetKeys: string[];
      delta: number;
      annotation?: { body: string };
    };
  }> => {
    for (;;) {
      const end = buffer.indexOf("\n\n");
      if (end >= 0) {
        const block = buffer.slice(0, end);
        buffer = buffer.slice(end + 2);
        const data = block.split("\n").find((l) => l.startsWith("data: "));
        const event = block.match(/^event: (\w+)/m)?.[1] ?? "message";
        if (data)
          return { id: block.match(/^id: (\d+)/m)![1], event, data: JSON.parse(data.slice(6)) };
        continue;
      }
      const { value, done } = await reader.read();
      if (done) throw new Error("stream ended");
      buffer += decoder.decode(value);
    }
  };
  return { next, close: () => controller.abort() };
}

describe("GET /api/v1/annotations/stream", { timeout: 15_000 }, () => {
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    for (const who of ["a", "b"]) {
      const { user } = await createUser({
        email: `stream-${who}-${stamp}@example.com`,
        name: who,
        role: "analyst",
      });
      tokens[who] = (await createToken(user.id, "stream")).token;
      emails[who] = user.email;
    }
  });

  it("tells a notification to its addressee alone, after the note it is about", async () => {
    const a = await open("a");
    const b = await open("b");
    const { annotation } = await post("a", { target: cell, body: "@b look", mentions: [emails.b] });
    expect(await b.next()).toMatchObject({ event: "annotation", data: { kind: "created" } });
    expect(await b.next()).toMatchObject({
      event: "notification",
      data: { annotationId: annotation.id },
    });
    expect(await a.next()).toMatchObject({ event: "annotation", data: { kind: "created" } });
    // The writer's stream skips b's notification: the next thing it hears is the next note.
    const { annotation: later } = await post("b", { target: cell, body: "after" });
    expect(await a.next()).toMatchObject({ event: "annotation", data: { annotationId: later.id } });
    a.close();
    b.close();
  });

  it("sends a new annotation to another user as it is written", async () => {
    const b = await open("b");
    const { annotation } = await post("a", { target: cell, body: "live one" });
    const event = await b.next();
    expect(event.data).toMatchObject({
      kind: "created",
      annotationId: annotation.id,
      annotation: { body: "live one" },
    });
    b.close();
  });

  it("catches up after a dropped connection, and never sends someone else's draft", async () => {
    const before = await latestChangeId();
    await post("a", { target: cell, body: "private draft", visibility: "private" });
    const { annotation } = await post("a", { target: cell, body: "missed while away" });
    const b = await open("b", before);
    const event = await b.next();
    expect(event.data).toMatchObject({ kind: "created", annotationId: annotation.id });
    b.close();
  });

  it("lets go of a client that leaves, even during catch-up", async () => {
    const before = listenerCount();
    const b = await open("b", BigInt(0));
    b.close();
    await new Promise((r) => setTimeout(r, 300));
    expect(listenerCount()).toBe(before);
  });

  it("sends every change once and in order, when live changes arrive during catch-up", async () => {
    const since = await latestChangeId();
    for (const n of [1, 2, 3]) await post("a", { target: cell, body: `queued ${n}` });
    const b = await open("b", since);
    await post("a", { target: cell, body: "live 4" });
    const bodies = [];
    for (let i = 0; i < 4; i++) bodies.push((await b.next()).data.annotation?.body);
    expect(bodies).toEqual(["queued 1", "queued 2", "queued 3", "live 4"]);
    b.close();
  });

  it("tells each reader how a change moves their count: a draft is its author's, sharing is new to the others", async () => {
    const a = await open("a");
    const b = await open("b");
    const draft = await post("a", { target: cell, body: "draft to share", visibility: "private" });
    const keys = ["assessment:drivers:JP"];
    expect((await a.next()).data).toMatchObject({ kind: "created", targetKeys: keys, delta: 1 });
    const change = (method: string, handler: unknown, body?: unknown) =>
      callRoute(handler, tokens.a, `/api/v1/annotations/${draft.annotation.id}`, {
        method,
        body,
        params: { id: draft.annotation.id },
      });
    await change("PATCH", PATCH, { visibility: "team", baseVersion: draft.annotation.version });
    // The author counted the draft already; to b it is new. b never heard of the draft itself.
    expect((await a.next()).data).toMatchObject({ kind: "updated", delta: 0 });
    expect((await b.next()).data).toMatchObject({
      kind: "created",
      annotationId: draft.annotation.id,
      targetKeys: keys,
      delta: 1,
    });
    await change("DELETE", DELETE);
    for (const reader of [a, b])
      expect((await reader.next()).data).toMatchObject({
        kind: "deleted",
        targetKeys: keys,
        delta: -1,
      });
    a.close();
    b.close();
  });

  it("closes at once the stream of a reader who is disabled or whose token is revoked, and sends them nothing after", async () => {
    const stamp = Date.now();
    const make = async (who: string) => {
      const { user } = await createUser({
        email: `stream-${who}-${stamp}@example.com`,
        name: who,
        role: "analyst",
      });
      const issued = await createToken(user.id, "stream");
      tokens[who] = issued.token;
      return { user, tokenId: issued.record.id };
    };
    const gone = await make("gone");
    const revoked = await make("revoked");
    const watchers = { gone: await open("gone"), revoked: await open("revoked") };
    await post("a", { target: cell, body: "before" });
    for (const reader of Object.values(watchers))
      expect((await reader.next()).data.annotation?.body).toBe("before");

    const started = Date.now();
    await disableUser(gone.user.email);
    await revokeToken(revoked.tokenId, revoked.user.id);
    await post("a", { target: cell, body: "after" });
    for (const reader of Object.values(watchers))
      await expect(reader.next()).rejects.toThrow("stream ended");
    // Closed by the change of access, not by the 15-second heartbeat.
    expect(Date.now() - started).toBeLessThan(5_000);
  });
});
