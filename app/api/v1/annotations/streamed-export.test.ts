import { parse } from "csv-parse/sync";
import { beforeAll, describe, expect, it } from "vitest";
import { getDb } from "@/lib/db/client";
import { heavyRunning } from "@/lib/limits/heavy";
import { seedDatabase } from "@/prisma/seed";
import { annotationApi } from "@/testing/annotation-api";
import { GET as list, POST } from "./route";

// The CSV and JSON-LD exports are written while they are read, 250 annotations at a time: the
// first bytes leave before the last rows are read, and a page still ends where its `next` begins.

let api: Awaited<ReturnType<typeof annotationApi>>;
const tag = `bulk${Date.now()}`;
const COUNT = 620;

/** Every chunk of a body, as the client receives it. */
async function chunks(response: Response) {
  const parts: string[] = [];
  const decoder = new TextDecoder("utf-8", { ignoreBOM: true });
  const reader = response.body!.getReader();
  for (let read = await reader.read(); !read.done; read = await reader.read())
    parts.push(decoder.decode(read.value, { stream: true }));
  return parts;
}

describe("streamed annotation exports", () => {
  beforeAll(async () => {
    await seedDatabase();
    api = await annotationApi(["analyst"]);
    const { id: first } = await api.post(POST, "analyst", {
      target: { kind: "view", path: "/matrix" },
      body: "bulk 0",
      tags: [tag],
    });
    const { authorId } = await getDb().annotation.findUniqueOrThrow({ where: { id: first } });
    const start = Date.UTC(2026, 0, 1);
    const ids = Array.from({ length: COUNT - 1 }, () => crypto.randomUUID());
    await getDb().annotation.createMany({
      data: ids.map((id, i) => ({
        id,
        authorId,
        body: `bulk ${i + 1}`,
        tags: [tag],
        createdAt: new Date(start + i * 1000),
        updatedAt: new Date(start + i * 1000),
      })),
    });
    await getDb().annotationTargetRef.createMany({
      data: ids.map((annotationId) => ({
        annotationId,
        position: 0,
        kind: "view",
        key: "view:/matrix",
        target: { kind: "view", path: "/matrix" },
      })),
    });
  });

  it("sends a CSV of 620 rows in batches, with a header once and the next page in a Link header", async () => {
    const response = await api.get(
      list,
      "analyst",
      `/api/v1/annotations?tag=${tag}&format=csv&limit=600`,
    );
    expect(response.status).toBe(200);
    const next = response.headers.get("link")?.match(/<([^>]+)>; rel="next"/)?.[1];
    expect(next).toBeTruthy();
    const parts = await chunks(response);
    expect(parts.length).toBeGreaterThanOrEqual(3); // 250 + 250 + 100
    expect(heavyRunning("export")).toBe(0);
    const rows = parse(parts.join(""), { bom: true, columns: true }) as { body: string }[];
    expect(rows).toHaveLength(600);
    expect(rows[0]!.body).toBe("bulk 0"); // newest first
    expect(parts.join("").match(/\bid,parent_id,/g)).toHaveLength(1);

    const rest = await api.get(list, "analyst", next!);
    const restRows = parse((await chunks(rest)).join(""), { bom: true, columns: true }) as {
      body: string;
    }[];
    expect(restRows).toHaveLength(20);
    expect(rest.headers.get("link")).toBeNull();
    const bodies = new Set([...rows, ...restRows].map((r) => r.body));
    expect(bodies.size).toBe(COUNT);
  });

  it("an empty CSV still has its header", async () => {
    const response = await api.get(
      list,
      "analyst",
      `/api/v1/annotations?tag=none${tag}&format=csv`,
    );
    expect((await chunks(response)).join("")).toBe(
      `\uFEFFid,parent_id,created,modified,edited,author,status,visibility,target_kind,target,tags,body\n`,
    );
  });

  it("streams a JSON-LD page of 600 items that parses whole, and pages on from where it ended", async () => {
    const response = await api.get(
      list,
      "analyst",
      `/api/v1/annotations?tag=${tag}&format=jsonld&limit=600`,
    );
    const parts = await chunks(response);
    expect(parts.length).toBeGreaterThanOrEqual(4); // the head, 3 batches, the tail
    const doc = JSON.parse(parts.join(""));
    expect(doc.total).toBe(COUNT);
    expect(doc.first.items).toHaveLength(600);
    expect(doc.first.items[0].body[0].value).toBe("bulk 0");
    // Annotations added while a page is read land before it, not in it: the next page starts where this one ended.
    await api.post(POST, "analyst", {
      target: { kind: "view", path: "/matrix" },
      body: "later",
      tags: [tag],
    });
    const page2 = await (await api.get(list, "analyst", doc.first.next)).json();
    expect(page2.items).toHaveLength(20);
    const seen = new Set([...doc.first.items, ...page2.items].map((a: { id: string }) => a.id));
    expect(seen.size).toBe(COUNT);
    expect(heavyRunning("export")).toBe(0);
  });

  it("gives the export slot back when the client leaves mid-download", async () => {
    const response = await api.get(
      list,
      "analyst",
      `/api/v1/annotations?tag=${tag}&format=jsonld&limit=600`,
    );
    const reader = response.body!.getReader();
    await reader.read();
    expect(heavyRunning("export")).toBe(1);
    await reader.cancel();
    expect(heavyRunning("export")).toBe(0);
  });
});
