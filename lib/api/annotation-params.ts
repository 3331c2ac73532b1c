import { z } from "zod";
import { textParam } from "./params";
import type { CurrentUser } from "@/lib/permissions";
import { badRequest } from "@/lib/errors/app-error";
import { canRestoreAnnotation } from "@/lib/permissions";
import type { AnnotationFilter } from "@/lib/annotations/types";
import { viewScope } from "@/lib/annotations/scope";
import { getSnapshot } from "@/lib/queries/snapshot";
import { VIEW_PATH } from "@/lib/annotations/targets";
import { TARGET_KINDS } from "@/lib/annotations/target-keys";

const MAX_LIMIT = 200;
/** A CSV or JSON-LD export may take this many at once (the panel exports a whole view). */
export const MAX_EXPORT_LIMIT = 5000;

/** An ISO 8601 time (date, or date and time) in years 1970–9999, or null. */
function isoTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value))
    return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 ? null : date;
}

/** The value, or an issue naming a sentence of errors.json with the value in it. */
const checked = <T>(
  name: string,
  test: (value: string) => T | null,
  message: string,
  params: (value: string) => Record<string, unknown> = () => ({}),
) =>
  textParam(name).transform((value, ctx) => {
    const result = test(value);
    if (result !== null) return result;
    ctx.addIssue({ code: "custom", message, params: params(value) });
    return z.NEVER;
  });

const kinds = TARGET_KINDS as readonly string[];

/** The filters shared by the list and the panel's threads. */
export const viewParam = checked(
  "view",
  (v) => (VIEW_PATH.test(v) ? v : null),
  "errors.badViewPath",
  (v) => ({ view: v.slice(0, 40) }),
);
export const kindParam = checked(
  "kind",
  (v) => (kinds.includes(v) ? v : null),
  "errors.unknownTargetKind",
  (v) => ({ kind: v.slice(0, 40), kinds }),
);
export const statusParam = checked(
  "status",
  (v) => (v === "open" || v === "resolved" ? v : null),
  "errors.badStatus",
);
export const qParam = checked("q", (v) => (v.length <= 200 ? v : null), "errors.searchTooLong");
export const afterParam = checked(
  "after",
  (v) => {
    const [time, id] = v.split("~");
    const at = isoTime(time ?? "");
    return at && id && z.uuid().safeParse(id).success ? { updatedAt: at, id } : null;
  },
  "errors.badCursor",
);

/** GET /api/v1/annotations: every list filter, checked; a bad value is a 400 that names it. */
export const annotationListParams = z
  .object({
    target: textParam("target").optional(),
    view: viewParam.optional(),
    kind: kindParam.optional(),
    status: statusParam.optional(),
    q: qParam.optional(),
    after: afterParam.optional(),
    author: textParam("author").optional(),
    tag: textParam("tag").optional(),
    "updated-since": checked("updated-since", isoTime, "errors.badUpdatedSince").optional(),
    limit: textParam("limit").optional(),
    deleted: checked(
      "deleted",
      (v) => (v === "1" ? true : null),
      "errors.badDeletedFlag",
    ).optional(),
    format: checked(
      "format",
      (v) => (v === "json" || v === "jsonld" || v === "csv" ? v : null),
      "errors.badFormat",
    ).optional(),
    /** A page of the JSON-LD AnnotationCollection, from 1 (with `after` from page 2 on). */
    page: checked(
      "page",
      (v) => (/^[1-9]\d{0,5}$/.test(v) ? Number(v) : null),
      "errors.badPage",
    ).optional(),
  })
  .transform((q, ctx) => {
    // JSON-LD pages are numbered (startIndex, prev, last); the other formats page by cursor alone.
    if (q.page !== undefined && q.format !== "jsonld") {
      ctx.addIssue({ code: "custom", message: "errors.pageIsForJsonLd", path: ["page"] });
      return z.NEVER;
    }
    if (q.format === "jsonld" && q.after && q.page === undefined) {
      ctx.addIssue({ code: "custom", message: "errors.afterNeedsPage", path: ["after"] });
      return z.NEVER;
    }
    // An export may take more at once than a page.
    const max = q.format === "csv" || q.format === "jsonld" ? MAX_EXPORT_LIMIT : MAX_LIMIT;
    const text = q.limit ?? "50";
    const limit = Number(text);
    if (!/^\d+$/.test(text) || limit < 1 || limit > max) {
      ctx.addIssue({
        code: "custom",
        message: "errors.badLimit",
        params: { max: String(max) },
        path: ["limit"],
      });
      return z.NEVER;
    }
    return { ...q, limit };
  });

export type AnnotationListParams = z.infer<typeof annotationListParams>;

/** The database filter for a user: deleted ones are for administrators only. */
export async function annotationFilter(
  q: AnnotationListParams,
  user: CurrentUser,
): Promise<AnnotationFilter> {
  if (q.deleted && !canRestoreAnnotation(user)) throw badRequest("deletedForAdmins");
  return {
    targetKey: q.target,
    targetKind: q.kind,
    scope: q.view === undefined ? undefined : viewScope(q.view, (await getSnapshot()).data),
    authorId: q.author,
    tag: q.tag,
    status: q.status,
    updatedSince: q["updated-since"],
    q: q.q,
    includeDeleted: q.deleted === true,
    limit: q.limit,
    after: q.after,
    // A JSON-LD page named by its number alone (no cursor) starts that many items in.
    offset: q.page && !q.after ? (q.page - 1) * q.limit : undefined,
  };
}

/** The cursor of the next page: the last annotation's update time and id. */
export const nextCursor = (last: { updatedAt: string; id: string }) =>
  `${last.updatedAt}~${last.id}`;
