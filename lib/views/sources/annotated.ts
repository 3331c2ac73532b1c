import { anchorPassage } from "@/lib/annotations/targets";
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
  /** Annotations whose quote the text no longer contains: never placed, listed apart. */
  orphaned: AnnotationView[];
}

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
  const orphaned: AnnotationView[] = [];
  for (const annotation of annotations) {
    const t = annotation.target;
    if (t.kind !== "source-passage" || t.source !== key || annotation.deletedAt !== null) continue;
    const anchor = anchorPassage(t, data);
    if (anchor.status === "orphaned" || anchor.start === undefined || anchor.end === undefined) {
      orphaned.push(annotation);
      continue;
    }
    const id = passageId(anchor.start, anchor.end);
    const range = byId.get(id) ?? { id, start: anchor.start, end: anchor.end, annotations: [] };
    range.annotations.push({
      annotation,
      moved: anchor.status === "moved",
      storedId: passageId(t.selector[1].start, t.selector[1].end),
    });
    byId.set(id, range);
  }
  return {
    ranges: [...byId.values()].sort((a, b) => a.start - b.start || a.end - b.end),
    orphaned,
  };
}
