import { anchorPassage, type AnnotationTarget } from "@/lib/annotations/targets";
import type { Dataset } from "@/lib/dataset/schema";
import type { AnnotationView } from "@/lib/annotations/types";
import { passageId } from "./passages";
import type { Span } from "./segments";

/** An annotation placed in the current text; `moved` when the text changed and its quote was found elsewhere. */
export interface PlacedAnnotation {
  annotation: AnnotationView;
  moved: boolean;
  /** Where it was attached: the id of its stored offsets. */
  storedId: string;
}

/** A range of the current text that has annotations (replies included), in text order. */
export interface AnnotatedRange extends Span {
  annotations: PlacedAnnotation[];
}

export interface SourceAnnotations {
  ranges: AnnotatedRange[];
  /** Annotations whose quote the text no longer contains, with that passage: never placed, listed apart. */
  orphaned: { annotation: AnnotationView; passage: Passage }[];
}

type Passage = Extract<AnnotationTarget, { kind: "source-passage" }>;

/**
 * The passage annotations of one source, re-anchored against its current text. Deleted ones (only
 * admins receive them) are left out: they neither count nor show.
 */
export function placeAnnotations(
  annotations: readonly AnnotationView[],
  data: Dataset,
  key: string,
): SourceAnnotations {
  const byId = new Map<string, AnnotatedRange>();
  const orphaned: SourceAnnotations["orphaned"] = [];
  // A note on several passages of this source is placed at each (a fact's note shows here through its passage).
  const passages = (a: AnnotationView) =>
    a.targets.filter((t): t is Passage => t.kind === "source-passage" && t.source === key);
  const place = (annotation: AnnotationView, t: Passage) => {
    const anchor = anchorPassage(t, data);
    if (anchor.status === "orphaned" || anchor.start === undefined || anchor.end === undefined) {
      orphaned.push({ annotation, passage: t });
      return;
    }
    const id = passageId(anchor.start, anchor.end);
    const range = byId.get(id) ?? { id, start: anchor.start, end: anchor.end, annotations: [] };
    range.annotations.push({
      annotation,
      moved: anchor.status === "moved",
      storedId: passageId(t.selector[1].start, t.selector[1].end),
    });
    byId.set(id, range);
  };
  for (const annotation of annotations) {
    if (annotation.deletedAt !== null) continue;
    for (const t of passages(annotation)) place(annotation, t);
  }
  return {
    ranges: [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    orphaned,
  };
}
