import { NextResponse } from "next/server";
import { z } from "zod";
import { CHANGE_BODY_BYTES, readJson } from "@/lib/api/body";
import { listParam } from "@/lib/api/params";
import { apiRoute } from "@/lib/api/route";
import { changeRequestSchema, STATUSES, type ChangeStatus } from "@/lib/curation/changes";
import { badRequest } from "@/lib/errors/app-error";
import { canProposeChanges, canSeeChangeRequests } from "@/lib/permissions";
import { createChangeRequest, listChangeRequests } from "@/lib/queries/change-requests";

export const dynamic = "force-dynamic";

// GET /api/v1/change-requests?status=open,approved — the requests the caller may see.
export const GET = apiRoute(
  {
    permission: canSeeChangeRequests,
    searchParams: z.object({ status: listParam("status").optional() }),
  },
  async (_request, { user, searchParams }) => {
    const unknown = searchParams.status?.find((s) => !(STATUSES as readonly string[]).includes(s));
    if (unknown) throw badRequest("badParameterValue", { name: "status" });
    const changeRequests = await listChangeRequests(user, {
      status: searchParams.status as ChangeStatus[] | undefined,
    });
    return NextResponse.json(
      { changeRequests },
      { headers: { "Cache-Control": "private, no-store" } },
    );
  },
);

// POST /api/v1/change-requests { title, description, changes: [{ op, entity, key, fields }], draft? }
export const POST = apiRoute({ permission: canProposeChanges }, async (request, { user, lang }) => {
  const input = await readJson(request, changeRequestSchema, { maxBytes: CHANGE_BODY_BYTES });
  const row = await createChangeRequest(user, input, lang);
  return NextResponse.json(
    { changeRequest: { id: row.id, status: row.status } },
    { status: 201, headers: { Location: `/api/v1/change-requests/${row.id}` } },
  );
});
