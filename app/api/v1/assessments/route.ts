import { datasetFor, versionParams, withVersion } from "@/lib/api/dataset";
import { checkFilter, filterOf, filterParams } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listAssessments } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";

export const dynamic = "force-dynamic";

// GET /api/v1/assessments?countries=CN,JP&dimensions=development-model,drivers
export const GET = apiRoute(
  {
    permission: canRead,
    searchParams: filterParams
      .pick({ countries: true, dimensions: true })
      .extend(versionParams.shape),
  },
  async (request, { searchParams }) => {
    const { data, version } = await datasetFor(searchParams.version);
    return withVersion(
      jsonWithEtag(request, {
        assessments: listAssessments(data, checkFilter(filterOf(searchParams), data)),
      }),
      version,
    );
  },
);
