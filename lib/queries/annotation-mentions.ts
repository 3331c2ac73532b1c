import "server-only";
import type { Tx } from "@/lib/db/client";
import { canSeeAnnotation, type Role } from "@/lib/permissions";
import type { MentionOutcome, MissedMention } from "@/lib/annotations/types";

// @mentions and the inbox entries they and replies make, written inside the annotation's own
// transaction: a notification exists exactly when its annotation does. Each one created is also
// a change on the annotations' stream, addressed to its user alone (see `tell`).

/** A notification that may also go out by e-mail once the transaction has committed. */
export interface Delivery {
  notificationId: string;
  kind: "mention" | "reply";
  annotationId: string;
  to: { id: string; email: string; name: string; language: string | null };
}

export type NotificationNotices = MentionOutcome & { deliveries: Delivery[] };

interface Saved {
  id: string;
  authorId: string;
  visibility: string;
  parentId: string | null;
}

/** Records a notification as a change on the stream for `userId` alone. */
export type Tell = (annotationId: string, userId: string) => Promise<void>;

const addressee = {
  id: true,
  email: true,
  name: true,
  role: true,
  disabledAt: true,
  language: true,
  notifyReplies: true,
} as const;

/** Creates the notifications that do not exist yet (one per user, annotation and kind). */
async function notify(
  tx: Tx,
  tell: Tell,
  annotationId: string,
  kind: "mention" | "reply",
  users: { id: string; email: string; name: string; language: string | null }[],
): Promise<Delivery[]> {
  if (users.length === 0) return [];
  const made = await tx.notification.createManyAndReturn({
    data: users.map((u) => ({ userId: u.id, annotationId, kind })),
    skipDuplicates: true,
    select: { id: true, userId: true },
  });
  const deliveries: Delivery[] = [];
  for (const row of made) {
    await tell(annotationId, row.userId);
    const to = users.find((u) => u.id === row.userId)!;
    deliveries.push({ notificationId: row.id, kind, annotationId, to });
  }
  return deliveries;
}

/**
 * Stores an annotation's mentions (`named`: e-mails or user ids, the whole list after this
 * write; undefined keeps them) and notifies whom it should: on a shared annotation the mentions added now, or all of
 * them when it has just been shared (`sharedNow`); on a private draft nobody yet. Whoever cannot
 * see the annotation (disabled; a draft is its author's alone) is not notified, and the answer says why.
 */
export async function applyMentions(
  tx: Tx,
  tell: Tell,
  annotation: Saved,
  named: string[] | undefined,
  sharedNow: boolean,
): Promise<NotificationNotices> {
  const before = await tx.annotationMention.findMany({
    where: { annotationId: annotation.id },
    select: { userId: true },
  });
  const had = new Set(before.map((m) => m.userId));
  const notNotified: MissedMention[] = [];
  let current = [...had];
  if (named !== undefined) {
    const users = await tx.user.findMany({
      where: { OR: [{ email: { in: named } }, { id: { in: named } }] },
      select: { id: true, email: true },
    });
    for (const name of named)
      if (!users.some((u) => u.email === name || u.id === name))
        notNotified.push({ email: name, reason: "unknown" });
    current = users.map((u) => u.id);
    await tx.annotationMention.deleteMany({
      where: { annotationId: annotation.id, userId: { notIn: current } },
    });
    await tx.annotationMention.createMany({
      data: current.map((userId) => ({ annotationId: annotation.id, userId })),
      skipDuplicates: true,
    });
  }
  // Only mentions added by this write notify, unless the draft has just been shared.
  const asked = sharedNow ? current : current.filter((id) => !had.has(id));
  const users = await tx.user.findMany({ where: { id: { in: asked } }, select: addressee });
  const reachable: typeof users = [];
  for (const u of users) {
    const reason = missedBecause(u, annotation);
    if (reason) notNotified.push({ email: u.email, reason });
    else reachable.push(u);
  }
  const deliveries = await notify(tx, tell, annotation.id, "mention", reachable);
  return { notified: deliveries.map((d) => d.to.email), notNotified, deliveries };
}

function missedBecause(
  user: { id: string; role: string; disabledAt: Date | null },
  annotation: Saved,
): MissedMention["reason"] | null {
  if (user.id === annotation.authorId) return "self";
  if (user.disabledAt) return "disabled";
  if (annotation.visibility !== "team") return "draft";
  const principal = { id: user.id, role: user.role as Role };
  return canSeeAnnotation(principal, annotation) ? null : "cannotSee";
}

/**
 * A reply tells the thread's participants (its first note's author and everyone who replied),
 * except the replier, those who turned it off, those the reply mentions (told once, as a mention)
 * and disabled users.
 */
export async function notifyReply(
  tx: Tx,
  tell: Tell,
  reply: Saved & { parentId: string },
  mentioned: readonly string[],
): Promise<Delivery[]> {
  const root = await tx.annotation.findUniqueOrThrow({
    where: { id: reply.parentId },
    select: { authorId: true, replies: { where: { deletedAt: null }, select: { authorId: true } } },
  });
  const ids = new Set([root.authorId, ...root.replies.map((r) => r.authorId)]);
  ids.delete(reply.authorId);
  const users = await tx.user.findMany({
    where: {
      id: { in: [...ids] },
      notifyReplies: true,
      disabledAt: null,
      email: { notIn: [...mentioned] },
    },
    select: addressee,
  });
  return notify(tx, tell, reply.id, "reply", users);
}
