import { NextResponse } from "next/server";
import { datasetFor, versionParams, withVersion } from "@/lib/api/dataset";
import { apiRoute } from "@/lib/api/route";
import { readSourceUpload } from "@/lib/api/upload";
import { sourceMetaSchema } from "@/lib/curation/source-input";
import { canManageSources, canRead } from "@/lib/permissions";
import { addSource, listSources } from "@/lib/queries/sources";

export const dynamic = "force-dynamic";

// GET /api/v1/sources?version=N: every source with its versions (metadata, no text).
export const GET = apiRoute(
  { permission: canRead, searchParams: versionParams },
  async (_request, { searchParams }) => {
    const { data, version } = await datasetFor(searchParams.version);
    return withVersion(NextResponse.json({ sources: await listSources(data) }), version);
  },
);

// POST /api/v1/sources: multipart (`file` + metadata) or JSON (`text` + metadata) → 201 { source: { key, version } }.
export const POST = apiRoute({ permission: canManageSources }, async (request, { user }) => {
  const { meta, source } = await readSourceUpload(request, sourceMetaSchema);
  const added = await addSource(user, meta, source);
  return NextResponse.json(
    { source: { key: added.key, version: added.version }, datasetVersion: added.datasetVersion },
    { status: 201, headers: { Location: `/api/v1/sources/${added.key}` } },
  );
});
