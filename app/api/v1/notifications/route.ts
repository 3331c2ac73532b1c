import { NextResponse } from "next/server";
import { targetPermalink } from "@/lib/annotations/w3c/permalink";
import { nextNotificationCursor, notificationListParams } from "@/lib/api/notification-params";
import { apiRoute } from "@/lib/api/route";
import { canRead } from "@/lib/permissions";
import { listNotifications } from "@/lib/queries/notifications";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/notifications?limit=&after=&unread=1: the caller's inbox, newest first, with the
// unread count and each note's place on the dashboard (`href`).
export const GET = apiRoute(
  { permission: canRead, searchParams: notificationListParams },
  async (_request, { user, searchParams }) => {
    const [{ notifications, more, unread }, data] = await Promise.all([
      listNotifications(user, searchParams),
      getDatasetSnapshot(),
    ]);
    const items = notifications.map((n) => ({
      ...n,
      href: targetPermalink(n.annotation.target, data),
    }));
    const next = more ? nextNotificationCursor(items[items.length - 1]) : null;
    return NextResponse.json(
      { notifications: items, unread, next },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
);
