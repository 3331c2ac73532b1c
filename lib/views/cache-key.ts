import type { ReviewedMarks } from "@/lib/curation/reviewed";
import type { ViewState } from "@/lib/view-state/state";
import type { DatasetMode } from "./versions/mode";

/**
 * What a part of a page that shows only published data depends on, and so the key under which it
 * is rendered once and served from the cache ("use cache"): the published dataset version, the
 * page, the language and every other field of the view state, and the reviewed marks (a review
 * does not publish a version). Nothing of the user is in it: their annotations, drafts and
 * permissions are drawn outside the cached part.
 */
export interface PublishedViewKey {
  version: number;
  path: string;
  state: ViewState;
  reviewed: ReviewedMarks;
}

/**
 * The key of a view, or null when it does not show the live published dataset: a pinned version
 * or a change request's preview is rendered per request (a preview is visible to some users only).
 */
export function publishedViewKey(view: {
  dataset: DatasetMode;
  path: string;
  state: ViewState;
  reviewed: ReviewedMarks;
}): PublishedViewKey | null {
  if (view.dataset.kind !== "published") return null;
  const { state } = view;
  return {
    version: view.dataset.version,
    path: view.path,
    // Every field spelled out, in one order: a field added to the view state must be added here.
    state: {
      countries: state.countries,
      dims: state.dims,
      lang: state.lang,
      view: state.view,
      from: state.from,
      to: state.to,
      focus: state.focus,
      version: state.version ?? null,
      preview: state.preview ?? null,
      resolved: state.resolved ?? false,
    } satisfies Required<ViewState>,
    reviewed: Object.fromEntries(
      Object.entries(view.reviewed)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([fact, mark]) => [
          fact,
          { reviewer: mark.reviewer, reviewedAt: new Date(mark.reviewedAt).toISOString() },
        ]),
    ),
  };
}
