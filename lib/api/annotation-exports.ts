import type { AnnotationListParams } from "@/lib/api/annotation-params";
import { annotationFilter, nextCursor } from "@/lib/api/annotation-params";
import { jsonLdResponse } from "@/lib/api/json-ld";
import { publicOrigin } from "@/lib/api/public-origin";
import { csvParts } from "@/lib/annotations/export";
import {
  annotationCollection,
  annotationPageDocument,
  collectionIris,
  withStreamedItems,
} from "@/lib/annotations/w3c/collection";
import { ANNO_MEDIA_TYPE } from "@/lib/annotations/w3c/context";
import { notFound } from "@/lib/errors/app-error";
import { started, textStream } from "@/lib/api/stream";
import { translator } from "@/lib/i18n/translator";
import type { Lang } from "@/lib/i18n/lang";
import type { CurrentUser } from "@/lib/permissions";
import {
  annotationAt,
  annotationBatches,
  countAnnotations,
  pageEnd,
  type ListPlace,
} from "@/lib/queries/annotation-lists";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

// The annotation exports, CSV and W3C JSON-LD: up to 5,000 annotations a page, streamed as they
// are read (250 at a time), so that memory stays flat however many are exported at once.

const cursorOf = (place: ListPlace) =>
  nextCursor({ id: place.id, updatedAt: place.updatedAt.toISOString() });

const EXPORT_HEADERS = { "Cache-Control": "private, no-store" };

/** GET /api/v1/annotations?format=csv: one page; the next, when there is one, in a Link header. */
export async function annotationCsvResponse(url: URL, user: CurrentUser, q: AnnotationListParams) {
  const filter = await annotationFilter(q, user);
  const end = await pageEnd(user, filter);
  const { parts } = await started(csvParts(annotationBatches(user, filter, end.last)));
  const next =
    end.more && end.last
      ? `${url.pathname}?${new URLSearchParams([...url.searchParams.entries()].filter(([k]) => k !== "after").concat([["after", cursorOf(end.last)]]))}`
      : null;
  return new Response(textStream(parts), {
    headers: {
      ...EXPORT_HEADERS,
      "Content-Type": "text/csv; charset=utf-8",
      "Content-Disposition": 'attachment; filename="annotations.csv"',
      ...(next ? { Link: `<${next}>; rel="next"` } : {}),
    },
  });
}

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
  const filter = await annotationFilter(q, user);
  const base = publicOrigin(request);
  const iris = collectionIris(base, url, q.limit);
  const [total, end, data] = await Promise.all([
    countAnnotations(user, filter),
    pageEnd(user, filter),
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
    items: [],
    next: end.more && end.last ? iris.page(number + 1, cursorOf(end.last)) : null,
  };
  const { empty, parts } = await started(annotationBatches(user, filter, end.last));
  const streamed = (document: object) =>
    new Response(textStream(withStreamedItems(document, parts, site)), {
      headers: { ...EXPORT_HEADERS, "Content-Type": ANNO_MEDIA_TYPE },
    });
  if (q.page === undefined) {
    if (total === 0 || empty) return jsonLdResponse(annotationCollection(collection, site));
    const last = await pageIri(Math.ceil(total / q.limit));
    return streamed(annotationCollection(collection, site, { first: page, last }));
  }
  if (empty) throw notFound("noSuchPage", { total });
  const prev = number > 1 ? await pageIri(number - 1) : null;
  return streamed(annotationPageDocument(collection, { ...page, prev }, site));
}
