/** `host`, `host:port`, `[v6]` or `[v6]:port`: nothing that could carry a path, user or scheme. */
const HOST = /^(\[[0-9a-f:.]+\]|[a-z0-9-]+(\.[a-z0-9-]+)*)(:\d{1,5})?$/i;

type Env = Record<string, string | undefined>;

/**
 * The value a trusted proxy wrote in a list header (X-Forwarded-Host, X-Forwarded-Proto): each of
 * the `trusted` proxies may append one, so the entry that many places from the right, or the
 * first when proxies replaced the header instead. Entries further left came from the client.
 */
function forwarded(header: string | null, trusted: number): string | null {
  const hops = (header ?? "")
    .split(",")
    .map((hop) => hop.trim())
    .filter(Boolean);
  return hops.length ? hops[Math.max(0, hops.length - trusted)] : null;
}

/** APP_URL's or NEXTAUTH_URL's origin, when it is an http(s) URL. */
function configured(value: string | undefined): string | null {
  try {
    const url = new URL(value?.trim() ?? "");
    return url.protocol === "https:" || url.protocol === "http:" ? url.origin : null;
  } catch {
    return null;
  }
}

/**
 * The origin users reach the app at (`https://compare.example.org`), for IRIs that must
 * dereference, such as the W3C annotation export's. Not `request.url`'s: under `next start` that
 * names the address the server binds (`http://0.0.0.0:3000`). APP_URL, else NEXTAUTH_URL, when set; else
 * the request's Host header, and behind trusted reverse proxies (TRUSTED_PROXIES > 0) the
 * X-Forwarded-Host and X-Forwarded-Proto they set, which a client could forge without them.
 */
export function publicOrigin(request: Request, env: Env = process.env): string {
  const origin = configured(env.APP_URL) ?? configured(env.NEXTAUTH_URL);
  if (origin) return origin;
  const url = new URL(request.url);
  const trusted = Math.max(0, Number(env.TRUSTED_PROXIES) || 0);
  const headers = request.headers;
  const candidates = [
    trusted > 0 ? forwarded(headers.get("x-forwarded-host"), trusted) : null,
    headers.get("host"),
  ];
  const host = candidates.find((h): h is string => !!h && HOST.test(h)) ?? url.host;
  const proto = trusted > 0 ? forwarded(headers.get("x-forwarded-proto"), trusted) : null;
  const scheme = proto === "https" || proto === "http" ? proto : url.protocol.slice(0, -1);
  return `${scheme}://${host.toLowerCase()}`;
}
