import "server-only";
import { applyChanges } from "@/lib/curation/apply";
import type { Change, ChangeRequestInput, ChangeStatus } from "@/lib/curation/changes";
import { ACTIVE } from "@/lib/curation/changes";
import { overlaps, publishConflicts, type Overlap } from "@/lib/curation/conflicts";
import { diffChanges } from "@/lib/curation/diff";
import { changeProblems, publishConflict } from "@/lib/curation/errors";
import type { Dataset } from "@/lib/dataset/schema";
import { getDb, type Tx } from "@/lib/db/client";
import { AppError, conflict, forbidden, notFound } from "@/lib/errors/app-error";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Lang } from "@/lib/i18n/lang";
import {
  canApproveChangeRequest,
  canEditChangeRequest,
  canSeeChangeRequest,
  type CurrentUser,
} from "@/lib/permissions";
import { recordAudit } from "./audit";
import { usersById } from "./users";
import { getDatasetSnapshot, getSnapshot } from "./snapshot";
import { commitVersion, readDatasetAt } from "./versions";
import { datasetVersion } from "./dataset";

// Change requests: propose → review → publish (docs/curation.md). Every write is checked against
// the published dataset with the dataset's own rules, and recorded in the audit log.

const json = (v: unknown) => v as Prisma.InputJsonValue;
const changesOf = (row: { changes: unknown }) => row.changes as Change[];

/** Refuses changes that would break the published dataset; returns the dataset they make. */
function check(data: Dataset, changes: readonly Change[], lang: Lang): Dataset {
  const result = applyChanges(data, changes, lang);
  if (!result.ok) throw changeProblems(result.problems);
  return result.data;
}

export async function createChangeRequest(
  user: CurrentUser,
  input: ChangeRequestInput & { reanchor?: unknown },
  lang: Lang,
) {
  // The version and the data it checks against, read together: the base is what was checked.
  const { version, data } = await getSnapshot();
  check(data, input.changes, lang);
  return getDb().$transaction(async (tx) => {
    const row = await tx.changeRequest.create({
      data: {
        title: input.title,
        description: input.description,
        authorId: user.id,
        status: input.draft ? "draft" : "open",
        baseVersion: version,
        changes: json(input.changes),
        ...(input.reanchor ? { reanchor: json(input.reanchor) } : {}),
      },
    });
    await recordAudit(
      {
        action: "change-request-created",
        actorId: user.id,
        subjectId: row.id,
        detail: { title: row.title, changes: input.changes.length, status: row.status },
      },
      tx,
    );
    return row;
  });
}

async function findVisible(user: CurrentUser, id: string, tx: Tx | null = null) {
  if (!/^[0-9a-f-]{36}$/i.test(id)) throw notFound("changeRequest.notFound");
  const row = await (tx ?? getDb()).changeRequest.findUnique({ where: { id } });
  if (!row || !canSeeChangeRequest(user, row)) throw notFound("changeRequest.notFound");
  return row;
}

const names = (ids: (string | null | undefined)[]) => usersById(ids, { email: true });

/** The active requests other than `id` whose changes touch the same fields. */
async function overlapping(user: CurrentUser, id: string | null, changes: readonly Change[]) {
  const others = await getDb().changeRequest.findMany({
    where: { status: { in: [...ACTIVE] }, ...(id ? { id: { not: id } } : {}) },
    select: { id: true, title: true, changes: true, authorId: true, status: true },
  });
  return others
    .map((o) => ({ id: o.id, title: o.title, overlaps: overlaps(changes, changesOf(o)) }))
    .filter((o) => o.overlaps.length > 0);
}

export type ChangeRequestSummary = Awaited<ReturnType<typeof listChangeRequests>>[number];

/** Requests `user` may see, newest first, each with the active requests it overlaps. */
export async function listChangeRequests(
  user: CurrentUser,
  filter: { status?: ChangeStatus[] } = {},
) {
  const rows = await getDb().changeRequest.findMany({
    where: {
      ...(filter.status ? { status: { in: filter.status } } : {}),
      OR: [{ status: { not: "draft" } }, { authorId: user.id }],
    },
    orderBy: { updatedAt: "desc" },
    take: 500,
    include: { _count: { select: { reviews: true, comments: true } } },
  });
  const who = await names(rows.map((r) => r.authorId));
  const active = rows.filter((r) => (ACTIVE as readonly string[]).includes(r.status));
  return rows.map((r) => {
    const conflicts: { id: string; title: string; overlaps: Overlap[] }[] = [];
    if ((ACTIVE as readonly string[]).includes(r.status))
      for (const o of active) {
        if (o.id === r.id) continue;
        const found = overlaps(changesOf(r), changesOf(o));
        if (found.length) conflicts.push({ id: o.id, title: o.title, overlaps: found });
      }
    return {
      id: r.id,
      title: r.title,
      status: r.status as ChangeStatus,
      author: who.get(r.authorId) ?? null,
      authorId: r.authorId,
      changeCount: changesOf(r).length,
      reviewCount: r._count.reviews,
      commentCount: r._count.comments,
      baseVersion: r.baseVersion,
      publishedVersion: r.publishedVersion,
      createdAt: r.createdAt,
      updatedAt: r.updatedAt,
      overlaps: conflicts,
    };
  });
}

/**
 * One request with what a reviewer needs: the field-level diff against the published dataset
 * (what publishing now would change), problems if it no longer applies, conflicts with what was
 * published since it was written, overlapping requests, reviews and comments.
 */
export async function getChangeRequest(user: CurrentUser, id: string, lang: Lang) {
  const row = await findVisible(user, id);
  const reviews = await getDb().changeReview.findMany({
    where: { changeRequestId: id },
    orderBy: { id: "asc" },
  });
  const comments = await getDb().changeComment.findMany({
    where: { changeRequestId: id },
    orderBy: { id: "asc" },
  });
  const who = await names([
    row.authorId,
    row.publishedById,
    ...reviews.map((r) => r.reviewerId),
    ...comments.map((c) => c.authorId),
  ]);
  const changes = changesOf(row);
  const { version: currentVersion, data: published } = await getSnapshot();
  const isPublished = row.status === "published" && row.publishedVersion !== null;
  // A published request shows what it changed then; any other, what it would change now.
  const before = isPublished
    ? ((await readDatasetAt(row.publishedVersion! - 1)) ?? published)
    : published;
  const applied = isPublished
    ? { ok: true as const, data: (await readDatasetAt(row.publishedVersion!)) ?? published }
    : applyChanges(published, changes, lang);
  const base =
    !isPublished && row.baseVersion !== currentVersion
      ? await readDatasetAt(row.baseVersion)
      : null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    status: row.status as ChangeStatus,
    author: who.get(row.authorId) ?? null,
    authorId: row.authorId,
    revision: row.revision,
    baseVersion: row.baseVersion,
    currentVersion,
    publishedVersion: row.publishedVersion,
    publishedBy: row.publishedById ? (who.get(row.publishedById) ?? null) : null,
    publishedAt: row.publishedAt,
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
    changes,
    reanchor: row.reanchor ?? null,
    diff: applied.ok ? diffChanges(before, applied.data, changes) : null,
    problems: applied.ok ? [] : applied.problems,
    conflicts: base ? publishConflicts(base, published, changes) : [],
    overlaps: isPublished ? [] : await overlapping(user, row.id, changes),
    approval: approvalOf(row, reviews),
    reviews: reviews.map((r) => ({
      id: r.id,
      decision: r.decision,
      comment: r.comment,
      revision: r.revision,
      createdAt: r.createdAt,
      reviewer: who.get(r.reviewerId) ?? null,
    })),
    comments: comments.map((c) => ({
      id: c.id,
      body: c.body,
      createdAt: c.createdAt,
      author: who.get(c.authorId) ?? null,
    })),
  };
}

/** The approval that lets a request be published: the latest review of its current revision, if it approves. */
function approvalOf(
  row: { revision: number },
  reviews: { decision: string; revision: number; reviewerId: string }[],
) {
  const last = [...reviews].reverse().find((r) => r.revision === row.revision);
  return last?.decision === "approve" ? { reviewerId: last.reviewerId } : null;
}

export async function updateChangeRequest(
  user: CurrentUser,
  id: string,
  patch: {
    title?: string;
    description?: string;
    changes?: Change[];
    action?: "open" | "withdraw" | "rebase";
  },
  lang: Lang,
) {
  const row = await findVisible(user, id);
  if (!canEditChangeRequest(user, row)) throw forbidden();
  if (patch.changes) check(await getDatasetSnapshot(), patch.changes, lang);
  const changesChanged = patch.changes !== undefined || patch.action === "rebase";
  const status =
    patch.action === "withdraw"
      ? "withdrawn"
      : patch.action === "open" || (changesChanged && row.status !== "draft")
        ? "open"
        : row.status;
  // Read before the transaction: on the embedded database it holds the only session.
  const baseVersion = patch.action === "rebase" ? await datasetVersion() : undefined;
  return getDb().$transaction(async (tx) => {
    const updated = await tx.changeRequest.update({
      where: { id },
      data: {
        ...(patch.title !== undefined ? { title: patch.title } : {}),
        ...(patch.description !== undefined ? { description: patch.description } : {}),
        ...(patch.changes ? { changes: json(patch.changes) } : {}),
        // A new revision needs a new approval.
        ...(changesChanged ? { revision: { increment: 1 } } : {}),
        ...(baseVersion !== undefined ? { baseVersion } : {}),
        status,
      },
    });
    await recordAudit(
      {
        action: "change-request-updated",
        actorId: user.id,
        subjectId: id,
        detail: { action: patch.action ?? "edit", status, revision: updated.revision },
      },
      tx,
    );
    return updated;
  });
}

export async function reviewChangeRequest(
  user: CurrentUser,
  id: string,
  input: { decision: "approve" | "request-changes" | "reject"; comment: string },
) {
  const row = await findVisible(user, id);
  if (!(ACTIVE as readonly string[]).includes(row.status))
    throw conflict("changeRequest.notOpen", { status: row.status });
  if (input.decision === "approve" && !canApproveChangeRequest(user, row))
    throw new AppError("forbidden", "changeRequest.ownApproval");
  const status = {
    approve: "approved",
    "request-changes": "changes-requested",
    reject: "rejected",
  }[input.decision];
  return getDb().$transaction(async (tx) => {
    const review = await tx.changeReview.create({
      data: {
        changeRequestId: id,
        reviewerId: user.id,
        decision: input.decision,
        comment: input.comment,
        revision: row.revision,
      },
    });
    await tx.changeRequest.update({ where: { id }, data: { status } });
    await recordAudit(
      {
        action: "change-request-reviewed",
        actorId: user.id,
        subjectId: id,
        detail: { decision: input.decision, revision: row.revision },
      },
      tx,
    );
    return { review, status };
  });
}

export async function commentOnChangeRequest(user: CurrentUser, id: string, body: string) {
  await findVisible(user, id);
  return getDb().$transaction(async (tx) => {
    const comment = await tx.changeComment.create({
      data: { changeRequestId: id, authorId: user.id, body },
    });
    await recordAudit({ action: "change-request-commented", actorId: user.id, subjectId: id }, tx);
    return comment;
  });
}

/**
 * Publishes an approved request: in one transaction, checks it against what was published since
 * its base (a conflict is refused, not overwritten), applies it with the dataset's rules and
 * writes the new version. `hooks.beforeCommit` lets a test fail it halfway.
 */
export async function publishChangeRequest(
  user: CurrentUser,
  id: string,
  lang: Lang,
  hooks: { beforeCommit?: (tx: Tx) => Promise<void> } = {},
): Promise<{ version: number }> {
  const row = await findVisible(user, id);
  let approvedBy: string | null = null;
  const version = await commitVersion({
    kind: "publish",
    summary: row.title,
    createdById: user.id,
    changeRequestId: id,
    proposedById: row.authorId,
    get approvedById() {
      return approvedBy;
    },
    next: async (current, tx) => {
      // Read again under the dataset lock: two editors publishing at once publish it once.
      const fresh = await tx.changeRequest.findUniqueOrThrow({ where: { id } });
      if (fresh.status === "published")
        throw conflict("changeRequest.alreadyPublished", { version: fresh.publishedVersion ?? 0 });
      const reviews = await tx.changeReview.findMany({ where: { changeRequestId: id } });
      const approval = fresh.status === "approved" ? approvalOf(fresh, reviews) : null;
      if (!approval) throw conflict("changeRequest.notApproved", { status: fresh.status });
      approvedBy = approval.reviewerId;
      const changes = changesOf(fresh);
      const base = await readDatasetAt(fresh.baseVersion, tx);
      const conflicts = base ? publishConflicts(base, current, changes) : [];
      if (conflicts.length) throw publishConflict(conflicts);
      return check(current, changes, lang);
    },
    then: async (tx, number) => {
      await tx.changeRequest.update({
        where: { id },
        data: {
          status: "published",
          publishedVersion: number,
          publishedById: user.id,
          publishedAt: new Date(),
        },
      });
      await recordAudit(
        {
          action: "change-request-published",
          actorId: user.id,
          subjectId: id,
          detail: { version: number, title: row.title },
        },
        tx,
      );
      await hooks.beforeCommit?.(tx);
    },
  });
  return { version: version! };
}

/** The published dataset with a request's changes applied, for its preview; null when they no longer apply. */
export async function previewDataset(
  user: CurrentUser,
  id: string,
  lang: Lang,
): Promise<{ data: Dataset; title: string; id: string } | null> {
  const row = await findVisible(user, id);
  const result = applyChanges(await getDatasetSnapshot(), changesOf(row), lang);
  return result.ok ? { data: result.data, title: row.title, id: row.id } : null;
}
