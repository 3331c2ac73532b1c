import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import { badRequest, crossSite, unauthorized } from "@/lib/errors/app-error";
import { toHttpResponse } from "@/lib/errors/handle";
import { LANG_COOKIE, LANG_HEADER, parseLang, pickLang } from "@/lib/i18n/lang";

// Redirects signed-out visitors and refuses cross-site writes; every page and route handler checks
// the user again (lib/permissions), so this is a convenience, not the guard.

const PUBLIC = [/^\/signin$/, /^\/api\/auth\//, /^\/api\/health$/];
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

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

/**
 * Passes a `?lang=` on to the page (next-intl reads it in lib/i18n/request.ts) and remembers it in
 * a cookie, so the language switch holds for the next visit and for links without `lang`.
 */
function next(request: NextRequest): NextResponse {
  const lang = parseLang(request.nextUrl.searchParams.get("lang"));
  if (!lang) return NextResponse.next();
  const headers = new Headers(request.headers);
  headers.set(LANG_HEADER, lang);
  const response = NextResponse.next({ request: { headers } });
  if (request.cookies.get(LANG_COOKIE)?.value !== lang) {
    response.cookies.set(LANG_COOKIE, lang, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
  }
  return response;
}

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

export async function proxy(request: NextRequest) {
  const { pathname } = request.nextUrl;
  if (!wellFormedAddress(request.nextUrl))
    return toHttpResponse(badRequest("badAddress"), pickLang(request));
  const bearer = request.headers.get("authorization")?.toLowerCase().startsWith("bearer ");

  // CSRF: a write carried by the session cookie must come from our own origin (next-auth guards its own routes).
  if (WRITES.has(request.method) && !bearer && !pathname.startsWith("/api/auth/")) {
    if (!sameOrigin(request.headers, request.nextUrl))
      return toHttpResponse(crossSite(), pickLang(request));
  }
  if (PUBLIC.some((pattern) => pattern.test(pathname)) || bearer) return next(request);

  // Behind HTTPS next-auth names its cookie __Secure-…; look for the name it used.
  const secureCookie =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const session = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    secureCookie,
  });
  if (session) return next(request);
  if (pathname.startsWith("/api/")) return toHttpResponse(unauthorized(), pickLang(request));
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export const config = {
  // Everything but Next.js's own files and static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
