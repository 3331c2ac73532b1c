import { datasetFor, versionParams, withVersion } from "@/lib/api/dataset";
import { checkFilter, filterOf, filterParams } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listTimeline } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";

export const dynamic = "force-dynamic";

// GET /api/v1/timeline?countries=CN,JP&from=2008&to=2020
export const GET = apiRoute(
  {
    permission: canRead,
    searchParams: filterParams
      .pick({ countries: true, from: true, to: true })
      .extend(versionParams.shape),
  },
  async (request, { searchParams }) => {
    const { data, version } = await datasetFor(searchParams.version);
    return withVersion(
      jsonWithEtag(request, {
        events: listTimeline(data, checkFilter(filterOf(searchParams), data)),
      }),
      version,
    );
  },
);
