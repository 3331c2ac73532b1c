import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { notificationPatchSchema } from "@/lib/api/notification-params";
import { apiRoute } from "@/lib/api/route";
import { notFound } from "@/lib/errors/app-error";
import { canRead } from "@/lib/permissions";
import { countUnread, markNotificationRead } from "@/lib/queries/notifications";

export const dynamic = "force-dynamic";

// PATCH /api/v1/notifications/{id}  { "read": true }: marks one of the caller's notifications read.
export const PATCH = apiRoute<{ id: string }>(
  { permission: canRead },
  async (request, { params, user }) => {
    await readJson(request, notificationPatchSchema);
    const id = params.id.slice(0, 40);
    const ok = z.uuid().safeParse(id).success && (await markNotificationRead(user, id));
    if (!ok) throw notFound("noSuchNotification", { id });
    return NextResponse.json({ id, read: true, unread: await countUnread(user) });
  },
);
