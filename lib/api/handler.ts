import type { NextResponse } from "next/server";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { pickLang, type Lang } from "@/lib/i18n/lang";
import { forbidden, toResponse, unauthorized } from "./errors";

type Handler<P> = (request: Request, context: { params: P; url: URL; lang: Lang; user: CurrentUser }) => Promise<NextResponse>;

/**
 * Every /api/v1 route goes through here: who is asking (session or bearer token), whether the
 * permission allows it (401 when nobody is signed in, 403 when the role is not enough), language,
 * URL and params, and errors mapped in one place.
 */
export function apiRoute<P = Record<string, never>>(permission: (user: CurrentUser | null) => boolean, handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const lang = pickLang(request);
    try {
      const user = await getCurrentUser(request);
      if (!user) throw unauthorized();
      if (!permission(user)) throw forbidden();
      return await handler(request, { params: await context.params, url: new URL(request.url), lang, user });
    } catch (error) {
      return toResponse(error, lang);
    }
  };
}
