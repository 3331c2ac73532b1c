import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { canPublishChanges } from "@/lib/permissions";
import { publishChangeRequest } from "@/lib/queries/change-requests";

export const dynamic = "force-dynamic";

// POST /api/v1/change-requests/{id}/publish → { version }: one transaction, or nothing (409 on a conflict).
export const POST = apiRoute<{ id: string }>(
  { permission: canPublishChanges },
  async (_request, { user, params, lang }) =>
    NextResponse.json(await publishChangeRequest(user, params.id, lang)),
);
