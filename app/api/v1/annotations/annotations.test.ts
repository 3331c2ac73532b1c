import { beforeAll, describe, expect, it } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { getDb } from "@/lib/db/client";
import { acquireHeavy, HEAVY_LIMITS } from "@/lib/limits/heavy";
import { ROLES, type Role } from "@/lib/permissions";
import { countByTarget } from "@/lib/queries/annotations";
import { seedDatabase } from "@/prisma/seed";
import { received } from "@/testing/received";
import { DELETE, GET as getOne, PATCH } from "./[id]/route";
import { GET as list, POST } from "./route";

const headers: Partial<Record<Role | "other", string>> = {};
const ids: Partial<Record<Role | "other", string>> = {};
const call = (
  handler: (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>,
  who: keyof typeof headers | null,
  init: { method?: string; body?: unknown; query?: string; id?: string } = {},
) =>
  handler(
    new Request(`http://localhost/api/v1/annotations${init.query ?? ""}`, {
      method: init.method ?? "GET",
      headers: {
        "accept-language": "en",
        ...(who ? { authorization: `Bearer ${headers[who]}` } : {}),
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body:
        init.body === undefined
          ? undefined
          : typeof init.body === "string"
            ? init.body
            : JSON.stringify(init.body),
    }),
    { params: Promise.resolve({ id: init.id ?? "" }) },
  ).then(received);
const post = (who: keyof typeof headers, body: unknown) =>
  call(POST as never, who, { method: "POST", body });
const cell = { kind: "assessment", country: "CN", dimension: "development-model" };
const CELL_KEY = "assessment:development-model:CN";

describe("/api/v1/annotations", () => {
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    for (const role of [...ROLES, "other"] as const) {
      const { user } = await createUser({
        email: `anno-${role}-${stamp}@example.com`,
        name: `anno ${role}`,
        role: role === "other" ? "analyst" : role,
      });
      headers[role] = (await createToken(user.id, "anno")).token;
      ids[role] = user.id;
    }
  });

  it("bounds exports and text searches per user: 429 with Retry-After past the limit", async () => {
    for (const [kind, query] of [
      ["export", "?format=csv"],
      ["export", "?format=jsonld"],
      ["search", "?q=anything"],
    ] as const) {
      const held = Array.from({ length: HEAVY_LIMITS[kind].perUser }, () =>
        acquireHeavy(kind, ids.analyst!),
      );
      const refused = await call(list as never, "analyst", { query });
      expect(refused.status, query).toBe(429);
      expect(refused.headers.get("retry-after")).toBe(String(HEAVY_LIMITS[kind].retryAfter));
      // A plain list is not heavy, and another user is not held up.
      expect((await call(list as never, "analyst", {})).status).toBe(200);
      expect((await call(list as never, "editor", { query })).status).toBe(200);
      held.forEach((release) => release());
      expect((await call(list as never, "analyst", { query })).status, query).toBe(200);
    }
  });

  it("lets analysts and above write, viewers only read", async () => {
    expect((await post("viewer", { target: cell, body: "no" })).status).toBe(403);
    for (const role of ["analyst", "editor", "admin"] as const)
      expect((await post(role, { target: cell, body: `from ${role}` })).status, role).toBe(201);
    // A place of the first version is still accepted, and stored as the fact it draws.
    const legacy = await post("analyst", {
      target: { kind: "matrix-cell", country: "CN", dimension: "development-model" },
      body: "from a legacy client",
    });
    expect(legacy.status).toBe(201);
    expect((await legacy.json()).annotation).toMatchObject({
      targets: [cell],
      targetKeys: [CELL_KEY],
    });
    const listed = await (
      await call(list as never, "viewer", { query: `?target=${CELL_KEY}` })
    ).json();
    expect(listed.annotations.map((a: { body: string }) => a.body)).toEqual(
      expect.arrayContaining(["from analyst", "from editor", "from admin", "from a legacy client"]),
    );
    expect((await call(list as never, null)).status).toBe(401);
  });

  it("answers bad input with a 400 or 404 that says why, never a 500", async () => {
    const cases: [unknown, number, RegExp][] = [
      [{ target: cell, body: "" }, 400, /body must not be empty/],
      [{ target: cell, body: "x".repeat(10_001) }, 400, /at most 10000 characters/],
      [
        { target: cell, body: "ok", tags: Array.from({ length: 21 }, (_, i) => `t${i}`) },
        400,
        /at most 20 tags/,
      ],
      // (One target is read as a list of one: its path may say target.0.)
      [{ target: { kind: "paragraph" }, body: "ok" }, 400, /target(\.0)?\.kind/],
      [{ target: [cell, { kind: "paragraph" }], body: "ok" }, 400, /target\.1\.kind/],
      [{ target: { ...cell, country: "XX" }, body: "ok" }, 404, /no country or region "XX"/],
      [{ target: { kind: "event", event: "cn-stage-9" }, body: "ok" }, 404, /no timeline event/],
      [
        { target: { kind: "timeline-event", event: "cn-stage-9" }, body: "ok" },
        404,
        /no timeline event "cn-stage-9"/,
      ],
      [
        { target: { kind: "observation", observation: "cn-nothing" }, body: "ok" },
        404,
        /no indicator figure "cn-nothing"/,
      ],
      [{ target: { kind: "actor", actor: "nobody" }, body: "ok" }, 404, /no actor "nobody"/],
      // A chart point that is not drawn is a fact that does not exist.
      [
        {
          target: { kind: "chart-point", chart: "radar", country: "CN", x: "no-such-thing" },
          body: "ok",
        },
        404,
        /no dimension "no-such-thing"/,
      ],
      [
        {
          target: { kind: "chart-point", chart: "indicators", country: "CN", x: "cn-nothing" },
          body: "ok",
        },
        404,
        /no indicator figure "cn-nothing"/,
      ],
      ["{not json", 400, /not valid JSON/],
    ];
    for (const [body, status, message] of cases) {
      const response = await post("analyst", body);
      expect(response.status, JSON.stringify(body).slice(0, 60)).toBe(status);
      expect((await response.json()).error.message).toMatch(message);
    }
    const more: [unknown, number][] = [
      [{ target: cell, body: "ok", tags: ["a\u0000b"] }, 400],
      [{ target: { kind: "chart-range", chart: "radar", from: 2000, to: 2010 }, body: "ok" }, 400],
      [{ target: [], body: "ok" }, 400],
      [{ body: "ok" }, 400],
    ];
    for (const [body, status] of more)
      expect((await post("analyst", body)).status, JSON.stringify(body)).toBe(status);
    expect((await call(list as never, "analyst", { query: "?limit=5000" })).status).toBe(400);
    expect((await call(list as never, "analyst", { query: "?limit=5000&format=csv" })).status).toBe(
      200,
    );
    expect(
      (await call(list as never, "analyst", { query: "?limit=5001&format=jsonld" })).status,
    ).toBe(400);
    for (const query of [
      "?kind=paragraph",
      "?q=%00",
      "?after=2026-01-01T00:00:00.000Z~abc",
      "?updated-since=1",
      "?updated-since=-271821-04-20T00:00:00Z",
      "?limit=0",
      "?format=xml",
    ]) {
      expect((await call(list as never, "analyst", { query })).status, query).toBe(400);
    }
    expect((await call(getOne as never, "analyst", { id: "not-a-uuid" })).status).toBe(404);
  });

  it("refuses a stale edit with 409 and the current text, and keeps the history", async () => {
    const { annotation } = await (await post("analyst", { target: cell, body: "first" })).json();
    const edit = (body: string, baseVersion: number) =>
      call(PATCH as never, "analyst", {
        method: "PATCH",
        id: annotation.id,
        body: { baseVersion, body },
      });
    const ok = await edit("second", 1);
    expect(ok.status).toBe(200);
    expect((await ok.json()).annotation).toMatchObject({ body: "second", version: 2 });
    expect(
      (
        await call(PATCH as never, "analyst", {
          method: "PATCH",
          id: annotation.id,
          body: { baseVersion: 2 ** 40, body: "x" },
        })
      ).status,
    ).toBe(400);
    const stale = await edit("my stale text", 1);
    expect(stale.status).toBe(409);
    expect((await stale.json()).error).toMatchObject({
      code: "conflict",
      current: { body: "second", version: 2 },
    });
    const { annotation: now, revisions } = await (
      await call(getOne as never, "viewer", { id: annotation.id })
    ).json();
    expect(now.editedAt).not.toBeNull();
    expect(revisions.map((r: { body: string }) => r.body)).toEqual(["first"]);
  });

  it("lets any analyst resolve or reopen a thread, and records who resolved it", async () => {
    const { annotation } = await (await post("analyst", { target: cell, body: "thread" })).json();
    const patch = (who: keyof typeof headers, body: Record<string, unknown>) =>
      call(PATCH as never, who, { method: "PATCH", id: annotation.id, body });
    const resolved = await patch("other", { baseVersion: 1, status: "resolved" });
    expect(resolved.status).toBe(200);
    const { annotation: done } = await resolved.json();
    expect(done).toMatchObject({
      status: "resolved",
      resolvedBy: { id: ids.other, name: expect.any(String) },
      body: "thread",
    });
    expect(Date.parse(done.resolvedAt)).not.toBeNaN();
    // A viewer may not; nor may anyone but the author change the text with it.
    expect((await patch("viewer", { baseVersion: 2, status: "open" })).status).toBe(403);
    const edit = await patch("other", { baseVersion: 2, status: "open", body: "mine now" });
    expect(edit.status).toBe(403);
    expect((await edit.json()).error.message).toContain("Only its author");
    const reopened = await (await patch("editor", { baseVersion: 2, status: "open" })).json();
    expect(reopened.annotation).toMatchObject({
      status: "open",
      resolvedBy: null,
      resolvedAt: null,
    });
    // A reply is not a thread: it is not resolved on its own.
    const { annotation: reply } = await (
      await post("analyst", { target: cell, body: "a reply", parentId: annotation.id })
    ).json();
    expect(
      (
        await call(PATCH as never, "other", {
          method: "PATCH",
          id: reply.id,
          body: { baseVersion: 1, status: "resolved" },
        })
      ).status,
    ).toBe(403);
  });

  it("lets only the author or an admin change or delete; deletion is soft and an admin restores", async () => {
    const { annotation } = await (await post("analyst", { target: cell, body: "mine" })).json();
    const patch = (who: keyof typeof headers) =>
      call(PATCH as never, who, {
        method: "PATCH",
        id: annotation.id,
        body: { baseVersion: 1, body: "changed" },
      });
    expect((await patch("other")).status).toBe(403);
    expect((await patch("editor")).status).toBe(403);
    expect((await patch("admin")).status).toBe(200);
    expect(
      (await call(DELETE as never, "other", { method: "DELETE", id: annotation.id })).status,
    ).toBe(403);
    expect(
      (await call(DELETE as never, "analyst", { method: "DELETE", id: annotation.id })).status,
    ).toBe(200);
    expect((await call(getOne as never, "analyst", { id: annotation.id })).status).toBe(404);
    const deleted = await (
      await call(list as never, "admin", {
        query: `?deleted=1&target=${CELL_KEY}`,
      })
    ).json();
    expect(
      deleted.annotations.find((a: { id: string }) => a.id === annotation.id).deletedAt,
    ).not.toBeNull();
    expect(
      (
        await call(PATCH as never, "admin", {
          method: "PATCH",
          id: annotation.id,
          body: { restore: true },
        })
      ).status,
    ).toBe(200);
    expect((await call(getOne as never, "analyst", { id: annotation.id })).status).toBe(200);
  });

  it("keeps no history of a draft, shares it for good, and refuses replies to it", async () => {
    const { annotation } = await (
      await post("analyst", { target: cell, body: "draft one", visibility: "private" })
    ).json();
    expect(
      (await post("analyst", { target: cell, body: "reply", parentId: annotation.id })).status,
    ).toBe(400);
    const patch = (body: unknown) =>
      call(PATCH as never, "analyst", { method: "PATCH", id: annotation.id, body });
    expect((await patch({ baseVersion: 1, body: "draft two" })).status).toBe(200);
    expect((await patch({ baseVersion: 2, visibility: "team" })).status).toBe(200);
    const { annotation: shared, revisions } = await (
      await call(getOne as never, "other", { id: annotation.id })
    ).json();
    expect([shared.body, shared.editedAt, revisions]).toEqual(["draft two", null, []]);
    expect((await patch({ baseVersion: 3, visibility: "private" })).status).toBe(400);
  });

  it("files a reply under its thread's target, whatever target the reply names", async () => {
    const { annotation } = await (await post("analyst", { target: cell, body: "thread" })).json();
    const reply = await post("other", {
      target: { kind: "assessment", country: "JP", dimension: "drivers" },
      body: "a reply",
      parentId: annotation.id,
    });
    expect(reply.status).toBe(201);
    expect((await reply.json()).annotation).toMatchObject({
      parentId: annotation.id,
      targets: [cell],
      targetKeys: [CELL_KEY],
      visibility: "team",
    });
  });

  it("lists what a view shows with view=, and refuses a path that is not a view", async () => {
    const stamp = `v${Date.now()}`;
    await post("analyst", {
      target: { kind: "chart-range", chart: "timeline", from: 2008, to: 2015 },
      body: `range ${stamp}`,
    });
    await post("analyst", {
      target: { kind: "view", path: "/charts/timeline" },
      body: `view ${stamp}`,
    });
    await post("analyst", {
      target: { kind: "view", path: "/charts/radar" },
      body: `radar ${stamp}`,
    });
    const bodies = async (view: string) =>
      (
        (await (await call(list as never, "viewer", { query: `?view=${view}&q=${stamp}` })).json())
          .annotations as { body: string }[]
      )
        .map((a) => a.body)
        .sort();
    expect(await bodies("/charts/timeline")).toEqual([`range ${stamp}`, `view ${stamp}`]);
    expect(await bodies("/charts/radar")).toEqual([`radar ${stamp}`]);
    const bad = await call(list as never, "viewer", { query: "?view=/admin" });
    expect(bad.status).toBe(400);
    expect((await bad.json()).error.message).toMatch(/not a dashboard view path/);
  });

  it("counts for the badges only what the reader may see", async () => {
    const dimension = "goals";
    const target = { kind: "assessment", country: "JP", dimension };
    const key = `assessment:${dimension}:JP`;
    const users = await getDb().user.findMany({
      where: { email: { startsWith: "anno-" } },
      orderBy: { createdAt: "desc" },
    });
    const reader = (role: string) => ({
      ...users.find((u) => u.role === role && u.email.startsWith(`anno-${role}-`))!,
      role: role as Role,
    });
    const countOf = async (role: string) =>
      (await countByTarget(reader(role), ["assessment:"])).find((g) => g.key === key)?.count ?? 0;
    const before = await countOf("viewer");
    const authorBefore = await countOf("analyst");
    await post("analyst", { target, body: "shared" });
    await post("analyst", { target, body: "draft", visibility: "private" });
    const { annotation } = await (await post("analyst", { target, body: "to delete" })).json();
    await call(DELETE as never, "analyst", { method: "DELETE", id: annotation.id });
    expect(await countOf("viewer")).toBe(before + 1);
    expect(await countOf("analyst")).toBe(authorBefore + 2);
    // A range's marker names its first note; other views' targets are not counted.
    const range = { kind: "chart-range", chart: "data-laws", country: "JP", from: 2011, to: 2013 };
    await post("analyst", { target: range, body: "First of the range\nmore" });
    await post("analyst", { target: range, body: "Second" });
    const ranges = await countByTarget(reader("viewer"), ["chart-range:data-laws:"]);
    expect(ranges.find((g) => g.key === "chart-range:data-laws:JP:2011-2013")).toEqual({
      key: "chart-range:data-laws:JP:2011-2013",
      count: 2,
      label: "First of the range\nmore",
    });
    expect(ranges.every((g) => g.key.startsWith("chart-range:data-laws:"))).toBe(true);
  });

  it("hides a private draft from everyone else, by id too", async () => {
    const { annotation } = await (
      await post("analyst", { target: cell, body: "draft", visibility: "private" })
    ).json();
    expect((await call(getOne as never, "analyst", { id: annotation.id })).status).toBe(200);
    for (const who of ["other", "viewer", "admin"] as const) {
      expect((await call(getOne as never, who, { id: annotation.id })).status, who).toBe(404);
      const listed = await (await call(list as never, who, { query: "?limit=200" })).json();
      expect(
        listed.annotations.some((a: { id: string }) => a.id === annotation.id),
        who,
      ).toBe(false);
    }
  });

  it("exports W3C Web Annotation JSON-LD and CSV", async () => {
    const quote = "总体而言,我国智慧城市建设在实践过程中主要采用“自上而下”的建设模式。";
    const text = (
      await getDb().sourceDocument.findUniqueOrThrow({
        where: { key_version: { key: "cn-jp-comparison", version: 1 } },
      })
    ).text;
    const start = text.indexOf(quote);
    const selector = [
      { type: "TextQuoteSelector", exact: quote },
      { type: "TextPositionSelector", start, end: start + quote.length },
    ];
    const created = await post("analyst", {
      target: { kind: "source-passage", source: "cn-jp-comparison", selector },
      body: 'Says "mainly", so level 4,\nnot 5',
      tags: ["model"],
    });
    expect(created.status).toBe(201);
    const { annotation } = await created.json();

    expect((await call(list as never, "viewer", { query: "?format=csv" })).status).toBe(403);
    const ld = await call(list as never, "analyst", {
      query: `?format=jsonld&target=${encodeURIComponent(annotation.targetKeys[0])}`,
    });
    expect(ld.headers.get("content-type")).toContain("application/ld+json");
    const doc = await ld.json();
    expect(doc["@context"][0]).toBe("http://www.w3.org/ns/anno.jsonld");
    expect(doc.type).toBe("AnnotationCollection");
    const item = doc.first.items[0];
    expect(item).toMatchObject({
      type: "Annotation",
      motivation: "commenting",
      id: `http://localhost/api/v1/annotations/${annotation.id}`,
    });
    expect(item.body).toEqual([
      {
        type: "TextualBody",
        value: 'Says "mainly", so level 4,\nnot 5',
        format: "text/markdown",
        language: "en",
        purpose: "commenting",
      },
      { type: "TextualBody", value: "model", language: "en", purpose: "tagging" },
    ]);
    // No character of this source is beyond U+FFFF: code points and UTF-16 offsets agree.
    expect(item.target).toEqual({
      id: `http://localhost/sources/cn-jp-comparison?focus=passage:${start}-${start + quote.length}`,
      type: "SpecificResource",
      source: "http://localhost/sources/cn-jp-comparison",
      selector,
      "scc:target": annotation.targets[0],
    });
    expect(item.creator).toMatchObject({ type: "Person", name: "anno analyst", nickname: "anno" });
    expect(doc.label).toBe("Smart City Compare: annotations");

    const csv = await (
      await call(list as never, "analyst", {
        query: `?format=csv&target=${encodeURIComponent(annotation.targetKeys[0])}`,
      })
    ).text();
    expect(csv.replace(/^\uFEFF/, "").split("\n")[0]).toBe(
      "id,parent_id,created,modified,edited,author,status,visibility,target_kind,target,tags,body",
    );
    expect(csv).toContain(`"Says ""mainly"", so level 4,\nnot 5"`);
    await post("analyst", {
      target: cell,
      body: '=HYPERLINK("http://evil.example","x")',
      tags: ["=1+1"],
    });
    const formulas = await (
      await call(list as never, "analyst", {
        query: `?format=csv&target=${CELL_KEY}&limit=1`,
      })
    ).text();
    expect(formulas).toContain(`"'=HYPERLINK(""http://evil.example"",""x"")"`);
    expect(formulas).toContain("'=1+1");
  });
});
