import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser, disableUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import type { Role } from "@/lib/permissions";
import { seedDatabase } from "@/prisma/seed";
import { callRoute } from "@/testing/call-route";
import { PATCH as patchAnnotation } from "../annotations/[id]/route";
import { POST as postAnnotation } from "../annotations/route";
import { PATCH as patchNotification } from "./[id]/route";
import { POST as readAll } from "./read-all/route";
import { GET as list } from "./route";

// @mentions and replies through the annotation routes, and the inbox they fill.

const people: Record<string, { id: string; email: string; token: string }> = {};
const cell = { kind: "matrix-cell", country: "CN", dimension: "development-model" };

async function person(name: string, role: Role) {
  const email = `${name}-${Date.now()}@notify.example`;
  const { user } = await createUser({ email, name: `${name} ${role}`, role });
  people[name] = { id: user.id, email, token: (await createToken(user.id, "t")).token };
}

const post = async (who: string, body: Record<string, unknown>) => {
  const response = await callRoute(postAnnotation, people[who].token, "/api/v1/annotations", {
    method: "POST",
    body: { target: cell, ...body },
  });
  return { status: response.status, json: await response.json() };
};
const patch = async (who: string, id: string, body: Record<string, unknown>) => {
  const response = await callRoute(
    patchAnnotation,
    people[who].token,
    `/api/v1/annotations/${id}`,
    {
      method: "PATCH",
      body,
      params: { id },
    },
  );
  return { status: response.status, json: await response.json() };
};
const inbox = async (who: string, query = "") =>
  (await callRoute(list, people[who].token, `/api/v1/notifications${query}`)).json();
const countOf = (userId: string, annotationId: string) =>
  getDb().notification.count({ where: { userId, annotationId } });

describe("mentions and notifications", () => {
  beforeAll(async () => {
    await seedDatabase();
    await person("ana", "analyst");
    await person("ben", "analyst");
    await person("vera", "viewer");
    await person("dan", "analyst");
    await person("quiet", "analyst");
    await disableUser(people.dan.email);
    await getDb().user.update({ where: { id: people.quiet.id }, data: { notifyReplies: false } });
  });

  it("stores a mention as a reference and notifies exactly once; the author is told who was not", async () => {
    const { status, json } = await post("ana", {
      body: "@ben please check",
      mentions: [people.ben.email, people.vera.email, people.dan.email, "nobody@x.example"],
    });
    expect(status).toBe(201);
    expect(json.annotation.mentions.map((m: { id: string }) => m.id).sort()).toEqual(
      [people.ben.id, people.vera.id, people.dan.id].sort(),
    );
    // A viewer can read shared notes, so is told; a disabled user and an unknown address are not.
    expect([...json.notified].sort()).toEqual([people.ben.email, people.vera.email].sort());
    expect(json.notNotified).toEqual(
      expect.arrayContaining([
        { email: people.dan.email, reason: "disabled" },
        { email: "nobody@x.example", reason: "unknown" },
      ]),
    );
    expect(await countOf(people.ben.id, json.annotation.id)).toBe(1);
    expect(await countOf(people.dan.id, json.annotation.id)).toBe(0);

    // Edits that keep the mention notify nobody again; a newly added mention does.
    const id = json.annotation.id;
    let version = json.annotation.version;
    // Named by e-mail, then by the user ids the annotation gives back.
    const kept = [
      [people.ben.email, people.vera.email],
      json.annotation.mentions.map((m: { id: string }) => m.id),
    ];
    for (const [i, body] of ["@ben please check again", "@ben and once more"].entries()) {
      const edit = await patch("ana", id, { baseVersion: version, body, mentions: kept[i] });
      expect(edit.status).toBe(200);
      expect(edit.json.notified).toEqual([]);
      version = edit.json.annotation.version;
    }
    expect(await countOf(people.ben.id, id)).toBe(1);
    const added = await patch("ana", id, {
      baseVersion: version,
      mentions: [people.ben.email, people.quiet.email],
    });
    expect(added.json.notified).toEqual([people.quiet.email]);
    expect(await countOf(people.ben.id, id)).toBe(1);
    expect(await countOf(people.quiet.id, id)).toBe(1);
  });

  it("notifies nobody for a private draft until it is shared, then exactly once", async () => {
    const { json } = await post("ana", {
      body: "draft for @ben",
      visibility: "private",
      mentions: [people.ben.email],
    });
    expect(json.notified).toEqual([]);
    expect(json.notNotified).toEqual([{ email: people.ben.email, reason: "draft" }]);
    const id = json.annotation.id;
    const edit = await patch("ana", id, { baseVersion: 1, body: "still a draft for @ben" });
    expect(edit.json.notified).toEqual([]);
    expect(await countOf(people.ben.id, id)).toBe(0);
    const shared = await patch("ana", id, { baseVersion: 2, visibility: "team" });
    expect(shared.json.notified).toEqual([people.ben.email]);
    await patch("ana", id, {
      baseVersion: 3,
      body: "shared, edited",
      mentions: [people.ben.email],
    });
    expect(await countOf(people.ben.id, id)).toBe(1);
  });

  it("tells a thread's participants of replies, except the replier and who turned it off", async () => {
    const root = (await post("ana", { body: "thread" })).json.annotation;
    const reply = async (who: string) =>
      (await post(who, { body: `reply by ${who}`, parentId: root.id })).json.annotation;
    const r1 = await reply("ben");
    expect(await countOf(people.ana.id, r1.id)).toBe(1);
    expect(await countOf(people.ben.id, r1.id)).toBe(0);
    await reply("quiet");
    const r3 = await reply("ana");
    // Ana replied in her own thread: Ben (a replier) is told, Quiet turned replies off.
    expect(await countOf(people.ben.id, r3.id)).toBe(1);
    expect(await countOf(people.quiet.id, r3.id)).toBe(0);
    expect(await countOf(people.ana.id, r3.id)).toBe(0);
    const kinds = await getDb().notification.findMany({ where: { annotationId: r3.id } });
    expect(kinds.map((n) => n.kind)).toEqual(["reply"]);
  });

  it("lists the inbox newest first with paging, and marks one or all read", async () => {
    const first = await inbox("ben", "?limit=1");
    expect(first.notifications).toHaveLength(1);
    expect(first.unread).toBeGreaterThanOrEqual(3);
    expect(first.notifications[0].href).toMatch(/^\/matrix\?/);
    expect(first.notifications[0].annotation.author.name).toMatch(/^ana /);
    const second = await inbox("ben", `?limit=1&after=${encodeURIComponent(first.next)}`);
    expect(second.notifications[0].id).not.toBe(first.notifications[0].id);

    const id = first.notifications[0].id;
    const one = await callRoute(
      patchNotification,
      people.ben.token,
      `/api/v1/notifications/${id}`,
      {
        method: "PATCH",
        body: { read: true },
        params: { id },
      },
    );
    expect(one.status).toBe(200);
    expect((await one.json()).unread).toBe(first.unread - 1);
    // Someone else's notification is not there for you.
    const foreign = await callRoute(
      patchNotification,
      people.ana.token,
      `/api/v1/notifications/${id}`,
      {
        method: "PATCH",
        body: { read: true },
        params: { id },
      },
    );
    expect(foreign.status).toBe(404);
    const all = await callRoute(readAll, people.ben.token, "/api/v1/notifications/read-all", {
      method: "POST",
    });
    expect((await all.json()).unread).toBe(0);
    expect((await inbox("ben", "?unread=1")).notifications).toEqual([]);
  });

  it("answers bad input with a 4xx in the reader's language, never a 500", async () => {
    const bad = await callRoute(list, people.ben.token, "/api/v1/notifications?limit=0", {
      lang: "zh",
    });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/limit/);
    const cursor = await callRoute(list, people.ben.token, "/api/v1/notifications?after=x");
    expect(cursor.status).toBe(400);
    const body = await callRoute(patchNotification, people.ben.token, "/api/v1/notifications/x", {
      method: "PATCH",
      body: { read: "yes" },
      params: { id: "x" },
    });
    expect(body.status).toBe(400);
    const missing = await callRoute(
      patchNotification,
      people.ben.token,
      "/api/v1/notifications/00000000-0000-4000-8000-000000000000",
      {
        method: "PATCH",
        body: { read: true },
        params: { id: "00000000-0000-4000-8000-000000000000" },
      },
    );
    expect(missing.status).toBe(404);
    const mention = await post("ana", { body: "x", mentions: ["not an email"] });
    expect(mention.status).toBe(400);
    expect(mention.json.error.message).toMatch(/mentions/);
  });
});
