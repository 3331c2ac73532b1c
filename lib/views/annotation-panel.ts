import { anchorPassage, type AnnotationTarget } from "@/lib/annotations/targets";
import type { CurrentUser } from "@/lib/permissions";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { canChangeAnnotation, canResolveAnnotation, canRestoreAnnotation } from "@/lib/permissions";
import type { AnnotationView } from "@/lib/annotations/types";
import { MAX_COUNTRIES, type ViewState } from "@/lib/view-state/state";
import { describeTarget, targetHref, type TargetWords } from "./annotation-targets";

/** One target of an annotation as the panel offers it: in words, with a link there. */
export interface PanelPlace {
  kind: AnnotationTarget["kind"];
  label: string;
  href: string;
}

/** An annotation as the side panel shows it: with its targets in words, links there, and what the reader may do. */
export interface PanelItem extends AnnotationView {
  /** The first target in words and its link (the one a single-target note is on). */
  targetLabel: string;
  href: string;
  /** Every target, in order: a note on a fact and its passage, or on two facts, offers each. */
  places: PanelPlace[];
  /** A source passage found elsewhere after the text changed, or no longer found at all. */
  anchor: "moved" | "orphaned" | null;
  canChange: boolean;
  /** Any analyst may resolve or reopen a shared thread. */
  canResolve: boolean;
  canRestore: boolean;
}

/** An annotation listed at its own target (no link there): what the reader may do with it. */
export const targetItem = (
  a: AnnotationView,
  user: CurrentUser,
  anchor: PanelItem["anchor"] = null,
): PanelItem => ({
  ...a,
  targetLabel: "",
  href: "",
  places: [],
  anchor,
  canChange: canChangeAnnotation(user, { authorId: a.author.id }),
  canResolve: canResolveAnnotation(user, a),
  canRestore: a.deletedAt !== null && canRestoreAnnotation(user),
});

/**
 * An annotation's targets in words with links (`href` makes a target's link; a passage that moved
 * is linked at its new place), and whether a passage of it moved or was lost.
 */
export function placesOf(
  a: AnnotationView,
  data: Dataset,
  lang: Lang,
  words: TargetWords,
  href: (t: AnnotationTarget) => string,
): { places: PanelPlace[]; anchor: PanelItem["anchor"] } {
  let anchor: PanelItem["anchor"] = null;
  const places = a.targets.map((t): PanelPlace => {
    const found = t.kind === "source-passage" ? anchorPassage(t, data) : null;
    if (found && found.status !== "anchored") anchor ??= found.status;
    const at =
      t.kind === "source-passage" && found?.status === "moved"
        ? {
            ...t,
            selector: [
              t.selector[0],
              { ...t.selector[1], start: found.start!, end: found.end! },
            ] as typeof t.selector,
          }
        : t;
    return { kind: t.kind, label: describeTarget(t, data, lang, words), href: href(at) };
  });
  return { places, anchor };
}

export function panelItems(
  annotations: AnnotationView[],
  user: CurrentUser,
  data: Dataset,
  state: ViewState,
  lang: Lang,
  words: TargetWords,
): PanelItem[] {
  return annotations.map((a) => {
    const { places, anchor } = placesOf(a, data, lang, words, (t) =>
      targetHref(t, state, MAX_COUNTRIES, data),
    );
    return {
      ...targetItem(a, user, anchor),
      targetLabel: places[0]?.label ?? "",
      href: places[0]?.href ?? "",
      places,
    };
  });
}
