import { anchorPassage } from "@/lib/annotations/targets";
import type { CurrentUser } from "@/lib/permissions";
import type { Dataset } from "@/lib/dataset/schema";
import type { Lang } from "@/lib/i18n/lang";
import { canChangeAnnotation, canResolveAnnotation, canRestoreAnnotation } from "@/lib/permissions";
import type { AnnotationView } from "@/lib/annotations/types";
import { MAX_COUNTRIES, type ViewState } from "@/lib/view-state/state";
import { describeTarget, targetHref, type TargetWords } from "./annotation-targets";

/** An annotation as the side panel shows it: with its target in words, a link there, and what the reader may do. */
export interface PanelItem extends AnnotationView {
  targetLabel: string;
  href: string;
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
  anchor,
  canChange: canChangeAnnotation(user, { authorId: a.author.id }),
  canResolve: canResolveAnnotation(user, a),
  canRestore: a.deletedAt !== null && canRestoreAnnotation(user),
});

export function panelItems(
  annotations: AnnotationView[],
  user: CurrentUser,
  data: Dataset,
  state: ViewState,
  lang: Lang,
  words: TargetWords,
): PanelItem[] {
  return annotations.map((a) => {
    const t = a.target;
    const anchor = t.kind === "source-passage" ? anchorPassage(t, data) : null;
    // A passage that moved is linked at its new place.
    const at =
      t.kind === "source-passage" && anchor?.status === "moved"
        ? {
            ...t,
            selector: [
              t.selector[0],
              { ...t.selector[1], start: anchor.start!, end: anchor.end! },
            ] as typeof t.selector,
          }
        : t;
    return {
      ...targetItem(a, user, anchor && anchor.status !== "anchored" ? anchor.status : null),
      targetLabel: describeTarget(t, data, lang, words),
      href: targetHref(at, state, MAX_COUNTRIES, data),
    };
  });
}
