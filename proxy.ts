import { getToken } from "next-auth/jwt";
import { NextResponse, type NextRequest } from "next/server";
import {
  contentSecurityPolicy,
  newNonce,
  strictTransportSecurity,
} from "@/lib/config/security-headers";
import { badRequest, crossSite, unauthorized } from "@/lib/errors/app-error";
import { toHttpResponse } from "@/lib/errors/handle";
import { LANG_COOKIE, LANG_HEADER, parseLang, pickLang } from "@/lib/i18n/lang";
import { actionBodyProblem, sameOrigin, wellFormedAddress } from "@/lib/security/requests";

// Redirects signed-out visitors and refuses cross-site writes; every page and route handler checks
// the user again (lib/permissions), so this is a convenience, not the guard. Behind https every
// answer gets HSTS (NEXTAUTH_URL is read at run time, so not in next.config.ts).

const PUBLIC = [/^\/signin$/, /^\/api\/auth\//, /^\/api\/health$/];
const WRITES = new Set(["POST", "PUT", "PATCH", "DELETE"]);

/**
 * Lets the request through. Passes a `?lang=` on to the page (next-intl reads it in
 * lib/i18n/request.ts) and remembers it in a cookie, so the language switch holds for the next
 * visit and for links without `lang`.
 */
function next(request: NextRequest, policy: string): NextResponse {
  const headers = new Headers(request.headers);
  headers.set("content-security-policy", policy);
  const lang = parseLang(request.nextUrl.searchParams.get("lang"));
  if (lang) headers.set(LANG_HEADER, lang);
  const response = NextResponse.next({ request: { headers } });
  // Only a page remembers it: the browser's API calls carry the page's `lang` too, and one still
  // answering from the page before a switch would otherwise set the old language back.
  const page = !request.nextUrl.pathname.startsWith("/api/");
  if (lang && page && request.cookies.get(LANG_COOKIE)?.value !== lang) {
    response.cookies.set(LANG_COOKIE, lang, {
      path: "/",
      maxAge: 60 * 60 * 24 * 365,
      sameSite: "lax",
      httpOnly: false,
    });
  }
  return response;
}

async function route(request: NextRequest, policy: string): Promise<NextResponse> {
  const { pathname } = request.nextUrl;
  if (!wellFormedAddress(request.nextUrl))
    return toHttpResponse(badRequest("badAddress"), pickLang(request));
  const tooBig = actionBodyProblem(request.method, request.headers);
  if (tooBig) return toHttpResponse(tooBig, pickLang(request));
  const bearer = request.headers.get("authorization")?.toLowerCase().startsWith("bearer ");

  // CSRF: a write carried by the session cookie must come from our own origin (next-auth guards its own routes).
  if (WRITES.has(request.method) && !bearer && !pathname.startsWith("/api/auth/")) {
    if (!sameOrigin(request.headers, request.nextUrl))
      return toHttpResponse(crossSite(), pickLang(request));
  }
  if (PUBLIC.some((pattern) => pattern.test(pathname)) || bearer) return next(request, policy);

  // Behind HTTPS next-auth names its cookie __Secure-…; look for the name it used.
  const secureCookie =
    request.nextUrl.protocol === "https:" || request.headers.get("x-forwarded-proto") === "https";
  const session = await getToken({
    req: request,
    secret: process.env.NEXTAUTH_SECRET,
    secureCookie,
  });
  if (session) return next(request, policy);
  if (pathname.startsWith("/api/")) return toHttpResponse(unauthorized(), pickLang(request));
  const signIn = new URL("/signin", request.url);
  signIn.searchParams.set("callbackUrl", `${pathname}${request.nextUrl.search}`);
  return NextResponse.redirect(signIn);
}

export async function proxy(request: NextRequest) {
  const policy = contentSecurityPolicy(newNonce());
  const response = await route(request, policy);
  response.headers.set("Content-Security-Policy", policy);
  const hsts = strictTransportSecurity();
  if (hsts) response.headers.set("Strict-Transport-Security", hsts);
  return response;
}

export const config = {
  // Everything but Next.js's own files and static assets.
  matcher: ["/((?!_next/static|_next/image|favicon.ico|.*\\.(?:png|svg|ico|woff2?)$).*)"],
};
