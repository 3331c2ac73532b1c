import "server-only";
import type { AnnotationTarget } from "@/lib/annotations/targets";
import { getDb } from "@/lib/db/client";
import { markdownToPlain } from "@/lib/markdown/plain";
import type { Prisma } from "@/lib/generated/prisma/client";
import { annotationVisibility, type CurrentUser } from "@/lib/permissions";
import { visible } from "./annotation-rows";

// A user's inbox: the notifications of annotations they can still see (a deleted note's go).

/** One entry of the inbox as the API and the bell show it. */
export interface NotificationView {
  id: string;
  kind: "mention" | "reply";
  readAt: string | null;
  createdAt: string;
  annotation: {
    id: string;
    parentId: string | null;
    author: { id: string; name: string };
    /** The first words of its text, without markup. */
    excerpt: string;
    target: AnnotationTarget;
    targetKey: string;
  };
}

const inbox = (user: CurrentUser): Prisma.NotificationWhereInput => ({
  userId: user.id,
  annotation: visible(annotationVisibility(user)),
});

const EXCERPT = 200;

/** Newest first, `limit` at a time; `after` is the last entry of the previous page. */
export async function listNotifications(
  user: CurrentUser,
  {
    limit,
    after,
    unread,
  }: { limit: number; after?: { createdAt: Date; id: string }; unread?: boolean },
) {
  const db = getDb();
  const where: Prisma.NotificationWhereInput = {
    AND: [
      inbox(user),
      unread ? { readAt: null } : {},
      after
        ? {
            OR: [
              { createdAt: { lt: after.createdAt } },
              { createdAt: after.createdAt, id: { lt: after.id } },
            ],
          }
        : {},
    ],
  };
  const [rows, unreadCount] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: limit + 1,
      include: {
        annotation: {
          select: {
            id: true,
            parentId: true,
            body: true,
            // The first target: where the notification leads.
            targets: { orderBy: { position: "asc" }, take: 1, select: { key: true, target: true } },
            author: { select: { id: true, name: true } },
          },
        },
      },
    }),
    countUnread(user),
  ]);
  const notifications: NotificationView[] = rows.slice(0, limit).map((n) => ({
    id: n.id,
    kind: n.kind as NotificationView["kind"],
    readAt: n.readAt?.toISOString() ?? null,
    createdAt: n.createdAt.toISOString(),
    annotation: {
      id: n.annotation.id,
      parentId: n.annotation.parentId,
      author: n.annotation.author,
      excerpt: markdownToPlain(n.annotation.body).slice(0, EXCERPT),
      target: n.annotation.targets[0]?.target as AnnotationTarget,
      targetKey: n.annotation.targets[0]?.key ?? "",
    },
  }));
  return { notifications, more: rows.length > limit, unread: unreadCount };
}

export const countUnread = (user: CurrentUser) =>
  getDb().notification.count({ where: { AND: [inbox(user), { readAt: null }] } });

/** Marks one of the user's notifications read (again: no change); false when it is not theirs. */
export async function markNotificationRead(user: CurrentUser, id: string): Promise<boolean> {
  const db = getDb();
  const found = await db.notification.findFirst({
    where: { id, ...inbox(user) },
    select: { readAt: true },
  });
  if (!found) return false;
  if (!found.readAt)
    await db.notification.updateMany({ where: { id, readAt: null }, data: { readAt: new Date() } });
  return true;
}

/** Marks every unread notification of the user read; returns how many were. */
export async function markAllNotificationsRead(user: CurrentUser): Promise<number> {
  const { count } = await getDb().notification.updateMany({
    where: { userId: user.id, readAt: null },
    data: { readAt: new Date() },
  });
  return count;
}
