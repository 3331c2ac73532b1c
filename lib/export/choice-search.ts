import type { AnnotationChoice } from "@/lib/annotations/types";
import { MAX_NUMBERED } from "@/lib/charts/annotations";

export type { AnnotationChoice };

// The annotation choice of exports and the report as a type and as query parameters, without zod:
// the Export menu builds its links with it in the browser (lib/export/annotation-choice.ts parses).

export const ALL_ANNOTATIONS: AnnotationChoice = {
  tag: null,
  status: null,
  authorId: null,
  ids: null,
  limit: MAX_NUMBERED,
};

/** The choice as query parameters, for links (the Export menu, the report). */
export function choiceSearch(choice: Partial<AnnotationChoice>): Record<string, string> {
  return {
    ...(choice.tag ? { "annotation-tag": choice.tag } : {}),
    ...(choice.status ? { "annotation-status": choice.status } : {}),
    ...(choice.authorId ? { "annotation-author": choice.authorId } : {}),
    ...(choice.ids?.length ? { "annotation-ids": choice.ids.join(",") } : {}),
    ...(choice.limit && choice.limit !== MAX_NUMBERED
      ? { "annotation-limit": String(choice.limit) }
      : {}),
  };
}
