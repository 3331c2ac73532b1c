import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { canRead } from "@/lib/permissions";
import { markAllNotificationsRead } from "@/lib/queries/notifications";

export const dynamic = "force-dynamic";

// POST /api/v1/notifications/read-all: marks every notification of the caller read.
export const POST = apiRoute({ permission: canRead }, async (_request, { user }) => {
  const marked = await markAllNotificationsRead(user);
  return NextResponse.json({ marked, unread: 0 });
});
