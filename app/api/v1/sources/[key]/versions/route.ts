import { NextResponse } from "next/server";
import { apiRoute } from "@/lib/api/route";
import { readSourceUpload } from "@/lib/api/upload";
import { sourceVersionMetaSchema } from "@/lib/curation/source-input";
import { canManageSources } from "@/lib/permissions";
import { addSourceVersion } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

// POST /api/v1/sources/{key}/versions: a new version (file or text; metadata defaults to the
// previous version's) → 201 with its re-anchoring report and the change request that re-points citations.
export const POST = apiRoute<{ key: string }>(
  { permission: canManageSources },
  async (request, { user, params, lang }) => {
    const { meta, source } = await readSourceUpload(request, sourceVersionMetaSchema);
    const added = await addSourceVersion(user, params.key, meta, source, lang);
    return NextResponse.json(
      { source: { key: added.key, version: added.version }, reanchor: added.reanchor },
      { status: 201 },
    );
  },
);
