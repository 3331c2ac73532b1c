import { z } from "zod";
import type { AnnotationView } from "@/lib/annotations/types";
import { choiceParam, listParam, textParam } from "@/lib/api/params";
import { MAX_NUMBERED } from "@/lib/charts/annotations";
import { ALL_ANNOTATIONS, type AnnotationChoice } from "./choice-search";

export { ALL_ANNOTATIONS, choiceSearch, type AnnotationChoice } from "./choice-search";

// Which annotations an exported image or the report draws, as the analyst chose them: by tag,
// status, author, or the ones picked in the panel, and how many. The same parameters on the
// export API, the report's address and the Export menu.

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The query parameters of the choice (beside `annotations=1`, which turns annotations on). */
export const annotationChoiceParams = z.object({
  "annotation-tag": textParam("annotation-tag", 50).optional(),
  "annotation-status": choiceParam(["open", "resolved"], "errors.badStatus").optional(),
  "annotation-author": textParam("annotation-author", 100).optional(),
  // Ids are UUIDs: anything else is refused here, before it reaches the database's uuid column.
  "annotation-ids": listParam("annotation-ids")
    .transform((ids, ctx) => {
      const bad = ids.find((id) => !UUID.test(id));
      if (bad === undefined) return ids;
      ctx.addIssue({
        code: "custom",
        message: "errors.badAnnotationIds",
        params: { value: bad.slice(0, 40) },
      });
      return z.NEVER;
    })
    .optional(),
  "annotation-limit": z
    .string()
    .transform((raw, ctx) => {
      const n = Number(raw);
      if (/^\d{1,3}$/.test(raw) && n >= 1 && n <= MAX_NUMBERED) return n;
      ctx.addIssue({
        code: "custom",
        message: "errors.badAnnotationLimit",
        params: { max: MAX_NUMBERED, value: raw.slice(0, 20) },
      });
      return z.NEVER;
    })
    .optional(),
});

/** The choice from parsed parameters (unset ones choose everything, up to MAX_NUMBERED). */
export const annotationChoice = (q: z.infer<typeof annotationChoiceParams>): AnnotationChoice => ({
  tag: q["annotation-tag"] ?? null,
  status: q["annotation-status"] ?? null,
  authorId: q["annotation-author"] ?? null,
  ids: q["annotation-ids"] ?? null,
  limit: q["annotation-limit"] ?? MAX_NUMBERED,
});

/**
 * The choice in a page's address (the report), which cannot answer 400: a bad parameter draws
 * every annotation and comes back as `problem`, for the page to say.
 */
export function choiceFromSearch(search: Record<string, string | string[] | undefined>) {
  const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);
  const raw = Object.fromEntries(
    Object.keys(annotationChoiceParams.shape)
      .map((key) => [key, first(search[key])] as const)
      // A form sends its empty choices ("any tag") as empty values.
      .filter(([, value]) => value !== undefined && value !== ""),
  );
  const parsed = annotationChoiceParams.safeParse(raw);
  return parsed.success
    ? { choice: annotationChoice(parsed.data), problem: null }
    : { choice: ALL_ANNOTATIONS, problem: parsed.error };
}

/** The annotations drawn with an image: the first ones the analyst chose, how many at most, and how many matched. */
export interface ChosenAnnotations {
  items: AnnotationView[];
  limit: number;
  total: number;
}
