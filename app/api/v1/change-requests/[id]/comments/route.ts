import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { commentSchema } from "@/lib/curation/changes";
import { canSeeChangeRequests } from "@/lib/permissions";
import { commentOnChangeRequest } from "@/lib/queries/change-requests";

export const dynamic = "force-dynamic";

// POST /api/v1/change-requests/{id}/comments { body }
export const POST = apiRoute<{ id: string }>(
  { permission: canSeeChangeRequests },
  async (request, { user, params }) => {
    const { body } = await readJson(request, commentSchema);
    const comment = await commentOnChangeRequest(user, params.id, body);
    return NextResponse.json({ comment }, { status: 201 });
  },
);
