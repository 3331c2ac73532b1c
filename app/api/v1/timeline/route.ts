import { checkFilter, filterParams } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listTimeline } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/timeline?countries=CN,JP&from=2008&to=2020
export const GET = apiRoute(
  {
    permission: canRead,
    searchParams: filterParams.pick({ countries: true, from: true, to: true }),
  },
  async (request, { searchParams }) => {
    const data = await getDatasetSnapshot();
    return jsonWithEtag(request, { events: listTimeline(data, checkFilter(searchParams, data)) });
  },
);
