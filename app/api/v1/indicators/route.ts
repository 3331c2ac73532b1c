import { checkFilter, filterParams } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listIndicators } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/indicators?countries=CN
export const GET = apiRoute(
  { permission: canRead, searchParams: filterParams.pick({ countries: true }) },
  async (request, { searchParams }) => {
    const data = await getDatasetSnapshot();
    return jsonWithEtag(request, {
      indicators: listIndicators(data, checkFilter(searchParams, data)),
    });
  },
);
