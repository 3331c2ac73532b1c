import { checkFilter, filterParams } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listAssessments } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/assessments?countries=CN,JP&dimensions=development-model,drivers
export const GET = apiRoute(
  { permission: canRead, searchParams: filterParams.pick({ countries: true, dimensions: true }) },
  async (request, { searchParams }) => {
    const data = await getDatasetSnapshot();
    return jsonWithEtag(request, {
      assessments: listAssessments(data, checkFilter(searchParams, data)),
    });
  },
);
