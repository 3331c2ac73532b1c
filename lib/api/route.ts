import type { NextResponse } from "next/server";
import { z } from "zod";
import { getCurrentUser, type CurrentUser } from "@/lib/auth/current-user";
import { forbidden, unauthorized, unknownParameter } from "@/lib/errors/app-error";
import { toHttpResponse } from "@/lib/errors/handle";
import { pickLang, type Lang } from "@/lib/i18n/lang";

type Permission = (user: CurrentUser | null) => boolean;
/** An object of string parameters, possibly transformed as a whole (a pipe whose input is the object). */
type SearchSchema = z.ZodType<unknown, Record<string, string | undefined>>;

/** The parameter names a schema accepts. */
function names(schema: SearchSchema): string[] {
  const object = schema instanceof z.ZodPipe ? schema.in : schema;
  return object instanceof z.ZodObject ? Object.keys(object.shape) : [];
}

interface Context<P, Q> {
  params: P;
  searchParams: Q;
  url: URL;
  lang: Lang;
  user: CurrentUser;
}

/** Search parameters by name (the first value of each), after refusing names the schema does not know. */
export function readSearchParams<S extends SearchSchema>(url: URL, schema: S): z.infer<S> {
  const allowed = names(schema);
  for (const name of url.searchParams.keys()) {
    if (name !== "lang" && !allowed.includes(name))
      throw unknownParameter(name, [...allowed, "lang"]);
  }
  const values: Record<string, string> = {};
  for (const name of allowed) {
    const value = url.searchParams.get(name);
    if (value !== null) values[name] = value;
  }
  return schema.parse(values);
}

const NONE = z.object({});

/**
 * Every /api/v1 route goes through here (umami's parseRequest): who is asking (session or bearer
 * token), whether the permission allows it (401 when nobody is signed in, 403 when the role is not
 * enough), the search parameters parsed by the route's zod schema (an unknown or bad parameter is a 400
 * that names it), language, URL and params; every error is answered by lib/errors/handle.ts.
 */
export function apiRoute<P = Record<string, never>, S extends SearchSchema = typeof NONE>(
  options: { permission: Permission; searchParams?: S },
  handler: (request: Request, context: Context<P, z.infer<S>>) => Promise<NextResponse | Response>,
) {
  return async (request: Request, context: { params: Promise<P> }) => {
    const lang = pickLang(request);
    try {
      const user = await getCurrentUser(request);
      if (!user) throw unauthorized();
      if (!options.permission(user)) throw forbidden();
      const url = new URL(request.url);
      const searchParams = readSearchParams(url, (options.searchParams ?? NONE) as S);
      return await handler(request, {
        params: await context.params,
        searchParams,
        url,
        lang,
        user,
      });
    } catch (error) {
      return toHttpResponse(error, lang);
    }
  };
}
