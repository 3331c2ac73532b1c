import "server-only";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import type { AnnotationView } from "@/lib/annotations/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationVisibility } from "@/lib/permissions";

// How an annotation row is read and shown, and the filters every annotation query shares.

export const withAuthor = {
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
  mentions: {
    select: { user: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  },
} as const;
export type Row = Prisma.AnnotationGetPayload<{ include: typeof withAuthor }>;

/** An annotation as the API and the pages show it. */
export function toView(row: Row): AnnotationView {
  return {
    id: row.id,
    parentId: row.parentId,
    target: row.target as AnnotationTarget,
    targetKey: row.targetKey,
    body: row.body,
    tags: row.tags,
    visibility: row.visibility as "team" | "private",
    status: row.status as "open" | "resolved",
    resolvedBy: row.resolvedBy,
    resolvedAt: row.resolvedAt?.toISOString() ?? null,
    version: row.version,
    author: row.author,
    mentions: row.mentions.map((m) => m.user),
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    editedAt: row.editedAt?.toISOString() ?? null,
    deletedAt: row.deletedAt?.toISOString() ?? null,
  };
}
/** The visibility rule of lib/permissions as a filter: the only place it is written for the database. */
export function visible(v: AnnotationVisibility): Prisma.AnnotationWhereInput {
  return {
    OR: [{ visibility: "team" }, { authorId: v.ownerId }],
    ...(v.withDeleted ? {} : { deletedAt: null }),
  };
}

/**
 * Text searched as typed: Prisma's `contains` is a LIKE pattern and does not escape `%` and `_`
 * (a search for "_" would match every note), so they are escaped here, with the escape itself.
 */
export const literal = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);

/** A view's scope (see viewScope) as a filter: `view:` entries match exactly, the others as key prefixes. */
export const inScope = (scope: string[] | null | undefined): Prisma.AnnotationWhereInput =>
  scope
    ? {
        OR: scope.map((p) =>
          p.startsWith("view:") ? { targetKey: p } : { targetKey: { startsWith: p } },
        ),
      }
    : {};
