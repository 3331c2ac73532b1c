import type { NextResponse } from "next/server";
import { pickLang, type Lang } from "@/lib/i18n/lang";
import { toResponse } from "./errors";

type Handler<P> = (request: Request, context: { params: P; url: URL; lang: Lang }) => Promise<NextResponse>;

/** Every /api/v1 route goes through here: language, URL, params, and errors mapped in one place. */
export function apiRoute<P = Record<string, never>>(handler: Handler<P>) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const lang = pickLang(request);
    try {
      return await handler(request, { params: await context.params, url: new URL(request.url), lang });
    } catch (error) {
      return toResponse(error, lang);
    }
  };
}
