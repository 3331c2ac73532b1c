import { MAX_NUMBERED } from "@/lib/charts/annotations";

// The annotation choice of exports and the report as a type and as query parameters, without zod:
// the Export menu builds its links with it in the browser (lib/export/annotation-choice.ts parses).

export interface AnnotationChoice {
  tag: string | null;
  status: "open" | "resolved" | null;
  /** A user id. */
  authorId: string | null;
  /** Annotations picked one by one in the panel (thread starts); null for no such filter. */
  ids: string[] | null;
  /** How many are numbered at most. */
  limit: number;
}

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
