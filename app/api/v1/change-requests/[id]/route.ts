import { NextResponse } from "next/server";
import { CHANGE_BODY_BYTES, readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { changeRequestUpdateSchema } from "@/lib/curation/changes";
import { canProposeChanges, canSeeChangeRequests } from "@/lib/permissions";
import { getChangeRequest, updateChangeRequest } from "@/lib/queries/change-requests";

export const dynamic = "force-dynamic";

// GET /api/v1/change-requests/{id}: the request with its field-level diff, reviews and comments.
export const GET = apiRoute<{ id: string }>(
  { permission: canSeeChangeRequests },
  async (_request, { user, params, lang }) =>
    NextResponse.json(
      { changeRequest: await getChangeRequest(user, params.id, lang) },
      { headers: { "Cache-Control": "private, no-store" } },
    ),
);

// PATCH /api/v1/change-requests/{id} { title?, description?, changes?, action?: open | withdraw | rebase }
export const PATCH = apiRoute<{ id: string }>(
  { permission: canProposeChanges },
  async (request, { user, params, lang }) => {
    const patch = await readJson(request, changeRequestUpdateSchema, {
      maxBytes: CHANGE_BODY_BYTES,
    });
    const row = await updateChangeRequest(user, params.id, patch, lang);
    return NextResponse.json({
      changeRequest: { id: row.id, status: row.status, revision: row.revision },
    });
  },
);
