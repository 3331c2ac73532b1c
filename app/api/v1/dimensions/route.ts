import { datasetFor, versionParams, withVersion } from "@/lib/api/dataset";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { canRead } from "@/lib/permissions";

export const dynamic = "force-dynamic";

// GET /api/v1/dimensions?version=N
export const GET = apiRoute(
  { permission: canRead, searchParams: versionParams },
  async (request, { searchParams }) => {
    const { data, version } = await datasetFor(searchParams.version);
    return withVersion(jsonWithEtag(request, { dimensions: data.dimensions }), version);
  },
);
