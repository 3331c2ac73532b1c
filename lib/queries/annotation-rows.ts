import "server-only";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import { targetKey } from "@/lib/annotations/target-keys";
import { exactEntry } from "@/lib/annotations/scope";
import type { AnnotationView } from "@/lib/annotations/types";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AnnotationVisibility } from "@/lib/permissions";

// How an annotation row is read and shown, and the filters every annotation query shares.

export const withAuthor = {
  author: { select: { id: true, name: true } },
  resolvedBy: { select: { id: true, name: true } },
  targets: { orderBy: { position: "asc" }, select: { key: true, target: true } },
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
    targets: row.targets.map((t) => t.target as AnnotationTarget),
    targetKeys: row.targets.map((t) => t.key),
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

/** A view's scope (see viewScope) as a filter on one target: exact entries match exactly, the others as key prefixes. */
export const keyInScope = (scope: string[]): Prisma.AnnotationTargetRefWhereInput => ({
  OR: scope.map((p) => {
    const exact = exactEntry(p);
    return exact !== null ? { key: exact } : { key: { startsWith: p } };
  }),
});

/** Annotations with at least one target in a view's scope (all of them for no scope). */
export const inScope = (scope: string[] | null | undefined): Prisma.AnnotationWhereInput =>
  scope ? { targets: { some: keyInScope(scope) } } : {};

/** The target rows of a new annotation. */
export const targetRows = (targets: AnnotationTarget[]) =>
  targets.map((t, position) => ({ position, kind: t.kind, key: targetKey(t), target: t }));

/**
 * The notes a view shows of the threads: by default those of open threads (an open first note, or
 * a reply to one); with `resolved`, every thread's.
 */
export const threadsShown = (resolved: boolean): Prisma.AnnotationWhereInput =>
  resolved
    ? {}
    : { OR: [{ parentId: null, status: "open" }, { parent: { is: { status: "open" } } }] };
