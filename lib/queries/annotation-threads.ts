import "server-only";
import { exactEntry } from "@/lib/annotations/scope";
import type { ThreadFilters } from "@/lib/annotations/threads";
import type { AnnotationView } from "@/lib/annotations/types";
import { getDb, readerOf, type Tx } from "@/lib/db/client";
import { Prisma } from "@/lib/generated/prisma/client";
import { annotationVisibility, type CurrentUser } from "@/lib/permissions";
import { inScope, literal, threadsShown, toView, visible, withAuthor } from "./annotation-rows";

/** Where the next page of threads starts: after the last thread's first note (newest first). */
export interface ThreadCursor {
  updatedAt: Date;
  id: string;
}

export interface ThreadQuery {
  scope: string[] | null;
  filters: ThreadFilters;
  /** Deleted ones too (an admin who may restore them). */
  includeDeleted: boolean;
  limit: number;
  after?: ThreadCursor | null;
  /** Resolved threads too, without a status filter; by default they are hidden. */
  resolved?: boolean;
}

/**
 * A page of a view's threads, filtered in the database: the first notes (newest first) whose
 * status and target kind match and where the note or any reply matches the author, tag and text,
 * each with all its replies. A reply whose first note was deleted stands as its own thread.
 */
export async function listThreads(user: CurrentUser, q: ThreadQuery) {
  const seen = visible(annotationVisibility(user, q.includeDeleted));
  const { author, tag, status, kind } = q.filters;
  const text = q.filters.q.trim();
  const matches: Prisma.AnnotationWhereInput = {
    AND: [
      author ? { authorId: author } : {},
      tag ? { tags: { has: tag } } : {},
      text
        ? {
            OR: [
              { body: { contains: literal(text), mode: "insensitive" } },
              { tags: { has: text } },
            ],
          }
        : {},
    ],
  };
  const filtering = Boolean(author || tag || text);
  const rows = await getDb().annotation.findMany({
    where: {
      AND: [
        seen,
        inScope(q.scope),
        q.includeDeleted
          ? { parentId: null }
          : { OR: [{ parentId: null }, { parent: { is: { deletedAt: { not: null } } } }] },
        status ? { status } : q.resolved ? {} : { status: "open" },
        kind ? { targets: { some: { kind } } } : {},
        filtering ? { OR: [matches, { replies: { some: { AND: [seen, matches] } } }] } : {},
        q.after
          ? {
              OR: [
                { updatedAt: { lt: q.after.updatedAt } },
                { updatedAt: q.after.updatedAt, id: { lt: q.after.id } },
              ],
            }
          : {},
      ],
    },
    include: withAuthor,
    orderBy: [{ updatedAt: "desc" }, { id: "desc" }],
    take: q.limit + 1,
  });
  const roots = rows.slice(0, q.limit);
  const replies = roots.length
    ? await getDb().annotation.findMany({
        where: { AND: [seen, { parentId: { in: roots.map((r) => r.id) } }] },
        include: withAuthor,
        orderBy: [{ updatedAt: "asc" }, { id: "asc" }],
      })
    : [];
  const last = roots[roots.length - 1];
  return {
    annotations: [...roots, ...replies].map(toView) satisfies AnnotationView[],
    next: rows.length > q.limit && last ? { updatedAt: last.updatedAt, id: last.id } : null,
  };
}

/**
 * How many threads, and notes in all, `user` can see on a view (deleted ones left out, and
 * resolved threads unless `resolved`).
 */
export async function countThreads(
  user: CurrentUser,
  scope: string[] | null,
  tx?: Tx,
  resolved = false,
) {
  const db = readerOf(tx);
  const where = {
    AND: [visible(annotationVisibility(user)), inScope(scope), threadsShown(resolved)],
  };
  const notes = await db.annotation.count({ where });
  const threads = await db.annotation.count({ where: { AND: [where, { parentId: null }] } });
  return { notes, threads };
}

/** The authors and tags of a view's annotations that `user` can see: the filter menus. */
export async function threadFacets(user: CurrentUser, scope: string[] | null) {
  const where = { AND: [visible(annotationVisibility(user)), inScope(scope)] };
  const [byAuthor, tags] = await Promise.all([
    getDb().annotation.groupBy({ by: ["authorId"], where }),
    tagsIn(user, scope),
  ]);
  const authors = await getDb().user.findMany({
    where: { id: { in: byAuthor.map((a) => a.authorId) } },
    select: { id: true, name: true },
    orderBy: { name: "asc" },
  });
  return { authors, tags };
}

/** The distinct tags (at most 200) on a view: the same visibility rule and scope, unnested in SQL. */
async function tagsIn(user: CurrentUser, scope: string[] | null): Promise<string[]> {
  const exact = (scope ?? []).map(exactEntry).filter((p) => p !== null);
  const prefixes = (scope ?? [])
    .filter((p) => exactEntry(p) === null)
    .map((p) => `${p.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  const inView =
    scope === null
      ? Prisma.sql`TRUE`
      : Prisma.sql`EXISTS (SELECT 1 FROM "AnnotationTargetRef" t WHERE t."annotationId" = "Annotation".id
          AND (t.key = ANY(${exact}::text[]) OR t.key LIKE ANY(${prefixes}::text[])))`;
  const rows = await getDb().$queryRaw<{ tag: string }[]>`
    SELECT DISTINCT unnest(tags) AS tag FROM "Annotation"
    WHERE "deletedAt" IS NULL AND (visibility = 'team' OR "authorId" = ${user.id}) AND ${inView}
    ORDER BY tag LIMIT 200`;
  return rows.map((r) => r.tag);
}
