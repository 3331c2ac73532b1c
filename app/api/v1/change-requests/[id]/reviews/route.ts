import { NextResponse } from "next/server";
import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { reviewSchema } from "@/lib/curation/changes";
import { canReviewChanges } from "@/lib/permissions";
import { reviewChangeRequest } from "@/lib/queries/change-requests";

export const dynamic = "force-dynamic";

// POST /api/v1/change-requests/{id}/reviews { decision: approve | request-changes | reject, comment }
export const POST = apiRoute<{ id: string }>(
  { permission: canReviewChanges },
  async (request, { user, params }) => {
    const input = await readJson(request, reviewSchema);
    const { review, status } = await reviewChangeRequest(user, params.id, input);
    return NextResponse.json({ review, status }, { status: 201 });
  },
);
