import { z } from "zod";
import { textParam } from "./params";

const MAX_LIMIT = 100;

/** GET /api/v1/notifications: `limit` (1–100, 20), `after` (the `next` of the previous page), `unread=1`. */
export const notificationListParams = z
  .object({
    limit: textParam("limit").optional(),
    after: textParam("after").optional(),
    unread: textParam("unread").optional(),
  })
  .transform((q, ctx) => {
    const limit = Number(q.limit ?? "20");
    if (!/^\d+$/.test(q.limit ?? "20") || limit < 1 || limit > MAX_LIMIT) {
      ctx.addIssue({
        code: "custom",
        message: "errors.badLimit",
        params: { max: String(MAX_LIMIT) },
        path: ["limit"],
      });
      return z.NEVER;
    }
    const [time, id] = (q.after ?? "").split("~");
    const at = new Date(time ?? "");
    const after =
      q.after === undefined
        ? undefined
        : !Number.isNaN(at.getTime()) && z.uuid().safeParse(id).success
          ? { createdAt: at, id: id! }
          : null;
    if (after === null) {
      ctx.addIssue({ code: "custom", message: "errors.badCursor", path: ["after"] });
      return z.NEVER;
    }
    if (q.unread !== undefined && q.unread !== "1") {
      ctx.addIssue({
        code: "custom",
        message: "errors.badParameterValue",
        params: { name: "unread" },
        path: ["unread"],
      });
      return z.NEVER;
    }
    return { limit, after, unread: q.unread === "1" };
  });

/** The cursor of the next page: the last entry's time and id. */
export const nextNotificationCursor = (last: { createdAt: string; id: string }) =>
  `${last.createdAt}~${last.id}`;

/** PATCH /api/v1/notifications/{id}: only `{ "read": true }` for now. */
export const notificationPatchSchema = z.strictObject({ read: z.literal(true) });
