import { canRead } from "@/lib/permissions";
import { parseFilter } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/handler";
import { jsonWithEtag } from "@/lib/api/respond";
import { getDatasetSnapshot } from "@/lib/queries/snapshot";
import { listAssessments } from "@/lib/queries/comparison";

export const dynamic = "force-dynamic";

// GET /api/v1/assessments?countries=CN,JP&dimensions=development-model,drivers
export const GET = apiRoute(canRead, async (request, { url }) => {
  const data = await getDatasetSnapshot();
  const filter = parseFilter(url, ["countries", "dimensions"], data);
  return jsonWithEtag(request, { assessments: listAssessments(data, filter) });
});
