import { NextResponse } from "next/server";
import { z } from "zod";
import { readJson } from "@/lib/api/body";
import { apiRoute } from "@/lib/api/route";
import { canProposeChanges } from "@/lib/permissions";
import { proposeRestore } from "@/lib/queries/history";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { factLabel } from "@/lib/views/history/label";

export const dynamic = "force-dynamic";

const restoreSchema = z.strictObject({
  fact: z.string().max(300),
  version: z.number().int().min(1),
});

// POST /api/v1/history/restore { fact, version }: a change request bringing back that value, for review.
export const POST = apiRoute({ permission: canProposeChanges }, async (request, { user, lang }) => {
  const { fact, version } = await readJson(request, restoreSchema);
  // The request's title names the fact as readers know it ("Japan × Data governance").
  const name = factLabel(await getDatasetSnapshot(), fact, lang)?.label ?? fact;
  const row = await proposeRestore(user, fact, version, lang, name);
  return NextResponse.json({ changeRequest: { id: row.id, status: row.status } }, { status: 201 });
});
