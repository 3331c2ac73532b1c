import { checkFilter, filterQuery } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/route";
import { jsonWithEtag } from "@/lib/api/respond";
import { listAssessments } from "@/lib/dataset/select";
import { canRead } from "@/lib/permissions";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";

export const dynamic = "force-dynamic";

// GET /api/v1/assessments?countries=CN,JP&dimensions=development-model,drivers
export const GET = apiRoute({ permission: canRead, query: filterQuery.pick({ countries: true, dimensions: true }) }, async (request, { query }) => {
  const data = await getDatasetSnapshot();
  return jsonWithEtag(request, { assessments: listAssessments(data, checkFilter(query, data)) });
});
