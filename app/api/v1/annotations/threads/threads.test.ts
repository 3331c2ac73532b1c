import { beforeAll, describe, expect, it } from "vitest";
import { callRoute } from "@/testing/call-route";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import type { CurrentUser } from "@/lib/permissions";
import { countThreads, threadFacets } from "@/lib/queries/annotation-threads";
import { seedDatabase } from "@/prisma/seed";
import { POST } from "../route";
import { GET } from "./route";

const tokens: Record<string, string> = {};
const users: Record<string, CurrentUser> = {};
const post = async (who: string, body: unknown) =>
  (await callRoute(POST, tokens[who], "/api/v1/annotations", { method: "POST", body })).json();
const threads = (who: string, query: string) =>
  callRoute(GET, tokens[who] ?? "none", `/api/v1/annotations/threads?${query}`);
interface Item {
  id: string;
  parentId: string | null;
  body: string;
  targetLabel: string;
  href: string;
}
const page = async (who: string, query: string) =>
  (await (await threads(who, query)).json()) as { items: Item[]; next: string | null };

const cell = { kind: "assessment", country: "CN", dimension: "development-model" };
const tag = `paged${Date.now()}`;

describe("GET /api/v1/annotations/threads", { timeout: 60_000 }, () => {
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    for (const who of ["a", "b"]) {
      const { user } = await createUser({
        email: `threads-${who}-${stamp}@example.com`,
        name: `threads ${who}`,
        role: "analyst",
      });
      tokens[who] = (await createToken(user.id, "threads")).token;
      users[who] = { ...user, role: "analyst" } as CurrentUser;
    }
    for (let n = 1; n <= 35; n++) await post("a", { target: cell, body: `note ${n}`, tags: [tag] });
  });

  it("pages a view's threads in the database, newest first, with each target in words", async () => {
    const first = await page("a", `view=/matrix&tag=${tag}&state=countries%3DCN,JP`);
    expect(first.items).toHaveLength(30);
    expect(first.items[0]).toMatchObject({
      body: "note 35",
      targetLabel: "China × Development model",
    });
    expect(first.items[0].href).toContain("focus=cell:CN:development-model");
    expect(first.next).not.toBeNull();
    const second = await page("a", `view=/matrix&tag=${tag}&after=${first.next}`);
    expect(second.items.map((i) => i.body)).toEqual([
      "note 5",
      "note 4",
      "note 3",
      "note 2",
      "note 1",
    ]);
    expect(second.next).toBeNull();
  });

  it("keeps a thread when only a reply matches, with the whole thread; never someone else's draft", async () => {
    const replyTag = `${tag}r`;
    const root = await post("a", { target: cell, body: "root without the tag" });
    await post("b", {
      target: cell,
      body: "a reply with it",
      tags: [replyTag],
      parentId: root.annotation.id,
    });
    await post("b", { target: cell, body: "b's draft", tags: [replyTag], visibility: "private" });
    const forA = await page("a", `view=/matrix&tag=${replyTag}`);
    expect(forA.items.map((i) => i.body)).toEqual(["root without the tag", "a reply with it"]);
    const forB = await page("b", `view=/matrix&tag=${replyTag}`);
    expect(forB.items.map((i) => i.body).sort()).toEqual(
      ["a reply with it", "b's draft", "root without the tag"].sort(),
    );
    const searched = await page("a", `view=/matrix&q=${encodeURIComponent("REPLY WITH")}`);
    expect(searched.items.map((i) => i.body)).toContain("root without the tag");
    // Another view's list does not have it, nor the radar, which draws no direction; the
    // development-model chart, which draws this fact, does.
    expect((await page("a", `view=/charts/indicators&tag=${replyTag}`)).items).toEqual([]);
    expect((await page("a", `view=/charts/radar&tag=${replyTag}`)).items).toEqual([]);
    expect((await page("a", `view=/charts/development-model&tag=${replyTag}`)).items).toHaveLength(
      2,
    );
    // Searched as typed: "%" and "_" are characters, not patterns.
    for (const body of [`x${tag} 100`, `x${tag} 1_0`, `y${tag} 5%`, `y${tag} 5x`])
      await post("a", { target: cell, body });
    for (const [q, only] of [
      [`x${tag} 1_0`, `x${tag} 1_0`],
      [`y${tag} 5%`, `y${tag} 5%`],
    ])
      expect(
        (await page("a", `view=/matrix&q=${encodeURIComponent(q)}`)).items.map((i) => i.body),
      ).toEqual([only]);
  });

  it("gives the filter menus every author and tag of the view, and counts threads and notes", async () => {
    const own = `${tag}own`;
    await post("b", { target: cell, body: "b's own draft", tags: [own], visibility: "private" });
    const [forA, forB] = await Promise.all([
      threadFacets(users.a, ["assessment:", "view:/matrix"]),
      threadFacets(users.b, ["assessment:", "view:/matrix"]),
    ]);
    expect(forA.tags).toContain(tag);
    expect(forA.tags).not.toContain(own); // b's draft is b's alone
    expect(forB.tags).toContain(own);
    expect(forA.authors.map((a) => a.name)).toContain("threads a");
    expect((await threadFacets(users.a, ["actor:", "view:/charts/actors"])).tags).not.toContain(
      tag,
    );
    // Counted on a range no other test writes to.
    const range = { kind: "chart-range", chart: "timeline", country: "JP", from: 1991, to: 1992 };
    const scope = ["chart-range:timeline:JP:1991-"];
    const root = await post("a", { target: range, body: "counted" });
    await post("b", { target: range, body: "reply", parentId: root.annotation.id });
    await post("b", { target: range, body: "draft", visibility: "private" });
    const gone = await post("a", { target: range, body: "deleted" });
    await getDb().annotation.update({
      where: { id: gone.annotation.id },
      data: { deletedAt: new Date() },
    });
    expect(await countThreads(users.a, scope)).toEqual({ notes: 2, threads: 1 });
    expect(await countThreads(users.b, scope)).toEqual({ notes: 3, threads: 2 });
  });

  it("answers a bad filter with a 400 that names it", async () => {
    for (const [query, text] of [
      ["view=/admin", /not a dashboard view path/],
      ["view=/matrix&after=yesterday", /cursor/i],
      ["view=/matrix&status=maybe", /status/i],
      ["view=/matrix&colour=red", /colour/],
    ] as const) {
      const response = await threads("a", query);
      expect(response.status, query).toBe(400);
      expect((await response.json()).error.message, query).toMatch(text);
    }
    expect((await threads("nobody", "view=/matrix")).status).toBe(401);
  });
});
