import { NextResponse } from "next/server";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/w3c/context";

/** The quality a media range of an Accept header gives `type` (`application/ld+json`), 0 when none does. */
function quality(accept: string, type: string, wildcards: boolean): number {
  let best = -1;
  let q = 0;
  for (const range of accept.split(",")) {
    const [name, ...params] = range.split(";").map((part) => part.trim().toLowerCase());
    const [major] = type.split("/");
    const specificity =
      name === type
        ? 2
        : wildcards && name === `${major}/*`
          ? 1
          : wildcards && name === "*/*"
            ? 0
            : -1;
    if (specificity <= best) continue;
    best = specificity;
    const given = params.find((p) => p.startsWith("q="));
    q = given ? Number(given.slice(2)) || 0 : 1;
  }
  return q;
}

/**
 * Whether a client asks for JSON-LD (Web Annotation Protocol): `application/ld+json` named in
 * Accept, with or without the W3C profile, at no lower a quality than JSON. A wildcard alone
 * (`*\/*`, as browsers and curl send) keeps the plain JSON the API has always answered.
 */
export function prefersJsonLd(request: Request): boolean {
  const accept = request.headers.get("accept") ?? "";
  const ld = quality(accept, "application/ld+json", false);
  return ld > 0 && ld >= quality(accept, "application/json", true);
}

/** A W3C Web Annotation document (an annotation, a collection, a page) with its media type. */
export const jsonLdResponse = (body: unknown, headers: Record<string, string> = {}) =>
  NextResponse.json(body, {
    headers: { "Content-Type": ANNO_MEDIA_TYPE, "Cache-Control": "private, no-store", ...headers },
  });

/** The headers the Web Annotation Protocol asks of an annotation's own IRI. */
export const ANNOTATION_HEADERS = {
  Vary: "Accept",
  Link: '<http://www.w3.org/ns/ldp#Resource>; rel="type"',
};
