import { beforeAll, describe, expect, it } from "vitest";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/w3c/context";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";
import { seedDatabase } from "@/prisma/seed";
import { GET as getOne } from "./[id]/route";
import { GET as list, POST } from "./route";

// The W3C Web Annotation export as a client elsewhere sees it: IRIs, dereferencing, paging.

const BOUND = "http://0.0.0.0:3999"; // what request.url says under `next start`
const tokens: Record<string, string> = {};
type Handler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;

const call = (handler: unknown, who: string, url: string, headers: Record<string, string> = {}) =>
  (handler as Handler)(
    new Request(url.startsWith("http") ? url : `${BOUND}${url}`, {
      headers: { authorization: `Bearer ${tokens[who]}`, "accept-language": "en", ...headers },
    }),
    { params: Promise.resolve({ id: url.match(/annotations\/([0-9a-f-]{36})/)?.[1] ?? "" }) },
  );

async function annotate(who: string, body: unknown) {
  const response = await (POST as unknown as Handler)(
    new Request(`${BOUND}/api/v1/annotations`, {
      method: "POST",
      headers: { authorization: `Bearer ${tokens[who]}`, "content-type": "application/json" },
      body: JSON.stringify(body),
    }),
    { params: Promise.resolve({ id: "" }) },
  );
  expect(response.status).toBe(201);
  return (await response.json()).annotation as { id: string; targetKey: string };
}

describe("the W3C JSON-LD export over HTTP", () => {
  beforeAll(async () => {
    await seedDatabase();
    const stamp = Date.now();
    for (const who of ["analyst", "other"]) {
      const { user } = await createUser({
        email: `w3c-${who}-${stamp}@example.com`,
        name: `w3c ${who}`,
        role: "analyst",
      });
      tokens[who] = (await createToken(user.id, "w3c")).token;
    }
  });

  it("writes IRIs at the Host the client used, and each annotation's IRI dereferences to it", async () => {
    const target = { kind: "matrix-cell", country: "JP", dimension: "drivers" };
    const { id, targetKey } = await annotate("analyst", { target, body: `iri ${Date.now()}` });
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
});
