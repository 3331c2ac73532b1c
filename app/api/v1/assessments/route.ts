import { parseFilter } from "@/lib/api/filters";
import { apiRoute } from "@/lib/api/handler";
import { jsonWithEtag } from "@/lib/api/respond";
import { listAssessments } from "@/lib/queries/comparison";

export const dynamic = "force-dynamic";

// GET /api/v1/assessments?countries=CN,JP&dimensions=development-model,drivers
export const GET = apiRoute(async (request, { url }) => {
  const filter = await parseFilter(url, ["countries", "dimensions"]);
  return jsonWithEtag(request, { assessments: await listAssessments(filter) });
});
