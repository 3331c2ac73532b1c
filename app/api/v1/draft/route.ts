import { NextResponse } from "next/server";
import { z } from "zod";
import { CHANGE_BODY_BYTES, readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { changeSchema } from "@/lib/curation/changes";
import { ENTITIES, parseFactKey } from "@/lib/curation/facts";
import { citationSchema } from "@/lib/dataset/schema";
import { badRequest } from "@/lib/errors/app-error";
import { canProposeChanges } from "@/lib/permissions";
import { getChangeRequest } from "@/lib/queries/change-requests";
import { addToDraft, citeInDraft, findDraft, removeFromDraft } from "@/lib/queries/drafts";

export const dynamic = "force-dynamic";

const draftInput = z.union([
  z.strictObject({ change: changeSchema }),
  z.strictObject({
    cite: z.strictObject({
      entity: z.enum(ENTITIES),
      key: z.record(z.string(), z.string().max(100)),
      citation: citationSchema,
      role: z.string().max(100).optional(),
    }),
  }),
]);

// GET /api/v1/draft: the caller's draft change request, or null.
export const GET = apiRoute({ permission: canProposeChanges }, async (_request, { user, lang }) => {
  const draft = await findDraft(user);
  return NextResponse.json(
    { draft: draft ? await getChangeRequest(user, draft.id, lang) : null },
    { headers: { "Cache-Control": "private, no-store" } },
  );
});

// POST /api/v1/draft { change } | { cite: { entity, key, citation, role? } }
export const POST = apiRoute({ permission: canProposeChanges }, async (request, { user, lang }) => {
  const input = await readJson(request, draftInput, { maxBytes: CHANGE_BODY_BYTES });
  const draft =
    "change" in input
      ? await addToDraft(user, input.change, lang)
      : await citeInDraft(user, input.cite, lang);
  return NextResponse.json({ draft });
});

// DELETE /api/v1/draft?fact=assessment:JP:data-governance
export const DELETE = apiRoute(
  { permission: canProposeChanges, searchParams: z.object({ fact: z.string().max(300) }) },
  async (_request, { user, lang, searchParams }) => {
    if (!parseFactKey(searchParams.fact)) throw badRequest("badParameterValue", { name: "fact" });
    return NextResponse.json({ draft: await removeFromDraft(user, searchParams.fact, lang) });
  },
);
