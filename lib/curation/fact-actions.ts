import { factKeyOf, type FactKeyFields } from "@/lib/curation/facts";
import type { Lang } from "@/lib/i18n/lang";
import type { ViewState } from "@/lib/view-state/state";
import type { ReviewedView } from "./reviewed";

/** The facts a detail panel can show, with the edit form of each (app/curation/edit/<entity>). */
export type DetailEntity = "assessment" | "event" | "observation" | "actor";

/** The dataset fact behind a detail. */
export interface FactRef {
  entity: DetailEntity;
  key: FactKeyFields;
  lang: Lang;
  /** False on a pinned version or a preview: edits and reviewed marks speak of the published facts. */
  live: boolean;
  /** Assessments only: the reviewed mark, or null when there is none. */
  reviewed?: ReviewedView | null;
}

export const factRefOf = (
  entity: DetailEntity,
  key: FactKeyFields,
  state: ViewState,
  reviewed?: ReviewedView | null,
): FactRef => ({
  entity,
  key,
  lang: state.lang,
  live: !state.version && !state.preview,
  ...(entity === "assessment" ? { reviewed: reviewed ?? null } : {}),
});

export interface FactActionsView {
  factKey: string;
  historyHref: string;
  /** null when the reader may not propose changes, or the view is not live. */
  editHref: string | null;
  /** Assessments: the mark, and whether the reader may set or remove it here. */
  review: { mark: ReviewedView | null; canToggle: boolean } | null;
}

/** The links and the reviewed toggle of a fact, for what the reader may do. */
export function factActions(
  ref: FactRef,
  can: { propose: boolean; markReviewed: boolean },
): FactActionsView {
  const factKey = factKeyOf(ref.entity, ref.key);
  const query = new URLSearchParams({ ...ref.key, lang: ref.lang });
  return {
    factKey,
    historyHref: `/history/${encodeURIComponent(factKey)}?lang=${ref.lang}`,
    editHref: can.propose && ref.live ? `/curation/edit/${ref.entity}?${query}` : null,
    review:
      ref.entity === "assessment" && ref.live
        ? { mark: ref.reviewed ?? null, canToggle: can.markReviewed }
        : null,
  };
}
