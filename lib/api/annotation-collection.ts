import type { AnnotationListParams } from "@/lib/api/annotation-params";
import { annotationFilter, nextCursor } from "@/lib/api/annotation-params";
import { jsonLdResponse } from "@/lib/api/json-ld";
import { publicOrigin } from "@/lib/api/public-origin";
import {
  annotationCollection,
  annotationPageDocument,
  collectionIris,
} from "@/lib/annotations/w3c/collection";
import { notFound } from "@/lib/errors/app-error";
import { translator } from "@/lib/i18n/translator";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import { annotationAt, countAnnotations, listAnnotations } from "@/lib/queries/annotations";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

/**
 * GET /api/v1/annotations?format=jsonld: without `page`, the AnnotationCollection (its total, and
 * its first page embedded with the IRI of the last); with `page` (and from page 2 on `after`),
 * that AnnotationPage, `partOf` the collection, with `startIndex`, `prev` and `next`.
 */
export async function annotationCollectionResponse(
  request: Request,
  url: URL,
  user: CurrentUser,
  q: AnnotationListParams,
  lang: Lang,
) {
  const filter = annotationFilter(q, user);
  const base = publicOrigin(request);
  const iris = collectionIris(base, url, q.limit);
  const [total, { annotations, more }, data] = await Promise.all([
    countAnnotations(user, filter),
    listAnnotations(user, filter),
    getDatasetSnapshot(),
  ]);
  const site = { base, data };
  const collection = {
    id: iris.collection,
    label: translator(lang)("annotations.collectionLabel"),
    total,
  };
  // Page n's cursor: the last annotation of page n - 1, as the whole list stands now.
  const pageIri = async (n: number) => {
    const before = n > 1 ? await annotationAt(user, filter, (n - 1) * q.limit - 1) : null;
    return iris.page(n, before && nextCursor(before));
  };
  const number = q.page ?? 1;
  const page = {
    id: iris.page(number, url.searchParams.get("after")),
    startIndex: (number - 1) * q.limit,
    items: annotations,
    next: more ? iris.page(number + 1, nextCursor(annotations[annotations.length - 1])) : null,
  };
  if (q.page === undefined) {
    if (total === 0) return jsonLdResponse(annotationCollection(collection, site));
    const last = await pageIri(Math.ceil(total / q.limit));
    return jsonLdResponse(annotationCollection(collection, site, { first: page, last }));
  }
  if (annotations.length === 0) throw notFound("noSuchPage", { total });
  const prev = number > 1 ? await pageIri(number - 1) : null;
  return jsonLdResponse(annotationPageDocument(collection, { ...page, prev }, site));
}
