import "server-only";
import type { AnnotationChoice, AnnotationFilter } from "@/lib/annotations/types";
import { getDb } from "@/lib/db/client";
import type { Prisma } from "@/lib/generated/prisma/client";
import { annotationVisibility, type CurrentUser } from "@/lib/permissions";
import { inScope, literal, toView, visible, withAuthor } from "./annotation-rows";

// The lists of annotations a user may see: a page, its count, a place in it, and an export read
// in batches.

/** The filter of a list as a query; the cursor (`after`) only when `paged`. */
function listWhere(
  user: CurrentUser,
  f: AnnotationFilter,
  paged = true,
): Prisma.AnnotationWhereInput {
  return {
    AND: [
      visible(annotationVisibility(user, f.includeDeleted)),
      f.targetKey ? { targets: { some: { key: f.targetKey } } } : {},
      f.targetKind ? { targets: { some: { kind: f.targetKind } } } : {},
      inScope(f.scope),
      f.authorId ? { authorId: f.authorId } : {},
      f.tag ? { tags: { has: f.tag } } : {},
      f.status ? { status: f.status } : {},
      f.updatedSince ? { updatedAt: { gte: f.updatedSince } } : {},
      f.q ? { body: { contains: literal(f.q), mode: "insensitive" } } : {},
      paged && f.after
        ? {
            OR: [
              { updatedAt: { lt: f.after.updatedAt } },
              { updatedAt: f.after.updatedAt, id: { lt: f.after.id } },
            ],
          }
        : {},
    ],
  };
}

/** The order of every list: newest change first. */
const NEWEST_FIRST = [
  { updatedAt: "desc" },
  { id: "desc" },
] satisfies Prisma.AnnotationOrderByWithRelationInput[];

export async function listAnnotations(user: CurrentUser, f: AnnotationFilter) {
  const rows = await getDb().annotation.findMany({
    where: listWhere(user, f),
    include: withAuthor,
    orderBy: NEWEST_FIRST,
    ...(f.after || !f.offset ? {} : { skip: f.offset }),
    take: f.limit + 1,
  });
  const page = rows.slice(0, f.limit).map(toView);
  return { annotations: page, more: rows.length > f.limit };
}

/** How many annotations the whole list has (every page; the cursor and offset left out). */
export function countAnnotations(user: CurrentUser, f: AnnotationFilter): Promise<number> {
  return getDb().annotation.count({ where: listWhere(user, f, false) });
}

/**
 * The annotation at a place of the whole list (from 0, newest first), as a paging cursor: the
 * `after` of the page that starts next to it. Null past the end.
 */
export async function annotationAt(user: CurrentUser, f: AnnotationFilter, index: number) {
  const row = await getDb().annotation.findFirst({
    where: listWhere(user, f, false),
    orderBy: NEWEST_FIRST,
    skip: index,
    select: { id: true, updatedAt: true },
  });
  return row && { id: row.id, updatedAt: row.updatedAt.toISOString() };
}

/** A place in a list, as paging cursors name it. */
export interface ListPlace {
  id: string;
  updatedAt: Date;
}

/**
 * Where a page of a list ends, read before the page itself (an export streams its page, and its
 * next page must be named first, in a header or ahead of the items): the page's last annotation,
 * null when the page is the list's end; and whether more follow.
 */
export async function pageEnd(user: CurrentUser, f: AnnotationFilter) {
  const rows = await getDb().annotation.findMany({
    where: listWhere(user, f),
    orderBy: NEWEST_FIRST,
    skip: (f.after ? 0 : (f.offset ?? 0)) + f.limit - 1,
    take: 2,
    select: { id: true, updatedAt: true },
  });
  return { last: (rows[0] ?? null) as ListPlace | null, more: rows.length === 2 };
}

/** The annotations of a list page read `size` at a time, newest first, ending at `end` (see pageEnd) or the list's end. */
export async function* annotationBatches(
  user: CurrentUser,
  f: AnnotationFilter,
  end: ListPlace | null,
  size = 250,
) {
  // Ending at the place read first keeps the page and its next page's cursor in step, even when
  // annotations are added while the page is read.
  const upToEnd: Prisma.AnnotationWhereInput = end
    ? {
        OR: [
          { updatedAt: { gt: end.updatedAt } },
          { updatedAt: end.updatedAt, id: { gte: end.id } },
        ],
      }
    : {};
  let place: Pick<AnnotationFilter, "after" | "offset"> = { after: f.after, offset: f.offset };
  for (let left = f.limit; left > 0;) {
    const take = Math.min(size, left);
    const rows = await getDb().annotation.findMany({
      where: { AND: [listWhere(user, { ...f, ...place }), upToEnd] },
      include: withAuthor,
      orderBy: NEWEST_FIRST,
      ...(place.after || !place.offset ? {} : { skip: place.offset }),
      take,
    });
    if (rows.length > 0) yield rows.map(toView);
    if (rows.length < take) return;
    left -= rows.length;
    const last = rows[rows.length - 1]!;
    place = { after: { id: last.id, updatedAt: last.updatedAt } };
  }
}

/**
 * The thread starts of a view that an exported image or the report draws, chosen in the database
 * (however many the view has): shared, not deleted, matching the tag, status, author and picked
 * ids; the oldest first, so a thread's number stays put as notes are added; at most `limit`, and
 * how many match in all.
 */
export async function chosenThreads(
  user: CurrentUser,
  scope: string[] | null,
  choice: AnnotationChoice,
) {
  const where: Prisma.AnnotationWhereInput = {
    AND: [
      listWhere(
        user,
        {
          scope,
          tag: choice.tag ?? undefined,
          status: choice.status ?? undefined,
          authorId: choice.authorId ?? undefined,
          limit: choice.limit,
        },
        false,
      ),
      { parentId: null, visibility: "team", deletedAt: null },
      choice.ids ? { id: { in: choice.ids } } : {},
    ],
  };
  const [rows, total] = await Promise.all([
    getDb().annotation.findMany({
      where,
      include: withAuthor,
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
      take: choice.limit,
    }),
    getDb().annotation.count({ where }),
  ]);
  return { items: rows.map(toView), total };
}
