import { expect } from "vitest";
import { createToken } from "@/lib/auth/tokens";
import { createUser } from "@/lib/auth/users";

/** What `request.url` says under `next start`: the address the server binds, not the public one. */
export const BOUND = "http://0.0.0.0:3999";

type Handler = (r: Request, c: { params: Promise<{ id: string }> }) => Promise<Response>;

/**
 * Analysts with API tokens, and ways to call the annotation routes as each of them: GET a path or
 * an IRI the export gave (its annotation id, if any, becomes the route's `id`), or POST a new
 * annotation. For integration tests on a seeded database.
 */
export async function annotationApi(names: string[]) {
  const tokens: Record<string, string> = {};
  const stamp = Date.now();
  for (const name of names) {
    const { user } = await createUser({
      email: `${name}-${stamp}@example.com`,
      name: `${name} analyst`,
      role: "analyst",
    });
    tokens[name] = (await createToken(user.id, "test")).token;
  }
  const auth = (who: string) => ({ authorization: `Bearer ${tokens[who]}` });
  const get = (handler: unknown, who: string, url: string, headers: Record<string, string> = {}) =>
    (handler as Handler)(
      new Request(url.startsWith("http") ? url : `${BOUND}${url}`, {
        headers: { ...auth(who), "accept-language": "en", ...headers },
      }),
      { params: Promise.resolve({ id: url.match(/annotations\/([0-9a-f-]{36})/)?.[1] ?? "" }) },
    );
  const post = async (handler: unknown, who: string, body: unknown) => {
    const response = await (handler as Handler)(
      new Request(`${BOUND}/api/v1/annotations`, {
        method: "POST",
        headers: { ...auth(who), "content-type": "application/json" },
        body: JSON.stringify(body),
      }),
      { params: Promise.resolve({ id: "" }) },
    );
    expect(response.status, JSON.stringify(body).slice(0, 80)).toBe(201);
    return (await response.json()).annotation as {
      id: string;
      targets: { kind: string }[];
      targetKeys: string[];
    };
  };
  return { get, post };
}
