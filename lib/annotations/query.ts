import { assertKnownParams } from "@/lib/api/query";
import { z } from "zod";
import { badRequest } from "@/lib/api/errors";
import type { CurrentUser } from "@/lib/auth/current-user";
import { canRestoreAnnotation } from "@/lib/permissions";
import type { AnnotationFilter } from "@/lib/queries/annotations";
import { statusSchema } from "@/lib/schemas/annotations";
import { viewScope } from "./scope";
import { TARGET_KINDS, VIEW_PATH } from "./targets";

const PARAMS = ["target", "view", "kind", "author", "tag", "status", "updated-since", "q", "limit", "after", "deleted", "format"] as const;
const MAX_LIMIT = 200;
/** A CSV or JSON-LD export may take this many at once (the panel exports a whole view). */
export const MAX_EXPORT_LIMIT = 5000;

/** The list filters of GET /api/v1/annotations, each checked: a bad value is a 400 that names it. */
export function parseAnnotationFilter(url: URL, user: CurrentUser): AnnotationFilter {
  assertKnownParams(url, PARAMS);
  for (const [name, value] of url.searchParams) {
    if (value.includes("\u0000") || value.length > 500) throw badRequest(`参数“${name}”的值无效。`, `The value of "${name}" is not valid.`);
  }
  const get = (name: (typeof PARAMS)[number]) => url.searchParams.get(name) ?? undefined;
  const kind = get("kind");
  if (kind !== undefined && !(TARGET_KINDS as readonly string[]).includes(kind)) {
    throw badRequest(`未知的标注对象类型“${kind}”。`, `Unknown target kind "${kind}"; one of ${TARGET_KINDS.join(", ")}.`, "unknown_key");
  }
  const status = get("status");
  if (status !== undefined && !statusSchema.safeParse(status).success) throw badRequest(`status 只能是 open 或 resolved。`, `status must be open or resolved.`);
  const since = get("updated-since");
  const updatedSince = since === undefined ? undefined : isoTime(since);
  if (updatedSince === null) throw badRequest("updated-since 必须是 ISO 8601 时间，例如 2026-11-22T08:00:00Z。", "updated-since must be an ISO 8601 time such as 2026-11-22T08:00:00Z.");
  const limitText = get("limit") ?? "50";
  const limit = Number(limitText);
  const max = ["csv", "jsonld"].includes(get("format") ?? "") ? MAX_EXPORT_LIMIT : MAX_LIMIT;
  if (!/^\d+$/.test(limitText) || limit < 1 || limit > max) throw badRequest(`limit 必须是 1 到 ${max} 的整数。`, `limit must be a whole number from 1 to ${max}.`);
  const after = get("after");
  let cursor: AnnotationFilter["after"];
  if (after !== undefined) {
    const [time, id] = after.split("~");
    const at = isoTime(time ?? "");
    if (!at || !id || !z.uuid().safeParse(id).success) throw badRequest("after 不是上一页给出的游标。", "after is not a cursor given by a previous page.");
    cursor = { updatedAt: at, id };
  }
  const deleted = get("deleted");
  if (deleted !== undefined && deleted !== "1") throw badRequest("deleted 只能是 1。", "deleted can only be 1.");
  if (deleted === "1" && !canRestoreAnnotation(user)) throw badRequest("只有管理员可以查看已删除的标注。", "Only administrators can list deleted annotations.");
  const format = get("format");
  if (format !== undefined && !["json", "jsonld", "csv"].includes(format)) throw badRequest("format 只能是 json、jsonld 或 csv。", "format must be json, jsonld or csv.");
  const view = get("view");
  if (view !== undefined && !VIEW_PATH.test(view)) throw badRequest(`“${view.slice(0, 40)}”不是仪表板视图路径，例如 /matrix。`, `"${view.slice(0, 40)}" is not a dashboard view path such as /matrix.`);
  const q = get("q");
  if (q !== undefined && q.length > 200) throw badRequest("搜索文字最多 200 个字符。", "The search text is at most 200 characters.");
  return {
    targetKey: get("target"),
    targetKind: kind,
    scope: view === undefined ? undefined : viewScope(view),
    authorId: get("author"),
    tag: get("tag"),
    status: status as AnnotationFilter["status"],
    updatedSince,
    q,
    includeDeleted: deleted === "1",
    limit,
    after: cursor,
  };
}

/** An ISO 8601 time (date, or date and time) in years 1970–9999, or null. */
function isoTime(value: string): Date | null {
  if (!/^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d{1,6})?)?(Z|[+-]\d{2}:\d{2})?)?$/.test(value)) return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) || date.getUTCFullYear() < 1970 ? null : date;
}

/** The cursor of the next page: the last annotation's update time and id. */
export const nextCursor = (last: { updatedAt: string; id: string }) => `${last.updatedAt}~${last.id}`;
