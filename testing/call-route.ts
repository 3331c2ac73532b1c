/** A route handler of app/api, called as Next.js calls it. */
type Handler = (request: Request, context: { params: Promise<unknown> }) => Promise<Response>;

/**
 * Calls a route handler with a bearer token: `body` is sent as JSON; `params` are the route's
 * dynamic segments. For integration tests that go through the real handler, auth and errors.
 */
export function callRoute(
  handler: unknown,
  token: string,
  url: string,
  init: { method?: string; body?: unknown; params?: Record<string, string>; lang?: string } = {},
): Promise<Response> {
  return (handler as Handler)(
    new Request(`http://localhost${url}`, {
      method: init.method ?? "GET",
      headers: {
        authorization: `Bearer ${token}`,
        "accept-language": init.lang ?? "en",
        ...(init.body !== undefined ? { "content-type": "application/json" } : {}),
      },
      body: init.body === undefined ? undefined : JSON.stringify(init.body),
    }),
    { params: Promise.resolve(init.params ?? {}) },
  );
}
