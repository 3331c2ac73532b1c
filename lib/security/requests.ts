import { AppError, lengthRequired } from "@/lib/errors/app-error";

// Checks the proxy (proxy.ts) makes on every request before any route sees it.

/**
 * False for a path with a bad percent-encoding (`/api/v1/sources/%FF`) or a NUL anywhere in the
 * path or the query: refused here as a 400 with a message, before a route decodes it (which
 * answered a plain-text 500) or a query hands it to PostgreSQL (which refuses NUL in text).
 */
export function wellFormedAddress(url: URL): boolean {
  try {
    if (decodeURIComponent(url.pathname).includes("\u0000")) return false;
  } catch {
    return false;
  }
  for (const [name, value] of url.searchParams)
    if (name.includes("\u0000") || value.includes("\u0000")) return false;
  return true;
}

/** The origin (scheme, host and port) of an Origin header; null for a missing, "null" or malformed one. */
function originOf(origin: string | null): string | null {
  try {
    return origin ? new URL(origin).origin : null;
  } catch {
    return null;
  }
}

/**
 * True when a write's Origin is this app: the scheme and host the browser used (X-Forwarded-Proto
 * and -Host reach here only from a trusted proxy: the launcher's preload drops them otherwise), or
 * NEXTAUTH_URL's. Comparing the scheme too refuses a page on http://host writing to https://host.
 */
export function sameOrigin(headers: Headers, url: URL, publicUrl = process.env.NEXTAUTH_URL) {
  const origin = originOf(headers.get("origin"));
  if (!origin) return false;
  const first = (value: string | null) => value?.split(",")[0].trim() || null;
  const proto = first(headers.get("x-forwarded-proto")) ?? url.protocol.replace(/:$/, "");
  const host = first(headers.get("x-forwarded-host")) ?? headers.get("host") ?? url.host;
  return origin === originOf(`${proto}://${host}`) || origin === originOf(publicUrl ?? null);
}

/** Next.js's limit for a server action's body (its default `bodySizeLimit`). */
export const ACTION_BODY_LIMIT = 1024 * 1024;

/**
 * A server action's body past the limit is refused here with a 413 and a message (Next.js itself
 * answered a 500, "Body exceeded 1 MB limit"). Browsers always send its length; a body without
 * one is refused too (411), since it could not be measured before it is read.
 */
export function actionBodyProblem(method: string, headers: Headers) {
  if (method !== "POST" || !headers.has("next-action")) return null;
  const length = headers.get("content-length");
  if (length === null || !/^\d+$/.test(length)) return lengthRequired();
  return Number(length) > ACTION_BODY_LIMIT ? new AppError("too_large", "bodyTooLarge") : null;
}
