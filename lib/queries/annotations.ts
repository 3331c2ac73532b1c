import "server-only";
import { announce, ANNOTATION_CHANNEL } from "@/lib/annotations/live";
import type { ChangeKind } from "@/lib/annotations/types";
import type { CurrentUser } from "@/lib/permissions";
import { getDb, readerOf, type Tx } from "@/lib/db/client";
import { annotationVisibility, canSeeAnnotation } from "@/lib/permissions";
import type { AnnotationPatch, NewAnnotation } from "@/lib/schemas/annotations";
import {
  applyMentions,
  notifyReply,
  type NotificationNotices,
  type Tell,
} from "./annotation-mentions";
import {
  keyInScope,
  targetRows,
  threadsShown,
  toView,
  visible,
  withAuthor,
  type Row,
} from "./annotation-rows";

import type { AnnotationView } from "@/lib/annotations/types";

export type { AnnotationFilter, AnnotationView, ChangeKind } from "@/lib/annotations/types";

const mentionsOf = (tx: Tx, annotationId: string) =>
  tx.annotationMention.findMany({
    where: { annotationId },
    select: { user: { select: { id: true, name: true } } },
    orderBy: { createdAt: "asc" },
  });

/** One annotation, or null when it does not exist or `user` may not see it (a private draft of someone else; a deleted one, unless an admin). */
export async function findAnnotation(user: CurrentUser, id: string) {
  return getDb().annotation.findFirst({
    where: { id, ...visible(annotationVisibility(user, true)) },
    include: withAuthor,
  });
}

/**
 * Appends a change to the log and notifies every app instance listening on this database (the
 * notification is delivered when the transaction commits). One statement, one round trip: the
 * advisory lock makes change ids follow commit order (a stream that has sent change N never later
 * meets a smaller id), and it is held from here to the commit only.
 */
async function appendChange(
  tx: Tx,
  change: {
    annotationId: string | null;
    datasetVersion: number | null;
    kind: string;
    userId?: string | null;
  },
): Promise<bigint> {
  const [row] = await tx.$queryRaw<{ id: bigint }[]>`
    WITH lock AS (SELECT pg_advisory_xact_lock(7402251)),
    change AS (
      INSERT INTO "AnnotationChange" ("annotationId", "datasetVersion", "kind", "userId")
      SELECT ${change.annotationId}::uuid, ${change.datasetVersion}::integer, ${change.kind},
        ${change.userId ?? null}::text FROM lock
      RETURNING id
    )
    SELECT id, pg_notify(${ANNOTATION_CHANNEL}, id::text)::text AS notified FROM change`;
  return BigInt(row.id);
}

const recordChange = (tx: Tx, annotationId: string, kind: ChangeKind) =>
  appendChange(tx, { annotationId, datasetVersion: null, kind });

/**
 * A new published dataset version, told on the annotations' stream so open pages refresh (or,
 * pinned to a version, say that a newer one exists). Call inside the publishing transaction; the
 * returned id is announced by the caller after commit.
 */
export const recordDatasetChange = (tx: Tx, version: number): Promise<bigint> =>
  appendChange(tx, { annotationId: null, datasetVersion: version, kind: "dataset" });

/**
 * Runs a change in a transaction, then announces it in this process once it has committed.
 * `tell` records a notification for one user (a change only their streams are told of).
 */
async function changing<T>(
  work: (tx: Tx, record: (id: string, kind: ChangeKind) => Promise<void>, tell: Tell) => Promise<T>,
): Promise<T> {
  const ids: bigint[] = [];
  const result = await getDb().$transaction((tx) =>
    work(
      tx,
      async (id, kind) => void ids.push(await recordChange(tx, id, kind)),
      async (annotationId, userId) =>
        void ids.push(
          await appendChange(tx, {
            annotationId,
            datasetVersion: null,
            kind: "notification",
            userId,
          }),
        ),
    ),
  );
  ids.forEach(announce);
  return result;
}

/**
 * A new annotation with its mentions and the notifications they and a reply make. `notices` says
 * who was notified and who was not (and why); its deliveries are for e-mail after the commit.
 */
export async function createAnnotation(
  user: CurrentUser,
  input: NewAnnotation,
): Promise<{ annotation: AnnotationView; notices: NotificationNotices }> {
  return changing(async (tx, record, tell) => {
    const row = await tx.annotation.create({
      data: {
        authorId: user.id,
        parentId: input.parentId ?? null,
        targets: { create: targetRows(input.target) },
        body: input.body,
        tags: input.tags,
        visibility: input.visibility,
      },
      include: withAuthor,
    });
    // A draft is told to its author alone (see changeFor).
    await record(row.id, input.visibility === "private" ? "drafted" : "created");
    const notices = await applyMentions(tx, tell, row, input.mentions ?? [], false);
    if (row.parentId) {
      const replied = await notifyReply(
        tx,
        tell,
        { ...row, parentId: row.parentId },
        notices.notified,
      );
      notices.deliveries.push(...replied);
    }
    // The row was read before its mentions were written.
    const mentions = await mentionsOf(tx, row.id);
    return { annotation: toView({ ...row, mentions }), notices };
  });
}

/**
 * Applies an edit made on `baseVersion`. Returns the new annotation, or `{ conflict }` with the
 * current one when somebody changed it first: nothing is overwritten silently.
 */
export async function updateAnnotation(user: CurrentUser, current: Row, patch: AnnotationPatch) {
  return changing(async (tx, record, tell) => {
    // A private draft has no history: its edits are not kept, and it is not "edited" when shared.
    const textChanged =
      current.visibility === "team" &&
      ((patch.body !== undefined && patch.body !== current.body) ||
        (patch.tags !== undefined && patch.tags.join("\n") !== current.tags.join("\n")));
    const updated = await tx.annotation.updateMany({
      where: { id: current.id, version: patch.baseVersion, deletedAt: null },
      data: {
        ...(patch.body !== undefined ? { body: patch.body } : {}),
        ...(patch.tags !== undefined ? { tags: patch.tags } : {}),
        ...(patch.status !== undefined && patch.status !== current.status
          ? patch.status === "resolved"
            ? { status: patch.status, resolvedById: user.id, resolvedAt: new Date() }
            : { status: patch.status, resolvedById: null, resolvedAt: null }
          : {}),
        ...(patch.visibility !== undefined ? { visibility: patch.visibility } : {}),
        ...(textChanged ? { editedAt: new Date() } : {}),
        version: { increment: 1 },
      },
    });
    if (updated.count === 0) {
      const now = await tx.annotation.findUniqueOrThrow({
        where: { id: current.id },
        include: withAuthor,
      });
      return { conflict: toView(now) };
    }
    const sharedNow = patch.visibility === "team" && current.visibility === "private";
    const saved = { ...current, visibility: patch.visibility ?? current.visibility };
    const notices = await applyMentions(tx, tell, saved, patch.mentions, sharedNow);
    const row = await tx.annotation.findUniqueOrThrow({
      where: { id: current.id },
      include: withAuthor,
    });
    if (textChanged) {
      // The text as it was before this edit: the history an edited annotation shows.
      await tx.annotationRevision.create({
        data: {
          annotationId: current.id,
          version: patch.baseVersion,
          body: current.body,
          tags: current.tags,
          editorId: user.id,
        },
      });
    }
    const kind: ChangeKind = sharedNow
      ? "shared"
      : patch.status !== undefined && patch.status !== current.status
        ? patch.status === "resolved"
          ? "resolved"
          : "reopened"
        : "updated";
    await record(current.id, kind);
    return { annotation: toView(row), notices };
  });
}

/** Soft delete (restorable by an admin), or restore; a repeated one changes nothing. */
export async function setDeleted(user: CurrentUser, id: string, deleted: boolean) {
  return changing(async (tx, record) => {
    const done = await tx.annotation.findUniqueOrThrow({ where: { id }, include: withAuthor });
    if ((done.deletedAt !== null) === deleted) return toView(done);
    const row = await tx.annotation.update({
      where: { id },
      data: deleted
        ? { deletedAt: new Date(), deletedById: user.id, version: { increment: 1 } }
        : { deletedAt: null, deletedById: null, version: { increment: 1 } },
      include: withAuthor,
    });
    await record(id, deleted ? "deleted" : "restored");
    return toView(row);
  });
}

export function listRevisions(annotationId: string) {
  return getDb().annotationRevision.findMany({
    where: { annotationId },
    orderBy: { version: "asc" },
    select: { version: true, body: true, tags: true, editorId: true, createdAt: true },
  });
}

/** Changes after `afterId`, for a client catching up after a dropped connection. */
export function changesSince(afterId: bigint, limit = 500) {
  return getDb().annotationChange.findMany({
    where: { id: { gt: afterId } },
    orderBy: { id: "asc" },
    take: limit,
  });
}

/** How a change moves the count of annotations `user` sees on its target: the badges patch by it. */
function countDelta(kind: string, own: boolean): number {
  if (kind === "created" || kind === "drafted" || kind === "restored") return 1;
  if (kind === "shared") return own ? 0 : 1; // the author counted their draft already
  return kind === "deleted" ? -1 : 0;
}

const AFTER_TTL_MS = 10_000;
const after = new Map<string, { at: number; row: Promise<AfterRow | null> }>();

/** An annotation after a change, with its thread's state: whether the thread is open, and how many replies it shows. */
type AfterRow = Row & { threadOpen: boolean; replyCount: number };

async function readAfter(annotationId: string, kind: string): Promise<AfterRow | null> {
  const row = await getDb().annotation.findUnique({
    where: { id: annotationId },
    include: { ...withAuthor, parent: { select: { status: true } } },
  });
  if (!row) return null;
  // Resolving or reopening a thread hides or shows its replies with it (the badges count notes).
  const replyCount =
    kind === "resolved" || kind === "reopened"
      ? await getDb().annotation.count({ where: { parentId: row.id, deletedAt: null } })
      : 0;
  const threadOpen = (row.parent?.status ?? row.status) === "open";
  return { ...row, threadOpen, replyCount };
}

/**
 * The annotation as it was read for a change, shared by every stream of this process: thirty
 * open pages cost one read per change, not thirty. Kept for a few seconds (a stream catching up
 * reads it afresh); a change's kind, not this row, says what happened.
 */
function rowAfter(changeId: bigint, annotationId: string, kind: string): Promise<AfterRow | null> {
  const now = Date.now();
  // Keyed by the annotation too: after a database reset, change ids start again.
  const key = `${changeId}:${annotationId}`;
  const known = after.get(key);
  if (known && now - known.at < AFTER_TTL_MS) return known.row;
  for (const [id, entry] of after) if (now - entry.at >= AFTER_TTL_MS) after.delete(id);
  const row = readAfter(annotationId, kind);
  after.set(key, { at: now, row });
  row.catch(() => after.delete(key));
  return row;
}

/**
 * How a change moves the count of a reader who sees open threads only (the default): a note of a
 * resolved thread is not counted, and resolving or reopening a thread takes its notes away or
 * brings them back.
 */
function openDelta(kind: string, row: AfterRow, delta: number): number {
  const thread = 1 + row.replyCount;
  if (kind === "resolved") return row.deletedAt ? 0 : -thread;
  if (kind === "reopened") return row.deletedAt ? 0 : thread;
  return row.threadOpen ? delta : 0;
}

/**
 * A change as `user` may see it: the annotation after the change (or only its id when it was
 * deleted since), its target keys, and how it moves their count on each target (`delta`, and
 * `openDelta` for a reader who hides resolved threads); null for a change they must not learn
 * of (anything about someone else's draft; a shared annotation never becomes a draft again). To
 * everyone but its author, a shared draft is a new annotation.
 */
export async function changeFor(
  user: CurrentUser,
  change: { id: bigint; annotationId: string | null; kind: string; userId?: string | null },
) {
  // A notification is its addressee's alone: the stream tells it apart (notificationChange).
  if (change.annotationId === null || change.userId) return null;
  const row = await rowAfter(change.id, change.annotationId, change.kind);
  // A deletion is told to everyone who saw the annotation, so their pages drop it.
  if (row === null || !canSeeAnnotation(user, { ...row, deletedAt: null })) return null;
  const own = row.authorId === user.id;
  if (change.kind === "drafted" && !own) return null;
  const delta = countDelta(change.kind, own);
  const base = {
    id: change.id,
    annotationId: row.id,
    targetKeys: row.targets.map((t) => t.key),
    delta,
    openDelta: openDelta(change.kind, row, delta),
  };
  if (row.deletedAt) return { ...base, kind: "deleted" };
  const kind = { drafted: "created", shared: own ? "updated" : "created" }[change.kind];
  return { ...base, kind: kind ?? change.kind, annotation: toView(row) };
}

export async function latestChangeId(tx?: Tx): Promise<bigint> {
  const last = await readerOf(tx).annotationChange.findFirst({
    orderBy: { id: "desc" },
    select: { id: true },
  });
  return last?.id ?? BigInt(0);
}

/**
 * How many annotations `user` can see on each target of a view (deleted ones left out, and those
 * of resolved threads unless `resolved`), with the first line of the first one: the count badges and range markers. Counted in the database, so
 * every annotation counts however many there are.
 */
export async function countByTarget(
  user: CurrentUser,
  scope: string[] | null,
  tx?: Tx,
  resolved = false,
): Promise<{ key: string; count: number; label: string }[]> {
  const db = readerOf(tx);
  // A note on several targets counts once on each of them (those in the view's scope).
  const where = {
    annotation: { AND: [visible(annotationVisibility(user)), threadsShown(resolved)] },
    ...(scope ? keyInScope(scope) : {}),
  };
  const groups = await db.annotationTargetRef.groupBy({
    by: ["key"],
    where,
    _count: { _all: true },
  });
  // Only a range's marker shows words (its first note's first line): read those notes alone.
  const ranges = groups.filter((g) => g.key.startsWith("chart-range:")).map((g) => g.key);
  const firsts = ranges.length
    ? await db.annotationTargetRef.findMany({
        where: { AND: [where, { key: { in: ranges } }] },
        orderBy: [{ key: "asc" }, { annotation: { createdAt: "asc" } }],
        distinct: ["key"],
        select: { key: true, annotation: { select: { body: true } } },
      })
    : [];
  const label = new Map(firsts.map((f) => [f.key, f.annotation.body]));
  return groups.map((g) => ({
    key: g.key,
    count: g._count._all,
    label: label.get(g.key) ?? "",
  }));
}
