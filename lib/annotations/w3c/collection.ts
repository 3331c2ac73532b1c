import type { AnnotationView } from "../types";
import { w3cAnnotation } from "./annotation";
import { CONTEXT } from "./context";
import type { Site } from "./target";

// An AnnotationCollection and its AnnotationPages (Web Annotation model §5). The collection has
// one IRI whatever page or page size is asked; its pages are numbered, and from page 2 on carry
// the cursor of the page before, so that a page stays put when annotations are added meanwhile.

/** Search parameters that choose a page, or only the words of a label: not part of the collection's IRI. */
const PAGING = new Set(["after", "page", "limit", "lang"]);

/** The IRIs of a list's collection and of its pages of `limit`, at `base` (the public origin). */
export function collectionIris(base: string, url: URL, limit: number) {
  const names = [...new Set(url.searchParams.keys())].filter((n) => !PAGING.has(n)).sort();
  const query = new URLSearchParams(names.map((n) => [n, url.searchParams.get(n)!]));
  const collection = `${base}${url.pathname}?${query}`;
  return {
    collection,
    page: (n: number, after: string | null) =>
      `${collection}&${new URLSearchParams({ limit: String(limit), page: String(n), ...(after ? { after } : {}) })}`,
  };
}

export interface PageParts {
  id: string;
  startIndex: number;
  items: AnnotationView[];
  prev?: string | null;
  next?: string | null;
}

/** An AnnotationPage; a page served on its own also names its collection (`partOf`). */
function annotationPage(page: PageParts, site: Site, partOf?: object) {
  return {
    id: page.id,
    type: "AnnotationPage",
    ...(partOf ? { partOf } : {}),
    startIndex: page.startIndex,
    ...(page.prev ? { prev: page.prev } : {}),
    ...(page.next ? { next: page.next } : {}),
    items: page.items.map((a) => w3cAnnotation(a, site)),
  };
}

export interface CollectionParts {
  id: string;
  label: string;
  /** Counted once, for every page. */
  total: number;
}

/** The collection with its first page embedded; an empty one has no pages (a page holds at least one item). */
export function annotationCollection(
  c: CollectionParts,
  site: Site,
  pages?: { first: PageParts; last: string },
) {
  return {
    "@context": CONTEXT,
    id: c.id,
    type: "AnnotationCollection",
    label: c.label,
    total: c.total,
    ...(pages ? { first: annotationPage(pages.first, site), last: pages.last } : {}),
  };
}

/** A page other than through its collection: with its own @context and `partOf`. */
export const annotationPageDocument = (c: CollectionParts, page: PageParts, site: Site) => ({
  "@context": CONTEXT,
  ...annotationPage(page, site, { id: c.id, label: c.label, total: c.total }),
});

/** Where a document's page holds its items, built with none (the document has one page). */
const NO_ITEMS = '"items":[]';

/**
 * The JSON of `document` (a collection with its first page, or a page, built with no items) with
 * its page's items written where they go, batch by batch as they are read.
 */
export async function* withStreamedItems(
  document: object,
  batches: AsyncIterable<AnnotationView[]>,
  site: Site,
) {
  const text = JSON.stringify(document);
  // A JSON string cannot hold an unescaped quote, so this is the page's own `items`.
  const at = text.indexOf(NO_ITEMS) + NO_ITEMS.length - 1;
  if (at < NO_ITEMS.length) throw new Error("The document has no empty page to fill");
  yield text.slice(0, at);
  let separator = "";
  for await (const batch of batches) {
    if (batch.length === 0) continue;
    yield separator + batch.map((a) => JSON.stringify(w3cAnnotation(a, site))).join(",");
    separator = ",";
  }
  yield text.slice(at);
}
