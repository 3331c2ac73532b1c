import { beforeAll, describe, expect, it } from "vitest";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/w3c/context";
import { seedDatabase } from "@/prisma/seed";
import { annotationApi } from "@/testing/annotation-api";
import { GET as getOne } from "./[id]/route";
import { GET as list, POST } from "./route";

// The W3C Web Annotation export as a client elsewhere sees it: IRIs, dereferencing, paging.

let api: Awaited<ReturnType<typeof annotationApi>>;
const call = (handler: unknown, who: string, url: string, headers: Record<string, string> = {}) =>
  api.get(handler, who, url, headers);
const annotate = (who: string, body: unknown) => api.post(POST, who, body);

describe("the W3C JSON-LD export over HTTP", () => {
  beforeAll(async () => {
    await seedDatabase();
    api = await annotationApi(["analyst", "other"]);
  });

  it("writes IRIs at the Host the client used, and each annotation's IRI dereferences to it", async () => {
    const target = { kind: "assessment", country: "JP", dimension: "drivers" };
    const { id, targetKeys } = await annotate("analyst", { target, body: `iri ${Date.now()}` });
    const [targetKey] = targetKeys;
    const host = { host: "compare.example.org" };
    const query = `/api/v1/annotations?format=jsonld&target=${encodeURIComponent(targetKey)}`;
    const doc = await (await call(list, "other", query, host)).json();
    expect(JSON.stringify(doc)).not.toContain("0.0.0.0");
    const item = doc.first.items.find((a: { id: string }) => a.id.endsWith(id));
    expect(item.id).toBe(`http://compare.example.org/api/v1/annotations/${id}`);

    const ld = await call(getOne, "other", item.id, { ...host, accept: "application/ld+json" });
    expect(ld.status).toBe(200);
    expect(ld.headers.get("content-type")).toBe(ANNO_MEDIA_TYPE);
    expect(ld.headers.get("vary")).toMatch(/Accept/);
    expect(ld.headers.get("link")).toBe('<http://www.w3.org/ns/ldp#Resource>; rel="type"');
    expect(await ld.json()).toEqual({ "@context": doc["@context"], ...item });
    // With the W3C profile, or preferred by quality; plain JSON otherwise, as before.
    const profiled = `application/ld+json; profile="http://www.w3.org/ns/anno.jsonld"`;
    for (const accept of [profiled, "application/json;q=0.5, application/ld+json"])
      expect((await call(getOne, "other", item.id, { accept })).headers.get("content-type")).toBe(
        ANNO_MEDIA_TYPE,
      );
    for (const accept of ["application/json", "*/*", "application/ld+json;q=0.1, */*"]) {
      const plain = await call(getOne, "other", item.id, { accept });
      expect(plain.headers.get("content-type"), accept).toMatch(/^application\/json/);
      expect((await plain.json()).annotation.id).toBe(id);
    }
  });

  it("pages a collection: one stable collection IRI, AnnotationPages with partOf, startIndex, prev and next", async () => {
    const tag = `paging${Date.now()}`;
    const bodies: string[] = [];
    for (let i = 0; i < 5; i++) {
      bodies.unshift(`note ${i}`); // newest first
      await annotate("analyst", {
        target: { kind: "view", path: "/matrix" },
        body: `note ${i}`,
        tags: [tag],
      });
    }
    const host = { host: "compare.example.org" };
    const collectionId = `http://compare.example.org/api/v1/annotations?format=jsonld&tag=${tag}`;
    const collection = await (
      await call(
        list,
        "other",
        `/api/v1/annotations?tag=${tag}&format=jsonld&limit=2&lang=en`,
        host,
      )
    ).json();
    expect(collection).toMatchObject({
      id: collectionId,
      type: "AnnotationCollection",
      label: "Smart City Compare: annotations",
      total: 5,
      first: { type: "AnnotationPage", id: `${collectionId}&limit=2&page=1`, startIndex: 0 },
    });
    expect(collection.last.startsWith(`${collectionId}&limit=2&page=3&after=`)).toBe(true);

    const pages = [collection.first];
    while (pages.at(-1).next)
      pages.push(await (await call(list, "other", pages.at(-1).next, host)).json());
    expect(pages.map((p) => [p.startIndex, p.items.length])).toEqual([
      [0, 2],
      [2, 2],
      [4, 1],
    ]);
    expect(
      pages.flatMap((p) => p.items.map((a: { body: { value: string }[] }) => a.body[0].value)),
    ).toEqual(bodies);
    for (const [i, page] of pages.entries()) {
      if (i === 0) continue;
      expect(page).toMatchObject({
        "@context": collection["@context"],
        type: "AnnotationPage",
        partOf: { id: collectionId, total: 5 },
        prev: pages[i - 1].id,
      });
      expect(pages[i - 1].next).toBe(page.id);
    }
    expect(pages[2].id).toBe(collection.last);
    expect(pages[2].next).toBeUndefined();
    // A page's IRI dereferences to that page.
    const again = await (await call(list, "other", pages[1].id, host)).json();
    expect(again).toEqual(pages[1]);
  });

  it("has no first page when the collection is empty, and no page past the last", async () => {
    const empty = await (
      await call(list, "other", `/api/v1/annotations?format=jsonld&tag=none${Date.now()}`)
    ).json();
    expect(empty).toMatchObject({ type: "AnnotationCollection", total: 0 });
    expect(empty.first).toBeUndefined();
    expect(empty.last).toBeUndefined();
    const past = await call(list, "other", `/api/v1/annotations?format=jsonld&tag=none&page=1`);
    expect(past.status).toBe(404);
    for (const query of [
      "?page=1",
      "?format=csv&page=2",
      "?format=jsonld&page=0",
      "?format=jsonld&after=2026-01-01T00:00:00.000Z~00000000-0000-4000-8000-000000000000",
    ])
      expect((await call(list, "other", `/api/v1/annotations${query}`)).status, query).toBe(400);
  });
});
